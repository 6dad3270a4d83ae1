package dev.percept.fast;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Eigenvalues of a dense symmetric matrix in double precision with EJML's symmetric QR algorithm
 * ({@code DecompositionFactory_DDRM.eig(n, false, true)}: tridiagonalisation by Householder
 * reflections, then implicit symmetric QR). Backward stable: the computed eigenvalues are exact
 * for {@code A + E} with {@code ||E||_2 <= c n u ||A||_2}, so by Weyl's theorem
 * {@code |lambda_hat_i - lambda_i| <= c n u ||A||_2 <= c n u ||A||_F}; we use {@code c = 10}
 * (see the differential test for the observed ratio).
 */
public final class FastSymmetricEigen {

    private FastSymmetricEigen() {
    }

    /** The constant {@code c} in the bound {@code c n u ||A||_F}. */
    public static final double BOUND_CONSTANT = 10;

    /** Eigenvalues of symmetric {@code a} (row-major), increasing. */
    public static double[] eigenvalues(double[][] a) {
        int n = a.length;
        if (n == 0) {
            return new double[0];
        }
        DMatrixRMaj m = new DMatrixRMaj(a);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(m)) {
            throw new IllegalStateException("EJML symmetric eigen decomposition failed");
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = eig.getEigenvalue(i).getReal();
        }
        Arrays.sort(out);
        return out;
    }

    /** The absolute forward-error bound {@code c n u ||A||_F}. */
    public static double errorBound(double[][] a) {
        double f = 0;
        for (double[] row : a) {
            for (double v : row) {
                f = Math.hypot(f, v);
            }
        }
        return BOUND_CONSTANT * a.length * (Math.ulp(1.0) / 2) * f;
    }
}
