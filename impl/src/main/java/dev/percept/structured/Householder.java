package dev.percept.structured;

import dev.percept.exact.PlantedSpectrum;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.exact.ScaledVector;
import dev.percept.exact.SmallEntrySums;

/**
 * The Householder reflection {@code P = I - c v v^T}, {@code c = 2 / (v^T v)}, held by its vector
 * {@code v}: applied in {@code O(d)} ({@code Pa = a - c (v^T a) v}) and checked orthogonal in
 * {@code O(d)} through its structure, never formed densely except by {@link #toMatrix()} for the
 * dense referee.
 *
 * <p><b>Why no {@code O(d^3)} check is needed.</b> {@code P^T P = (I - c v v^T)^2 =
 * I - c (2 - c v^T v) v v^T}, which is {@code I} exactly when {@code c v^T v = 2}: with
 * {@code v^T v} computed exactly and {@code c = 2 / (v^T v)}, P is orthogonal (and symmetric) by
 * this identity as soon as {@code v != 0}, the one thing checked on construction. On every
 * instance, Proposition 4.1's certificate still checks {@code ||Pa||^2 = ||a||^2} for the applied
 * {@code Pa}.
 */
public final class Householder implements OrthogonalMap {

    private final Rational[] v;
    private final Rational vv;
    private final Rational c;

    private Householder(Rational[] v, Rational vv, Rational c) {
        this.v = v;
        this.vv = vv;
        this.c = c;
    }

    /**
     * Returns {@code I - 2 v v^T / (v^T v)}.
     *
     * @throws IllegalArgumentException if {@code v} is empty or zero
     */
    public static Householder of(Rational[] v) {
        if (v.length == 0) {
            throw new IllegalArgumentException("v is empty");
        }
        Rational vv = dot(v, v);
        if (vv.isZero()) {
            throw new IllegalArgumentException("v = 0: I - 2 v v^T / (v^T v) is undefined");
        }
        return new Householder(v.clone(), vv, Rational.TWO.divide(vv));
    }

    /** Exact {@code x^T y}: each entry over its own denominator when small, else grouped by denominator. */
    static Rational dot(Rational[] x, Rational[] y) {
        Rational r = SmallEntrySums.dot(x, y);
        return r != null ? r : ScaledVector.dot(x, ScaledVector.of(y));
    }

    /** @return {@code v^T v} */
    public Rational vNormSquared() {
        return vv;
    }

    @Override
    public int dimension() {
        return v.length;
    }

    /** @return {@code Pa = a - c (v^T a) v}, {@code O(d)} */
    @Override
    public Rational[] apply(Rational[] a) {
        if (a.length != v.length) {
            throw new IllegalArgumentException("length mismatch: a has " + a.length + " entries, P is " + v.length + "x" + v.length);
        }
        Rational k = c.multiply(dot(v, a));
        Rational[] out = new Rational[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = k.isZero() || v[i].isZero() ? a[i] : a[i].subtract(k.multiply(v[i]));
        }
        return out;
    }

    @Override
    public RationalMatrix toMatrix() {
        return PlantedSpectrum.householder(v);
    }

    @Override
    public String describe() {
        return "Householder reflection " + v.length + "x" + v.length + " (I - 2 v v^T / (v^T v)), symmetric";
    }
}
