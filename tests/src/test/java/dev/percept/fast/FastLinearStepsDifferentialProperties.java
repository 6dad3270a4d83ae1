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
 * {@code |z_hat - z| <= gamma_d sum_j |w_j x_ij|}; when every exact margin exceeds that in
 * magnitude (checked, else the sample is a near-tie and only the exact path is authoritative), the
 * double path picks the same weights omega. Each coordinate is then a sum of at most {@code n + 1}
 * terms, each product {@code c_i x_ij} rounded once ({@code c_i = gamma y_i omega_i} is exact for
 * gamma a power of two), so {@code |w_hat_j - w_j| <= gamma_{2n+1} (|w_j| + sum_i |c_i x_ij|)}.
 * Integer data exercise exact ties ({@code TIE_AT_ZERO}) under each tie rule.
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
            double mag = 0;
            Rational z = Rational.ZERO;
            for (int j = 0; j < d; j++) {
                xq[i][j] = exact(x[i][j]);
                mag += Math.abs(w[j] * x[i][j]);
                z = z.add(wq[j].multiply(xq[i][j]));
            }
            double g = d * u / (1 - d * u) * mag * (1 + 1e-9);
            if (z.signum() != 0 && z.abs().compareTo(exact(g)) <= 0) {
                return; // near-tie: the double margin's sign is not guaranteed
            }
        }
        Rational[] exact = Perceptron.step(new LinearModel(d), new Dataset("sample", xq, y), exact(gamma), wq, tie);
        double[] fast = FastLinearSteps.perceptron(w, x, y, gamma, tie);
        double gam = (2 * n + 1) * u / (1 - (2 * n + 1) * u);
        for (int j = 0; j < d; j++) {
            double scale = Math.abs(w[j]);
            for (int i = 0; i < n; i++) {
                scale += Math.abs(gamma * x[i][j]);
            }
            double bound = gam * scale * (1 + 1e-9);
            Rational err = exact(fast[j]).subtract(exact[j]).abs();
            double e = Binary64.nearest(err);
            if (bound > 0) {
                ErrorRatios.observe(NAME, e / bound);
            }
            assertThat(e).as("coordinate %d", j).isLessThanOrEqualTo(bound);
        }
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
    }
}
