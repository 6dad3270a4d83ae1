package dev.percept.structured;

import dev.percept.exact.Polynomial;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.exact.SurdVector;
import dev.percept.spec.Claims;
import dev.percept.spec.KernelUse;
import dev.percept.spec.kernels.Prop41Kernel;
import dev.percept.check.Check;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Proposition 4.1, exactly and in {@code O(d)}: the spectrum of
 * {@code A = [[0, 0, a^T], [0, 0, (Pa)^T], [a, Pa, 0]]} from {@code s = ||a||^2} and
 * {@code p = a^T P a}, with eigenvectors in {@code Q(sqrt(s ± p))} and certificates.
 *
 * <p><b>The certificate is complete.</b> Each stated eigenpair is checked by evaluating
 * {@code A v = lambda v} through the block structure; the eigenvectors are checked nonzero and
 * pairwise orthogonal, so they count with multiplicity; and the sum of their squared eigenvalues is
 * compared with {@code tr(A^2) = 2(||a||^2 + ||Pa||^2)} computed from the blocks. Since
 * {@code tr(A^2)} is the sum of the squares of all {@code d+2} eigenvalues, equality forces every
 * eigenvalue not accounted for to be zero. Together these prove the whole spectrum, with
 * multiplicities, for every d, at {@code O(d)} cost. For {@code d <= denseLimit} the dense
 * characteristic polynomial is compared as well (an independent referee).
 *
 * <p><b>Hypothesis.</b> P is any orthogonal matrix (every permutation of any cycle type, every
 * rational orthogonal matrix); the analysis uses only {@code ||Pa|| = ||a||} (checked as a
 * certificate), never {@code P = P^T} or {@code P^2 = I}. The general pair {@code M(a, b)} with
 * any {@code b} is {@link GeneralPair} (claim P41.G).
 */
public final class Prop41 {

    /** Default largest d for which the dense characteristic polynomial is also checked. */
    public static final int DEFAULT_DENSE_LIMIT = 60;

    /**
     * Largest size (bits of the common denominator plus bits of the largest scaled entry) for
     * which the dense referee runs. The referee's cost grows with the square of the entries' size
     * (an input such as {@code 1e-20000} took 12.8 s); the structured certificate is complete
     * without it, so it is skipped above this size rather than made to dominate the run.
     */
    public static final int DENSE_BIT_LIMIT = 4096;

    private Prop41() {
    }

    /** Analyses {@code M(a)} with the default dense-referee limit. */
    public static StructuredSpectrum analyze(Rational[] a, OrthogonalMap p) {
        return analyze(StructuredMatrix.of(a, p), DEFAULT_DENSE_LIMIT);
    }

    /**
     * Computes the exact spectrum of {@code m}, its eigenpairs and every certificate.
     *
     * @param denseLimit the dense characteristic polynomial is compared when {@code d <= denseLimit}
     */
    public static StructuredSpectrum analyze(StructuredMatrix m, int denseLimit) {
        Rational s = m.normSquaredA();
        Rational p = m.aDotB();
        KernelUse.mark(KernelUse.Site.PROP41_CASE);
        Prop41Case kase = Prop41Case.fromCode(Prop41Kernel.caseOf(m.aIsZero(), m.aEqualsSignedB(1), m.aEqualsSignedB(-1)));
        List<Eigenvalue> values = eigenvalues(m.d(), s, p);
        List<Eigenpair> pairs = eigenpairs(m, s, p);
        List<Check> checks = certify(m, kase, s, p, values, pairs, denseLimit);
        return new StructuredSpectrum(m, s, p, kase, values, pairs, checks);
    }

