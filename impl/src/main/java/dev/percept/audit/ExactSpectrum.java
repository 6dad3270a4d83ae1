package dev.percept.audit;

import dev.percept.binary64.Binary64;
import dev.percept.check.Progress;
import dev.percept.exact.Decimals;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.structured.Eigenvalue;
import dev.percept.structured.Permutation;
import dev.percept.structured.Prop41;
import dev.percept.structured.StructuredSpectrum;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The exact spectrum of a symmetric rational matrix: its distinct eigenvalues in increasing order,
 * each as an isolating interval of a square-free integer factor of the characteristic polynomial,
 * with its multiplicity. Method: {@code RationalMatrix.charPoly()} (exact, multimodular), the
 * square-free decomposition {@link IntPoly#squareFree}, isolation of the roots of the square-free
 * part (certified by sign changes between hints, else by Sturm sequences), and the multiplicity of
 * each root read off from which square-free factor changes sign on its interval. For a matrix with
 * the structure of Proposition 4.1 (claims P41.*) the O(d) path {@link Prop41} is used instead.
 * A symmetric matrix has only real eigenvalues: if the multiplicities do not add up to n this is an
 * internal error, never a result.
 */
public final class ExactSpectrum {

    /** One distinct eigenvalue: a root of {@code interval.factor()} in the interval, with multiplicity. */
    public record Root(RealRoots.Interval interval, int multiplicity) {

        /**
         * The eigenvalue correctly rounded to {@code digits} significant digits, ties to even (only
         * a rational eigenvalue can be a tie, and it is then rounded exactly).
         */
        public BigDecimal decimal(int digits) {
            return rounded(q -> Decimals.round(q, digits), d -> Rational.of(d));
        }

        /**
         * The eigenvalue when it is rational and found: an exact interval, or the simplest rational
         * in the interval refined around its midpoint ({@link RealRoots#refineAround}) when that
         * rational is a root (an exact sign). Finds every rational eigenvalue whose denominator is
         * small against its magnitude (integers and simple fractions); empty otherwise.
         */
        public Optional<Rational> rationalValue() {
            if (interval.exact()) {
                return Optional.of(interval.lo());
            }
            RealRoots.Interval iv = RealRoots.refineAround(interval, interval.lo().add(interval.hi()).divide(Rational.TWO));
            Rational c = Rational.simplestBetween(iv.lo(), iv.hi());
            return IntPoly.signAt(iv.coefficients(), c) == 0 ? Optional.of(c) : Optional.empty();
        }

        /** The double nearest to the eigenvalue, ties to even ({@link Binary64#nearest}, decided exactly). */
        public double nearestDouble() {
            // An infinity reads back as 2^1024, so the midpoint with the largest double is the overflow boundary.
            return rounded(Binary64::nearest, d -> Double.isInfinite(d) ? Rational.powerOfTwo(1024).multiply(Rational.of((long) Math.signum(d)))
                    : Binary64.exact(d));
        }

        /**
         * {@code round(r)} for the root r and a monotone rounding {@code round} whose results read
         * back exactly by {@code value}: refines the interval ({@link RealRoots#refineAround}, exact
         * signs only) around the midpoint {@code b} of the two candidates {@code round(lo)} and
         * {@code round(hi)} until they agree. For adjacent candidates b is the rounding boundary
         * between them, so a root exactly on it is found by its sign and rounded exactly; otherwise
         * each refinement shrinks the interval to {@code 10^-5} of b's distance from the root.
         */
        private <T> T rounded(Function<Rational, T> round, Function<T, Rational> value) {
            RealRoots.Interval iv = interval;
            while (true) {
                T a = round.apply(iv.lo());
                T c = round.apply(iv.hi());
                if (a.equals(c)) {
                    return a;
                }
                Rational b = value.apply(a).add(value.apply(c)).divide(Rational.TWO);
                if (IntPoly.signAt(iv.coefficients(), b) == 0) {
                    return round.apply(b);
                }
                iv = RealRoots.refineAround(iv, b);
            }
        }
    }

    private final int n;
    private final List<Root> roots;
    private final String method;

    private ExactSpectrum(int n, List<Root> roots, String method) {
        this.n = n;
        this.roots = List.copyOf(roots);
        this.method = method;
    }

    /** @return the order of the matrix */
    public int n() {
        return n;
    }

    /** @return the distinct eigenvalues, increasing */
    public List<Root> roots() {
        return roots;
    }

    /** @return how the spectrum was obtained ({@code prop41}, {@code charpoly+hints} or {@code charpoly+sturm}) */
    public String method() {
        return method;
    }

    /** @return the eigenvalues with multiplicity, increasing (length n) */
    public List<Root> expanded() {
        List<Root> out = new ArrayList<>();
        for (Root r : roots) {
            for (int k = 0; k < r.multiplicity(); k++) {
                out.add(r);
            }
        }
        return out;
    }

    /** Exact spectrum without hints. */
    public static ExactSpectrum of(RationalMatrix a) {
        return of(a, List.of());
    }

    /**
     * Exact spectrum; {@code hints} (any approximations of the eigenvalues, e.g. the values being
     * audited) only speed up the isolation, never change the result.
     *
     * @throws IllegalArgumentException if the matrix is not square or not symmetric
     */
    public static ExactSpectrum of(RationalMatrix a, List<Rational> hints) {
        return of(a, hints, Progress.NONE);
    }

    /**
     * As {@link #of(RationalMatrix, List)}, reporting the phases of the generic method:
     * {@code characteristic polynomial} (primes done, of those needed) and {@code isolating
     * eigenvalues} (0 of 1, then 1 of 1).
     */
    public static ExactSpectrum of(RationalMatrix a, List<Rational> hints, Progress progress) {
        if (!a.isSquare()) {
            throw new IllegalArgumentException("matrix is " + a.rows() + "x" + a.cols() + ", not square");
        }
        int[] asym = a.firstAsymmetry();
        if (asym != null) {
            throw new IllegalArgumentException("matrix is not symmetric: entry (" + (asym[0] + 1) + "," + (asym[1] + 1)
                    + ") differs from entry (" + (asym[1] + 1) + "," + (asym[0] + 1) + ")");
        }
        ExactSpectrum s = structured(a);
        if (s == null) {
            s = generic(a, hints, progress);
        }
        int total = 0;
        for (Root r : s.roots) {
            total += r.multiplicity();
        }
        if (total != s.n) {
            throw new IllegalStateException("internal error: found " + total + " real eigenvalues (with multiplicity) for a symmetric "
                    + s.n + "x" + s.n + " matrix");
        }
        return s;
    }

    /**
     * The real eigenvalues of any square rational matrix (symmetric or not), with multiplicities,
     * increasing; non-real eigenvalues are absent, so the multiplicities may add up to less than n.
     */
    public static List<Root> realEigenvalues(RationalMatrix a) {
        if (!a.isSquare()) {
            throw new IllegalArgumentException("matrix is " + a.rows() + "x" + a.cols() + ", not square");
        }
        return generic(a, List.of(), Progress.NONE).roots();
    }

    static ExactSpectrum generic(RationalMatrix a, List<Rational> hints, Progress progress) {
        int n = a.rows();
        BigInteger[] chi = IntPoly.fromPolynomial(a.charPoly((done, total) -> progress.update("characteristic polynomial", done, total)));
        progress.update("isolating eigenvalues", 0, 1);
        List<BigInteger[]> factors = IntPoly.squareFree(chi);
        BigInteger[] g = new BigInteger[] {BigInteger.ONE};
        for (BigInteger[] f : factors) {
            g = IntPoly.multiply(g, f);
        }
        g = IntPoly.primitive(g);
        List<Rational> sorted = new ArrayList<>(hints);
        Collections.sort(sorted);
        String method = "charpoly+hints";
        List<RealRoots.Interval> ivs = sorted.isEmpty() ? null : RealRoots.isolateWithHints(g, sorted);
        if (ivs == null) {
            ivs = RealRoots.isolateSturm(g);
            method = "charpoly+sturm";
        }
        List<Root> roots = new ArrayList<>();
        for (RealRoots.Interval iv : ivs) {
            int mult = 0;
            BigInteger[] own = null;
            if (factors.size() == 1) {
                // square-free: g is the one factor and iv isolates one of its roots, multiplicity 1
                own = factors.get(0);
                mult = 1;
            }
            for (int j = 0; j < factors.size() && factors.size() > 1; j++) {
                BigInteger[] f = factors.get(j);
                boolean here = iv.exact() ? IntPoly.signAt(f, iv.lo()) == 0
                        : IntPoly.signAt(f, iv.lo()) * IntPoly.signAt(f, iv.hi()) < 0;
                if (here && f.length > 1) {
                    if (own != null) {
                        throw new IllegalStateException("internal error: two square-free factors share a root");
                    }
                    own = f;
                    mult = j + 1;
                }
            }
            if (own == null) {
                throw new IllegalStateException("internal error: no square-free factor owns an isolated root");
            }
            RealRoots.Interval ownIv = new RealRoots.Interval(own, iv.lo(), iv.hi());
            if (own.length == 2) { // linear factor: the root is the rational -c0/c1, exactly
                Rational x = Rational.of(own[0].negate(), own[1]);
                ownIv = new RealRoots.Interval(own, x, x);
            }
            roots.add(new Root(ownIv, mult));
        }
        progress.update("isolating eigenvalues", 1, 1);
        return new ExactSpectrum(n, roots, method);
    }

    /**
     * The least common multiple D of the entries' denominators: D times a rational eigenvalue is
     * an integer (an eigenvalue of the integer matrix DA is an algebraic integer, and a rational
     * algebraic integer is an integer), the bound {@link RealRoots#exactIfRational} takes.
     */
    public static BigInteger commonDenominator(RationalMatrix a) {
        BigInteger d = BigInteger.ONE;
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < a.cols(); j++) {
                BigInteger q = a.get(i, j).denominator();
                if (!q.equals(BigInteger.ONE)) {
                    d = d.divide(d.gcd(q)).multiply(q);
                }
            }
        }
        return d;
    }

    /**
     * @return whether {@code m} has the structure of Proposition 4.1 that {@link #of} computes in
     *     O(d) (else the generic method, about n^4 operations, is used)
     */
    public static boolean isStructured(RationalMatrix m) {
        return m.isSquare() && m.isSymmetric() && structured(m) != null;
    }

    /**
     * Detects {@code A = [[0,0,a^T],[0,0,b^T],[a,b,0]]} with {@code b = P a} for an involutive
     * permutation {@code P} found by pairing entries; returns null when the pattern is absent.
     */
    static ExactSpectrum structured(RationalMatrix m) {
        int n = m.rows();
        if (n < 3) {
            return null;
        }
        int d = n - 2;
        if (m.get(0, 0).signum() != 0 || m.get(0, 1).signum() != 0 || m.get(1, 1).signum() != 0) {
            return null;
        }
        for (int i = 2; i < n; i++) {
            for (int j = 2; j < n; j++) {
                if (m.get(i, j).signum() != 0) {
                    return null;
                }
            }
        }
        Rational[] a = new Rational[d];
        Rational[] b = new Rational[d];
        for (int i = 0; i < d; i++) {
            a[i] = m.get(0, i + 2);
            b[i] = m.get(1, i + 2);
        }
        Map<List<Rational>, List<Integer>> byPair = new HashMap<>();
        for (int i = 0; i < d; i++) {
            byPair.computeIfAbsent(List.of(a[i], b[i]), k -> new ArrayList<>()).add(i);
        }
        int[] img = new int[d];
        for (int i = 0; i < d; i++) {
            if (img[i] != 0) {
                continue;
            }
            if (a[i].equals(b[i])) {
                img[i] = i + 1;
                continue;
            }
            List<Integer> partners = byPair.get(List.of(b[i], a[i]));
            Integer j = null;
            if (partners != null) {
                for (Integer c : partners) {
                    if (img[c] == 0 && c != i) {
                        j = c;
                        break;
                    }
                }
            }
            if (j == null) {
                return null;
            }
            img[i] = j + 1;
            img[j] = i + 1;
        }
        return of(Prop41.analyze(a, Permutation.ofOneBased(img)));
    }

    /**
     * The spectrum of a certified Proposition 4.1 analysis (claims P41.*): each eigenvalue
     * {@code ±sqrt(q)} as the root of {@code den(q) x^2 - num(q)} in {@code [0, q + 1]} or
     * {@code [-(q + 1), 0]}, zero exactly.
     *
     * @throws IllegalStateException if a certificate of the analysis failed (an internal error)
     */
    public static ExactSpectrum of(StructuredSpectrum s) {
        if (!s.allHold()) {
            throw new IllegalStateException("internal error: a Proposition 4.1 certificate failed");
        }
        List<Root> roots = new ArrayList<>();
        List<Eigenvalue> values = new ArrayList<>(s.eigenvalues());
        Collections.reverse(values); // Prop41 lists largest first
        for (Eigenvalue v : values) {
            if (v.sign() == 0) {
                BigInteger[] x = {BigInteger.ZERO, BigInteger.ONE};
                roots.add(new Root(new RealRoots.Interval(x, Rational.ZERO, Rational.ZERO), v.multiplicity()));
                continue;
            }
            Rational q = v.square();
            BigInteger[] f = {q.numerator().negate(), BigInteger.ZERO, q.denominator()};
            Rational top = q.add(Rational.ONE);
            RealRoots.Interval iv = v.sign() > 0 ? new RealRoots.Interval(f, Rational.ZERO, top)
                    : new RealRoots.Interval(f, top.negate(), Rational.ZERO);
            roots.add(new Root(iv, v.multiplicity()));
        }
        return new ExactSpectrum(s.d() + 2, roots, "prop41");
    }
}
