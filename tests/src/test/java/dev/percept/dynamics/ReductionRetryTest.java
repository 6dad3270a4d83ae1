package dev.percept.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.exact.Rational;
import dev.percept.model.TieMode;
import dev.percept.structured.Permutation;
import dev.percept.verify.ReductionSuite;
import org.junit.jupiter.api.Test;

/**
 * {@link Reduction#compareDecided}: a comparison left undecided by too few working digits is
 * retried at more digits until it is decided (reduce's --working-digits). The instance is the
 * README's tied example on builtin:minimal4 at gamma = 10, where 10 digits leave the enclosure too
 * wide; the test first shows that (so the retry is really exercised), then that the retry decides,
 * and decides as a run at 30 digits does.
 */
class ReductionRetryTest {

    @Test
    void anUndecidedComparisonIsRetriedAtMoreDigits() {
        Rational[][] x = {{Rational.of(1), Rational.of(1), Rational.of(1), Rational.of(1)}, {Rational.of(2), Rational.of(1), Rational.of(1), Rational.of(1)}};
        Dataset data = new Dataset("minimal4", x, new int[] {1, -1});
        Model m = UnitModel.tied(Permutation.swap(4, 1, 2), Activation.IDENTITY);
        Rational[] theta0 = ReductionSuite.seededInit(1, m.parameterCount());
        Rational eta = Rational.of(1, 4);
        Rational gamma = Rational.of(10);
        Perceptron.Result p = Reduction.normalizedPerceptron(m, data, eta, theta0, 6, TieMode.HALF);
        assertThat(Reduction.compare(m, data, eta, theta0, p, 6, TieMode.HALF, gamma, 10).verdict()).isEqualTo(Reduction.Verdict.UNDECIDED);
        Reduction.Row decided = Reduction.compareDecided(m, data, eta, theta0, p, 6, TieMode.HALF, gamma, 10);
        assertThat(decided.verdict()).isEqualTo(Reduction.Verdict.HOLDS);
        assertThat(decided.verdict()).isEqualTo(Reduction.compare(m, data, eta, theta0, p, 6, TieMode.HALF, gamma, 30).verdict());
    }
}
