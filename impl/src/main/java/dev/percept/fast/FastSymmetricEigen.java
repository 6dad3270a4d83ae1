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
 * <p><b>Scaling (the whole double range).</b> That analysis assumes no overflow and no
 * underflow. The reduction runs on {@code A' = 2^-k A} with {@code max |a'_ij|} in {@code [1, 2)}
 * (exact in binary, except that entries more than 2^1022 times smaller than the largest may lose
 * bits below {@code 2^-1074}, a perturbation of Frobenius norm at most
 * {@code n 2^-1075 <= n 2^-1075 ||A'||_F}); every intermediate then stays near 1, and the absolute
 * underflow errors of the whole computation, a few {@code n^3 2^-1074} in the scaled units, are
 * far below the {@code 10^-9} relative slack of the bound ({@code 10^-9 * 10 n u ||A'||_F >= n 2^-80}).
 * The eigenvalues are scaled back by {@code 2^k}: exact, except that a result below
 * {@code 2^-1022} rounds by at most {@code 2^-1075}. {@link #errorBound} is computed the same way,
 * so it neither underflows to 0 for a tiny matrix nor loses the absolute terms: it is
 * {@code 2^k 10 n u ||A'||_F (1 + 10^-9) + 2^-1073}, an upper bound of {@code 10 n u ||A||_F} plus
 * every rounding the scaling adds, for every finite matrix. A non-finite entry, and an eigenvalue
 * that overflows when scaled back, are refused ({@link DoubleRangeException}).
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

    /** Relative slack on the bound: covers its own evaluation in double and the underflow terms above. */
    private static final double SLACK = 1 + 1e-9;

    /**
     * Eigenvalues of symmetric {@code a} (row-major; its lower triangle is read), increasing.
     *
     * @throws DoubleRangeException for an entry that is not finite, or an eigenvalue beyond the
     *     largest double
     */
    public static double[] eigenvalues(double[][] a) {
        int n = a.length;
        if (n == 0) {
            return new double[0];
        }
        int k = scaleExponent(a);
        double[] out = new double[n];
        if (k != Integer.MIN_VALUE) {
            HouseholderTridiagonal t = HouseholderTridiagonal.of(a);
            out = tridiagonalEigenvalues(t.diag, t.off);
            for (int i = 0; i < n; i++) {
                out[i] = Math.scalb(out[i], -t.scale);
                if (!Double.isFinite(out[i])) {
                    throw new DoubleRangeException("an eigenvalue of the matrix is beyond the double range (about 1.8e308)");
                }
            }
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

    /**
     * The absolute forward-error bound of {@link #eigenvalues}: {@code c n u ||A||_F} evaluated on
     * the scaled matrix, scaled back and widened by the absolute terms of the class comment.
     *
     * @throws DoubleRangeException for an entry that is not finite, or a bound beyond the largest double
     */
    public static double errorBound(double[][] a) {
        int k = scaleExponent(a);
        if (k == Integer.MIN_VALUE) {
            return 0; // the zero matrix: EJML is not called, every eigenvalue is exactly 0
        }
        double f = 0;
        for (double[] row : a) {
            for (double v : row) {
                f = Math.hypot(f, Math.scalb(v, -k));
            }
        }
        double b = Math.scalb(BOUND_CONSTANT * a.length * (Math.ulp(1.0) / 2) * f * SLACK, k) + 2 * Double.MIN_VALUE;
        if (Double.isInfinite(b)) {
            throw new DoubleRangeException("the eigenvalues' error bound is beyond the double range (about 1.8e308)");
        }
        return b;
    }

    /**
     * The exponent k with {@code max |a_ij| 2^-k} in {@code [1, 2)}; {@link Integer#MIN_VALUE} for
     * the zero matrix.
     *
     * @throws DoubleRangeException for an entry that is NaN or infinite
     */
    static int scaleExponent(double[][] a) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                if (!Double.isFinite(a[i][j])) {
                    throw new DoubleRangeException("matrix entry (" + (i + 1) + "," + (j + 1) + ") = " + a[i][j] + " is not a finite double");
                }
                m = Math.max(m, Math.abs(a[i][j]));
            }
        }
        return m == 0 ? Integer.MIN_VALUE : FastStructuredSpectrum.exponent(m);
    }
}
