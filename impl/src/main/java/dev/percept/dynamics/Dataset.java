package dev.percept.dynamics;

import dev.percept.exact.Rational;

/**
 * A labelled data set, exact: rows {@code x_i} in Q^d and labels {@code y_i} in {-1, 1}. Immutable
 * by convention (the arrays are not copied; callers do not modify them).
 */
public final class Dataset {
    private final String name;
    private final Rational[][] x;
    private final int[] y;

    /** @throws IllegalArgumentException on empty data, ragged rows or labels other than -1/1 */
    public Dataset(String name, Rational[][] x, int[] y) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("need at least one row and one label per row");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != x[0].length || x[i].length == 0) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + x[i].length + " features");
            }
            if (y[i] != 1 && y[i] != -1) {
                throw new IllegalArgumentException("label of row " + (i + 1) + " is " + y[i]);
            }
        }
        this.name = name;
        this.x = x;
        this.y = y;
    }

    /** @return the name (file or builtin) */
    public String name() {
        return name;
    }

    /** @return n, the number of points */
    public int n() {
        return x.length;
    }

    /** @return d, the number of features */
    public int d() {
        return x[0].length;
    }

    /** @return x_i (do not modify) */
    public Rational[] x(int i) {
        return x[i];
    }

    /** @return y_i in {-1, 1} */
    public int y(int i) {
        return y[i];
    }

    /** @return {@code a_i = y_i x_i} */
    public Rational[] signed(int i) {
        Rational[] a = new Rational[d()];
        for (int k = 0; k < a.length; k++) {
            a[k] = y[i] > 0 ? x[i][k] : x[i][k].negate();
        }
        return a;
    }

    /** @return {@code ||x_i||^2}, exact */
    public Rational normSquared(int i) {
        return Vec.dot(x[i], x[i]);
    }
}
