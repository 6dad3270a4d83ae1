package dev.percept.fast;

import dev.percept.check.Progress;
import dev.percept.model.MistakeLog;
import dev.percept.model.PerceptronStop;
import dev.percept.model.TieMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whole runs of the linear model in double, built from the one-step kernels of
 * {@link FastLinearSteps}: the batch perceptron with the exact command's stopping rule, multi-step
 * logistic GD, and the mean logistic loss. Used by {@code percept perceptron|gd --engine fast}.
 *
 * <p><b>Certified omegas.</b> A margin {@code z_i = y_i <w, x_i>} computed by
 * {@link FastLinearSteps#dot} (fused multiply-adds, a summation tree of depth at most d) satisfies
 * {@code |z_hat_i - z_i| <= gamma_d sum_j |w_j x_ij| + d 2^-1074} for the exact margin {@code z_i}
 * of the computed (double) iterate {@code w}: the first term is the usual bound, the second the
 * underflow of the d fused multiply-adds (each may lose up to {@code 2^-1075} absolutely where
 * its result falls below {@code 2^-1022}; additions never lose anything there). So when
 * {@code |z_hat_i|} exceeds that bound ({@link #marginBound}), the sign of {@code z_hat_i}, hence
 * the weight {@code omega(z_i)} and the stopping test, are those of exact arithmetic on the same
 * double iterate. When every product {@code w_j x_ij} is exactly 0 (a factor is 0), the margin is
 * exactly 0, a certified tie, and the bound is 0. Otherwise the margin is reported as uncertain:
 * in particular a margin whose products underflow to 0 (data {@code 1e-200} and an iterate
 * {@code 1e-200} have a margin near {@code 1e-400}, computed as 0) is uncertain, never an exact
 * tie, and an overflowing one (an infinite or NaN margin) is uncertain too. An iterate that
 * overflows is refused ({@link DoubleRangeException}).
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
     * The bound on the error of the computed margin, rounded up: 0 when every product
     * {@code w_j x_j} is exactly 0 (the margin is then exactly 0), else
     * {@code gamma_d sum_j |w_j x_j| (1 + 10^-9)} and, when that is below {@code 2^-1000}, the
     * absolute underflow terms {@code (d + 2) 2^-1074} and one ulp for the final addition. The
     * factor {@code 1 + 10^-9} covers the double evaluation of the sum (off by at most a relative
     * {@code gamma_d}, d below 10^6); from {@code 2^-1000} on it also exceeds the absolute terms
     * ({@code 10^-9 * 2^-1000 > 10^6 * 2^-1074}), which are
     * {@code d 2^-1074} for the margin's own fused multiply-adds, {@code 2^-1075} for products
     * {@code |w_j x_j|} of the sum that underflowed, and {@code 2^-1074} for the bound's own
     * multiplications. An overflowing sum gives an infinite bound: nothing is certified.
     */
    public static double marginBound(double[] w, double[] x) {
        double s = 0;
        boolean allZero = true;
        for (int j = 0; j < w.length; j++) {
            allZero &= w[j] == 0 || x[j] == 0;
            s += Math.abs(w[j] * x[j]);
        }
        if (allZero) {
            return 0;
        }
        double b = gamma(w.length) * s * (1 + 1e-9);
        return b >= TINY ? b : Math.nextUp(b + (w.length + 2) * Double.MIN_VALUE);
    }

    /** {@code 2^-1000}: from here on the relative slack of a bound covers its absolute underflow terms. */
    static final double TINY = Math.scalb(1.0, -1000);

    /**
     * Whether the computed margin's sign (or exact zero) is certified: {@code |z| > bound}, or
     * bound 0 (every product exactly 0). A NaN or infinite margin is never certified.
     */
    public static boolean certified(double margin, double bound) {
        return bound == 0 || Math.abs(margin) > bound;
    }

    /**
     * The batch perceptron from {@code w0}: stops as soon as every computed margin is positive
     * (converged) or after {@code maxSteps} updates, like {@code dev.percept.dynamics.Perceptron};
     * keeps every mistake count and uncertain margin.
     *
     * @throws DoubleRangeException when an iterate overflows
     */
    public static PerceptronRun perceptron(double[] w0, double[][] x, int[] y, double gamma, TieMode tie, int maxSteps) {
        LongRun r = perceptron(w0, x, y, gamma, tie, maxSteps, MistakeLog.unbounded(), Integer.MAX_VALUE, false, Progress.NONE);
        return new PerceptronRun(r.theta(), r.iterations(), r.converged(), Arrays.stream(r.mistakes().all()).boxed().toList(), r.finalMargins(),
                r.uncertain());
    }

    /**
     * A fast perceptron run recorded in bounded memory.
     *
     * @param theta the last iterate
     * @param iterations number of updates
     * @param converged every computed margin of the last iterate is positive
     * @param stop why the run stopped
     * @param period 1 for a fixed point, the cycle's length for a cycle, else 0
     * @param mistakes per update, the number of computed margins {@code <= 0} (bounded or whole)
     * @param finalMargins the computed margins of the last iterate
     * @param uncertain the first uncertain margins along the run (the last iterate included)
     * @param uncertainCount the number of uncertain margins along the run
     */
    public record LongRun(List<Double> theta, int iterations, boolean converged, PerceptronStop stop, int period, MistakeLog mistakes, List<Double> finalMargins,
            List<UncertainMargin> uncertain, long uncertainCount) {

        /** Keeps unmodifiable copies of the lists ({@code mistakes} is the caller's log, filled by the run). */
        public LongRun {
            theta = List.copyOf(theta);
            finalMargins = List.copyOf(finalMargins);
            uncertain = List.copyOf(uncertain);
        }
    }

    /**
     * The batch perceptron as {@link #perceptron(double[], double[][], int[], double, TieMode, int)},
     * in bounded memory: mistakes go to {@code log}, at most {@code keepUncertain} uncertain margins
     * are kept (all are counted), and with {@code stopOnRepeat} the run stops when an iterate
     * repeats bit for bit (a fixed point or a cycle, found as in {@code Perceptron.Options}: every
     * later update would repeat too).
     *
     * @throws DoubleRangeException when an iterate overflows
     */
    public static LongRun perceptron(double[] w0, double[][] x, int[] y, double gamma, TieMode tie, int maxSteps, MistakeLog log,
            int keepUncertain, boolean stopOnRepeat, Progress progress) {
        int n = x.length;
        double[] w = w0.clone();
        List<UncertainMargin> uncertain = new ArrayList<>();
        long uncertainCount = 0;
        double[] mark = w;
        int markAt = 0;
        int nextMark = 1;
        for (int t = 0;; t++) {
            double[] z = new double[n];
            boolean all = true;
            int wrong = 0;
            for (int i = 0; i < n; i++) {
                z[i] = y[i] * FastLinearSteps.dot(w, x[i]);
                double b = marginBound(w, x[i]);
                if (!certified(z[i], b)) {
                    if (uncertain.size() < keepUncertain) {
                        uncertain.add(new UncertainMargin(t, i, z[i], b));
                    }
                    uncertainCount++;
                }
                if (!(z[i] > 0)) {
                    all = false;
                    wrong++;
                }
            }
            if (all || t >= maxSteps) {
                progress.update("perceptron", maxSteps, maxSteps);
                return new LongRun(boxed(w), t, all, all ? PerceptronStop.CONVERGED : PerceptronStop.STEP_CAP, 0, log, boxed(z), uncertain,
                        uncertainCount);
            }
            log.add(wrong);
            double[] next = requireFinite(FastLinearSteps.perceptron(w, x, y, gamma, tie), t + 1, "perceptron");
            if (((t + 1) & 0xfff) == 0) {
                progress.update("perceptron", t + 1, maxSteps);
            }
            if (stopOnRepeat) {
                int period = Arrays.equals(next, w) ? 1 : Arrays.equals(next, mark) ? t + 1 - markAt : 0;
                if (period > 0) {
                    progress.update("perceptron", maxSteps, maxSteps);
                    double[] zn = new double[n];
                    for (int i = 0; i < n; i++) {
                        zn[i] = y[i] * FastLinearSteps.dot(next, x[i]);
                    }
                    return new LongRun(boxed(next), t + 1, false, period == 1 ? PerceptronStop.FIXED_POINT : PerceptronStop.CYCLE, period, log,
                            boxed(zn), uncertain, uncertainCount);
                }
                if (t + 1 == nextMark) {
                    mark = next;
                    markAt = t + 1;
                    nextMark = t + 1 > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE : 2 * (t + 1);
                }
            }
            w = next;
        }
    }

    private static List<Double> boxed(double[] v) {
        return java.util.Arrays.stream(v).boxed().toList();
    }

    /**
     * {@code steps} logistic-GD steps ({@link FastLinearSteps#logisticGd}) from {@code w0}; returns w_steps.
     *
     * @throws DoubleRangeException when an iterate overflows
     */
    public static double[] logisticGd(double[] w0, double[][] x, int[] y, double gamma, int steps) {
        double[] w = w0.clone();
        for (int t = 0; t < steps; t++) {
            w = requireFinite(FastLinearSteps.logisticGd(w, x, y, gamma), t + 1, "gd");
        }
        return w;
    }

    /** @return {@code w} if every coordinate is finite; else refuses: theta_t overflowed */
    static double[] requireFinite(double[] w, int t, String run) {
        for (int j = 0; j < w.length; j++) {
            if (!Double.isFinite(w[j])) {
                throw new DoubleRangeException("the " + run + " iterate theta_" + t + " overflows a double (coordinate " + (j + 1) + " is "
                        + w[j] + ")");
            }
        }
        return w;
    }

    /**
     * The mean logistic loss {@code (1/n) sum_i log(1 + exp(-z_i))} in double, each term in the
     * overflow-free form {@code softplus(t) = max(t, 0) + log1p(exp(-|t|))} with {@code t = -z_i}.
     * A term with {@code t < -745} underflows to 0 (its value is below {@code 2^-1074}): the double
     * loss is then the nearest double to a number below the subnormal range, with that absolute
     * error. A loss that overflows (a margin beyond the double range) is refused.
     *
     * @throws DoubleRangeException when the loss is infinite or NaN
     */
    public static double logisticLoss(double[] w, double[][] x, int[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double t = -y[i] * FastLinearSteps.dot(w, x[i]);
            s += Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
        }
        double loss = s / x.length;
        if (!Double.isFinite(loss)) {
            throw new DoubleRangeException("the loss overflows a double (a margin y_i theta^T x_i is beyond the double range)");
        }
        return loss;
    }
}
