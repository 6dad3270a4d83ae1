package dev.percept.fast;

/**
 * The forward-error bound of one fast logistic-GD step, {@link FastLinearSteps#logisticGd}, as
 * stated in its javadoc and in {@code spec/audit.md}: coordinate {@code j} of the computed step
 * is within {@code gamma_{2n+1} (|w_j| + sum_i |c_i x_ij|) + sum_i (gamma/n)(delta_i/4 + 6u)|x_ij|}
 * of the exact step from the same {@code w}, where {@code |c_i| <= gamma/n} and
 * {@code delta_i = gamma_d sum_k |w_k x_ik|} bounds the error of the computed margin. The single
 * place the differential tests and the vector readback take it from.
 */
public final class LogisticGdStepBound {

    private static final double U = Math.ulp(1.0) / 2;

    private LogisticGdStepBound() {
    }

    /** @return the bound {@code b_j} for each coordinate of one step from {@code w} (no safety factor applied) */
    public static double[] perCoordinate(double[] w, double[][] x, double gamma) {
        int n = x.length;
        int d = w.length;
        double gd = FastLinearRuns.gamma(d);
        double g2n = FastLinearRuns.gamma(2 * n + 1);
        double[] delta = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                delta[i] += Math.abs(w[k] * x[i][k]);
            }
            delta[i] *= gd;
        }
        double[] b = new double[d];
        for (int j = 0; j < d; j++) {
            double sumC = 0;
            double sumS = 0;
            for (int i = 0; i < n; i++) {
                sumC += gamma / n * Math.abs(x[i][j]);
                sumS += gamma / n * (delta[i] / 4 + 6 * U) * Math.abs(x[i][j]);
            }
            b[j] = g2n * (Math.abs(w[j]) + sumC) + sumS;
        }
        return b;
    }

    /** @return the 2-norm of the per-coordinate bound (summed in coordinate order) */
    public static double norm(double[] w, double[][] x, double gamma) {
        double b2 = 0;
        for (double bj : perCoordinate(w, x, gamma)) {
            b2 += bj * bj;
        }
        return Math.sqrt(b2);
    }
}
