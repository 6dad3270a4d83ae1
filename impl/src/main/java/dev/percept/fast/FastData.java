package dev.percept.fast;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Exact inputs rounded to double for the fast path: each entry to the nearest double, and
 * whether every entry was exactly representable (then the fast path computes on the same numbers
 * as the exact one, and only its own rounding separates them).
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
        double s = nearest(step);
        boolean exact = exactly(step, s);
        for (int i = 0; i < points.length; i++) {
            x[i] = new double[points[i].length];
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] = nearest(points[i][j]);
                if (Double.isInfinite(x[i][j])) {
                    throw new IllegalArgumentException("data point " + (i + 1) + " coordinate " + (j + 1) + " overflows a double");
                }
                exact &= exactly(points[i][j], x[i][j]);
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

    /**
     * The double nearest to {@code q} (via 40 significant digits, so correctly rounded except in
     * pathological double-rounding cases): how the fast path reads every exact input.
     */
    public static double nearest(Rational q) {
        return new BigDecimal(q.numerator()).divide(new BigDecimal(q.denominator()), new MathContext(40)).doubleValue();
    }

    /** @return whether {@code v} represents {@code q} exactly */
    public static boolean exactly(Rational q, double v) {
        return Double.isFinite(v) && Rational.of(new BigDecimal(v)).equals(q);
    }

    /** @return {@code v} entrywise by {@link #nearest} */
    public static double[] vector(Rational[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = nearest(v[i]);
        }
        return d;
    }

    /** @return {@code m} entrywise by {@link #nearest} */
    public static double[][] matrix(RationalMatrix m) {
        double[][] a = new double[m.rows()][m.cols()];
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                a[i][j] = nearest(m.get(i, j));
            }
        }
        return a;
    }
}
