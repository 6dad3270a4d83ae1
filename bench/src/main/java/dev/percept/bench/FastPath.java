package dev.percept.bench;

import dev.percept.binary64.Binary64;
import dev.percept.cli.Inputs;
import dev.percept.exact.Rational;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.List;

/**
 * The double fast path of issue 4 ({@code dev.percept.fast}), reached through method handles so
 * that this module compiles and runs whether or not that package has landed; when it has not,
 * {@link #handle} throws {@link NotAvailable} ("not available yet (issue 4)"). Inputs are read
 * exactly and rounded to double once, outside any timed region.
 */
final class FastPath {

    /** Thrown when the fast path's class or method is not on the class path. */
    static final class NotAvailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAvailable(String what) {
            super(what + ": not available yet (issue 4)");
        }
    }

    private FastPath() {
    }

    /** The static method {@code cls.name(type)}, or {@link NotAvailable}. */
    static MethodHandle handle(String cls, String name, MethodType type) {
        try {
            return MethodHandles.publicLookup().findStatic(Class.forName(cls), name, type);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new NotAvailable(cls + "." + name);
        }
    }

    /** {@code FastStructuredSpectrum.eigenvalues(double[] a, int[] perm0)}. */
    static MethodHandle structured() {
        return handle("dev.percept.fast.FastStructuredSpectrum", "eigenvalues",
                MethodType.methodType(double[].class, double[].class, int[].class));
    }

    /** {@code FastSymmetricEigen.eigenvalues(double[][] a)}. */
    static MethodHandle symmetric() {
        return handle("dev.percept.fast.FastSymmetricEigen", "eigenvalues",
                MethodType.methodType(double[].class, double[][].class));
    }

    /** {@code FastLinearSteps.logisticGd(double[] w, double[][] x, int[] y, double gamma)}. */
    static MethodHandle logisticGd() {
        return handle("dev.percept.fast.FastLinearSteps", "logisticGd",
                MethodType.methodType(double[].class, double[].class, double[][].class, int[].class, double.class));
    }

    /** A vector file (one row or one column) in double. */
    static double[] vector(Path file) {
        Rational[] r = Inputs.csvVector(file, "vector");
        double[] v = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            v[i] = Binary64.nearest(r[i]);
        }
        return v;
    }

    /** A matrix file in double. */
    static double[][] matrix(Path file) {
        List<Rational[]> rows = Inputs.csvRows(file, "matrix");
        double[][] m = new double[rows.size()][];
        for (int i = 0; i < m.length; i++) {
            Rational[] r = rows.get(i);
            m[i] = new double[r.length];
            for (int j = 0; j < r.length; j++) {
                m[i][j] = Binary64.nearest(r[j]);
            }
        }
        return m;
    }

    /** A 1-based permutation file as a 0-based image array. */
    static int[] perm0(Path file) {
        int[] p = Inputs.csvIntegers(file, "perm");
        for (int i = 0; i < p.length; i++) {
            p[i]--;
        }
        return p;
    }

    /** A deterministic small nonzero start (a zero vector would let gemv-like kernels skip work). */
    static double[] start(int d) {
        double[] w = new double[d];
        java.util.Random rnd = new java.util.Random(0xfa57L + d);
        for (int j = 0; j < d; j++) {
            w[j] = rnd.nextGaussian() * 1e-3;
        }
        return w;
    }
}
