package dev.percept.structured;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;

/** Any square rational matrix as a {@link LinearMap} (the {@code Q} of a tied model; nothing else is required of it). */
public final class DenseLinearMap implements LinearMap {

    private final RationalMatrix q;

    private DenseLinearMap(RationalMatrix q) {
        this.q = q;
    }

    /**
     * Wraps {@code q} after checking that it is square.
     *
     * @throws IllegalArgumentException if it is not
     */
    public static DenseLinearMap of(RationalMatrix q) {
        if (!q.isSquare()) {
            throw new IllegalArgumentException("Q is " + q.rows() + "x" + q.cols() + ", not square");
        }
        return new DenseLinearMap(q);
    }

    @Override
    public int dimension() {
        return q.rows();
    }

    @Override
    public Rational[] apply(Rational[] a) {
        if (a.length != q.cols()) {
            throw new IllegalArgumentException("length mismatch: a has " + a.length + " entries, Q is " + q.rows() + "x" + q.cols());
        }
        return q.apply(a);
    }

    @Override
    public RationalMatrix toMatrix() {
        return q;
    }

    @Override
    public String describe() {
        return "dense linear map " + q.rows() + "x" + q.cols();
    }
}
