package dev.percept.structured;

import dev.percept.exact.PlantedSpectrum;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;

/**
 * A general rational symmetric orthogonal matrix (for example a Householder reflection
 * {@code I - 2 v v^T / (v^T v)}). {@code P = P^T} and {@code P^2 = I} are verified exactly on
 * construction ({@code O(d^3)} rational operations).
 */
public final class DenseInvolution implements SymmetricInvolution {

    private final RationalMatrix p;

    private DenseInvolution(RationalMatrix p) {
        this.p = p;
    }

    /**
     * Wraps {@code p} after checking that it is square, symmetric and squares to the identity.
     *
     * @throws IllegalArgumentException naming the first entry that fails
     */
    public static DenseInvolution of(RationalMatrix p) {
        if (!p.isSquare()) {
            throw new IllegalArgumentException("P is " + p.rows() + "x" + p.cols() + ", not square");
        }
        int[] asym = p.firstAsymmetry();
        if (asym != null) {
            throw new IllegalArgumentException("P is not symmetric: P[" + (asym[0] + 1) + "," + (asym[1] + 1) + "] = "
                    + p.get(asym[0], asym[1]) + " but P[" + (asym[1] + 1) + "," + (asym[0] + 1) + "] = " + p.get(asym[1], asym[0]));
        }
        RationalMatrix sq = p.multiply(p);
        int n = p.rows();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Rational want = i == j ? Rational.ONE : Rational.ZERO;
                if (!sq.get(i, j).equals(want)) {
                    throw new IllegalArgumentException("P is not orthogonal: (P^2)[" + (i + 1) + "," + (j + 1) + "] = " + sq.get(i, j)
                            + ", expected " + want);
                }
            }
        }
        return new DenseInvolution(p);
    }

    /**
     * Returns the Householder reflection {@code I - 2 v v^T / (v^T v)} for a nonzero rational v
     * (symmetric and orthogonal by construction; still verified).
     */
    public static DenseInvolution householder(Rational[] v) {
        return of(PlantedSpectrum.householder(v));
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

    @Override
    public String describe() {
        return "dense symmetric orthogonal " + p.rows() + "x" + p.cols();
    }
}
