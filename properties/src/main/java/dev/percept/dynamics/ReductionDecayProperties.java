package dev.percept.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.exact.Rational;
import dev.percept.model.TieMode;
import dev.percept.verify.ReductionSuite;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

/**
 * Claim R1 on random separable data: the first GD step equals the perceptron's exactly, every
 * enclosed distance is within the bound of Theorem R, and when no perceptron margin after the first
 * step is zero the distance decays with gamma (gamma = 100 against 1000, where the bound is of order
 * gamma e^(-gamma m) with m >= 1/(2n) for integer data, far below its value at 100).
 */
class ReductionDecayProperties {

    @Tag("R1")
    @Property(tries = 25)
    void linearDecay(@ForAll @IntRange(min = 2, max = 6) int n, @ForAll @IntRange(min = 1, max = 3) int d, @ForAll long seed) {
        Random rnd = new Random(seed);
        Dataset ds = ReductionSuite.separable(rnd, n, d);
        LinearModel m = new LinearModel(d);
        Perceptron.Result p = Reduction.normalizedPerceptron(m, ds, Rational.ONE, null, 8, TieMode.HALF);
        boolean noLaterTie = p.steps().stream().skip(1).allMatch(s -> java.util.Arrays.stream(s.margins()).noneMatch(Rational::isZero))
                && (!p.converged() || java.util.Arrays.stream(p.finalMargins()).noneMatch(Rational::isZero));
        Reduction.Row r100 = Reduction.compare(m, ds, Rational.ONE, null, p, 8, TieMode.HALF, Rational.of(100), 30);
        Reduction.Row r1000 = Reduction.compare(m, ds, Rational.ONE, null, p, 8, TieMode.HALF, Rational.of(1000), 30);
        assertThat(r100.verdict()).isEqualTo(Reduction.Verdict.HOLDS);
        assertThat(r1000.verdict()).isEqualTo(Reduction.Verdict.HOLDS);
        assertThat(r100.upper().get(1).signum()).as("first step identical").isZero();
        Assume.that(noLaterTie);
        assertThat(r1000.maxDistanceUpper()).isLessThan(r100.maxDistanceLower().max(new java.math.BigDecimal("1E-40")));
    }
}
