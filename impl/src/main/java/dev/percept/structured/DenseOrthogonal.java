package dev.percept.structured;

import dev.percept.exact.PlantedSpectrum;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;

/**
 * A general rational orthogonal matrix ({@code P^T P = I}, checked exactly on construction in
 * {@code O(d^3)} rational operations). Symmetric examples are the Householder reflections
 * {@code I - 2 v v^T / (v^T v)}; non-symmetric ones the Cayley transforms
 * {@code (I - K)(I + K)^-1} of rational skew-symmetric {@code K} (rotations).
 */
public final class DenseOrthogonal implements OrthogonalMap {

    private final RationalMatrix p;

    private DenseOrthogonal(RationalMatrix p) {
        this.p = p;
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
        String bad = firstNonOrthogonality(p);
        if (bad != null) {
            throw new IllegalArgumentException("P is not orthogonal: " + bad);
        }
        return new DenseOrthogonal(p);
    }

    /**
     * Describes the first entry, row by row, where {@code P^T P} differs from the identity
     * ({@code (P^T P)[i,j] = x, expected y}, 1-based), or returns {@code null} if {@code P^T P = I}.
     * Entry {@code (i, j)} is the inner product of columns i and j of P.
     */
    static String firstNonOrthogonality(RationalMatrix p) {
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
        return p.apply(a);
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
