package dev.percept.vectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.audit.ExactSpectrum;
import dev.percept.audit.RealRoots;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.stability.Inertia;
import dev.percept.stability.QuadraticStability;
import java.util.List;
import java.util.Random;

/**
 * {@code quadratic_stability.json} (claim Q1): GD on {@code (1/2) w^T S w} decided exactly
 * (converges, diverges, or exactly on the boundary {@code eta lambda_max = 2}), with the inertias
 * and the eigenvalues as in {@code symmetric_spectra.json}.
 */
final class QuadraticStabilityVectors extends VectorFile {

    private final int digits;

    /** @param digits significant digits of the eigenvalue decimals */
    QuadraticStabilityVectors(int digits) {
        super("quadratic_stability.json", Schemas::quadraticStability);
        this.digits = digits;
    }

    @Override
    ObjectNode generate(Provenance provenance) {
        VectorDoc doc = start(provenance, "Q1",
                "GD w <- w - eta S w on f(w) = (1/2) w^T S w, S symmetric rational, eta > 0 rational: decided exactly by "
                        + "QuadraticStability.decide (as `percept stability`): converges from every start iff S and (2/eta) I - S are "
                        + "positive definite, by exact inertia (Sylvester's law); eigenvalues as in symmetric_spectra.json");
        doc.note("VERDICT_CONVERGES", "verdict CONVERGES: every eigenvalue of S lies in (0, 2/eta), so |1 - eta lambda| < 1 for all of them")
                .note("VERDICT_DIVERGES", "verdict DIVERGES: some eigenvalue lies outside [0, 2/eta] (negative, or above 2/eta): |1 - eta lambda| > 1, "
                        + "GD diverges from almost every start")
                .note("VERDICT_BOUNDARY", "verdict BOUNDARY: no eigenvalue outside [0, 2/eta] but 0 or 2/eta is one: the spectral radius of "
                        + "I - eta S is exactly 1, GD neither converges to 0 from every start nor diverges")
                .note("BOUNDARY", "eta * lambda_max = 2 exactly: 1 - eta lambda_max = -1; if no eigenvalue lies outside [0, 2/eta] the verdict is "
                        + "BOUNDARY (GD oscillates, neither converges nor diverges)")
                .note("SINGULAR", "0 is an eigenvalue of S: I - eta S fixes the kernel; verdict BOUNDARY unless another eigenvalue makes it DIVERGES")
                .note("NEAR_BOUNDARY", "0 < |eta * lambda_max - 2| <= 1e-6: a floating-point decision needs an eigenvalue error below about 1e-6 lambda_max")
                .note("INDEFINITE", "S has eigenvalues of both signs")
                .note("REPEATED_EIGENVALUE", "some eigenvalue has multiplicity > 1")
                .note("RATIONAL_EIGENVALUES", "every eigenvalue is rational (lower = upper)");
        ObjectNode g = doc.group("QuadraticStability");
        g.put("digits", digits);
        g.put("verdicts", "CONVERGES: every eigenvalue in (0, 2/eta); DIVERGES: some eigenvalue < 0 or > 2/eta; BOUNDARY: otherwise "
                + "(the spectral radius of I - eta S is exactly 1). `converges` is true iff the verdict is CONVERGES (as `percept stability --json`)");
        ArrayNode tests = g.putArray("tests");
        Random rnd = new Random(17);
        Rational[][] s2 = {{r(2), r(1)}, {r(1), r(2)}}; // eigenvalues 1, 3
        for (Rational eta : new Rational[] {Rational.of(1, 2), Rational.of(2, 3), r(1)}) {
            add(doc, tests, RationalMatrix.of(s2), eta, "[[2,1],[1,2]] (eigenvalues 1, 3), eta = " + eta);
        }
        add(doc, tests, RationalMatrix.of(new Rational[][] {{Rational.of(5, 3)}}), Rational.of(6, 5), "1x1 S = 5/3, eta = 6/5 (boundary)");
        RationalMatrix p4 = SymmetricSpectraVectors.planted(SymmetricSpectraVectors.integers(1, 1, 4, 4), rnd);
        for (Rational eta : new Rational[] {Rational.of(1, 4), Rational.of(1, 2), Rational.of(3, 4)}) {
            add(doc, tests, p4, eta, "planted Q diag(1,1,4,4) Q^T, eta = " + eta);
        }
        RationalMatrix p5 = SymmetricSpectraVectors.planted(new Rational[] {Rational.of(1, 2), r(2), r(2), r(3), r(6)}, rnd);
        for (Rational eta : new Rational[] {Rational.of(1, 3), Rational.of(1, 3).add(Rational.of(1, 10_000_000)), Rational.of(3, 10)}) {
            add(doc, tests, p5, eta, "planted Q diag(1/2,2,2,3,6) Q^T, eta = " + eta);
        }
        RationalMatrix p6 = SymmetricSpectraVectors.planted(SymmetricSpectraVectors.integers(1, 2, 3, 5, 5, 5), rnd);
        for (Rational eta : new Rational[] {Rational.of(2, 5), Rational.of(2, 5).subtract(Rational.of(1, 100_000_000)), Rational.of(1, 2)}) {
            add(doc, tests, p6, eta, "planted Q diag(1,2,3,5,5,5) Q^T, eta = " + eta);
        }
        // irrational lambda_max: B^T B + I with integer B
        Rational[][] b = new Rational[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                b[i][j] = r(rnd.nextInt(7) - 3);
            }
        }
        RationalMatrix bb = RationalMatrix.of(b);
        RationalMatrix spd = bb.transpose().multiply(bb).add(RationalMatrix.identity(3));
        Rational[] lm = QuadraticStability.lambdaMax(spd, 60);
        add(doc, tests, spd, Rational.TWO.divide(lm[1]).multiply(Rational.of(9, 10)), "B^T B + I (irrational lambda_max), eta = 0.9 * 2/lambda_max");
        add(doc, tests, spd, Rational.TWO.divide(lm[0]).multiply(Rational.of(11, 10)), "B^T B + I, eta = 1.1 * 2/lambda_max");
        add(doc, tests, spd, Rational.TWO.divide(lm[1]).multiply(Rational.ONE.subtract(Rational.of(1, 10_000_000))),
                "B^T B + I, eta just below 2/lambda_max (relative 1e-7)");
        add(doc, tests, RationalMatrix.of(new Rational[][] {{r(1), r(2)}, {r(2), r(1)}}), Rational.of(1, 10),
                "indefinite [[1,2],[2,1]] (eigenvalues -1, 3), eta = 1/10");
        RationalMatrix ones = RationalMatrix.of(new Rational[][] {{r(1), r(1)}, {r(1), r(1)}});
        add(doc, tests, ones, Rational.of(1, 2), "singular [[1,1],[1,1]] (eigenvalues 0, 2), eta = 1/2");
        add(doc, tests, ones, r(1), "singular [[1,1],[1,1]], eta = 1: boundary at both ends");
        add(doc, tests, ones, r(2), "singular [[1,1],[1,1]], eta = 2: diverges");
        add(doc, tests, SymmetricSpectraVectors.planted(SymmetricSpectraVectors.integers(-2, 0, 3, 3), rnd), Rational.of(1, 10),
                "planted Q diag(-2,0,3,3) Q^T: indefinite and singular");
        return doc.finish();
    }

    private static Rational r(long v) {
        return Rational.of(v);
    }

    private void add(VectorDoc doc, ArrayNode tests, RationalMatrix s, Rational eta, String comment) {
        QuadraticStability.Decision dec = QuadraticStability.decide(s, eta, 60);
        Inertia is = dec.inertiaS();
        Inertia gap = dec.inertiaGap();
        String verdict = dec.verdict().name();
        ObjectNode t = doc.test(tests, comment);
        ArrayNode flags = VectorDoc.flags(t);
        flags.add("VERDICT_" + verdict);
        Rational limit = Rational.TWO.divide(eta);
        ExactSpectrum spec = ExactSpectrum.of(s);
        List<ExactSpectrum.Root> roots = spec.roots();
        ExactSpectrum.Root top = roots.get(roots.size() - 1);
        if (gap.zero() > 0) {
            flags.add("BOUNDARY");
        } else {
            // |eta lambda_max - 2| <= 1e-6 with lambda_max in [lo, hi]: eta * lambda_max - 2 lies in [eta lo - 2, eta hi - 2]
            RealRoots.Interval iv = RealRoots.refineToDigits(top.interval(), 12);
            Rational a = eta.multiply(iv.lo()).subtract(Rational.TWO).abs();
            Rational c = eta.multiply(iv.hi()).subtract(Rational.TWO).abs();
            if (a.max(c).compareTo(Rational.of(1, 1_000_000)) <= 0) {
                flags.add("NEAR_BOUNDARY");
            }
        }
        if (is.zero() > 0) {
            flags.add("SINGULAR");
        }
        if (is.negative() > 0 && is.positive() > 0) {
            flags.add("INDEFINITE");
        }
        t.put("n", s.rows());
        t.set("matrix", VectorDoc.rows(s));
        t.put("eta", eta.toString());
        t.put("twoOverEta", limit.toString());
        t.put("verdict", verdict);
        t.put("converges", dec.converges());
        t.put("reason", dec.reason());
        ObjectNode in = t.putObject("inertiaS");
        in.put("positive", is.positive()).put("negative", is.negative()).put("zero", is.zero());
        ObjectNode ig = t.putObject("inertiaTwoOverEtaMinusS");
        ig.put("positive", gap.positive()).put("negative", gap.negative()).put("zero", gap.zero());
        ArrayNode ev = t.putArray("eigenvalues");
        boolean repeated = false;
        boolean allRational = true;
        for (ExactSpectrum.Root root : roots) {
            RealRoots.Interval iv = VectorDoc.eigenvalue(ev, root, digits);
            repeated |= root.multiplicity() > 1;
            allRational &= iv.exact();
        }
        t.set("lambdaMax", ev.get(ev.size() - 1).deepCopy());
        if (repeated) {
            flags.add("REPEATED_EIGENVALUE");
        }
        if (allRational) {
            flags.add("RATIONAL_EIGENVALUES");
        }
    }
}
