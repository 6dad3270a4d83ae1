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
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Differential test: {@link FastLinearSteps#logisticGd} against the certified step of
 * {@link LogisticGd} (ball arithmetic at 40 digits, linear model, one step from the same exact
 * {@code w}): every exact coordinate lies in its ball, so {@code |fast - exact|} is at most
 * {@code |fast - centre| + radius}.
 *
 * <p><b>Bound.</b> Margins: {@code |z_hat_i - z_i| <= delta_i = gamma_d sum_j |w_j x_ij|}.
 * {@code sigma} is 1/4-Lipschitz, and {@code exp}, the addition and the division add at most
 * {@code 4u} relative to {@code sigma <= 1}, so {@code |sigma_hat_i - sigma_i| <= delta_i / 4 + 4u};
 * forming {@code c_i = (gamma/n) y_i sigma_i} adds {@code 2u}. Each coordinate is a sum of
 * {@code n + 1} terms each with one product rounding:
 * {@code |w_hat_j - w_j'| <= gamma_{2n+1}(|w_j| + sum_i |c_i x_ij|) + sum_i (gamma/n)(delta_i/4 + 6u)|x_ij|},
 * plus the underflow terms of {@link LogisticGdStepBound} over the whole double range.
 * The referee's radius (about 1e-38 relative) is far below and covered by a 1e-9 relative slack.
 * Whole range: the sample moved by 10^K (x), 10^-K (w) and 10^-2K (gamma), K from -150 to 150
 * (the margins, hence the sigmoids, are those of the unscaled sample); margins up to 1e300, where
 * {@code exp} overflows and the sigmoid saturates; data in the subnormal range, where the products
 * underflow.
 */
class FastLogisticGdDifferentialProperties {

    static final String NAME = "FastLinearSteps.logisticGd";
    static final java.util.concurrent.atomic.AtomicLong INFINITE_BOUNDS = new java.util.concurrent.atomic.AtomicLong();

    @Property(tries = 150)
    void matchesReferee(@ForAll @IntRange(min = 1, max = 15) int n, @ForAll @IntRange(min = 1, max = 8) int d, @ForAll long seed) {
        Random r = new Random(seed);
        double[] w = new double[d];
        for (int j = 0; j < d; j++) {
            w[j] = r.nextGaussian() * Math.pow(10, r.nextInt(5) - 2);
        }
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = r.nextGaussian() * Math.pow(10, r.nextInt(5) - 2);
            }
            y[i] = r.nextBoolean() ? 1 : -1;
        }
        double gamma = Math.pow(10, r.nextInt(7) - 3);
        check(w, x, y, gamma);
    }

    /** The random sample moved across the double range by 10^K, K from -150 to 150. */
    @Property(tries = 100)
    void scaledAcrossTheRange(@ForAll @IntRange(min = 1, max = 10) int n, @ForAll @IntRange(min = 1, max = 6) int d,
            @ForAll @IntRange(min = -150, max = 150) int k, @ForAll long seed) {
        Random r = new Random(seed);
        double s = Math.pow(10, k);
        double[] w = new double[d];
        for (int j = 0; j < d; j++) {
            w[j] = r.nextGaussian() * Math.pow(10, r.nextInt(5) - 2) / s;
        }
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = r.nextGaussian() * Math.pow(10, r.nextInt(5) - 2) * s;
            }
            y[i] = r.nextBoolean() ? 1 : -1;
        }
        check(w, x, y, Math.pow(10, r.nextInt(7) - 3) / s / s);
    }

    /**
     * Margins from 1 up to 1e300 (w and x each up to 1e150): {@code exp(z)} overflows for
     * {@code z > 709.78}, the sigmoid saturates to 0 or 1 (or is subnormal), and the bound keeps
     * the {@code 2^-1023} it charges there.
     */
    @Property(tries = 60)
    void saturatedMargins(@ForAll @IntRange(min = 1, max = 6) int n, @ForAll @IntRange(min = 1, max = 4) int d, @ForAll long seed) {
        Random r = new Random(seed);
        double[] w = new double[d];
        for (int j = 0; j < d; j++) {
            w[j] = r.nextGaussian() * Math.pow(10, r.nextInt(151));
        }
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = r.nextGaussian() * Math.pow(10, r.nextInt(151));
            }
            y[i] = r.nextBoolean() ? 1 : -1;
        }
        check(w, x, y, Math.pow(10, -150 - r.nextInt(150))); // small enough that the bound (up to 1e300 * u * 1e150 * gamma) is finite
    }

    /** Data and start in the subnormal range and just above it: margins and products underflow. */
    @Property(tries = 60)
    void underflowingData(@ForAll @IntRange(min = 1, max = 6) int n, @ForAll @IntRange(min = 1, max = 4) int d, @ForAll long seed) {
        Random r = new Random(seed);
        double[] w = new double[d];
        for (int j = 0; j < d; j++) {
            w[j] = r.nextGaussian() * Math.pow(10, -r.nextInt(320));
        }
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = r.nextBoolean() ? Math.scalb((double) (r.nextInt(2001) - 1000), -1074) : r.nextGaussian() * Math.pow(10, -r.nextInt(320));
            }
            y[i] = r.nextBoolean() ? 1 : -1;
        }
        check(w, x, y, Math.pow(10, r.nextInt(21) - 10));
    }

    /**
     * The blocked, parallel path: {@code n * d >= 2^20} entries in 5 blocks of rows run on the
     * common pool. Same bound as above (the blocks only change the summation tree), and the result
     * must not depend on how the blocks were scheduled: two runs agree bitwise.
     */
    @Example
    void blockedParallelStepMatchesRefereeAndIsDeterministic() {
        int n = 2100;
        int d = 500;
        Random r = new Random(20261123);
        double[] w = new double[d];
        for (int j = 0; j < d; j++) {
            w[j] = (r.nextInt(9) - 4) / 1024.0;
        }
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = r.nextInt(7) - 3;
            }
            y[i] = r.nextBoolean() ? 1 : -1;
        }
        assertThat((long) n * d).isGreaterThanOrEqualTo(FastLinearSteps.PARALLEL_ENTRIES);
        double[] first = check(w, x, y, 0.5);
        assertThat(FastLinearSteps.logisticGd(w, x, y, 0.5)).containsExactly(first);
    }

    /** Runs the fast step, checks every coordinate against the referee within the bound, returns it. */
    private static double[] check(double[] w, double[][] x, int[] y, double gamma) {
        int n = x.length;
        int d = w.length;
        double[] fast = FastLinearSteps.logisticGd(w, x, y, gamma);

        Rational[] wq = new Rational[d];
        for (int j = 0; j < d; j++) {
            wq[j] = Binary64.exact(w[j]);
        }
        Rational[][] xq = new Rational[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                xq[i][j] = Binary64.exact(x[i][j]);
            }
        }
        // One certified step around the constant reference w: theta_1 = w + e_1, e_1 enclosed by balls.
        Ball[] e0 = new Ball[d];
        Arrays.fill(e0, Ball.ZERO);
        Rational eta = Binary64.exact(gamma).divide(Rational.of(n));
        Ball[] e1 = LogisticGd.run(new LinearModel(d), new Dataset("sample", xq, y), eta, LogisticGd.constant(wq, n), e0, 1,
                new MathContext(40, RoundingMode.HALF_EVEN), false, Progress.NONE).e(1);

        double[] b = LogisticGdStepBound.perCoordinate(w, x, gamma);
        for (int j = 0; j < d; j++) {
            double bound = b[j] * (1 + 1e-9);
            BigDecimal centre = new BigDecimal(w[j]).add(e1[j].center());
            // a saturated sigmoid's radius can be 10^-(10^9) (an enclosed tail): 10^-400, below every double, bounds it from above
            BigDecimal radius = e1[j].radius().max(new BigDecimal("1e-400"));
            Rational errQ = Rational.of(new BigDecimal(fast[j]).subtract(centre).abs().add(radius, new MathContext(60, RoundingMode.UP)));
            double err = Binary64.nearest(errQ);
            if (Double.isInfinite(bound)) {
                INFINITE_BOUNDS.incrementAndGet();
                continue; // the bound itself overflows (saturated margins near 1e300 times gamma_d): nothing to check
            }
            ErrorRatios.observe(NAME, Binary64.nearest(errQ.divide(Binary64.exact(bound))));
            assertThat(err).as("coordinate %d", j).isLessThanOrEqualTo(bound);
        }
        return fast;
    }

    @AfterContainer
    static void report() {
        ErrorRatios.report(NAME);
        System.out.println(NAME + ": coordinates whose bound overflows (not checked): " + INFINITE_BOUNDS.get());
    }
}
