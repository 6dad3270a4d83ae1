package dev.percept.minimal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.check.Progress;
import dev.percept.dynamics.Activation;
import dev.percept.dynamics.Ball;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.LinearModel;
import dev.percept.dynamics.LogisticGd;
import dev.percept.dynamics.Model;
import dev.percept.dynamics.UnitModel;
import dev.percept.exact.Rational;
import dev.percept.model.TieMode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claim M1's GD comparison ({@link ReducedLogisticGd}): in the large-gamma (linear) and large-init
 * (tied) limit, logistic GD follows the exact perceptron on the minimal example; at gamma = 1 it
 * does not (so the comparison can tell them apart). And the reduced O(1) state is cross-checked
 * against the full-state ball GD of {@link LogisticGd} on small d: both enclose the same exact
 * iterates, so their enclosures must intersect at every step.
 *
 * <p>At large gamma the linear GD is the perceptron (tie rule half) plus residuals below
 * {@code e^-(gamma ...)}: where the perceptron meets an exact tie ({@code margin = 0}) GD's margin is
 * that residual, whose sign decides. So GD stops with the perceptron, or earlier at a step where the
 * perceptron's margins are {@code >= 0} with a tie (d = 16, gamma = 10^6: GD separates after 18 steps
 * with a margin of {@code 9.76e-217141}, confirmed with mpmath; the perceptron needs 28). The former
 * decimal code cut the weight to exactly 0 or 1 beyond {@code |margin| > 10^4}, which removed those
 * residuals and made every count equal the perceptron's.
 */
class ReducedLogisticGdTest {

    static final MathContext MC = new MathContext(40);

    @Test
    void linearGdFollowsPerceptronAtLargeGammaUpToATie() {
        int earlier = 0;
        for (int d = 3; d <= 40; d++) {
            MinimalFamily fam = MinimalFamily.of(d, Rational.ONE);
            int gd = ReducedLogisticGd.linear(fam, Rational.of(1_000_000), 10_000, MC);
            assertThat(gd).as("d=" + d).isPositive();
            ReducedLinearPerceptron p = new ReducedLinearPerceptron(fam.signedPoints(), TieMode.HALF);
            p.run(gd);
            if (!p.separated()) {
                // GD stopped first: only at a perceptron tie (no margin negative, one exactly 0)
                assertThat(p.margin(0).signum()).as("d=" + d).isNotNegative();
                assertThat(p.margin(1).signum()).as("d=" + d).isNotNegative();
                assertThat(p.margin(0).signum() * p.margin(1).signum()).as("d=" + d).isZero();
                earlier++;
            }
            assertThat(p.steps()).as("d=" + d).isEqualTo(gd);
        }
        assertThat(earlier).as("dimensions where GD stops at a tie, before the perceptron").isPositive();
        MinimalFamily sixteen = MinimalFamily.of(16, Rational.ONE);
        assertThat(ReducedLogisticGd.linear(sixteen, Rational.of(1_000_000), 10_000, MC)).isEqualTo(18);
        ReducedLinearPerceptron full = new ReducedLinearPerceptron(sixteen.signedPoints(), TieMode.HALF);
        full.run(10_000);
        assertThat(full.steps()).isEqualTo(28);
        MinimalFamily fam = MinimalFamily.of(64, Rational.ONE);
        ReducedLinearPerceptron p = new ReducedLinearPerceptron(fam.signedPoints(), TieMode.HALF);
        p.run(10_000);
        int gd = ReducedLogisticGd.linear(fam, Rational.ONE, 10_000, MC);
        assertThat(gd).isPositive().isNotEqualTo(p.steps());
    }

    @Test
    void tiedGdFollowsPerceptronAtLargeScale() {
        for (int d : new int[] {8, 16, 64}) {
            MinimalFamily fam = MinimalFamily.of(d, Rational.ONE);
            BigInteger[] start = Starts.adversarial(d, Rational.of(1, 100), ComplexityExperiment.ADVERSARIAL_SEED);
            ReducedTiedPerceptron p = new ReducedTiedPerceptron(fam.signedPoints(), fam.involution(), start,
                    BigInteger.TWO.multiply(fam.stepInverse()), TieMode.HALF);
            p.run(10_000);
            assertThat(ReducedLogisticGd.tied(fam, start, Rational.of(1_000_000), 10_000, MC)).as("d=" + d).isEqualTo(p.steps());
        }
    }

