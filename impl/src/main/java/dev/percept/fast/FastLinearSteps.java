package dev.percept.fast;

/**
 * One batch step of the linear model's perceptron and of logistic gradient descent, in double.
 * Data: rows {@code x_i} with labels {@code y_i = ±1}; margins {@code z_i = y_i <w, x_i>}.
 * <ul>
 *   <li>Perceptron: {@code w <- w + gamma sum_i omega(z_i) y_i x_i} with {@code omega = 1} for
 *   {@code z < 0}, {@code 0} for {@code z > 0} and the tie rule at {@code z = 0}
 *   ({@link dev.percept.spec.kernels.TieRule}).</li>
 *   <li>Logistic GD on {@code (1/n) sum log(1 + exp(-z_i))}: {@code w <- w + (gamma/n) sum_i
 *   sigma(-z_i) y_i x_i}.</li>
 * </ul>
 * The exact counterparts live in {@code dev.percept.oracle.LinearSteps}.
 */
public final class FastLinearSteps {

    private FastLinearSteps() {
    }

    /** One perceptron step; {@code tieMode} as in {@link dev.percept.spec.kernels.TieRule}. */
    public static double[] perceptron(double[] w, double[][] x, int[] y, double gamma, int tieMode) {
        double[] out = w.clone();
        for (int i = 0; i < x.length; i++) {
            double z = y[i] * dot(w, x[i]);
            int twice = dev.percept.spec.kernels.TieRule.twiceOmega((int) Math.signum(z), tieMode);
            if (twice != 0) {
                double c = gamma * y[i] * twice * 0.5;
                for (int j = 0; j < w.length; j++) {
                    out[j] += c * x[i][j];
                }
            }
        }
        return out;
    }

    /** One logistic-GD step on the mean logistic loss. */
    public static double[] logisticGd(double[] w, double[][] x, int[] y, double gamma) {
        double[] out = w.clone();
        int n = x.length;
        for (int i = 0; i < n; i++) {
            double z = y[i] * dot(w, x[i]);
            double sig = 1 / (1 + Math.exp(z)); // sigma(-z)
            double c = gamma / n * y[i] * sig;
            for (int j = 0; j < w.length; j++) {
                out[j] += c * x[i][j];
            }
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s = Math.fma(a[i], b[i], s);
        }
        return s;
    }
}
