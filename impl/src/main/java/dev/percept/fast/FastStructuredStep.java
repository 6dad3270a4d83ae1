package dev.percept.fast;

/**
 * The tied two-layer step of claim R2 on the pattern where the activation is the identity,
 * {@code theta <- (I + gamma M(a)) theta} with {@code M(a) = [[0,0,a^T],[0,0,(Pa)^T],[a,Pa,0]]}
 * (Proposition 4.1 structure, {@code a = sum_i c_i a_i} already summed by the caller), in double
 * and O(d): for {@code theta = (u1, u2, w)}, {@code M(a) theta = (a^T w, (Pa)^T w, u1 a + u2 Pa)}.
 *
 * <p><b>Forward error.</b> The two inner products use fused multiply-adds:
 * {@code |err| <= gamma_d sum_j |a_j w_j|}; then one multiplication by gamma and one addition, so
 * {@code |u1_hat - u1'| <= gamma_{d+2} (|u1| + |gamma| sum_j |a_j w_j|)} (same for u2 with Pa), and
 * each {@code w_j'} is {@code w_j + gamma (u1 a_j + u2 a_P(j))} with at most 4 roundings:
 * {@code |w_hat_j - w_j'| <= gamma_4 (|w_j| + |gamma| (|u1 a_j| + |u2 a_P(j)|))}.
 *
 * <p><b>Underflow and overflow.</b> Those bounds assume no result falls below {@code 2^-1022};
 * over the whole double range each operation that can underflow (a multiplication or fused
 * multiply-add; an addition cannot) adds at most {@code 2^-1075} absolutely, amplified by the
 * later operations by less than 2 and by {@code |gamma|} after the multiplication by gamma:
 * {@code + (1 + |gamma| d) 2^-1074} for {@code u1, u2} and {@code + (1 + |gamma|) 2^-1074} for
 * each {@code w_j}. A coordinate whose computation overflows (an intermediate such as
 * {@code u1 a_j} beyond the largest double, even when gamma would bring it back) is refused
 * ({@link DoubleRangeException}).
 */
public final class FastStructuredStep {

    private FastStructuredStep() {
    }

    /**
     * One step; {@code perm} is the permutation (any cycle type) as a 0-based image array; returns a new theta of length d+2.
     *
     * @throws DoubleRangeException when a coordinate of the result overflows
     */
    public static double[] apply(double[] a, int[] perm, double gamma, double[] theta) {
        int d = a.length;
        double u1 = theta[0];
        double u2 = theta[1];
        double aw = 0;
        double paw = 0;
        for (int j = 0; j < d; j++) {
            aw = Math.fma(a[j], theta[j + 2], aw);
            paw = Math.fma(a[perm[j]], theta[j + 2], paw);
        }
        double[] out = new double[d + 2];
        out[0] = u1 + gamma * aw;
        out[1] = u2 + gamma * paw;
        for (int j = 0; j < d; j++) {
            out[j + 2] = theta[j + 2] + gamma * (u1 * a[j] + u2 * a[perm[j]]);
        }
        return FastLinearRuns.requireFinite(out, 1, "tied step");
    }
}
