package dev.percept.fast;

import dev.percept.binary64.Binary64;
import dev.percept.exact.Rational;

/**
 * Exact inputs rounded to double for the fast path: each entry to the nearest double
 * ({@link Binary64#nearest}), and whether every entry was exactly representable (then the fast
 * path computes on the same numbers as the exact one, and only its own rounding separates them).
 */
public final class FastData {

    private final double[][] x;
    private final int[] y;
    private final double step;
    private final boolean exact;

    private FastData(double[][] x, int[] y, double step, boolean exact) {
        this.x = x;
        this.y = y;
        this.step = step;
        this.exact = exact;
    }

    /**
     * Labelled points and a step rounded to double.
     *
     * @throws IllegalArgumentException when a coordinate overflows a double or the step is not a
     *     positive finite double (the message names the point and coordinate)
     */
    public static FastData of(Rational[][] points, int[] labels, Rational step) {
        double[][] x = new double[points.length][];
        double s = Binary64.nearest(step);
        boolean exact = Binary64.isDouble(step);
        for (int i = 0; i < points.length; i++) {
            x[i] = new double[points[i].length];
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] = Binary64.nearest(points[i][j]);
                if (Double.isInfinite(x[i][j])) {
                    throw new IllegalArgumentException("data point " + (i + 1) + " coordinate " + (j + 1) + " overflows a double");
                }
                exact &= Binary64.isDouble(points[i][j]);
            }
        }
        if (!(s > 0) || Double.isInfinite(s)) {
            throw new IllegalArgumentException("the step " + step + " is not a positive finite double");
        }
        return new FastData(x, labels.clone(), s, exact);
    }

    /** @return the points as doubles (a copy) */
    public double[][] x() {
        double[][] c = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i].clone();
        }
        return c;
    }

    /** @return the labels (a copy) */
    public int[] y() {
        return y.clone();
    }

    /** @return the step as a double */
    public double step() {
        return step;
    }

    /** @return whether every coordinate and the step are exactly representable as doubles */
    public boolean exact() {
        return exact;
    }

    /** @return {@code v} entrywise rounded to the nearest double ({@link Binary64#nearest}) */
    public static double[] vector(Rational[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = Binary64.nearest(v[i]);
        }
        return d;
    }
}
