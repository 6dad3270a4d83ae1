package dev.percept.fast;

import dev.percept.model.TieMode;

import java.util.ArrayList;
import java.util.List;

/**
 * Whole runs of the linear model in double, built from the one-step kernels of
 * {@link FastLinearSteps}: the batch perceptron with the exact command's stopping rule, multi-step
 * logistic GD, and the mean logistic loss. Used by {@code percept perceptron|gd --engine fast}.
 *
 * <p><b>Certified omegas.</b> A margin {@code z_i = y_i <w, x_i>} computed by
 * {@link FastLinearSteps#dot} (fused multiply-adds, a summation tree of depth at most d) satisfies
 * {@code |z_hat_i - z_i| <= gamma_d sum_j |w_j x_ij|} for the exact margin {@code z_i} of the
 * computed (double) iterate {@code w}. So when {@code |z_hat_i|} exceeds that bound, the sign of
 * {@code z_hat_i}, hence the weight {@code omega(z_i)} and the stopping test, are those of exact
 * arithmetic on the same double iterate; when the bound is 0 every product {@code w_j x_ij} is 0
 * and the margin is exactly 0 (a certified tie). Otherwise the margin is reported as uncertain.
 */
public final class FastLinearRuns {

    private FastLinearRuns() {
    }

    /** {@code u = 2^-53}. */
    static final double U = Math.ulp(1.0) / 2;

    /**
     * A margin whose sign is not certified by the bound.
     *
     * @param step the index t of the iterate w_t whose margin it is (0 = start)
     * @param point 0-based index of the data point
     * @param margin the computed margin
     * @param bound the forward-error bound {@code gamma_d sum_j |w_j x_ij|} (rounded up)
     */
    public record UncertainMargin(int step, int point, double margin, double bound) {
    }

    /**
     * A fast perceptron run.
     *
     * @param theta the last iterate
     * @param iterations number of updates
     * @param converged every computed margin of the last iterate is positive
     * @param mistakes per update, the number of computed margins {@code <= 0}
     * @param finalMargins the computed margins of the last iterate
     * @param uncertain every margin along the run (the last iterate included) whose sign is not certified
     */
    public record PerceptronRun(List<Double> theta, int iterations, boolean converged, List<Integer> mistakes, List<Double> finalMargins,
            List<UncertainMargin> uncertain) {

        /** Keeps unmodifiable copies. */
        public PerceptronRun {
            theta = List.copyOf(theta);
            mistakes = List.copyOf(mistakes);
            finalMargins = List.copyOf(finalMargins);
            uncertain = List.copyOf(uncertain);
        }

        /** @return the last iterate as a fresh array */
        public double[] thetaArray() {
            return theta.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    /** {@code gamma_k = k u / (1 - k u)}. */
    public static double gamma(int k) {
        return k * U / (1 - k * U);
    }

    /**
     * The bound {@code gamma_d sum_j |w_j x_j|} on the error of the computed margin, rounded up
     * (the double evaluation of the sum is off by at most a relative {@code gamma_d}, covered by
     * the factor {@code 1 + 1e-9} for d below 10^6).
     */
    public static double marginBound(double[] w, double[] x) {
        double s = 0;
        for (int j = 0; j < w.length; j++) {
            s += Math.abs(w[j] * x[j]);
        }
        return gamma(w.length) * s * (1 + 1e-9);
    }

    /** Whether the computed margin's sign (or exact zero) is certified: {@code |z| > bound}, or bound 0. */
    public static boolean certified(double margin, double bound) {
        return bound == 0 || Math.abs(margin) > bound;
    }

    /**
     * The batch perceptron from {@code w0}: stops as soon as every computed margin is positive
     * (converged) or after {@code maxSteps} updates, like {@code dev.percept.dynamics.Perceptron}.
     */
    public static PerceptronRun perceptron(double[] w0, double[][] x, int[] y, double gamma, TieMode tie, int maxSteps) {
        int n = x.length;
        double[] w = w0.clone();
        List<Integer> mistakes = new ArrayList<>();
        List<UncertainMargin> uncertain = new ArrayList<>();
        for (int t = 0;; t++) {
            double[] z = new double[n];
            boolean all = true;
            int wrong = 0;
            for (int i = 0; i < n; i++) {
                z[i] = y[i] * FastLinearSteps.dot(w, x[i]);
                double b = marginBound(w, x[i]);
                if (!certified(z[i], b)) {
                    uncertain.add(new UncertainMargin(t, i, z[i], b));
                }
                if (!(z[i] > 0)) {
                    all = false;
                    wrong++;
                }
            }
            if (all || t >= maxSteps) {
                return new PerceptronRun(boxed(w), t, all, mistakes, boxed(z), uncertain);
            }
            mistakes.add(wrong);
            w = FastLinearSteps.perceptron(w, x, y, gamma, tie);
        }
    }

    private static List<Double> boxed(double[] v) {
        return java.util.Arrays.stream(v).boxed().toList();
    }

    /** {@code steps} logistic-GD steps ({@link FastLinearSteps#logisticGd}) from {@code w0}; returns w_steps. */
    public static double[] logisticGd(double[] w0, double[][] x, int[] y, double gamma, int steps) {
        double[] w = w0.clone();
        for (int t = 0; t < steps; t++) {
            w = FastLinearSteps.logisticGd(w, x, y, gamma);
        }
        return w;
    }

    /**
     * The mean logistic loss {@code (1/n) sum_i log(1 + exp(-z_i))} in double, each term in the
     * overflow-free form {@code softplus(t) = max(t, 0) + log1p(exp(-|t|))} with {@code t = -z_i}.
     */
    public static double logisticLoss(double[] w, double[][] x, int[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double t = -y[i] * FastLinearSteps.dot(w, x[i]);
            s += Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
        }
        return s / x.length;
    }
}
