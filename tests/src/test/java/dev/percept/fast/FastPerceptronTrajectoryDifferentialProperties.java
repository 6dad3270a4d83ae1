package dev.percept.fast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.LinearModel;
import dev.percept.dynamics.Perceptron;
import dev.percept.binary64.Binary64;
import dev.percept.exact.Rational;
import dev.percept.model.TieMode;
import dev.percept.oracle.Oracle;
import dev.percept.oracle.PerceptronTrajectory;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Differential test of whole fast perceptron runs ({@code percept perceptron --engine fast}):
 * the double trajectory of {@link FastLinearSteps#perceptron} against the exact rational trajectory
 * {@link Oracle#perceptronTrajectory}, over several steps (single steps against {@link Perceptron#step}).
 *
 * <p><b>Exact regime (bitwise).</b> Integer data with {@code |x_ij| <= 5}, {@code n <= 8},
 * {@code d <= 4}, at most 12 steps from 0, and {@code eta} an integer in 1..4 or {@code 2^-k},
 * {@code k <= 6}. Let {@code g = eta/2} for {@code eta = 2^-k} and {@code g = 1/2} for integer eta.
 * Every coefficient {@code c_i = eta y_i (2 omega_i) / 2} is a multiple of g, so by induction every
 * coordinate of every iterate is a multiple of g with {@code |w_tj| <= 12 * 8 * 5 * 4 = 1920}; every
 * product {@code w_j x_ij} and {@code c_i x_ij} and every partial sum of a margin or a coordinate
 * is a multiple of g of magnitude below {@code 1920 * 5 * 4 * 8 < 2^19}, i.e. an integer multiple of
 * g below {@code 2^19 / g <= 2^26 < 2^53} in units of g. Such numbers are doubles, so every
 * multiplication, {@code fma} and addition is exact, the double margins equal the exact ones
 * (signs and ties included) and the trajectory agrees <em>bitwise</em> with the rational one; this is
 * asserted unconditionally, together with the exact command's stopping rule (iterations, converged,
 * mistakes of {@link FastLinearRuns#perceptron} equal those of {@link Perceptron#run}).
 *
 * <p><b>Rounded regime (bound).</b> Decimal data {@code k/10} and {@code k/7} rounded to double
 * (the exact trajectory runs on the same double values, read exactly), a random double start and
 * {@code gamma = 2^-r}. Let {@code E_t} bound {@code |w_hat_tj - w_tj|} coordinatewise, {@code E_0 = 0}.
 * The computed margin differs from the exact margin of the exact iterate by at most
 * {@code gamma_d sum_j |w_hat_j x_ij| + sum_j E_tj |x_ij|}; while every exact margin exceeds that in
 * magnitude (an exact 0 with a zero bound is a shared tie) the omegas agree, the exact map is
 * {@code w -> w + sum_i c_i x_i} (Lipschitz 1), and the step adds its rounding
 * {@code gamma_{2n+1}(|w_hat_j| + sum_i gamma |x_ij|)} (spec/audit.md; {@code c_i} exact for gamma a
 * power of 2): {@code E_{t+1} = E_t + gamma_{2n+1}(...) + n 2^-1073} (the last term: underflow,
 * spec/audit.md; the margin bound gains {@code (d + 2) 2^-1074} likewise). The comparison stops at
 * the first step whose margins are not outside the bound. The worst observed error / E_t is
 * reported. The same regime runs moved across the double range (data times 10^K, K from -150 to 150).
 */
class FastPerceptronTrajectoryDifferentialProperties {

    static final String NAME = "FastLinearSteps.perceptron trajectory (multi-step)";

    static Rational exact(double v) {
        return Binary64.exact(v);
    }

    @Property(tries = 300)
    void integerDataTrajectoryIsBitwiseExact(@ForAll @IntRange(min = 1, max = 8) int n, @ForAll @IntRange(min = 1, max = 4) int d,
            @ForAll @IntRange(min = 1, max = 12) int steps, @ForAll TieMode tie, @ForAll long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][d];
        Rational[][] xq = new Rational[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = r.nextInt(11) - 5;
                xq[i][j] = Rational.of((long) x[i][j]);
            }
            y[i] = r.nextBoolean() ? 1 : -1;
        }
        double eta = r.nextBoolean() ? 1 + r.nextInt(4) : Math.scalb(1.0, -r.nextInt(7));
        Rational etaQ = exact(eta);
        Rational[] zero = new Rational[d];
        Arrays.fill(zero, Rational.ZERO);
        PerceptronTrajectory ex = Oracle.perceptronTrajectory(new double[d], x, y, eta, tie, steps);
        double[] w = new double[d];
        for (int t = 1; t <= steps; t++) {
            w = FastLinearSteps.perceptron(w, x, y, eta, tie);
            for (int j = 0; j < d; j++) {
                assertThat(exact(w[j])).as("step %d coordinate %d", t, j).isEqualTo(ex.iterate(t).get(j));
            }
        }
        // The whole run with the exact command's stopping rule.
        FastLinearRuns.PerceptronRun fr = FastLinearRuns.perceptron(new double[d], x, y, eta, tie, steps);
        Perceptron.Result er = Perceptron.run(new LinearModel(d), new Dataset("random", xq, y), etaQ, zero, steps, tie, false);
        assertThat(fr.iterations()).isEqualTo(er.iterations());
        assertThat(fr.converged()).isEqualTo(er.converged());
        assertThat(ex.converged()).isEqualTo(er.converged());
        assertThat(fr.mistakes()).containsExactlyElementsOf(Arrays.stream(er.mistakes()).boxed().toList());
        for (int j = 0; j < d; j++) {
            assertThat(exact(fr.theta().get(j))).isEqualTo(er.theta()[j]);
        }
        for (int i = 0; i < n; i++) {
            assertThat(exact(fr.finalMargins().get(i))).isEqualTo(er.finalMargins()[i]);
        }
    }

    @Property(tries = 200)
    void roundedDataTrajectoryWithinPropagatedBound(@ForAll @IntRange(min = 1, max = 12) int n, @ForAll @IntRange(min = 1, max = 6) int d,
            @ForAll @IntRange(min = 1, max = 10) int steps, @ForAll TieMode tie, @ForAll long seed) {
        roundedTrajectory(n, d, steps, tie, seed, 0);
    }

    /**
     * The rounded regime moved across the whole double range: data times 10^K, the start times
     * 10^-K and gamma times 10^-2K, K from -150 to 150 (the margins, hence the omegas, are those
     * of the unscaled run); the bounds carry their absolute underflow terms.
     */
    @Property(tries = 200)
    void scaledAcrossTheRange(@ForAll @IntRange(min = 1, max = 8) int n, @ForAll @IntRange(min = 1, max = 4) int d,
            @ForAll @IntRange(min = 1, max = 8) int steps, @ForAll TieMode tie, @ForAll long seed, @ForAll @IntRange(min = -150, max = 150) int k) {
        roundedTrajectory(n, d, steps, tie, seed, k);
    }

    private static void roundedTrajectory(int n, int d, int steps, TieMode tie, long seed, int k) {
        Random r = new Random(seed);
        double u = Math.ulp(1.0) / 2;
        double scale = Math.pow(10, k);
        double[][] x = new double[n][d];
        Rational[][] xq = new Rational[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = (r.nextInt(41) - 20) / (r.nextBoolean() ? 10.0 : 7.0) * scale;
                xq[i][j] = exact(x[i][j]);
            }
            y[i] = r.nextBoolean() ? 1 : -1;
        }
        double gamma = Math.scalb(1.0, -r.nextInt(6)) / scale / scale;
        Rational gq = exact(gamma);
        double[] w = new double[d];
        Rational[] wq = new Rational[d];
        for (int j = 0; j < d; j++) {
            w[j] = r.nextBoolean() ? 0 : r.nextGaussian() / scale;
            wq[j] = exact(w[j]);
        }
        double gd = FastLinearRuns.gamma(d);
        double g2n = FastLinearRuns.gamma(2 * n + 1);
        double[] e = new double[d];
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < n; i++) {
                double bound = 0;
                boolean noError = true; // every product w_j x_ij exactly 0 and no propagated error: the margin is an exact 0 in both runs
                for (int j = 0; j < d; j++) {
                    bound += gd * Math.abs(w[j] * x[i][j]) + e[j] * Math.abs(x[i][j]);
                    noError &= (w[j] == 0 || x[i][j] == 0) && (e[j] == 0 || x[i][j] == 0);
                }
                bound = bound * (1 + 1e-9) + (d + 2) * Double.MIN_VALUE; // + the margin's underflow terms
                Rational z = Rational.ZERO;
                for (int j = 0; j < d; j++) {
                    z = z.add(wq[j].multiply(xq[i][j]));
                }
                boolean sharedTie = z.signum() == 0 && noError;
                if (!sharedTie && z.abs().compareTo(exact(bound)) <= 0) {
                    return; // a margin within the uncertainty bound: the omegas may differ from here on
                }
            }
            double[] next = FastLinearSteps.perceptron(w, x, y, gamma, tie);
            Rational[] nextQ = Perceptron.step(new LinearModel(d), new Dataset("rounded", xq, y), gq, wq, tie);
            for (int j = 0; j < d; j++) {
                double s = Math.abs(w[j]);
                for (int i = 0; i < n; i++) {
                    s += gamma * Math.abs(x[i][j]);
                }
                e[j] += g2n * s * (1 + 1e-9) + n * Math.scalb(1.0, -1073); // + underflow of a product and a halving per point
                Rational err = exact(next[j]).subtract(nextQ[j]).abs();
                double ed = Binary64.nearest(err);
                if (e[j] > 0) {
                    ErrorRatios.observe(NAME, ed / e[j]);
                }
                assertThat(ed).as("step %d coordinate %d", t + 1, j).isLessThanOrEqualTo(e[j]);
            }
            w = next;
            wq = nextQ;
        }
    }

    @AfterContainer
    static void report() {
        ErrorRatios.report(NAME);
    }
}
