package dev.percept.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import ch.obermuhlner.math.big.BigDecimalMath;
import dev.percept.exact.Rational;
import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The logistic enclosures at 30 digits contain the value computed independently at 200 digits
 * (a plain big-math formula, no shared code path), including huge margins and points near 0; and
 * the reduction verdict can fail (a falsified bound is reported as "fails").
 */
class BallEnclosureProperties {

    private static final MathContext HI = new MathContext(200);

    private static boolean contains(Ball b, BigDecimal v) {
        return b.center().subtract(v).abs().compareTo(b.radius()) <= 0;
    }

    /** sigma(-z) at 200 digits. */
    private static BigDecimal sigmaNeg(BigDecimal z) {
        return BigDecimal.ONE.divide(BigDecimal.ONE.add(BigDecimalMath.exp(z, HI)), HI);
    }

    @Property(tries = 200)
    void logisticTermsAreEnclosed(@ForAll @LongRange(min = -300_000, max = 300_000) long num, @ForAll @IntRange(min = 1, max = 1000) int den,
            @ForAll @IntRange(min = 0, max = 2) int twiceOmega) {
        Rational q = Rational.of(num, den);
        MathContext mc = new MathContext(30);
        Ball z = Ball.of(q, mc);
        BigDecimal zHi = new BigDecimal(q.numerator()).divide(new BigDecimal(q.denominator()), HI);
        // sigma(-z) - omega in forms without cancellation at 200 digits: 1/(1+e^z), -1/(1+e^-z), (1-e^z)/(2(1+e^z)).
        BigDecimal want;
        if (twiceOmega == 0) {
            want = sigmaNeg(zHi);
        } else if (twiceOmega == 2) {
            want = sigmaNeg(zHi.negate()).negate();
        } else {
            BigDecimal ez = BigDecimalMath.exp(zHi, HI);
            want = BigDecimal.ONE.subtract(ez).divide(BigDecimal.valueOf(2).multiply(BigDecimal.ONE.add(ez)), HI);
        }
        Ball r = z.logisticResidual(twiceOmega, mc);
        assertThat(contains(r, want)).as("%s contains %s", r, want.round(new MathContext(40))).isTrue();
        Ball sp = z.softplusOfNegative(mc);
        // log(1 + u): big-math's log is only absolutely accurate near 1, so tiny u use the series
        // u - u^2/2 + u^3/3 (error < u^4 / 4, below 10^-240 relative for u < 10^-60).
        BigDecimal u = BigDecimalMath.exp(zHi.negate(), HI);
        BigDecimal spHi;
        if (u.compareTo(new BigDecimal("1E-60")) < 0) {
            spHi = u.subtract(u.multiply(u, HI).divide(BigDecimal.valueOf(2), HI), HI).add(u.pow(3, HI).divide(BigDecimal.valueOf(3), HI), HI);
        } else if (u.compareTo(new BigDecimal("1E60")) > 0) {
            // Huge u (z < -138): log(1 + u) = -z + log(1 + v), v = e^z. Through u, which has 200
            // digits, the referee would be off by about 10^-195 absolutely, while for an exact z
            // (integer z = -100001, say) the enclosure is rightly as narrow as v ~ 10^-43430; so
            // add the series of log(1 + v) to -z exactly (no rounding of the sum).
            BigDecimal v = BigDecimalMath.exp(zHi, HI);
            spHi = zHi.negate().add(v.subtract(v.multiply(v, HI).divide(BigDecimal.valueOf(2), HI), HI));
        } else {
            spHi = BigDecimalMath.log(BigDecimal.ONE.add(u), new MathContext(400));
        }
        assertThat(contains(sp, spHi)).as("%s contains %s", sp, spHi.round(new MathContext(40))).isTrue();
        // The enclosure is also sharp: the input ball (30 digits of z, i.e. an absolute radius of up to
        // 3e5 * 1e-29) moves e^{-z} by at most 3e-24 relative, plus 1e-28 evaluation: allow 1e-22.
        if (r.center().signum() != 0 && q.abs().compareTo(Rational.of(100_000)) < 0) {
            assertThat(r.radius()).isLessThanOrEqualTo(r.center().abs().scaleByPowerOfTen(-22));
        }
    }

    /** The sample that caught the referee's lost digits (jqwik seed 5473546359572350471): exact z = -100001. */
    @Example
    void hugeExactNegativeMarginIsEnclosed() {
        logisticTermsAreEnclosed(-100_001, 1, 0);
        logisticTermsAreEnclosed(-300_000, 1, 2);
    }

    @Test
    void verdictCanFail() {
        BigDecimal[] lo = {BigDecimal.ZERO, new BigDecimal("2")};
        BigDecimal[] up = {BigDecimal.ZERO, new BigDecimal("2.1")};
        assertThat(new Reduction.Row(Rational.ONE, lo, up, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ONE}).verdict()).isEqualTo(Reduction.Verdict.FAILS);
        assertThat(new Reduction.Row(Rational.ONE, lo, up, new BigDecimal[] {BigDecimal.ZERO, new BigDecimal("2.05")}).verdict()).isEqualTo(Reduction.Verdict.UNDECIDED);
        assertThat(new Reduction.Row(Rational.ONE, lo, up, new BigDecimal[] {BigDecimal.ZERO, new BigDecimal("3")}).verdict()).isEqualTo(Reduction.Verdict.HOLDS);
    }
}
