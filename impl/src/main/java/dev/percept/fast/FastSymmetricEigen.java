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
 *
 * <p><b>Scaling (the whole double range).</b> That analysis assumes no overflow and no
 * underflow. EJML runs on {@code A' = 2^-k A} with {@code max |a'_ij|} in {@code [1, 2)} (exact in
 * binary, except that entries more than 2^1022 times smaller than the largest may lose bits below
 * {@code 2^-1074}, a perturbation of Frobenius norm at most {@code n 2^-1075 <= n 2^-1075 ||A'||_F});
 * every intermediate then stays near 1, and the absolute underflow errors of the whole
 * computation, a few {@code n^3 2^-1074} in the scaled units, are far below the
 * {@code 10^-9} relative slack of the bound ({@code 10^-9 * 10 n u ||A'||_F >= n 2^-80}). The
 * eigenvalues are scaled back by {@code 2^k}: exact, except that a result below {@code 2^-1022}
 * rounds by at most {@code 2^-1075}. {@link #errorBound} is computed the same way, so it neither
 * underflows to 0 for a tiny matrix nor loses the absolute terms: it is
 * {@code 2^k 10 n u ||A'||_F (1 + 10^-9) + 2^-1073}, an upper bound of
 * {@code 10 n u ||A||_F} plus every rounding the scaling adds, for every finite matrix. An
 * eigenvalue that overflows when scaled back is refused ({@link DoubleRangeException}).
 */
public final class FastSymmetricEigen {

    private FastSymmetricEigen() {
    }

    /** The constant {@code c} in the bound {@code c n u ||A||_F}. */
    public static final double BOUND_CONSTANT = 10;

    /** Relative slack on the bound: covers its own evaluation in double and the underflow terms above. */
    private static final double SLACK = 1 + 1e-9;

    /**
     * Eigenvalues of symmetric {@code a} (row-major), increasing.
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
            DMatrixRMaj m = new DMatrixRMaj(n, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    m.set(i, j, Math.scalb(a[i][j], -k));
                }
            }
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
            if (!eig.decompose(m)) {
                throw new IllegalStateException("EJML symmetric eigen decomposition failed");
            }
            for (int i = 0; i < n; i++) {
                out[i] = Math.scalb(eig.getEigenvalue(i).getReal(), k);
                if (!Double.isFinite(out[i])) {
                    throw new DoubleRangeException("an eigenvalue of the matrix is beyond the double range (about 1.8e308)");
                }
            }
        }
        Arrays.sort(out);
        return out;
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
