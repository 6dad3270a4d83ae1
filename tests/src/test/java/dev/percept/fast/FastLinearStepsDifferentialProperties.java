package dev.percept.fast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.binary64.Binary64;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.LinearModel;
import dev.percept.dynamics.Perceptron;
import dev.percept.exact.Rational;
import dev.percept.model.TieMode;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Differential test: {@link FastLinearSteps#perceptron} (double) against the exact rational step
 * {@link Perceptron#step} on the linear model.
 *
 * <p><b>Bound.</b> The margins are computed with fused multiply-adds, so
 * {@code |z_hat - z| <= gamma_d sum_j |w_j x_ij| + d 2^-1074} (the second term: underflow of the
 * fused multiply-adds, at most {@code 2^-1075} each); when every exact margin exceeds that in
 * magnitude (checked, else the sample is a near-tie and only the exact path is authoritative), the
 * double path picks the same weights omega. Each coordinate is then a sum of at most {@code n + 1}
 * terms, each product {@code c_i x_ij} rounded once ({@code c_i = gamma y_i} under the mistake
 * rule, and the half rule halves the rounded product {@code gamma y_i x_ij}, exactly unless it
 * falls below {@code 2^-1022}), so
 * {@code |w_hat_j - w_j| <= gamma_{2n+1} (|w_j| + sum_i |c_i x_ij|) + n 2^-1073}, the last term
 * for the underflow of a product and a halving per point. Integer data exercise exact ties
 * ({@code TIE_AT_ZERO}) under each tie rule; the whole double range is covered by data moved by
 * 10^K, K from -150 to 150 (with w by 10^-K and gamma by 10^-2K, so the margins and omegas are
 * those of the unscaled sample), and by entries from 1e-300 to 1e300 side by side, where a
 * coordinate that overflows must have an exact {@code |w_j| + sum_i |c_i x_ij|} of at least half
 * the largest double.
 */
class FastLinearStepsDifferentialProperties {

    static final String NAME = "FastLinearSteps.perceptron";

    static void compare(double[] w, double[][] x, int[] y, double gamma, TieMode tie) {
        int n = x.length;
        int d = w.length;
        double u = Math.ulp(1.0) / 2;
        Rational[] wq = new Rational[d];
        for (int j = 0; j < d; j++) {
            wq[j] = exact(w[j]);
        }
        Rational[][] xq = new Rational[n][d];
        for (int i = 0; i < n; i++) {
            Rational mag = Rational.ZERO;
            Rational z = Rational.ZERO;
            for (int j = 0; j < d; j++) {
                xq[i][j] = exact(x[i][j]);
                mag = mag.add(wq[j].multiply(xq[i][j]).abs());
                z = z.add(wq[j].multiply(xq[i][j]));
            }
            Rational g = mag.multiply(exact(d * u / (1 - d * u) * (1 + 1e-9))).add(exact(d * Double.MIN_VALUE));
            if (mag.signum() != 0 && z.abs().compareTo(g) <= 0 || mag.compareTo(exact(Double.MAX_VALUE / 2)) >= 0) {
                near.incrementAndGet();
                return; // near-tie, or a margin that may overflow: the double margin's sign is not guaranteed
            }
        }
        Rational gq = exact(gamma);
        double[] fast = FastLinearSteps.perceptron(w, x, y, gamma, tie);
        Rational gam = exact((2 * n + 1) * u / (1 - (2 * n + 1) * u) * (1 + 1e-9));
        Rational[] exact = null;
        for (int j = 0; j < d; j++) {
            Rational scale = wq[j].abs();
            for (int i = 0; i < n; i++) {
                scale = scale.add(gq.multiply(xq[i][j]).abs());
            }
            if (!Double.isFinite(fast[j])) {
                // an overflow: some partial sum reached the largest double, so the whole sum is near it
                assertThat(scale.compareTo(exact(Double.MAX_VALUE / 2))).as("coordinate %d overflowed", j).isGreaterThanOrEqualTo(0);
                overflowed.incrementAndGet();
                continue;
            }
            if (exact == null) {
                exact = Perceptron.step(new LinearModel(d), new Dataset("sample", xq, y), gq, wq, tie);
            }
            Rational bound = gam.multiply(scale).add(Rational.of(n).multiply(exact(Math.scalb(1.0, -1073))));
            Rational err = exact(fast[j]).subtract(exact[j]).abs();
            ErrorRatios.observe(NAME, ratio(err, bound));
            assertThat(err.compareTo(bound)).as("coordinate %d: error %s, bound %s", j, Binary64.nearest(err), Binary64.nearest(bound))
                    .isLessThanOrEqualTo(0);
        }
    }

    static final java.util.concurrent.atomic.AtomicLong near = new java.util.concurrent.atomic.AtomicLong();
    static final java.util.concurrent.atomic.AtomicLong overflowed = new java.util.concurrent.atomic.AtomicLong();

    /** {@code err / bound} as a double for the ratio report (exact rationals: neither may fit a double). */
    static double ratio(Rational err, Rational bound) {
        return bound.signum() == 0 ? 0 : Binary64.nearest(err.divide(bound));
    }

    static Rational exact(double v) {
        return Binary64.exact(v);
    }

    @Property(tries = 200)
    void randomData(@ForAll @IntRange(min = 1, max = 20) int n, @ForAll @IntRange(min = 1, max = 10) int d,
            @ForAll long seed, @ForAll TieMode tie) {
        Random r = new Random(seed);
        double[] w = new double[d];
        for (int j = 0; j < d; j++) {
            w[j] = r.nextGaussian();
        }
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = FastStructuredDifferentialProperties.wide(r);
            }
            y[i] = r.nextBoolean() ? 1 : -1;
        }
        compare(w, x, y, Math.scalb(1.0, -r.nextInt(8)), tie);
    }

    /** The random sample moved by 10^K (x), 10^-K (w) and 10^-2K (gamma): the same omegas at every magnitude. */
    @Property(tries = 200)
    void scaledAcrossTheRange(@ForAll @IntRange(min = 1, max = 12) int n, @ForAll @IntRange(min = 1, max = 6) int d,
            @ForAll @IntRange(min = -150, max = 150) int k, @ForAll long seed, @ForAll TieMode tie) {
        Random r = new Random(seed);
        double s = Math.pow(10, k);
        double[] w = new double[d];
        for (int j = 0; j < d; j++) {
            w[j] = r.nextGaussian() / s;
        }
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = FastStructuredDifferentialProperties.wide(r) * s;
            }
            y[i] = r.nextBoolean() ? 1 : -1;
        }
        compare(w, x, y, (1 + r.nextInt(7)) / 4.0 / s / s, tie);
    }

    /** Entries and gamma anywhere from 1e-300 to 1e300, side by side (and some subnormal): underflow and overflow on purpose. */
    @Property(tries = 300)
    void wholeRangeEntries(@ForAll @IntRange(min = 1, max = 8) int n, @ForAll @IntRange(min = 1, max = 4) int d, @ForAll long seed,
            @ForAll TieMode tie) {
        Random r = new Random(seed);
        double[] w = new double[d];
        for (int j = 0; j < d; j++) {
            w[j] = r.nextInt(6) == 0 ? Math.scalb((double) (r.nextInt(200) - 100), -1074) : FastStructuredDifferentialProperties.anyMagnitude(r);
        }
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = FastStructuredDifferentialProperties.anyMagnitude(r);
            }
            y[i] = r.nextBoolean() ? 1 : -1;
        }
        compare(w, x, y, Math.abs(FastStructuredDifferentialProperties.anyMagnitude(r)), tie);
    }

    /**
     * The rule behind {@code uncertainMargins}: a margin {@link FastLinearRuns#certified} by its
     * {@link FastLinearRuns#marginBound} has the sign of the exact margin of the same double
     * iterate (an exact 0 only when the computed one is 0), over the whole range: along runs on
     * data from 1e-300 to 1e300 (iterates overflowing end the run) and on the case of issue 15,
     * data {@code ±1e-200}, whose margins near 1e-400 underflow to 0 and must be uncertain, not ties.
     */
    @Property(tries = 300)
    void certifiedMarginsHaveTheExactSign(@ForAll @IntRange(min = 1, max = 8) int n, @ForAll @IntRange(min = 1, max = 4) int d,
            @ForAll long seed, @ForAll TieMode tie) {
        Random r = new Random(seed);
        int spread = r.nextInt(4) == 0 ? 300 : 20; // decades the entries span around a common magnitude
        int common = r.nextInt(601) - 300;
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                int e = Math.max(-300, Math.min(300, common + r.nextInt(2 * spread + 1) - spread));
                x[i][j] = r.nextInt(5) == 0 ? 0 : r.nextGaussian() * Math.pow(10, e);
            }
            y[i] = r.nextBoolean() ? 1 : -1;
        }
        double gamma = Math.abs(FastStructuredDifferentialProperties.anyMagnitude(r));
        checkMarginsAlongRun(new double[d], x, y, gamma, tie, 6);
    }

    @Example
    void underflowingMarginsAreUncertainNotTies() {
        double[][] x = {{1e-200}, {-1e-200}};
        int[] y = {1, -1};
        FastLinearRuns.PerceptronRun run = FastLinearRuns.perceptron(new double[1], x, y, 1, TieMode.HALF, 3);
        // theta_1 = 1e-200: the exact margins are 1e-400 > 0, computed as 0: uncertain, listed from iterate 1 on
        assertThat(run.uncertain()).isNotEmpty();
        assertThat(run.uncertain().get(0).step()).isEqualTo(1);
        assertThat(run.uncertain().get(0).bound()).isPositive();
        // at theta_0 = 0 the margins are exactly 0 (every product is 0): certified ties, not listed
        assertThat(run.uncertain()).allSatisfy(m -> assertThat(m.step()).isPositive());
        checkMarginsAlongRun(new double[1], x, y, 1, TieMode.HALF, 3);
    }

    /** Runs the fast perceptron for {@code steps} steps, checking every certified margin's sign against the exact margin. */
    static void checkMarginsAlongRun(double[] w, double[][] x, int[] y, double gamma, TieMode tie, int steps) {
        for (int t = 0; t <= steps; t++) {
            for (int i = 0; i < x.length; i++) {
                double z = y[i] * FastLinearSteps.dot(w, x[i]);
                double b = FastLinearRuns.marginBound(w, x[i]);
                Rational ez = Rational.ZERO;
                for (int j = 0; j < w.length; j++) {
                    ez = ez.add(exact(w[j]).multiply(exact(x[i][j])));
                }
                ez = ez.multiply(Rational.of(y[i]));
                if (FastLinearRuns.certified(z, b)) {
                    assertThat((int) Math.signum(z)).as("step %d point %d: z = %s, bound %s, exact %s", t, i, z, b, Binary64.nearest(ez))
                            .isEqualTo(ez.signum());
                    certifiedMargins.incrementAndGet();
                } else {
                    uncertainMargins.incrementAndGet();
                }
            }
            if (t == steps) {
                return;
            }
            w = FastLinearSteps.perceptron(w, x, y, gamma, tie);
            for (double v : w) {
                if (!Double.isFinite(v)) {
                    return; // FastLinearRuns refuses an overflowing iterate (DoubleRangeException)
                }
            }
        }
    }

    static final java.util.concurrent.atomic.AtomicLong certifiedMargins = new java.util.concurrent.atomic.AtomicLong();
    static final java.util.concurrent.atomic.AtomicLong uncertainMargins = new java.util.concurrent.atomic.AtomicLong();

    /** Exact ties at zero (integer data): the tie rule decides, identically in both paths. */
    @Example
    void tiesAtZero() {
        double[] w = {1, -1, 0};
        double[][] x = {{1, 1, 5}, {2, 2, -3}, {1, 0, 0}, {0, 1, 0}};
        int[] y = {1, -1, 1, 1};
        for (TieMode tie : TieMode.values()) {
            compare(w, x, y, 0.5, tie);
        }
        double[] half = FastLinearSteps.perceptron(w, x, y, 1, TieMode.HALF);
        double[] none = FastLinearSteps.perceptron(w, x, y, 1, TieMode.NONE);
        assertThat(half).isNotEqualTo(none);
    }

    @AfterContainer
    static void report() {
        ErrorRatios.report(NAME);
        System.out.printf("%s: %d near-tie samples skipped, %d overflowing coordinates; margins along runs: %d certified (sign checked), %d"
                + " uncertain%n", NAME, near.get(), overflowed.get(), certifiedMargins.get(), uncertainMargins.get());
    }
}
