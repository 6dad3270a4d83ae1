package dev.percept.minimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.percept.exact.Rational;
import dev.percept.minimal.MainBound.Evaluation;
import dev.percept.minimal.MainBound.Option;
import dev.percept.minimal.MainBoundCounterexamples.Counterexample;
import dev.percept.minimal.MainBoundCounterexamples.Dropped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each hypothesis of the main-bound steps is needed: for every option (A1, A2, brake) and every
 * hypothesis, the recorded counterexample (spec/main-bound.md, section 3) violates the bound while
 * satisfying every other hypothesis, decided exactly. These also show that the exact comparison can
 * fail (a negative control for {@link MainBound#evaluate}); and restoring the dropped hypothesis on
 * the same theta makes the bound hold again where that is possible without other changes.
 */
class MainBoundFalsificationTest {

    private static final MinimalFamily F = MinimalFamily.of(4, Rational.ONE);

    private static Rational[] vec(long... v) {
        Rational[] r = new Rational[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = Rational.of(v[i]);
        }
        return r;
    }

    @Test
    void everyRecordedCounterexampleDropsExactlyOneHypothesisAndViolatesTheBound() {
        List<Counterexample> all = MainBoundCounterexamples.standard();
        assertThat(all).hasSize(15);
        for (Option o : Option.values()) {
            Set<Dropped> seen = EnumSet.noneOf(Dropped.class);
            for (Counterexample c : all) {
                if (c.option() != o) {
                    continue;
                }
                seen.add(c.dropped());
                Evaluation e = c.evaluate();
                assertThat(c.confirmed()).as(c.check().toString()).isTrue();
                assertThat(e.holds()).isFalse();
                assertThat(e.slackSign()).isNegative();
                String unmet = e.hypotheses().unmet();
                switch (c.dropped()) {
                    case MISCLASSIFIED_AFTER -> assertThat(unmet).isEqualTo("misclassified after the step");
                    case GAMMA_NON_NEGATIVE -> assertThat(unmet).isEqualTo("gamma >= 0");
                    case STEP, SHARP_STEP -> assertThat(unmet).isEqualTo("sharp step condition");
                    case S_POSITIVE -> assertThat(unmet).isEqualTo("s > 0");
                }
            }
            assertThat(seen).as(o.toString()).isEqualTo(EnumSet.allOf(Dropped.class));
        }
    }

    /** The A2 counterexamples of the report, exactly: d = 4, mu = 1 (lambda2^2 = 13). */
    @Test
    void theA2CounterexamplesOfTheReport() {
        Rational[] zero = vec(0, 0, 0, 0, 0, 0);
        // Point 2 classified after the step: ||theta_{t+1}||^2 = 23/16, the bracket is 257/256.
        Evaluation noHyp = MainBound.evaluate(F, Option.A2, Rational.of(1, 4), Rational.of(1, 100), vec(-1, 0, 0, 0, 0, 0), zero);
        assertThat(noHyp.lhs()).isEqualTo(Rational.of(23, 16));
        assertThat(noHyp.bracket()).isEqualTo(Rational.of(257, 256));
        assertThat(noHyp.formAfter()).isEqualTo(Rational.of(7, 2));
        assertThat(noHyp.holds()).isFalse();
        // gamma = 1 = 1/mu (the fragment's second condition kept), gamma lambda2 = sqrt 13: ||theta_{t+1}||^2 = 10 > 1.01 Q.
        Evaluation step = MainBound.evaluate(F, Option.A2, Rational.ONE, Rational.of(1, 100), vec(-1, 0, 0, -1, 0, 0), zero);
        assertThat(step.lhs()).isEqualTo(Rational.of(10));
        assertThat(step.formAfter()).isEqualTo(Rational.of(-16));
        assertThat(step.hypotheses().misclassifiedAfter()).isTrue();
        assertThat(step.holds()).isFalse();
        // Restoring the step condition on the same theta (gamma = 1/4): the bound holds.
        assertThat(MainBound.evaluate(F, Option.A2, Rational.of(1, 4), Rational.of(1, 100), vec(-1, 0, 0, -1, 0, 0), zero).holds()).isTrue();
    }

    /** With xi != 0 the comparison involves sqrt(Lambda^2) and sqrt(Lambda^2 ||xi||^2 ||theta||^2): both directions are decided. */
    @Test
    void comparisonsWithTwoSurdsAreDecidedBothWays() {
        Rational[] theta = vec(-1, 0, 0, 0, 0, 0);
        Rational[] xi = vec(0, 0, 0, 0, 1, 0);
        // Point 2 classified after the step (the hypothesis fails): with a tiny xi the excess of the
        // error-free counterexample survives; with xi of order one the error terms cover it.
        Rational[] tiny = vec(0, 0, 0, 0, 0, 0);
        tiny[4] = Rational.of(1, 1000);
        Evaluation small = MainBound.evaluate(F, Option.A2, Rational.of(1, 4), Rational.of(1, 100), theta, tiny);
        assertThat(small.hypotheses().misclassifiedAfter()).isFalse();
        assertThat(small.holds()).isFalse();
        Evaluation big = MainBound.evaluate(F, Option.A2, Rational.of(1, 4), Rational.of(1, 100), theta, xi);
        assertThat(big.holds()).isTrue();
        assertThat(big.slackSign()).isPositive();
    }

    @Test
    void sMustBeNonZero() {
        Rational[] z = vec(0, 0, 0, 0, 0, 0);
        assertThatThrownBy(() -> MainBound.evaluate(F, Option.A2, Rational.ONE, Rational.ZERO, z, z)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MainBound.evaluate(F, Option.A2, Rational.ONE, Rational.ONE, vec(1, 2), z)).isInstanceOf(IllegalArgumentException.class);
    }

    /** No counterexample is constructed within the sharp condition (the property tests the other side). */
    @Test
    void noSharpCounterexampleInsideTheCondition() {
        for (Option o : Option.values()) {
            Rational edge = MainBound.edgeStep(F, o, java.math.BigInteger.TEN.pow(6), true);
            assertThat(MainBoundCounterexamples.beyondSharpStep(F, o, edge)).isEmpty();
            assertThat(MainBoundCounterexamples.beyondSharpStep(F, o, edge.add(Rational.of(1, 1_000_000)))).isPresent();
        }
    }
}
