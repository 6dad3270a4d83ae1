package dev.percept.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import ch.obermuhlner.math.big.BigDecimalMath;
import dev.percept.check.Progress;
import dev.percept.exact.Rational;
import dev.percept.verify.ReductionSuite;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * The certified loss keeps its N significant digits at any magnitude (issue 15: {@code gd
 * --digits 30} on toy2d at step size 20000 printed {@code 0E-30} for a loss of about
 * {@code 6.377e-6516}, and {@code 0E+12} at 10 digits on the data {@code ±1e20}): a margin above
 * 10^5 now gives {@code e^{-z}} at relative precision, and a loss too small for the decimals is
 * refused with the reason, never printed as a zero.
 */
class CertifiedGdLossMagnitudeTest {

    /**
     * The loss at theta = (30000 + 1/7, -75000 + 1/3) on toy2d (zero steps: the margins are exact
     * rationals, recomputed here): the smallest margin is 15000 + 16/21, the other five exceed
     * 10^5, so the loss is about {@code e^{-15000.76}/6}, near 10^-6516. The margins are not
     * integers, so their balls have radius about 10^-44; the terms above 10^5 were enclosed as
     * {@code 0 ± (10^-44 + e^{-z})}, which swamped the loss: it printed as {@code 0E-k}. The
     * reference here is the dominant term {@code log(1 + u) = u - u^2/2 + ...}, {@code u = e^{-m}},
     * at 60 digits by big-math; the other five terms are below {@code e^{-10^5}}, a relative
     * {@code e^{-85000}} of it, far below the 30 digits compared.
     */
    @Test
    void tinyLossHasItsSignificantDigits() {
        Dataset toy = ReductionSuite.toy2d();
        Rational[] theta = {Rational.of(30000).add(Rational.of(1, 7)), Rational.of(-75000).add(Rational.of(1, 3))};
        int digits = 30;
        CertifiedGd.Result r = CertifiedGd.run(new LinearModel(2), toy, Rational.of(20000), theta, 0, digits, CertifiedGd.Iterates.LAST,
                Progress.NONE);
        assertThat(r.certified()).as(r.failure()).isTrue();
        BigDecimal loss = r.loss().get(0);
        assertThat(loss.signum()).isPositive();
        assertThat(loss.precision()).isEqualTo(digits);

        MathContext mc = new MathContext(60, RoundingMode.HALF_EVEN);
        Rational min = null;
        for (int i = 0; i < toy.n(); i++) {
            Rational z = theta[0].multiply(toy.x(i)[0]).add(theta[1].multiply(toy.x(i)[1])).multiply(Rational.of(toy.y(i)));
            assertThat(z.compareTo(Rational.of(15000))).isGreaterThanOrEqualTo(0);
            min = min == null ? z : min.min(z);
        }
        assertThat(min).isEqualTo(Rational.of(15000).add(Rational.of(16, 21)));
        BigDecimal m = new BigDecimal(min.numerator()).divide(new BigDecimal(min.denominator()), new MathContext(80));
        BigDecimal u = BigDecimalMath.exp(m.negate(), mc);
        BigDecimal expected = u.subtract(u.multiply(u, mc).divide(BigDecimal.valueOf(2), mc), mc).divide(BigDecimal.valueOf(toy.n()), mc);
        assertThat(expected.compareTo(new BigDecimal("1e-6515"))).isLessThan(0);
        // within one unit of the last printed digit (the reference is good to about 55 digits)
        assertThat(loss.subtract(expected).abs()).isLessThanOrEqualTo(loss.ulp());
    }

    /**
     * Data ±1e20: after one step the margins are 5e39 and the loss is about e^{-5e39}, below
     * 10^-(10^9), outside what the decimals hold: not certified, with the reason (it was
     * "certified" as 0E+12, no significant digit at all).
     */
    @Test
    void lossBeyondTheDecimalRangeIsRefusedWithTheReason() {
        Rational big = Rational.of(java.math.BigInteger.TEN.pow(20));
        Dataset data = new Dataset("pm1e20", new Rational[][] {{big}, {big.negate()}}, new int[] {1, -1});
        CertifiedGd.Result r = CertifiedGd.run(new LinearModel(1), data, Rational.ONE, new Rational[] {Rational.ZERO}, 1, 10,
                CertifiedGd.Iterates.LAST, Progress.NONE);
        assertThat(r.certified()).isFalse();
        assertThat(r.failure()).contains("loss").contains("10^-999999000");
    }

    /** An ordinary loss (one step, step size 1) is certified with its digits as before. */
    @Test
    void ordinaryLossUnchanged() {
        CertifiedGd.Result r = CertifiedGd.run(new LinearModel(2), ReductionSuite.toy2d(), Rational.ONE, new Rational[] {Rational.ZERO,
            Rational.ZERO}, 1, 12, CertifiedGd.Iterates.LAST, Progress.NONE);
        assertThat(r.certified()).isTrue();
        assertThat(r.loss().get(0).precision()).isEqualTo(12);
    }
}
