package com.example.eigen;

/**
 * The consumer's own solver: eigenvalues of a real symmetric matrix by the cyclic Jacobi method
 * (Golub and Van Loan, Matrix Computations, 4th ed., Algorithm 8.5.3), in double. Each rotation
 * annihilates one off-diagonal entry; sweeps over all pairs repeat until the off-diagonal part is
 * negligible against the diagonal. Knows nothing of percept.
 */
public final class JacobiEigen {

    private JacobiEigen() {
    }

    /** The eigenvalues of symmetric {@code a} (not modified), increasing. */
    public static double[] eigenvalues(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        for (int sweep = 0; sweep < 100 && offDiagonal(m) > 0; sweep++) {
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(m, p, q);
                }
            }
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = m[i][i];
        }
        java.util.Arrays.sort(d);
        return d;
    }

    /** The sum of squares of the off-diagonal entries that are not negligible next to their diagonal entries. */
    private static double offDiagonal(double[][] m) {
        double s = 0;
        for (int p = 0; p < m.length; p++) {
            for (int q = 0; q < m.length; q++) {
                if (p != q && !negligible(m, p, q)) {
                    s += m[p][q] * m[p][q];
                }
            }
        }
        return s;
    }

    /** {@code |m_pq|} below the rounding of both diagonal entries it couples (or exactly 0). */
    private static boolean negligible(double[][] m, int p, int q) {
        double x = Math.abs(m[p][q]);
        return x == 0 || (Math.abs(m[p][p]) + x == Math.abs(m[p][p]) && Math.abs(m[q][q]) + x == Math.abs(m[q][q]));
    }

    /** Applies the Jacobi rotation in the (p, q) plane that zeroes {@code m[p][q]}: {@code m <- J^T m J}. */
    private static void rotate(double[][] m, int p, int q) {
        if (m[p][q] == 0) {
            return;
        }
        double theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
        double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (Double.isInfinite(theta * theta)) {
            t = 1 / (2 * theta);
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        int n = m.length;
        for (int k = 0; k < n; k++) {
            double mkp = m[k][p];
            double mkq = m[k][q];
            m[k][p] = c * mkp - s * mkq;
            m[k][q] = s * mkp + c * mkq;
        }
        for (int k = 0; k < n; k++) {
            double mpk = m[p][k];
            double mqk = m[q][k];
            m[p][k] = c * mpk - s * mqk;
            m[q][k] = s * mpk + c * mqk;
        }
        m[p][q] = 0;
        m[q][p] = 0;
    }
}
