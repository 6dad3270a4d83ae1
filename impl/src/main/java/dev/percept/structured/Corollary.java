package dev.percept.structured;

import dev.percept.exact.Rational;
import dev.percept.exact.SurdVector;
import dev.percept.spec.Claims;
import dev.percept.check.Check;
import java.util.ArrayList;
import java.util.List;

/**
 * The corollary of Proposition 4.1 for the minimal example (claims C1-C3), on the family
 * reconstructed in spec/claims.md: {@code P} swaps coordinates 1 and 2,
 * {@code a1 = (1, 1, t_3, ..., t_d)} and {@code a2 = sigma (1+mu, 1, t_3, ..., t_d)} with tail
 * signs {@code t_i = ±1}, an overall sign {@code sigma = ±1} and a rational {@code mu > 0}.
 */
public final class Corollary {

    private final int d;
    private final Rational mu;
    private final Rational[] a1;
    private final Rational[] a2;
    private final Permutation p;

    private Corollary(int d, Rational mu, Rational[] a1, Rational[] a2, Permutation p) {
        this.d = d;
        this.mu = mu;
        this.a1 = a1;
        this.a2 = a2;
        this.p = p;
    }

    /**
     * Builds the family member.
     *
     * @param tail signs {@code t_3..t_d} (length d-2, each ±1)
     * @param sigma the overall sign of {@code a2} (the paper's data has {@code y2 = -1}, so -1)
     * @throws IllegalArgumentException if {@code d < 3}, {@code mu <= 0} or a sign is not ±1
     */
    public static Corollary of(int d, Rational mu, int[] tail, int sigma) {
        if (d < 3) {
            throw new IllegalArgumentException("the corollary needs d >= 3, got " + d);
        }
        if (mu.signum() <= 0) {
            throw new IllegalArgumentException("mu must be positive, got " + mu);
        }
        if (tail.length != d - 2 || Math.abs(sigma) != 1) {
            throw new IllegalArgumentException("need d-2 tail signs and sigma = ±1");
        }
        Rational[] a1 = new Rational[d];
        Rational[] a2 = new Rational[d];
        Rational sg = Rational.of(sigma);
        a1[0] = Rational.ONE;
        a1[1] = Rational.ONE;
        a2[0] = Rational.ONE.add(mu).multiply(sg);
        a2[1] = sg;
        for (int i = 2; i < d; i++) {
            if (Math.abs(tail[i - 2]) != 1) {
                throw new IllegalArgumentException("tail signs must be ±1");
            }
            a1[i] = Rational.of(tail[i - 2]);
            a2[i] = Rational.of((long) tail[i - 2] * sigma);
        }
        return new Corollary(d, mu, a1, a2, Permutation.swap(d, 1, 2));
    }

    /** @return d */
    public int d() {
        return d;
    }

    /** @return mu */
    public Rational mu() {
        return mu;
    }

    /** @return {@code a1} */
    public Rational[] a1() {
        return a1.clone();
    }

    /** @return {@code a2} */
    public Rational[] a2() {
        return a2.clone();
    }

    /** @return P (swap of coordinates 1 and 2) */
    public Permutation involution() {
        return p;
    }

    /** @return {@code lambda2^2 = (2+mu)^2 + 2(d-2)} */
    public Rational lambda2Square() {
        return Rational.TWO.add(mu).square().add(Rational.of(2L * (d - 2)));
    }

