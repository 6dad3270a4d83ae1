package com.example.eigen;

import java.util.Arrays;

/**
 * The consumer's own solver, which knows nothing of percept: eigenvalues of a real symmetric
 * matrix in double, by Householder reduction to a symmetric tridiagonal matrix T (Golub and Van
 * Loan, Matrix Computations, 4th ed., Algorithm 8.3.1) and bisection on T with Sturm counts
 * (Algorithm 8.4.1): the number of eigenvalues of T below x is the number of negative pivots of
 * the LDL^T factorisation of {@code T - x I}.
 */
public final class SturmBisectionEigen {

    private SturmBisectionEigen() {
    }

    /** The eigenvalues of symmetric {@code a} (not modified), increasing. */
    public static double[] eigenvalues(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        double[] diag = new double[n];
        double[] off = new double[n]; // off[i] couples rows i-1 and i
        tridiagonalise(m, diag, off);
        double r = 0; // Gershgorin: every eigenvalue is in [-r, r]
        for (int i = 0; i < n; i++) {
            r = Math.max(r, Math.abs(diag[i]) + Math.abs(off[i]) + (i + 1 < n ? Math.abs(off[i + 1]) : 0));
        }
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = kthSmallest(diag, off, k, -(r + 1), r + 1);
        }
        Arrays.sort(out);
        return out;
    }

    /** Householder reflections from the left and right, column by column; fills the tridiagonal's diagonal and off-diagonal. */
    private static void tridiagonalise(double[][] m, double[] diag, double[] off) {
        int n = m.length;
        for (int k = 0; k + 2 < n; k++) {
            double norm = 0;
            for (int i = k + 1; i < n; i++) {
                norm = Math.hypot(norm, m[i][k]);
            }
            if (norm == 0) {
                continue;
            }
            double alpha = m[k + 1][k] > 0 ? -norm : norm;
            double[] v = new double[n];
            v[k + 1] = m[k + 1][k] - alpha;
            for (int i = k + 2; i < n; i++) {
                v[i] = m[i][k];
            }
            double vv = 0;
            for (int i = k + 1; i < n; i++) {
                vv += v[i] * v[i];
            }
            // m <- H m H with H = I - 2 v v^T / (v^T v): p = m v * 2/vv, w = p - (v^T p / vv) v, m <- m - v w^T - w v^T
            double[] p = new double[n];
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = k + 1; j < n; j++) {
                    s += m[i][j] * v[j];
                }
                p[i] = 2 * s / vv;
            }
            double vp = 0;
            for (int i = k + 1; i < n; i++) {
                vp += v[i] * p[i];
            }
            for (int i = 0; i < n; i++) {
                p[i] -= vp / vv * v[i];
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    m[i][j] -= v[i] * p[j] + p[i] * v[j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            diag[i] = m[i][i];
            off[i] = i == 0 ? 0 : m[i][i - 1];
        }
    }

    /**
     * The number of eigenvalues of the tridiagonal matrix at most {@code x}: the negative pivots of
     * {@code T - x I}, a zero pivot counted as negative (x is then an eigenvalue of a leading block).
     */
    private static int countBelow(double[] diag, double[] off, double x) {
        int count = 0;
        double pivot = 1;
        for (int i = 0; i < diag.length; i++) {
            pivot = diag[i] - x - (i == 0 ? 0 : off[i] * off[i] / pivot);
            if (pivot == 0) {
                pivot = -Double.MIN_VALUE; // a zero pivot: perturb to the negative side, as LAPACK's dstebz does
            }
            if (pivot < 0) {
                count++;
            }
        }
        return count;
    }

    /**
     * The (k+1)-th smallest eigenvalue: bisection keeps {@code count(lo) <= k < count(hi)}, so the
     * eigenvalue is in {@code (lo, hi]}, until lo and hi are adjacent doubles; then hi.
     */
    private static double kthSmallest(double[] diag, double[] off, int k, double lo, double hi) {
        while (true) {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) {
                return hi;
            }
            if (countBelow(diag, off, mid) > k) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
    }
}