    /**
     * The distinct eigenvalues, largest first: {@code ±sqrt(s+p)}, {@code ±sqrt(s-p)} (merged with
     * multiplicity 2 when {@code p = 0}, dropped when their square is 0) and 0 with the rest of the
     * multiplicity ({@link Prop41Kernel}).
     */
    static List<Eigenvalue> eigenvalues(int d, Rational s, Rational p) {
        Rational plus = s.add(p);
        Rational minus = s.subtract(p);
        int sp = plus.signum() > 0 ? 1 : 0;
        int sm = minus.signum() > 0 ? 1 : 0;
        KernelUse.mark(KernelUse.Site.PROP41_MULTIPLICITIES);
        List<Eigenvalue> out = new ArrayList<>();
        if (p.isZero()) {
            // s + p = s - p: one pair +-sqrt(s), each of multiplicity 2 (0 when s = 0).
            int mult = Prop41Kernel.nonzeroMultiplicity(sp, true);
            if (mult > 0) {
                out.add(new Eigenvalue(1, s, mult));
                out.add(new Eigenvalue(-1, s, mult));
            }
        } else {
            // Two distinct squares s + p and s - p, each a simple pair when positive.
            boolean plusIsBig = plus.compareTo(minus) >= 0;
            Rational big = plusIsBig ? plus : minus;
            Rational small = plusIsBig ? minus : plus;
            int multBig = Prop41Kernel.nonzeroMultiplicity(plusIsBig ? sp : sm, false);
            int multSmall = Prop41Kernel.nonzeroMultiplicity(plusIsBig ? sm : sp, false);
            if (multBig > 0) {
                out.add(new Eigenvalue(1, big, multBig));
            }
            if (multSmall > 0) {
                out.add(new Eigenvalue(1, small, multSmall));
                out.add(new Eigenvalue(-1, small, multSmall));
            }
            if (multBig > 0) {
                out.add(new Eigenvalue(-1, big, multBig));
            }
        }
        int zero = Prop41Kernel.zeroMultiplicity(d, sp, sm);
        if (zero > 0) {
            out.add(out.size() / 2, new Eigenvalue(0, Rational.ZERO, zero));
        }
        return out;
    }

    /**
     * The eigenpairs of the nonzero eigenvalues: for each branch {@code tau = ±1} with
     * {@code q = s + tau p > 0} and each sign, {@code [sign sqrt q, sign tau sqrt q, a + tau Pa]}.
     */
    static List<Eigenpair> eigenpairs(StructuredMatrix m, Rational s, Rational p) {
        List<Eigenpair> out = new ArrayList<>();
        for (int tau : new int[] {1, -1}) {
            Rational q = tau > 0 ? s.add(p) : s.subtract(p);
            if (q.signum() <= 0) {
                continue;
            }
            for (int sign : new int[] {1, -1}) {
                out.add(new Eigenpair(sign, tau, q, m));
            }
        }
        return out;
    }

    /**
     * The explicit eigenvector {@code [sign sqrt q, sign tau sqrt q, a + tau Pa]} of a structured
     * eigenpair, over the common denominator of a and Pa ({@code O(d)} big numbers: built only
     * when a caller asks for the coordinates).
     */
    static SurdVector explicitVector(StructuredMatrix m, int sign, int tau, Rational q) {
        int d = m.d();
        BigInteger l = m.a().denominator();
        BigInteger[] x = new BigInteger[d + 2];
        BigInteger[] y = new BigInteger[d + 2];
        x[0] = BigInteger.ZERO;
        x[1] = BigInteger.ZERO;
        y[0] = BigInteger.valueOf(sign);
        y[1] = BigInteger.valueOf((long) sign * tau);
        for (int i = 0; i < d; i++) {
            BigInteger pa = m.b().numerator(i);
            x[i + 2] = tau > 0 ? m.a().numerator(i).add(pa) : m.a().numerator(i).subtract(pa);
            y[i + 2] = BigInteger.ZERO;
        }
        return SurdVector.of(x, l, y, BigInteger.ONE, q);
    }