    /** A count needs every sign decided: at 12 digits the enclosures of a long large-gamma run are too wide. */
    @Test
    void lowPrecisionIsUndecidedRatherThanWrong() {
        MinimalFamily fam = MinimalFamily.of(40, Rational.ONE);
        int atFew = ReducedLogisticGd.linear(fam, Rational.of(1_000_000), 10_000, new MathContext(3));
        assertThat(atFew).isIn(ReducedLogisticGd.UNDECIDED, ReducedLogisticGd.linear(fam, Rational.of(1_000_000), 10_000, MC));
    }

    /** The reduced linear margins and the full-state GD (LinearModel, signed points, per-point step gamma) enclose the same values. */
    @Test
    void reducedLinearAgreesWithFullStateGd() {
        for (int d : new int[] {3, 7}) {
            MinimalFamily fam = MinimalFamily.of(d, Rational.of(2, 3));
            Rational gamma = Rational.of(3, 2);
            List<Ball[]> reduced = ReducedLogisticGd.linearMargins(fam, gamma, 30, MC);
            Rational[][] a = fam.signedPointsRational();
            Model m = new LinearModel(d);
            Dataset data = signedData(a);
            int steps = reduced.size() - 1;
            Ball[] e0 = zeros(d);
            LogisticGd.Run full = LogisticGd.run(m, data, gamma, LogisticGd.zero(d, 2), e0, steps, MC, false, Progress.NONE);
            for (int t = 0; t <= steps; t++) {
                Ball[] v = full.e(t);
                for (int j = 0; j < 2; j++) {
                    assertIntersect(reduced.get(t)[j], dot(a[j], v), "d=" + d + " t=" + t + " margin " + j);
                }
            }
        }
    }

    /**
     * The reduced tied state against the full-state GD of the tied identity model, from a random
     * start whose norm is an integer (so both start exactly at {@code scale * G / ||G||}).
     */
    @Test
    void reducedTiedAgreesWithFullStateGd() {
        int d = 5;
        MinimalFamily fam = MinimalFamily.of(d, Rational.ONE);
        BigInteger[][] g = Starts.unitDirection(d + 2, 7);
        Rational scale = Rational.of(3);
        ReducedLogisticGd.TiedRun reduced = ReducedLogisticGd.tiedTrajectory(fam, g[0], scale, 40, MC);
        Rational[] theta0 = new Rational[d + 2];
        for (int i = 0; i < theta0.length; i++) {
            theta0[i] = scale.multiply(Rational.of(g[0][i], g[1][0]));
        }
        Rational[][] a = fam.signedPointsRational();
        Model m = UnitModel.tied(fam.involution(), Activation.IDENTITY);
        LogisticGd.Run full = LogisticGd.run(m, signedData(a), fam.gamma(), LogisticGd.constant(theta0, 2), zeros(d + 2), reduced.steps(), MC,
                false, Progress.NONE);
        for (int t = 0; t <= reduced.steps(); t++) {
            Ball[] e = full.e(t);
            for (int k = 0; k < 2; k++) {
                assertIntersect(reduced.u(t)[k], Ball.of(theta0[k], MC).add(e[k], MC), "t=" + t + " u" + (k + 1));
            }
        }
        assertThat(reduced.steps()).isPositive();
    }

    private static Dataset signedData(Rational[][] a) {
        int[] plus = new int[a.length];
        Arrays.fill(plus, 1);
        return new Dataset("signed points", a, plus);
    }

    private static Ball[] zeros(int n) {
        Ball[] z = new Ball[n];
        Arrays.fill(z, Ball.ZERO);
        return z;
    }

    private static Ball dot(Rational[] a, Ball[] v) {
        Ball s = Ball.ZERO;
        for (int k = 0; k < a.length; k++) {
            s = s.add(v[k].multiply(a[k], MC), MC);
        }
        return s;
    }

    /** Two enclosures of one exact number must intersect: {@code |c1 - c2| <= r1 + r2}; and be tight enough to mean something. */
    private static void assertIntersect(Ball x, Ball y, String what) {
        BigDecimal gap = x.center().subtract(y.center()).abs();
        assertThat(gap).as(what + ": " + x + " vs " + y).isLessThanOrEqualTo(x.radius().add(y.radius()));
        assertThat(x.radius().max(y.radius())).as(what + " radius").isLessThan(new BigDecimal("1e-20").max(x.center().abs().scaleByPowerOfTen(-20)));
    }
}
