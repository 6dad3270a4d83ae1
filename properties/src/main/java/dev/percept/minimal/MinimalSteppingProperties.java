package dev.percept.minimal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.model.TieMode;
import dev.percept.structured.StructuredMatrix;
import dev.percept.check.Check;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Claim M1's exact stepping: the O(1)-per-step reduced integer state agrees with the direct O(d)
 * rational stepping, the direct stepping agrees with the dense matrix {@code I + gamma sum c_i M(a_i)},
 * the starts are exactly unit, and the linear counts respect the lower bound of the spec.
 * Tagged M1: the properties that check a statement of the claim (reduced = direct stepping, direct
 * stepping = the matrix step, linear growth of the count); the two checks of the set-up (unit
 * start, step size) are not.
 */
class MinimalSteppingProperties {

    private static Rational mu(int p, int q) {
        return Rational.of(p, q);
    }

    @Tag("M1")
    @Property(tries = 60)
    void reducedTiedEqualsDirect(@ForAll @IntRange(min = 3, max = 24) int d, @ForAll @IntRange(min = 1, max = 7) int mp,
            @ForAll @IntRange(min = 1, max = 4) int mq, @ForAll @LongRange(min = 1, max = 1000) long seed,
            @ForAll @IntRange(min = 0, max = 1) int random) {
        MinimalFamily fam = MinimalFamily.of(d, mu(mp, mq));
        Rational[] theta0;
        if (random == 1) {
            BigInteger[][] g = Starts.unitDirection(d + 2, seed);
            theta0 = new Rational[d + 2];
            for (int i = 0; i < d + 2; i++) {
                theta0[i] = Rational.of(g[0][i], g[1][0]);
            }
        } else {
            theta0 = Starts.adversarialRational(d, Rational.of(1, 100), seed);
        }
        Check c = CrossCheck.tied(fam, theta0, 300);
        assertThat(c.holds()).as(c.detail()).isTrue();
    }

    @Tag("M1")
    @Property(tries = 40)
    void reducedLinearEqualsDirect(@ForAll @IntRange(min = 3, max = 40) int d, @ForAll @IntRange(min = 1, max = 7) int mp,
            @ForAll @IntRange(min = 1, max = 4) int mq) {
        Check c = CrossCheck.linear(MinimalFamily.of(d, mu(mp, mq)), 2000);
        assertThat(c.holds()).as(c.detail()).isTrue();
        assertThat(c.detail()).startsWith("both separated");
    }

    @Tag("M1")
    @Property(tries = 30)
    void directStepEqualsDenseMatrix(@ForAll @IntRange(min = 3, max = 9) int d, @ForAll @IntRange(min = 1, max = 5) int mp,
            @ForAll @LongRange(min = 1, max = 1000) long seed, @ForAll @IntRange(min = 1, max = 6) int steps) {
        MinimalFamily fam = MinimalFamily.of(d, mu(mp, 2));
        Rational[][] a = fam.signedPointsRational();
        Rational[] theta = Starts.adversarialRational(d, Rational.of(1, 10), seed);
        DirectPerceptron dir = DirectPerceptron.tied(a, fam.involution(), theta, fam.gamma(), TieMode.HALF);
        RationalMatrix[] m = {StructuredMatrix.of(a[0], fam.involution()).toDense(), StructuredMatrix.of(a[1], fam.involution()).toDense()};
        for (int t = 0; t < steps; t++) {
            RationalMatrix step = RationalMatrix.identity(d + 2);
            for (int i = 0; i < 2; i++) {
                Rational[] mt = m[i].apply(theta);
                Rational margin = Rational.ZERO;
                for (int x = 0; x < theta.length; x++) {
                    margin = margin.add(theta[x].multiply(mt[x]));
                }
                margin = margin.divide(Rational.TWO); // (1/2) theta^T M(a_i) theta
                assertThat(margin).isEqualTo(dir.margin(i));
                Rational c = Rational.of(TieMode.HALF.twiceOmega(margin.signum()), 2);
                step = step.add(m[i].scale(fam.gamma().multiply(c)));
            }
            theta = step.apply(theta);
            dir.step();
            assertThat(dir.theta()).containsExactly(theta);
        }
    }

    @Property(tries = 50)
    void unitDirectionIsExactlyUnit(@ForAll @IntRange(min = 2, max = 300) int n, @ForAll @LongRange(min = 0, max = 100000) long seed) {
        BigInteger[][] g = Starts.unitDirection(n, seed);
        BigInteger norm2 = BigInteger.ZERO;
        for (BigInteger x : g[0]) {
            norm2 = norm2.add(x.multiply(x));
        }
        assertThat(norm2).isEqualTo(g[1][0].multiply(g[1][0]));
    }

    @Tag("M1")
    @Property(tries = 40)
    void linearCountRespectsLowerBound(@ForAll @IntRange(min = 3, max = 400) int d, @ForAll @IntRange(min = 1, max = 6) int mp,
            @ForAll @IntRange(min = 1, max = 3) int mq) {
        Rational m = mu(mp, mq);
        ReducedLinearPerceptron lin = new ReducedLinearPerceptron(MinimalFamily.of(d, m).signedPoints(), TieMode.HALF);
        lin.run(100 * d + 1000);
        assertThat(lin.separated()).isTrue();
        // spec/minimal-example.md: T >= (d + mu) / (2 mu (1 + mu))
        Rational bound = Rational.of(d).add(m).divide(Rational.TWO.multiply(m).multiply(Rational.ONE.add(m)));
        assertThat(Rational.of(lin.steps()).compareTo(bound)).isGreaterThanOrEqualTo(0);
    }

    @Property(tries = 20)
    void stepIsAtMostOneOverLambda2(@ForAll @IntRange(min = 3, max = 100000) int d, @ForAll @IntRange(min = 1, max = 9) int mp,
            @ForAll @IntRange(min = 1, max = 5) int mq) {
        MinimalFamily fam = MinimalFamily.of(d, mu(mp, mq));
        Rational k = Rational.of(fam.stepInverse());
        assertThat(k.square().compareTo(fam.lambda2Squared())).isGreaterThanOrEqualTo(0);
        assertThat(k.subtract(Rational.ONE).square().compareTo(fam.lambda2Squared())).isLessThan(0);
    }
}
