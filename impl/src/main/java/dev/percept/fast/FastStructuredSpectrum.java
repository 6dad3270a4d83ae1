package dev.percept.fast;

/**
 * Proposition 4.1 (claims P41.1-P41.4) in double precision, O(d): the nonzero eigenvalues of
 * {@code A = [[0,0,a^T],[0,0,(Pa)^T],[a,Pa,0]]} are {@code ±sqrt(s+p)} and {@code ±sqrt(s-p)},
 * {@code s = ||a||^2}, {@code p = a^T P a}. To avoid the cancellation in {@code s - p} when
 * {@code p} is close to {@code ±s}, both are formed as sums of squares,
 * {@code s ± p = (1/2) sum_i (a_i ± a_P(i))^2} (equal because {@code ||Pa|| = ||a||}), summed with
 * Neumaier's compensated summation.
 *
 * <p><b>Forward error.</b> Each term has relative error at most {@code gamma_3} (one addition,
 * one square, exact halving); compensated summation of nonnegative terms adds at most
 * {@code 2u + O(n u^2)} relative; the square root adds {@code u} and halves the rest, so
 * {@code |lambda_hat - lambda| <= (4u + 2 n u^2) |lambda|}, {@code u = 2^-53}, independent of how
 * close {@code p} is to {@code ±s} (absent overflow/underflow).
 */
public final class FastStructuredSpectrum {

    private FastStructuredSpectrum() {
    }

    /** The relative forward-error bound of {@link #eigenvalues} for dimension {@code d}. */
    public static double relativeErrorBound(int d) {
        double u = Math.ulp(1.0) / 2;
        return 4 * u + 2.0 * d * u * u;
    }

    /** Neumaier-compensated sum. */
    static double sum(double[] t) {
        double s = 0;
        double c = 0;
        for (double x : t) {
            double y = s + x;
            c += Math.abs(s) >= Math.abs(x) ? (s - y) + x : (x - y) + s;
            s = y;
        }
        return s + c;
    }

    /** {@code (1/2) sum (a_i + sign a_P(i))^2} ({@code s + p} for sign 1, {@code s - p} for -1); {@code perm} 0-based. */
    public static double sPlusSignP(double[] a, int[] perm, int sign) {
        double[] t = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double v = sign > 0 ? a[i] + a[perm[i]] : a[i] - a[perm[i]];
            t[i] = v * v * 0.5;
        }
        return sum(t);
    }

    /**
     * All {@code d + 2} eigenvalues, increasing, with multiplicity: {@code ±sqrt(s+p)},
     * {@code ±sqrt(s-p)} and zeros for the rest.
     *
     * @param perm the permutation (any cycle type) as a 0-based image array
     */
    public static double[] eigenvalues(double[] a, int[] perm) {
        int d = a.length;
        double qp = sPlusSignP(a, perm, 1);
        double qm = sPlusSignP(a, perm, -1);
        double[] out = new double[d + 2];
        double rp = Math.sqrt(qp);
        double rm = Math.sqrt(qm);
        out[0] = -Math.max(rp, rm);
        out[1] = -Math.min(rp, rm);
        out[d] = Math.min(rp, rm);
        out[d + 1] = Math.max(rp, rm);
        java.util.Arrays.sort(out);
        return out;
    }
}