    /**
     * {@code A v = lambda v} for a structured eigenpair of {@code m} in {@code O(1)}: with
     * {@code v = [sign sqrt(q) c, B c]}, {@code B = [a, Pa]}, {@code c = (1, tau)} and
     * {@code G = B^T B = [[s, p], [p, t]]}, {@code A v = [G c, sign sqrt(q) B c]} and
     * {@code lambda v = [q c, sign sqrt(q) B c]}: the tails agree identically, so
     * {@code A v = lambda v} iff {@code G c = q c}, i.e. {@code s + tau p = q} and
     * {@code p + tau t = tau q}. {@code v != 0} because its head is {@code sign sqrt(q) c} with {@code q > 0}.
     */
    static boolean structuredEigen(StructuredMatrix m, Eigenpair e) {
        Rational q = e.square();
        long tau = e.tau();
        Rational s = m.normSquaredA();
        Rational p = m.aDotB();
        Rational t = m.normSquaredB();
        return q.signum() > 0 && Math.abs(e.tau()) == 1 && Math.abs(e.sign()) == 1
                && combinationIsZero(new long[] {1, tau, -1}, s, p, q) && combinationIsZero(new long[] {1, tau, -tau}, p, t, q);
    }

    /**
     * {@code sum_k c_k x_k = 0}, exactly and without a gcd: the numerator of the sum over the
     * product of the distinct denominators is zero. (The Gram entries have denominators of
     * thousands of bits at large d; a canonical sum pays a gcd of that size per addition.)
     */
    static boolean combinationIsZero(long[] c, Rational... x) {
        java.util.List<BigInteger> dens = new ArrayList<>();
        for (Rational r : x) {
            if (!dens.contains(r.denominator())) {
                dens.add(r.denominator());
            }
        }
        BigInteger num = BigInteger.ZERO;
        for (int k = 0; k < x.length; k++) {
            if (c[k] == 0 || x[k].isZero()) {
                continue;
            }
            BigInteger term = x[k].numerator().multiply(BigInteger.valueOf(c[k]));
            for (BigInteger d : dens) {
                if (!d.equals(x[k].denominator())) {
                    term = term.multiply(d);
                }
            }
            num = num.add(term);
        }
        return num.signum() == 0;
    }

    /**
     * {@code <v, v'> = 0} for two structured eigenpairs of {@code m} in {@code O(1)}: the heads give
     * {@code sign sign' sqrt(q q') (1 + tau tau')} and the tails {@code c^T G c'} with
     * {@code c = (1, tau)}, {@code c' = (1, tau')}. Equal tau: {@code 2 sign sign' q + (s + 2 tau p + t)};
     * opposite tau: {@code 0 + (s - t)}.
     */
    static boolean structuredOrthogonal(StructuredMatrix m, Eigenpair e, Eigenpair f) {
        Rational s = m.normSquaredA();
        Rational p = m.aDotB();
        Rational t = m.normSquaredB();
        long tau = e.tau();
        long tau2 = f.tau();
        if (tau == tau2) {
            // 2 sign sign' q + (s + 2 tau p + t), the heads' sqrt(q)^2 (1 + 1) with q = q'
            return e.square().equals(f.square())
                    && combinationIsZero(new long[] {2L * e.sign() * f.sign(), 1, 2 * tau, 1}, e.square(), s, p, t);
        }
        // sqrt(q q') (1 - 1) = 0: the heads cancel whatever q and q' are; the tails give s + (tau + tau') p + tau tau' t.
        return combinationIsZero(new long[] {1, tau + tau2, tau * tau2}, s, p, t);
    }

