package dev.percept.minimal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.exact.Rational;
import dev.percept.spec.kernels.TieRule;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * Claim M1's GD comparison: in the large-gamma (linear) and large-init (tied) limit, logistic GD
 * makes exactly the exact perceptron's number of updates on the minimal example; at gamma = 1 it
 * does not (so the comparison can tell them apart).
 */
class GdComparisonTest {

    @Test
    void linearGdFollowsPerceptronAtLargeGamma() {
        for (int d : new int[] {5, 16, 40}) {
            MinimalFamily fam = MinimalFamily.of(d, Rational.ONE);
            ReducedLinearPerceptron p = new ReducedLinearPerceptron(fam.signedPoints(), TieRule.HALF);
            p.run(10_000);
            assertThat(GdComparison.linear(fam, new BigDecimal("1e6"), 10_000, 40)).as("d=" + d).isEqualTo(p.steps());
        }
        MinimalFamily fam = MinimalFamily.of(64, Rational.ONE);
        ReducedLinearPerceptron p = new ReducedLinearPerceptron(fam.signedPoints(), TieRule.HALF);
        p.run(10_000);
        assertThat(GdComparison.linear(fam, BigDecimal.ONE, 10_000, 40)).isNotEqualTo(p.steps());
    }

    @Test
    void tiedGdFollowsPerceptronAtLargeScale() {
        for (int d : new int[] {8, 16, 64}) {
            MinimalFamily fam = MinimalFamily.of(d, Rational.ONE);
            BigInteger[] start = Starts.adversarial(d, Rational.of(1, 100), ComplexityExperiment.ADVERSARIAL_SEED);
            ReducedTiedPerceptron p = new ReducedTiedPerceptron(fam.signedPoints(), fam.involution(), start,
                    BigInteger.TWO.multiply(fam.stepInverse()), TieRule.HALF);
            p.run(10_000);
            assertThat(GdComparison.tied(fam, start, new BigDecimal("1e6"), 10_000, 40)).as("d=" + d).isEqualTo(p.steps());
        }
    }
}
