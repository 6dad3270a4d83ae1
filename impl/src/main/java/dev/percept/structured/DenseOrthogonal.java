package dev.percept.structured;

import dev.percept.exact.PlantedSpectrum;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.exact.ModularGram;
import dev.percept.exact.ScaledVector;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A general rational orthogonal matrix ({@code P^T P = I}, checked exactly on construction:
 * denominators cleared, {@code (DP)^T (DP) = D^2 I} tested modulo enough primes in parallel,
 * {@link ModularGram}; the direct check in rational arithmetic is kept as the referee,
 * {@link #firstNonOrthogonalityByRationals}). Symmetric examples are the Householder reflections
 * {@code I - 2 v v^T / (v^T v)}; non-symmetric ones the Cayley transforms
 * {@code (I - K)(I + K)^-1} of rational skew-symmetric {@code K} (rotations).
 */
public final class DenseOrthogonal implements OrthogonalMap {

    private final RationalMatrix p;
    // P = num / den with integer entries (denominators cleared by the check): Pa in one division per row.
    private final Cleared cleared;

    private DenseOrthogonal(RationalMatrix p, Cleared cleared) {
        this.p = p;
        this.cleared = cleared;
    }

    /** {@code P = num / den}: den the lcm of all denominators of P, num an integer matrix. */
    private static final class Cleared {
        private final BigInteger[][] num;
        private final BigInteger den;

        private Cleared(BigInteger[][] num, BigInteger den) {
            this.num = num;
            this.den = den;
        }

        BigInteger[][] num() {
            return num;
        }

        BigInteger den() {
            return den;
        }

        static Cleared of(RationalMatrix p) {
            int n = p.rows();
            BigInteger l = BigInteger.ONE;
            Set<BigInteger> seen = new HashSet<>();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < p.cols(); j++) {
                    BigInteger q = p.get(i, j).denominator();
                    if (!q.equals(BigInteger.ONE) && seen.add(q)) {
                        l = ScaledVector.lcm(l, q);
                    }
                }
            }
            Map<BigInteger, BigInteger> cofactor = new HashMap<>();
            BigInteger[][] num = new BigInteger[n][p.cols()];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < p.cols(); j++) {
                    Rational x = p.get(i, j);
                    num[i][j] = x.numerator().multiply(cofactor.computeIfAbsent(x.denominator(), l::divide));
                }
            }
            return new Cleared(num, l);
        }
    }

    /**
     * Wraps {@code p} after checking that it is square and that {@code P^T P = I} exactly.
     *
     * @throws IllegalArgumentException naming the first entry (row by row) of {@code P^T P} that
     *     differs from the identity
     */
    public static DenseOrthogonal of(RationalMatrix p) {
        if (!p.isSquare()) {
            throw new IllegalArgumentException("P is " + p.rows() + "x" + p.cols() + ", not square");
        }
        Cleared c = Cleared.of(p);
        String bad = firstNonOrthogonality(p, c);
        if (bad != null) {
            throw new IllegalArgumentException("P is not orthogonal: " + bad);
        }
        return new DenseOrthogonal(p, c);
    }

    /**
     * Describes the first entry, row by row, where {@code P^T P} differs from the identity
     * ({@code (P^T P)[i,j] = x, expected y}, 1-based), or returns {@code null} if {@code P^T P = I}.
     * Entry {@code (i, j)} is the inner product of columns i and j of P.
     */
    public static String firstNonOrthogonality(RationalMatrix p) {
        return firstNonOrthogonality(p, Cleared.of(p));
    }

    private static String firstNonOrthogonality(RationalMatrix p, Cleared c) {
        // With denominators cleared (P = N / D), P^T P = I iff N^T N = D^2 I.
        int n = p.rows();
        List<int[]> bad = ModularGram.mismatches(c.num(), c.den().multiply(c.den()));
        if (bad.isEmpty()) {
            return null;
        }
        // The first failing entry row by row lies on or above the diagonal (P^T P is symmetric):
        // report it with its exact value, one rational inner product of two columns.
        int i = bad.get(0)[0];
        int j = bad.get(0)[1];
        Rational g = Rational.ZERO;
        for (int k = 0; k < n; k++) {
            g = g.add(p.get(k, i).multiply(p.get(k, j)));
        }
        return "(P^T P)[" + (i + 1) + "," + (j + 1) + "] = " + g + ", expected " + (i == j ? Rational.ONE : Rational.ZERO);
    }

    /**
     * As {@link #firstNonOrthogonality}, by the direct {@code O(n^3)} inner products of the columns
     * in rational arithmetic: the referee of the modular check (tests, benchmark).
     */
    public static String firstNonOrthogonalityByRationals(RationalMatrix p) {
        int n = p.rows();
        RationalMatrix t = p.transpose();
        Rational[][] col = new Rational[n][];
        for (int i = 0; i < n; i++) {
            col[i] = t.row(i);
        }
        for (int i = 0; i < n; i++) {
            Rational[] ci = col[i];
            for (int j = 0; j < n; j++) {
                Rational[] cj = col[j];
                Rational g = Rational.ZERO;
                for (int k = 0; k < n; k++) {
                    if (!ci[k].isZero() && !cj[k].isZero()) {
                        g = g.add(ci[k].multiply(cj[k]));
                    }
                }
                Rational want = i == j ? Rational.ONE : Rational.ZERO;
                if (!g.equals(want)) {
                    return "(P^T P)[" + (i + 1) + "," + (j + 1) + "] = " + g + ", expected " + want;
                }
            }
        }
        return null;
    }

    /**
     * Returns the Householder reflection {@code I - 2 v v^T / (v^T v)} for a nonzero rational v
     * (symmetric and orthogonal by construction; still verified).
     */
    public static DenseOrthogonal householder(Rational[] v) {
        return of(PlantedSpectrum.householder(v));
    }

    /**
     * Returns the Cayley transform {@code (I - K)(I + K)^-1} of a rational skew-symmetric K: a
     * rational orthogonal matrix without eigenvalue -1, in general not symmetric (it is symmetric
     * only when {@code K = 0}). {@code I + K} is invertible because the eigenvalues of a real
     * skew-symmetric K are imaginary. Orthogonality is still verified.
     *
     * @throws IllegalArgumentException if K is not square and skew-symmetric
     */
    public static DenseOrthogonal cayley(RationalMatrix k) {
        if (!k.isSquare() || !k.add(k.transpose()).equals(RationalMatrix.zero(k.rows()))) {
            throw new IllegalArgumentException("K must be square and skew-symmetric");
        }
        RationalMatrix id = RationalMatrix.identity(k.rows());
        RationalMatrix minus = id.add(k.scale(Rational.MINUS_ONE));
        return of(minus.multiply(id.add(k).inverse()));
    }

    @Override
    public int dimension() {
        return p.rows();
    }

    @Override
    public Rational[] apply(Rational[] a) {
        if (a.length != p.cols()) {
            throw new IllegalArgumentException("length mismatch: a has " + a.length + " entries, P is " + p.rows() + "x" + p.cols());
        }
        // Pa = N (L a) / (D L) with L a the integer numerators of a over its common denominator:
        // integer sums and one canonicalizing division per row, instead of a rational sum of n terms.
        ScaledVector la = ScaledVector.of(a);
        BigInteger den = cleared.den().multiply(la.denominator());
        Rational[] out = new Rational[a.length];
        for (int i = 0; i < out.length; i++) {
            BigInteger s = BigInteger.ZERO;
            for (int k = 0; k < a.length; k++) {
                BigInteger x = cleared.num()[i][k];
                BigInteger y = la.numerator(k);
                if (x.signum() != 0 && y.signum() != 0) {
                    s = s.add(x.multiply(y));
                }
            }
            out[i] = Rational.of(s, den);
        }
        return out;
    }

    @Override
    public RationalMatrix toMatrix() {
        return p;
    }

    /** @return {@code dense orthogonal dxd, symmetric} or {@code ..., not symmetric} */
    @Override
    public String describe() {
        return "dense orthogonal " + p.rows() + "x" + p.cols() + (p.isSymmetric() ? ", symmetric" : ", not symmetric");
    }
}