    /**
     * Evaluates every certificate of Proposition 4.1 on stated values and pairs (which may come
     * from {@link #analyze} or from anywhere else, e.g. a falsified copy in a test).
     */
    public static List<Check> certify(StructuredMatrix m, Prop41Case kase, Rational s, Rational p, List<Eigenvalue> values,
            List<Eigenpair> pairs, int denseLimit) {
        String claim = kase.claim().id();
        List<Check> checks = new ArrayList<>();
        int d = m.d();

        // Case classification from the vectors agrees with the one from s and p.
        boolean byNumbers = (kase == Prop41Case.ZERO) == s.isZero()
                && (kase == Prop41Case.SYMMETRIC) == (!s.isZero() && p.equals(s))
                && (kase == Prop41Case.ANTISYMMETRIC) == (!s.isZero() && p.equals(s.negate()));
        checks.add(new Check(claim, "case", byNumbers, "case " + kase.label() + ", s = " + s + ", p = " + p));

        Rational ppa = m.normSquaredB();
        checks.add(new Check(claim, "||Pa||^2 = ||a||^2", ppa.equals(s), "||Pa||^2 = " + ppa + ", ||a||^2 = " + s));

        if (kase == Prop41Case.ZERO) {
            checks.add(new Check(claim, "A = 0", m.aIsZero() && m.bIsZero(), ""));
        }

        boolean eig = true;
        String eigDetail = pairs.size() + " eigenpairs";
        SurdVector.DotMemo memo = new SurdVector.DotMemo();
        for (Eigenpair e : pairs) {
            boolean ok;
            if (e.structuredOf() == m) {
                ok = structuredEigen(m, e);
            } else {
                SurdVector av = m.apply(e.vector(), memo);
                ok = !e.vector().isZero() && av.equalsSqrtTimes(e.sign(), e.vector());
            }
            if (!ok) {
                eig = false;
                eigDetail = "A v != lambda v for lambda = " + e.label();
                break;
            }
        }
        checks.add(new Check(claim, "A v = lambda v", eig, eigDetail));

        boolean orth = true;
        String orthDetail = pairs.size() * (pairs.size() - 1) / 2 + " pairs";
        for (int i = 0; i < pairs.size() && orth; i++) {
            for (int j = i + 1; j < pairs.size(); j++) {
                Eigenpair e = pairs.get(i);
                Eigenpair f = pairs.get(j);
                boolean ok = e.structuredOf() == m && f.structuredOf() == m ? structuredOrthogonal(m, e, f)
                        : e.vector().isOrthogonalTo(f.vector(), memo);
                if (!ok) {
                    orth = false;
                    orthDetail = "eigenvectors for " + pairs.get(i).label() + " and " + pairs.get(j).label() + " are not orthogonal";
                    break;
                }
            }
        }
        checks.add(new Check(claim, "eigenvectors pairwise orthogonal", orth, orthDetail));

        // Multiplicities: the stated list sums to d+2, and agrees with the certified eigenpairs.
        int total = 0;
        Rational sumSq = Rational.ZERO;
        Rational sumFourth = Rational.ZERO;
        for (Eigenvalue v : values) {
            total += v.multiplicity();
            Rational mult = Rational.of(v.multiplicity());
            sumSq = sumSq.add(v.square().multiply(mult));
            sumFourth = sumFourth.add(v.square().square().multiply(mult));
        }
        Rational pairSq = Rational.ZERO;
        for (Eigenpair e : pairs) {
            pairSq = pairSq.add(e.square());
        }
        boolean mult = total == d + 2 && pairSq.equals(sumSq) && countNonzero(values) == pairs.size();
        checks.add(new Check(claim, "multiplicities sum to d+2", mult, "sum " + total + ", d+2 = " + (d + 2)));

        Rational tr2 = m.traceOfSquare();
        Rational fourS = s.multiply(Rational.of(4));
        boolean traces = sumSq.equals(tr2) && tr2.equals(fourS) && pairSq.equals(tr2);
        checks.add(new Check(claim, "sum lambda^2 = tr(A^2) = 4s", traces,
                "sum lambda^2 = " + sumSq + ", tr(A^2) = " + tr2 + ", 4s = " + fourS));
        Rational tr4 = m.traceOfFourthPower();
        checks.add(new Check(claim, "sum lambda^4 = tr(A^4)", sumFourth.equals(tr4), "sum lambda^4 = " + sumFourth + ", tr(A^4) = " + tr4));

        if (d <= denseLimit && m.a().denominator().bitLength() + maxBits(m.a()) <= DENSE_BIT_LIMIT) {
            RationalMatrix dense = m.toDense();
            Polynomial chi = dense.charPoly();
            Polynomial formula = Polynomial.monomial(Rational.ONE, 0);
            formula = formula.multiply(xSquaredMinus(s.add(p))).multiply(xSquaredMinus(s.subtract(p)));
            boolean formulaOk;
            if (d >= 2) {
                formula = formula.multiply(Polynomial.X.pow(d - 2));
                formulaOk = chi.equals(formula);
            } else {
                // d = 1: chi * lambda = lambda^{-1} ... the formula has a factor lambda^{-1}; compare chi * x.
                formulaOk = chi.multiply(Polynomial.X).equals(formula);
            }
            boolean listed = chi.equals(fromSpectrum(values));
            checks.add(new Check(claim, "dense charpoly = lambda^(d-2)(lambda^2-(s+p))(lambda^2-(s-p))", formulaOk && listed,
                    "det(lambda I - A) = " + abbreviate(chi.toString())));
        }

        // P41.5: ||A||^2 = max lambda^2 over the certified spectrum = s + |p|, and s <= s+|p| <= 2s.
        Rational maxSq = Rational.ZERO;
        for (Eigenvalue v : values) {
            maxSq = maxSq.max(v.square());
        }
        Rational norm = s.add(p.abs());
        checks.add(new Check(Claims.P41_5.id(), "||A||^2 = s + |p|", maxSq.equals(norm), "||A||^2 = " + maxSq + ", s + |p| = " + norm));
        boolean sandwich = s.compareTo(norm) <= 0 && norm.compareTo(s.multiply(Rational.TWO)) <= 0;
        checks.add(new Check(Claims.P41_5.id(), "s <= s + |p| <= 2s", sandwich, "s = " + s + ", s + |p| = " + norm));
        boolean rightEq = norm.equals(s.multiply(Rational.TWO));
        boolean leftEq = norm.equals(s);
        boolean eqCases = rightEq == (kase != Prop41Case.GENERAL) && leftEq == p.isZero();
        checks.add(new Check(Claims.P41_5.id(), "equality cases", eqCases,
                "right equality " + rightEq + " (case " + kase.label() + "), left equality " + leftEq + " (p = " + p + ")"));
        return checks;
    }

