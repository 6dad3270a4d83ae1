package dev.percept.verify;

import dev.percept.stability.QuadraticStability;
import dev.percept.check.Progress;
import dev.percept.exact.PlantedSpectrum;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.spec.Claims;
import dev.percept.spec.KernelUse;
import dev.percept.check.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Evidence for claim Q1 in {@code percept verify}: on planted spectra {@code Q diag(lambda) Q^T}
 * (Householder Q, n = 2..6, some eigenvalues zero or negative) and steps below, exactly at and
 * above the boundary {@code 2/lambda_max}, the exact decision must equal the one read off the
 * planted eigenvalues, the lambda_max enclosure must contain the planted maximum, and at the
 * boundary the top eigenvector must flip sign under {@code I - eta S}.
 */
public final class Q1Suite implements EvidenceSource {

    /** Seed of the planted instances. */
    public static final long SEED = 3L;

    @Override
    public String name() {
        return "quadratic stability (Q1)";
    }

    @Override
    public int rank() {
        return 50;
    }

    @Override
    public List<ClaimResult> run(Progress progress) {
        Random rnd = new Random(SEED);
        List<List<Check>> perInstance = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Set<KernelUse.Site>> sites = new ArrayList<>();
        int total = 60;
        for (int k = 0; k < total; k++) {
            progress.update(name(), k, total);
            int n = 2 + k % 5;
            Rational[] v = new Rational[n];
            for (int i = 0; i < n; i++) {
                v[i] = Rational.of(rnd.nextInt(9) - 4, 1 + rnd.nextInt(3));
            }
            v[0] = v[0].add(Rational.of(1, 7)); // nonzero: Householder needs v != 0
            Rational[] lambda = new Rational[n];
            for (int i = 0; i < n; i++) {
                lambda[i] = Rational.of(1 + rnd.nextInt(40), 1 + rnd.nextInt(6));
            }
            if (k % 7 == 3) {
                lambda[n - 1] = Rational.ZERO;
            } else if (k % 7 == 5) {
                lambda[n - 1] = Rational.of(-1 - rnd.nextInt(5), 2);
            }
            PlantedSpectrum planted = PlantedSpectrum.of(lambda, v);
            Rational top = planted.max();
            Rational[] etas = {Rational.ONE.divide(top), Rational.TWO.divide(top), Rational.of(5, 2).divide(top),
                Rational.TWO.divide(top.add(Rational.of(1, 1000)))};
            KernelUse.Captured<List<Check>> c = KernelUse.capture(() -> checks(planted, etas));
            perInstance.add(c.value());
            sites.add(c.sites());
            names.add("n=" + n + " lambda=" + java.util.Arrays.toString(lambda) + " v=" + java.util.Arrays.toString(v));
        }
        progress.update(name(), total, total);
        return ClaimResult.fold(List.of(Claims.Q1), perInstance, names, sites, "exact", "percept");
    }

    /** The Q1 checks for one planted instance and a list of steps. */
    public static List<Check> checks(PlantedSpectrum planted, Rational[] etas) {
        List<Check> cs = new ArrayList<>();
        RationalMatrix s = planted.matrix();
        Rational[] lambda = planted.eigenvalues();
        Rational top = planted.max();
        int topIndex = 0;
        for (int i = 0; i < lambda.length; i++) {
            if (lambda[i].equals(top)) {
                topIndex = i;
            }
        }
        for (Rational eta : etas) {
            QuadraticStability.Decision dec = QuadraticStability.decide(s, eta, 24);
            boolean want = QuadraticStability.convergesFor(lambda, eta);
            cs.add(new Check("Q1", "decision at eta=" + eta, dec.converges() == want,
                    "decided " + dec.converges() + ", planted spectrum says " + want + " (" + dec.reason() + ")"));
            boolean boundary = eta.multiply(top).equals(Rational.TWO);
            if (boundary) {
                cs.add(new Check("Q1", "boundary eta*lambda_max = 2 detected", dec.inertiaGap().negative() == 0
                        && dec.inertiaGap().zero() > 0, "inertia of (2/eta) I - S: " + dec.inertiaGap()));
                Rational[] q = planted.eigenvector(topIndex);
                Rational[] w1 = QuadraticStability.trajectory(s, eta, q, 1).get(1);
                boolean flips = true;
                for (int i = 0; i < q.length; i++) {
                    flips &= w1[i].equals(q[i].negate());
                }
                cs.add(new Check("Q1", "(I - eta S) q = -q at the boundary", flips, "top eigenvector " + java.util.Arrays.toString(q)));
            }
            boolean inside = dec.lambdaMaxLower().compareTo(top) <= 0 && top.compareTo(dec.lambdaMaxUpper()) <= 0;
            cs.add(new Check("Q1", "lambda_max enclosure contains the planted maximum", inside,
                    "[" + dec.lambdaMaxLower() + ", " + dec.lambdaMaxUpper() + "] vs " + top));
        }
        return cs;
    }
}
