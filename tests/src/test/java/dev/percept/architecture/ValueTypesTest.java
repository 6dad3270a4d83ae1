package dev.percept.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.percept.audit.RealRoots;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.LinearModel;
import dev.percept.dynamics.Perceptron;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.fast.FastLinearRuns;
import dev.percept.minimal.ComplexityExperiment;
import dev.percept.model.ModelKind;
import dev.percept.model.TieMode;
import dev.percept.stability.FastQuadraticStability;
import dev.percept.stability.QuadraticStability;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The result records of the library are values: two results of the same computation are equal
 * (they held arrays, compared by identity, before), and a caller cannot change one after the fact.
 */
class ValueTypesTest {

    @Test
    void complexityRowsOfTheSameRunAreEqual() {
        ComplexityExperiment.Row a = ComplexityExperiment.run(16, Rational.ONE, ComplexityExperiment.Init.RANDOM, Rational.of(1, 100), 3);
        ComplexityExperiment.Row b = ComplexityExperiment.run(16, Rational.ONE, ComplexityExperiment.Init.RANDOM, Rational.of(1, 100), 3);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toString()).contains("twoLayer=" + a.twoLayer());
        assertThatThrownBy(() -> a.twoLayer().set(0, 0)).isInstanceOf(UnsupportedOperationException.class);
        List<Integer> counts = new ArrayList<>(List.of(1, 2, 3));
        ComplexityExperiment.Row c = new ComplexityExperiment.Row(3, BigInteger.ONE, 1, true, counts, 0, 1);
        counts.set(0, 99);
        assertThat(c.twoLayer()).containsExactly(1, 2, 3);
    }

    @Test
    void isolatingIntervalsCompareByContent() {
        BigInteger[] f = {BigInteger.valueOf(-2), BigInteger.ZERO, BigInteger.ONE};
        RealRoots.Interval a = new RealRoots.Interval(f, Rational.ONE, Rational.TWO);
        f[0] = BigInteger.TEN; // the caller's array is not the interval's
        RealRoots.Interval b = new RealRoots.Interval(new BigInteger[] {BigInteger.valueOf(-2), BigInteger.ZERO, BigInteger.ONE}, Rational.ONE, Rational.TWO);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.factor()).containsExactly(BigInteger.valueOf(-2), BigInteger.ZERO, BigInteger.ONE);
        a.coefficients()[0] = BigInteger.TEN;
        assertThat(a).isEqualTo(b);
    }

    @Test
    void fastDecisionsAndRunsAreValues() {
        RationalMatrix s = RationalMatrix.of(new Rational[][] {{Rational.TWO, Rational.ONE}, {Rational.ONE, Rational.TWO}});
        FastQuadraticStability.Decision a = FastQuadraticStability.decide(s, Rational.of(1, 2));
        assertThat(a).isEqualTo(FastQuadraticStability.decide(s, Rational.of(1, 2)));
        assertThat(a.verdict()).isEqualTo(FastQuadraticStability.Verdict.CONVERGES);
        assertThat(a.verdict().label()).isEqualTo("converges");
        assertThatThrownBy(() -> a.eigenvalues().set(0, 0.0)).isInstanceOf(UnsupportedOperationException.class);
        double[][] x = {{1, 2}, {-1, 1}};
        int[] y = {1, -1};
        FastLinearRuns.PerceptronRun r = FastLinearRuns.perceptron(new double[2], x, y, 1, TieMode.HALF, 10);
        assertThat(r).isEqualTo(FastLinearRuns.perceptron(new double[2], x, y, 1, TieMode.HALF, 10));
        assertThatThrownBy(() -> r.theta().set(0, 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void exactDecisionHasAVerdict() {
        RationalMatrix s = RationalMatrix.of(new Rational[][] {{Rational.TWO, Rational.ZERO}, {Rational.ZERO, Rational.ONE}});
        assertThat(QuadraticStability.decide(s, Rational.of(1, 2), 4).verdict()).isEqualTo(QuadraticStability.Verdict.CONVERGES);
        assertThat(QuadraticStability.decide(s, Rational.ONE, 4).verdict()).isEqualTo(QuadraticStability.Verdict.BOUNDARY);
        assertThat(QuadraticStability.decide(s, Rational.TWO, 4).verdict()).isEqualTo(QuadraticStability.Verdict.DIVERGES);
    }

    /** A perceptron result hands out copies: changing one does not change the run. */
    @Test
    void perceptronResultsAreNotWritableThroughTheirArrays() {
        Rational[][] x = {{Rational.ONE, Rational.TWO}, {Rational.of(-1), Rational.ONE}};
        Perceptron.Result r = Perceptron.run(new LinearModel(2), new Dataset("t", x, new int[] {1, -1}), Rational.ONE,
                new Rational[] {Rational.ZERO, Rational.ZERO}, 5, TieMode.HALF, false);
        Rational before = r.theta()[0];
        r.theta()[0] = Rational.of(42);
        r.steps().get(0).margins()[0] = Rational.of(42);
        assertThat(r.theta()[0]).isEqualTo(before);
        assertThat(r.steps().get(0).margins()[0]).isNotEqualTo(Rational.of(42));
        assertThat(r.steps().get(0).prop41Form()).isEqualTo(Perceptron.Prop41Form.NOT_TIED);
        assertThatThrownBy(() -> r.steps().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void modelKindsAndTieRulesParse() {
        for (ModelKind k : ModelKind.values()) {
            assertThat(ModelKind.parse(k.label())).isEqualTo(k);
        }
        assertThatThrownBy(() -> ModelKind.parse("quadratic")).hasMessage("unknown model 'quadratic' (linear, two-layer, tied)");
        assertThat(new LinearModel(3).kind()).isEqualTo(ModelKind.LINEAR);
        assertThat(new LinearModel(3).name()).isEqualTo("linear");
        for (TieMode t : TieMode.values()) {
            assertThat(TieMode.parse(t.label())).isEqualTo(t);
            assertThat(t.twiceOmega(-1)).isEqualTo(2);
            assertThat(t.twiceOmega(1)).isZero();
        }
        assertThat(TieMode.HALF.twiceOmega(0)).isEqualTo(1);
        assertThat(TieMode.MISTAKE.twiceOmega(0)).isEqualTo(2);
        assertThat(TieMode.NONE.twiceOmega(0)).isZero();
    }
}