    /** Bits of the largest common-denominator numerator of {@code v}. */
    static int maxBits(dev.percept.exact.ScaledVector v) {
        int b = 0;
        for (int i = 0; i < v.length(); i++) {
            b = Math.max(b, v.numerator(i).bitLength());
        }
        return b;
    }

    private static int countNonzero(List<Eigenvalue> values) {
        int n = 0;
        for (Eigenvalue v : values) {
            if (v.sign() != 0) {
                n += v.multiplicity();
            }
        }
        return n;
    }

    private static Polynomial xSquaredMinus(Rational q) {
        return Polynomial.of(q.negate(), Rational.ZERO, Rational.ONE);
    }

    /**
     * The characteristic polynomial implied by a stated spectrum: {@code x^m0} times
     * {@code (x^2 - q)^m} for every pair {@code ±sqrt(q)}; a list that is not symmetric under
     * {@code lambda -> -lambda} yields a polynomial that cannot match (a nonzero constant offset).
     */
    public static Polynomial fromSpectrum(List<Eigenvalue> values) {
        Polynomial out = Polynomial.ONE;
        for (Eigenvalue v : values) {
            if (v.sign() == 0) {
                out = out.multiply(Polynomial.X.pow(v.multiplicity()));
            } else if (v.sign() > 0) {
                boolean partner = false;
                for (Eigenvalue w : values) {
                    if (w.sign() < 0 && w.square().equals(v.square()) && w.multiplicity() == v.multiplicity()) {
                        partner = true;
                    }
                }
                if (!partner) {
                    return Polynomial.ZERO;
                }
                out = out.multiply(xSquaredMinus(v.square()).pow(v.multiplicity()));
            }
        }
        return out;
    }

    static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }
}
