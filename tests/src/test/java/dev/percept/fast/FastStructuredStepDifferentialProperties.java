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
 * entries spanning 1e-8 .. 1e8 and over the whole double range. Bounds as stated in
 * {@link FastStructuredStep}: {@code gamma_{d+2}(|u1| + |gamma| sum |a_j w_j|) + (1 + |gamma| d) 2^-1074}
 * for the first two coordinates and {@code gamma_4(|w_j| + |gamma|(|u1 a_j| + |u2 a_P(j)|)) + (1 + |gamma|) 2^-1074}
 * for the others (the last terms: underflow), evaluated exactly.
 */
class FastStructuredStepDifferentialProperties {

    static final String NAME = "FastStructuredStep.apply";
    static final java.util.concurrent.atomic.AtomicLong REFUSED = new java.util.concurrent.atomic.AtomicLong();

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
        compare(a, FastStructuredDifferentialProperties.randomInvolution(d, r), FastStructuredDifferentialProperties.wide(r), theta);
    }

    /**
     * The whole double range: a times 10^K, u1 and u2 times 10^K, w times 10^-K and gamma times
     * 10^-2K (K from -150 to 150, every coordinate of the result moves by the same factor as its
     * input); and entries from 1e-300 to 1e300 side by side with subnormal ones, where products
     * underflow (the bound's absolute terms) or overflow (refused: some intermediate must then
     * reach half the largest double).
     */
    @Property(tries = 300)
    void wholeRange(@ForAll @IntRange(min = 1, max = 40) int d, @ForAll @IntRange(min = -150, max = 150) int k, @ForAll long seed,
            @ForAll boolean mixed) {
        Random r = new Random(seed);
        double s = Math.pow(10, k);
        double[] a = new double[d];
        double[] theta = new double[d + 2];
        for (int j = 0; j < d; j++) {
            a[j] = mixed ? FastStructuredDifferentialProperties.anyMagnitude(r) : FastStructuredDifferentialProperties.wide(r) * s;
        }
        for (int j = 0; j < d + 2; j++) {
            double v = mixed ? (r.nextInt(6) == 0 ? Math.scalb((double) (r.nextInt(200) - 100), -1074) : FastStructuredDifferentialProperties.anyMagnitude(r))
                    : FastStructuredDifferentialProperties.wide(r);
            theta[j] = mixed ? v : j < 2 ? v * s : v / s;
        }
        double gamma = mixed ? FastStructuredDifferentialProperties.anyMagnitude(r) : FastStructuredDifferentialProperties.wide(r) / s / s;
        compare(a, FastStructuredDifferentialProperties.randomInvolution(d, r), gamma, theta);
    }

    /** The step against the exact one, each coordinate within its bound (absolute underflow terms included); an overflow only near the largest double. */
    static void compare(double[] a, int[] perm, double gamma, double[] theta) {
        int d = a.length;
        double[] fast;
        try {
            fast = FastStructuredStep.apply(a, perm, gamma, theta);
        } catch (DoubleRangeException overflow) {
            fast = null;
        }
        Rational g = q(gamma);
        Rational u1 = q(theta[0]);
        Rational u2 = q(theta[1]);
        Rational aw = Rational.ZERO;
        Rational paw = Rational.ZERO;
        Rational absAw = Rational.ZERO;
        Rational absPaw = Rational.ZERO;
        for (int j = 0; j < d; j++) {
            aw = aw.add(q(a[j]).multiply(q(theta[j + 2])));
            paw = paw.add(q(a[perm[j]]).multiply(q(theta[j + 2])));
            absAw = absAw.add(q(a[j]).multiply(q(theta[j + 2])).abs());
            absPaw = absPaw.add(q(a[perm[j]]).multiply(q(theta[j + 2])).abs());
        }
        Rational slack = q(1 + 1e-9); // the bounds' gamma_k read from doubles
        Rational tiny = Rational.powerOfTwo(-1074);
        Rational ag = g.abs();
        Rational[] exact = new Rational[d + 2];
        Rational[] bound = new Rational[d + 2];
        exact[0] = u1.add(g.multiply(aw));
        exact[1] = u2.add(g.multiply(paw));
        bound[0] = q(gam(d + 2)).multiply(slack).multiply(u1.abs().add(ag.multiply(absAw))).add(tiny.multiply(Rational.ONE.add(ag.multiply(Rational.of(d)))));
        bound[1] = q(gam(d + 2)).multiply(slack).multiply(u2.abs().add(ag.multiply(absPaw))).add(tiny.multiply(Rational.ONE.add(ag.multiply(Rational.of(d)))));
        for (int j = 0; j < d; j++) {
            exact[j + 2] = q(theta[j + 2]).add(g.multiply(u1.multiply(q(a[j])).add(u2.multiply(q(a[perm[j]])))));
            bound[j + 2] = q(gam(4)).multiply(slack).multiply(q(theta[j + 2]).abs().add(ag.multiply(u1.multiply(q(a[j])).abs()
                    .add(u2.multiply(q(a[perm[j]])).abs())))).add(tiny.multiply(Rational.ONE.add(ag)));
        }
        if (fast == null) {
            // refused: some intermediate quantity (a sum of absolute values that bounds the partial
            // results of a coordinate's computation) reaches half the largest double
            Rational half = q(Double.MAX_VALUE / 2);
            boolean near = absAw.compareTo(half) >= 0 || absPaw.compareTo(half) >= 0
                    || u1.abs().add(ag.multiply(absAw)).compareTo(half) >= 0 || u2.abs().add(ag.multiply(absPaw)).compareTo(half) >= 0;
            for (int j = 0; j < d; j++) {
                Rational inner = u1.multiply(q(a[j])).abs().add(u2.multiply(q(a[perm[j]])).abs());
                near |= inner.compareTo(half) >= 0 || q(theta[j + 2]).abs().add(ag.multiply(inner)).compareTo(half) >= 0;
            }
            assertThat(near).as("refused although every intermediate is far inside the double range").isTrue();
            REFUSED.incrementAndGet();
            return;
        }
        for (int j = 0; j < d + 2; j++) {
            check(fast[j], exact[j], bound[j]);
        }
    }

    static void check(double fast, Rational exact, Rational bound) {
        Rational err = q(fast).subtract(exact).abs();
        if (bound.signum() > 0) {
            ErrorRatios.observe(NAME, dbl(err.divide(bound)));
        }
        assertThat(err.compareTo(bound)).as("error %s, bound %s", dbl(err), dbl(bound)).isLessThanOrEqualTo(0);
    }

    @AfterContainer
    static void report() {
        ErrorRatios.report(NAME);
        System.out.println(NAME + ": refused (an intermediate overflows) " + REFUSED.get() + " times");
    }
}