    /**
     * Checks C1-C3 on this member; the spectra come from {@link Prop41#analyze} and must carry
     * their own certificates, which are included.
     */
    public List<Check> check(int denseLimit) {
        List<Check> out = new ArrayList<>();
        StructuredSpectrum s1 = Prop41.analyze(StructuredMatrix.of(a1, p), denseLimit);
        StructuredSpectrum s2 = Prop41.analyze(StructuredMatrix.of(a2, p), denseLimit);

        boolean c1cert = s1.allHold();
        List<Eigenvalue> nz1 = nonzero(s1);
        Rational l1sq = Rational.of(2L * d);
        boolean c1 = c1cert && s1.kase() == Prop41Case.SYMMETRIC && nz1.size() == 2
                && nz1.get(0).square().equals(l1sq) && nz1.get(1).square().equals(l1sq)
                && nz1.get(0).multiplicity() == 1 && nz1.get(1).multiplicity() == 1;
        out.add(new Check(Claims.C1.id(), "A1 nonzero spectrum = {+-sqrt(2d)}", c1,
                "case " + s1.kase().label() + ", nonzero " + describe(nz1) + ", 2d = " + l1sq));

        List<Eigenvalue> nz2 = nonzero(s2);
        Rational l2sq = lambda2Square();
        Rational musq = mu.square();
        boolean c2 = s2.allHold() && s2.kase() == Prop41Case.GENERAL && nz2.size() == 4
                && nz2.get(0).square().equals(l2sq) && nz2.get(1).square().equals(musq)
                && nz2.get(2).square().equals(musq) && nz2.get(3).square().equals(l2sq);
        out.add(new Check(Claims.C2.id(), "A2 nonzero spectrum = {+-lambda2, +-mu}", c2,
                "case " + s2.kase().label() + ", nonzero " + describe(nz2) + ", lambda2^2 = " + l2sq + ", mu^2 = " + musq));

        // C3: the eigenvectors of A2 for +-mu (branch s-p = mu^2) lie in ker(A1) and are
        // proportional to the fragment's vectors.
        StructuredMatrix m1 = StructuredMatrix.of(a1, p);
        boolean kernel = true;
        boolean proportional = true;
        StringBuilder detail = new StringBuilder();
        int found = 0;
        for (Eigenpair e : s2.eigenpairs()) {
            if (!e.square().equals(musq)) {
                continue;
            }
            found++;
            SurdVector v = e.vector();
            kernel &= m1.apply(v).isZero();
            // Fragment: vmu+ ~ [-mu, mu, mu, -mu, 0..], vmu- ~ [mu, -mu, mu, -mu, 0..]; with
            // sigma = +1 the two swap. Compare v to the expected vector up to a nonzero factor.
            int expectFirst = (e.sign() > 0) == (a2[1].signum() < 0) ? -1 : 1;
            proportional &= proportionalTo(v, new int[] {expectFirst, -expectFirst, 1, -1}, mu);
            detail.append(e.sign() > 0 ? "vmu+" : "vmu-").append(expectFirst < 0 ? " ~ [-mu, mu, mu, -mu, 0..] " : " ~ [mu, -mu, mu, -mu, 0..] ");
        }
        out.add(new Check(Claims.C3.id(), "A1 vmu+- = 0", kernel && found == 2, found + " vectors for +-mu; " + detail.toString().trim()));
        out.add(new Check(Claims.C3.id(), "vmu+- proportional to the fragment's vectors", proportional && found == 2,
                "sign of a2 = " + (a2[1].signum() < 0 ? "-1 (fragment's order)" : "+1 (order swapped)")));
        for (Check c : s1.checks()) {
            if (!c.holds()) {
                out.add(new Check(Claims.C1.id(), "certificate of A1: " + c.name(), false, c.detail()));
            }
        }
        for (Check c : s2.checks()) {
            if (!c.holds()) {
                out.add(new Check(Claims.C2.id(), "certificate of A2: " + c.name(), false, c.detail()));
            }
        }
        return out;
    }

    /**
     * Decides whether {@code v} is a nonzero multiple of {@code mu * (pattern, 0, ..., 0)}: all
     * coordinates rational ({@code y = 0} beyond the first two, which may carry {@code sqrt(mu^2)
     * = mu}), first four proportional to the pattern, the rest zero.
     */
    private static boolean proportionalTo(SurdVector v, int[] pattern, Rational mu) {
        Rational[] vals = new Rational[v.length()];
        for (int i = 0; i < v.length(); i++) {
            // The radicand is mu^2 and sqrt(mu^2) = mu exactly, so every coordinate is rational here.
            vals[i] = v.rationalPart(i).add(v.surdPart(i).multiply(mu));
        }
        Rational factor = null;
        for (int i = 0; i < vals.length; i++) {
            Rational want = i < pattern.length ? mu.multiply(Rational.of(pattern[i])) : Rational.ZERO;
            if (want.isZero()) {
                if (!vals[i].isZero()) {
                    return false;
                }
                continue;
            }
            Rational f = vals[i].divide(want);
            if (factor == null) {
                factor = f;
            } else if (!factor.equals(f)) {
                return false;
            }
        }
        return factor != null && !factor.isZero();
    }

    private static List<Eigenvalue> nonzero(StructuredSpectrum s) {
        List<Eigenvalue> out = new ArrayList<>();
        for (Eigenvalue v : s.eigenvalues()) {
            for (int k = 0; k < v.multiplicity() && v.sign() != 0; k++) {
                out.add(v);
            }
        }
        return out;
    }

    private static String describe(List<Eigenvalue> vals) {
        List<String> s = new ArrayList<>();
        for (Eigenvalue v : vals) {
            s.add(v.exact());
        }
        return s.toString();
    }
}
