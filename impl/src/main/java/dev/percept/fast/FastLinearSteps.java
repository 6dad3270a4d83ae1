package dev.percept.fast;

import dev.percept.model.TieMode;

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
 * The exact counterparts are {@code dev.percept.dynamics.Perceptron#step} (linear model) and
 * {@code dev.percept.dynamics.LogisticGd} (ball arithmetic).
 */
public final class FastLinearSteps {

    private FastLinearSteps() {
    }

    /**
     * One perceptron step under the tie rule {@code tie}. The term of a tie under the half rule is
     * {@code ((gamma y_i) x_ij) / 2}: halving the product rather than gamma keeps a subnormal gamma
     * exact (the result is the same double whenever nothing falls below {@code 2^-1022}). Forward
     * error of coordinate j (spec/audit.md): {@code gamma_{2n+1}(|w_j| + sum_i |c_i x_ij|)} plus
     * {@code n 2^-1073} for underflow (a product and a halving, each at most {@code 2^-1075}, per
     * point, through at most n additions); a NaN margin counts as a tie.
     */
    public static double[] perceptron(double[] w, double[][] x, int[] y, double gamma, TieMode tie) {
        double[] out = w.clone();
        for (int i = 0; i < x.length; i++) {
            double z = y[i] * dot(w, x[i]);
            int twice = tie.twiceOmega((int) Math.signum(z));
            if (twice != 0) {
                double c = gamma * y[i];
                for (int j = 0; j < w.length; j++) {
                    out[j] += twice == 2 ? c * x[i][j] : (c * x[i][j]) * 0.5;
                }
            }
        }
        return out;
    }

    /** Rows per block of the GD step: a block's partial sum is one unit of (parallel) work. */
    static final int BLOCK_ROWS = 512;

    /** Below this many matrix entries the GD step runs its blocks on the calling thread. */
    static final long PARALLEL_ENTRIES = 1L << 20;

    /**
     * One logistic-GD step on the mean logistic loss, in one pass over the data: each row's
     * margin, weight and contribution are computed while the row is in cache. Rows are summed in
     * fixed blocks of {@link #BLOCK_ROWS}, whose partial sums are added in block order, so the
     * result is bitwise the same whether the blocks run in parallel or not, on any number of
     * cores. Every coordinate is still a sum of {@code n + 1} rounded terms, so the forward-error
     * bound of recursive summation (spec/audit.md) applies unchanged. Underflow adds absolute terms
     * to it (spec/audit.md): {@code d 2^-1074} to each margin's error, {@code 2^-1023} to each
     * sigmoid (a subnormal quotient, or {@code exp(z)} overflowing for {@code z > 709.78} where
     * the exact {@code sigma(-z) < 2^-1024} is computed as 0), {@code 2^-1074 |x_ij|} for the
     * rounding of {@code gamma/n} and of {@code c_i} below {@code 2^-1022}, and {@code 2^-1074}
     * per product {@code c_i x_ij}.
     */
    public static double[] logisticGd(double[] w, double[][] x, int[] y, double gamma) {
        int n = x.length;
        int d = w.length;
        int blocks = (n + BLOCK_ROWS - 1) / BLOCK_ROWS;
        double[][] part = new double[blocks][];
        java.util.stream.IntStream ks = java.util.stream.IntStream.range(0, blocks);
        if ((long) n * d >= PARALLEL_ENTRIES) {
            ks = ks.parallel();
        }
        ks.forEach(k -> part[k] = gdBlock(w, x, y, gamma, k * BLOCK_ROWS, Math.min(n, (k + 1) * BLOCK_ROWS)));
        double[] out = w.clone();
        for (double[] p : part) {
            for (int j = 0; j < d; j++) {
                out[j] += p[j];
            }
        }
        return out;
    }

    /** {@code sum_{i in [from, to)} (gamma/n) y_i sigma(-z_i) x_i}, rows in order. */
    private static double[] gdBlock(double[] w, double[][] x, int[] y, double gamma, int from, int to) {
        int n = x.length;
        double[] acc = new double[w.length];
        for (int i = from; i < to; i++) {
            double[] xi = x[i];
            double z = y[i] * dot(w, xi);
            double sig = 1 / (1 + Math.exp(z)); // sigma(-z)
            double c = gamma / n * y[i] * sig;
            for (int j = 0; j < acc.length; j++) {
                acc[j] += c * xi[j];
            }
        }
        return acc;
    }

    /**
     * {@code sum a_i b_i} with four interleaved fused accumulators (one chain of dependent
     * {@code fma}s would be bound by its latency). A summation tree of depth at most {@code d},
     * so {@code |error| <= gamma_d sum |a_i b_i|} as for the sequential loop.
     */
    static double dot(double[] a, double[] b) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int m = a.length & ~3;
        int i = 0;
        for (; i < m; i += 4) {
            s0 = Math.fma(a[i], b[i], s0);
            s1 = Math.fma(a[i + 1], b[i + 1], s1);
            s2 = Math.fma(a[i + 2], b[i + 2], s2);
            s3 = Math.fma(a[i + 3], b[i + 3], s3);
        }
        for (; i < a.length; i++) {
            s0 = Math.fma(a[i], b[i], s0);
        }
        return (s0 + s1) + (s2 + s3);
    }
}
