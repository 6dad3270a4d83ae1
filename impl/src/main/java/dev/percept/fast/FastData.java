package dev.percept.fast;

import dev.percept.binary64.Binary64;
import dev.percept.exact.Decimals;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;

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
     * @throws DoubleRangeException when a coordinate or the step is outside the double range
     *     ({@link #nearestInRange}; the message names the point and coordinate)
     */
    public static FastData of(Rational[][] points, int[] labels, Rational step) {
        double[][] x = new double[points.length][];
        double s = nearestInRange(step, "the step");
        boolean exact = Binary64.isDouble(step);
        for (int i = 0; i < points.length; i++) {
            x[i] = new double[points[i].length];
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] = nearestInRange(points[i][j], "data point " + (i + 1) + " coordinate " + (j + 1));
                exact &= Binary64.isDouble(points[i][j]);
            }
        }
        return new FastData(x, labels.clone(), s, exact);
    }

    /**
     * The double nearest to {@code q} ({@link Binary64#nearest}), refusing a number the double
     * format cannot represent: one of magnitude from {@code 2^1024 - 2^970} (about 1.8e308) on,
     * which rounds to an infinity, and a nonzero one of magnitude at most {@code 2^-1075} (about
     * 2.5e-324), which rounds to 0. Every other rational has a finite nearest double of its own
     * sign (a subnormal one below {@code 2^-1022}, whose rounding the fast functions' absolute
     * terms cover).
     *
     * @param what names the number in the message ({@code "S entry (1,2)"})
     * @throws DoubleRangeException for a number outside that range
     */
    public static double nearestInRange(Rational q, String what) {
        double d = Binary64.nearest(q);
        if (Double.isInfinite(d)) {
            throw new DoubleRangeException(what + " = " + approx(q) + " is beyond the double range (|x| >= 2^1024 - 2^970, about 1.8e308,"
                    + " rounds to infinity): the fast engine cannot represent it");
        }
        if (d == 0 && q.signum() != 0) {
            throw new DoubleRangeException(what + " = " + approx(q) + " is below the double range (0 < |x| <= 2^-1075, about 2.5e-324,"
                    + " rounds to 0): the fast engine cannot represent it");
        }
        return d;
    }

    /** {@code v} entrywise by {@link #nearestInRange}, entries named {@code what i} (1-based). */
    public static double[] vectorInRange(Rational[] v, String what) {
        double[] d = new double[v.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = nearestInRange(v[i], what + " entry " + (i + 1));
        }
        return d;
    }

    /** {@code m} entrywise by {@link #nearestInRange}, entries named {@code what (i,j)} (1-based). */
    public static double[][] matrixInRange(RationalMatrix m, String what) {
        double[][] d = new double[m.rows()][m.cols()];
        for (int i = 0; i < d.length; i++) {
            for (int j = 0; j < d[i].length; j++) {
                d[i][j] = nearestInRange(m.get(i, j), what + " entry (" + (i + 1) + "," + (j + 1) + ")");
            }
        }
        return d;
    }

    /** A short reading of q for a message: 4 significant digits ({@code 1.000E+400}). */
    private static String approx(Rational q) {
        return Decimals.round(q, 4).toString();
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
