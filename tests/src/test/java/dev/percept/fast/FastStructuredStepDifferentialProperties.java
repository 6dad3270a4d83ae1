package dev.percept.fast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.binary64.Binary64;
import dev.percept.exact.Rational;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Differential test: {@link FastStructuredStep} against the same step in exact rationals, on
 * entries spanning 1e-8 .. 1e8. Bounds as stated in {@link FastStructuredStep}:
 * {@code gamma_{d+2}(|u1| + |gamma| sum |a_j w_j|)} for the first two coordinates and
 * {@code gamma_4(|w_j| + |gamma|(|u1 a_j| + |u2 a_P(j)|))} for the others.
 */
class FastStructuredStepDifferentialProperties {

    static final String NAME = "FastStructuredStep.apply";

    static Rational q(double v) {
        return Binary64.exact(v);
    }

    static double dbl(Rational r) {
        return Binary64.nearest(r);
    }

    static double gam(int k) {
        double u = Math.ulp(1.0) / 2;
        return k * u / (1 - k * u);
    }

    @Property(tries = 300)
    void matchesExactStep(@ForAll @IntRange(min = 1, max = 200) int d, @ForAll long seed) {
        Random r = new Random(seed);
        double[] a = new double[d];
        double[] theta = new double[d + 2];
        for (int j = 0; j < d; j++) {
            a[j] = FastStructuredDifferentialProperties.wide(r);
        }
        for (int j = 0; j < d + 2; j++) {
            theta[j] = FastStructuredDifferentialProperties.wide(r);
        }
        int[] perm = FastStructuredDifferentialProperties.randomInvolution(d, r);
        double gamma = FastStructuredDifferentialProperties.wide(r);
        double[] fast = FastStructuredStep.apply(a, perm, gamma, theta);

        Rational g = q(gamma);
        Rational u1 = q(theta[0]);
        Rational u2 = q(theta[1]);
        Rational aw = Rational.ZERO;
        Rational paw = Rational.ZERO;
        double absAw = 0;
        double absPaw = 0;
        for (int j = 0; j < d; j++) {
            aw = aw.add(q(a[j]).multiply(q(theta[j + 2])));
            paw = paw.add(q(a[perm[j]]).multiply(q(theta[j + 2])));
            absAw += Math.abs(a[j] * theta[j + 2]);
            absPaw += Math.abs(a[perm[j]] * theta[j + 2]);
        }
        double slack = 1 + 1e-9; // rounding in evaluating the bounds themselves
        check(fast[0], u1.add(g.multiply(aw)), gam(d + 2) * (Math.abs(theta[0]) + Math.abs(gamma) * absAw) * slack);
        check(fast[1], u2.add(g.multiply(paw)), gam(d + 2) * (Math.abs(theta[1]) + Math.abs(gamma) * absPaw) * slack);
        for (int j = 0; j < d; j++) {
            Rational exact = q(theta[j + 2]).add(g.multiply(u1.multiply(q(a[j])).add(u2.multiply(q(a[perm[j]])))));
            double bound = gam(4) * (Math.abs(theta[j + 2]) + Math.abs(gamma) * (Math.abs(theta[0] * a[j]) + Math.abs(theta[1] * a[perm[j]]))) * slack;
            check(fast[j + 2], exact, bound);
        }
    }

    static void check(double fast, Rational exact, double bound) {
        double err = dbl(q(fast).subtract(exact).abs());
        if (bound > 0) {
            ErrorRatios.observe(NAME, err / bound);
        }
        assertThat(err).isLessThanOrEqualTo(bound);
    }

    @AfterContainer
    static void report() {
        ErrorRatios.report(NAME);
    }
}
