package dev.percept.fast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.binary64.Binary64;
import dev.percept.check.Progress;
import dev.percept.dynamics.Ball;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.LinearModel;
import dev.percept.dynamics.LogisticGd;
import dev.percept.exact.Rational;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Differential test of multi-step fast logistic GD ({@code percept gd --engine fast},
 * {@link FastLinearRuns#logisticGd}) against the certified ball-arithmetic GD
 * {@link LogisticGd#run} at 60 digits (every exact iterate is enclosed in a ball of radius r_j).
 *
 * <p><b>Propagated bound.</b> Write {@code G(w) = w - gamma grad L(w)} for the exact GD map,
 * {@code L = (1/n) sum_i log(1 + exp(-y_i w^T x_i))}. Its Jacobian is {@code I - gamma H} with
 * {@code H = (1/n) sum_i sigma'(z_i) x_i x_i^T}, {@code 0 <= sigma' <= 1/4}, so
 * {@code 0 <= H <= (1/4) max_i ||x_i||^2 I} and G is Lipschitz in the 2-norm with
 * {@code L_G = 1 + gamma max_i ||x_i||_2^2 / 4} (crude: {@code max(1, gamma ||H|| - 1)} would do).
 * One fast step from the computed iterate {@code w_hat_t} is within the per-step bound
 * {@code b_tj = gamma_{2n+1}(|w_j| + sum_i |c_i x_ij|) + sum_i (gamma/n)(delta_i/4 + 6u)|x_ij|} of
 * spec/audit.md ({@code |c_i| <= gamma/n}, {@code delta_i = gamma_d sum_j |w_j x_ij|}, evaluated at
 * {@code w_hat_t}) of {@code G(w_hat_t)}. Hence
 * {@code ||w_hat_{t+1} - w_{t+1}|| <= ||b_t||_2 + L_G ||w_hat_t - w_t||}, i.e.
 * {@code E_{t+1} = ||b_t||_2 + L_G E_t}, {@code E_0 = 0} (both start at 0). Asserted:
 * {@code ||w_hat_T - c||_2 <= E_T + ||r||_2} for the referee balls {@code c +- r}; the worst observed
 * ratio {@code ||w_hat_T - c|| / E_T} is reported.
 */
class FastLogisticGdRunDifferentialProperties {

    static final String NAME = "FastLinearRuns.logisticGd (multi-step, propagated bound)";

    @Property(tries = 80)
    void multiStepWithinPropagatedBound(@ForAll @IntRange(min = 1, max = 8) int n, @ForAll @IntRange(min = 1, max = 4) int d,
            @ForAll @IntRange(min = 1, max = 8) int steps, @ForAll long seed) {
        run(n, d, steps, seed, 0);
    }

    /**
     * The same runs moved across the double range: x times 10^K and gamma times 10^-2K, K from
     * -150 to 150, so every iterate is 10^-K times the unscaled one and the margins, the sigmoids
     * and the Lipschitz constant {@code L_G} are the unscaled ones; the per-step bounds carry their
     * absolute underflow terms ({@link LogisticGdStepBound}).
     */
    @Property(tries = 60)
    void scaledAcrossTheRange(@ForAll @IntRange(min = 1, max = 6) int n, @ForAll @IntRange(min = 1, max = 3) int d,
            @ForAll @IntRange(min = 1, max = 6) int steps, @ForAll long seed, @ForAll @IntRange(min = -150, max = 150) int k) {
        run(n, d, steps, seed, k);
    }

    private static void run(int n, int d, int steps, long seed, int k) {
        Random r = new Random(seed);
        double scale = Math.pow(10, k);
        double[][] x = new double[n][d];
        Rational[][] xq = new Rational[n][d];
        int[] y = new int[n];
        double maxNorm2 = 0; // of the unscaled data: L_G is scale-free
        for (int i = 0; i < n; i++) {
            double nn = 0;
            for (int j = 0; j < d; j++) {
                double v = r.nextGaussian() * Math.pow(10, r.nextInt(3) - 1);
                nn += v * v;
                x[i][j] = v * scale;
                xq[i][j] = Binary64.exact(x[i][j]);
            }
            maxNorm2 = Math.max(maxNorm2, nn);
            y[i] = r.nextBoolean() ? 1 : -1;
        }
        double gamma0 = Math.pow(10, r.nextInt(3) - 2) * (1 + r.nextInt(9));
        double gamma = gamma0 / scale / scale;
        double lip = 1 + gamma0 * maxNorm2 * (1 + 1e-12) / 4;

        double[] w = new double[d];
        double e = 0;
        for (int t = 0; t < steps; t++) {
            e = (LogisticGdStepBound.norm(w, x, gamma) + lip * e) * (1 + 1e-9);
            w = FastLinearSteps.logisticGd(w, x, y, gamma);
        }
        assertThat(FastLinearRuns.logisticGd(new double[d], x, y, gamma, steps)).containsExactly(w);

        MathContext mc = new MathContext(60);
        Rational eta = Binary64.exact(gamma).divide(Rational.of(n));
        Ball[] e0 = new Ball[d];
        Arrays.fill(e0, Ball.ZERO);
        LogisticGd.Run run = LogisticGd.run(new LinearModel(d), new Dataset("random", xq, y), eta, LogisticGd.zero(d, n), e0, steps, mc, false,
                Progress.NONE);
        Ball[] last = run.e(steps);
        BigDecimal err2 = BigDecimal.ZERO;
        BigDecimal rad2 = BigDecimal.ZERO;
        for (int j = 0; j < d; j++) {
            BigDecimal diff = new BigDecimal(w[j]).subtract(last[j].center(), mc);
            err2 = err2.add(diff.multiply(diff, mc), mc);
            rad2 = rad2.add(last[j].radius().multiply(last[j].radius(), mc), mc);
        }
        // square roots in BigDecimal: the squares of errors near 1e-170 are below the double range
        double err = err2.sqrt(mc).doubleValue();
        double rad = rad2.sqrt(mc).doubleValue();
        assertThat(rad).as("referee radius").isLessThan(1e-25 / scale);
        if (e > 0) {
            ErrorRatios.observe(NAME, err / e);
        }
        assertThat(err).as("||w_hat_T - w_T||, T = %d", steps).isLessThanOrEqualTo(e * (1 + 1e-6) + rad);
    }

    @AfterContainer
    static void report() {
        ErrorRatios.report(NAME);
    }
}
