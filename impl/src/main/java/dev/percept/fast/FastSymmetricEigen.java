package dev.percept.fast;

import java.util.Arrays;
import org.ejml.dense.row.decomposition.eig.symm.SymmetricQREigenHelper_DDRM;
import org.ejml.dense.row.decomposition.eig.symm.SymmetricQrAlgorithm_DDRM;

/**
 * Eigenvalues of a dense symmetric matrix in double precision: Householder tridiagonalisation
 * ({@link HouseholderTridiagonal}, percept's fused and two-threaded form of LAPACK's reduction),
 * then EJML's implicit symmetric QR algorithm on the tridiagonal matrix
 * ({@code SymmetricQrAlgorithm_DDRM}, eigenvalues only, as in EJML's own
 * {@code SymmetricQRAlgorithmDecomposition_DDRM}). Both stages are backward stable: the computed
 * eigenvalues are exact for {@code A + E} with {@code ||E||_2 <= c n u ||A||_2}, so by Weyl's
 * theorem {@code |lambda_hat_i - lambda_i| <= c n u ||A||_2 <= c n u ||A||_F}; we use
 * {@code c = 10} (see the differential test for the observed ratio).
 *
 * <p>Speed (issue 14, target 5): with EJML's row-major decomposition the tridiagonalisation was
 * 94-97 % of the time at n = 1000, two memory-bound sweeps per column; the fused reduction reads
 * the packed lower triangle once per column and splits each sweep over two threads, with a result
 * that does not depend on the number of threads (bench/compare row fast-eigen-vs-numpy).
 */
public final class FastSymmetricEigen {

    private FastSymmetricEigen() {
    }

    /** The constant {@code c} in the bound {@code c n u ||A||_F}. */
    public static final double BOUND_CONSTANT = 10;

    /** Eigenvalues of symmetric {@code a} (row-major; its lower triangle is read), increasing. */
    public static double[] eigenvalues(double[][] a) {
        int n = a.length;
        if (n == 0) {
            return new double[0];
        }
        HouseholderTridiagonal t = HouseholderTridiagonal.of(a);
        double[] out = tridiagonalEigenvalues(t.diag, t.off);
        for (int i = 0; i < n; i++) {
            out[i] = Math.scalb(out[i], -t.scale);
        }
        Arrays.sort(out);
        return out;
    }

    /** Eigenvalues (unordered) of the symmetric tridiagonal matrix with diagonal {@code d} and subdiagonal {@code e}, by EJML's implicit QR. */
    static double[] tridiagonalEigenvalues(double[] d, double[] e) {
        int n = d.length;
        SymmetricQREigenHelper_DDRM helper = new SymmetricQREigenHelper_DDRM();
        SymmetricQrAlgorithm_DDRM qr = new SymmetricQrAlgorithm_DDRM(helper);
        helper.init(d.clone(), n > 1 ? e.clone() : new double[1], n);
        qr.setQ(null);
        qr.setFastEigenvalues(true);
        if (!qr.process(-1, null, null)) {
            throw new IllegalStateException("EJML symmetric tridiagonal QR did not converge");
        }
        return Arrays.copyOf(helper.copyEigenvalues(null), n);
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
