package dev.percept.binary64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.percept.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The one IEEE-754 boundary ({@link Binary64}) against independent referees: {@code new BigDecimal(x)}
 * (the JDK's exact decimal of a double) for {@link Binary64#exact}, and {@code BigDecimal.doubleValue()}
 * (correctly rounded in the JDK: exact arithmetic, or {@code Double.parseDouble} of the decimal) on
 * a decimal with a sticky digit for {@link Binary64#nearest}: every power of two, the subnormals, the
 * extremes, every kind of halfway case, and random bit patterns.
 */
class Binary64Properties {

    /** The referee: the double nearest to {@code q}, via a decimal of 1200 correct digits plus a sticky 1 when inexact. */
    static double referee(Rational q) {
        return new BigDecimal(stickyDecimal(q, 1200)).doubleValue();
    }

    /**
     * {@code q} truncated to {@code digits} significant digits, with a sticky last digit when inexact:
     * q is strictly between the truncation and the next decimal of that length away from 0, so the
     * result never lands on a halfway point between two binary numbers that q itself is not on
     * (enough digits: every double, and every halfway point between doubles, has at most 1100).
     */
    static String stickyDecimal(Rational q, int digits) {
        BigDecimal n = new BigDecimal(q.numerator());
        BigDecimal d = new BigDecimal(q.denominator());
        BigDecimal t = n.divide(d, new MathContext(digits, RoundingMode.DOWN));
        if (t.multiply(d).compareTo(n) != 0) {
            t = new BigDecimal(t.unscaledValue().multiply(BigInteger.TEN).add(BigInteger.valueOf(q.signum())), t.scale() + 1);
        }
        return t.toString();
    }

    static void roundTrips(double x) {
        Rational q = Binary64.exact(x);
        assertThat(q).as("exact(%s)", x).isEqualTo(Rational.of(new BigDecimal(x)));
        assertThat(Double.doubleToRawLongBits(Binary64.nearest(q))).as("nearest(exact(%s))", x)
                .isEqualTo(Double.doubleToRawLongBits(x == 0 ? 0.0 : x)); // -0.0 reads back as +0.0: the rational 0
        assertThat(Binary64.isDouble(q)).isTrue();
    }

    @Test
    void everyPowerOfTwoRoundTrips() {
        for (int k = -1074; k <= 1023; k++) {
            double x = Math.scalb(1.0, k);
            roundTrips(x);
            roundTrips(-x);
            assertThat(Binary64.exact(x)).isEqualTo(Rational.powerOfTwo(k));
            assertThat(Binary64.ulpOfNearest(Rational.powerOfTwo(k))).isEqualTo(Binary64.exact(Math.ulp(x)));
        }
    }

    @Test
    void extremesAndSubnormals() {
        for (double x : new double[] {0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Math.nextDown(Double.MIN_NORMAL),
            Math.nextUp(Double.MIN_VALUE), 3 * Double.MIN_VALUE, 1.0, Math.nextUp(1.0), Math.nextDown(1.0), 0.1, 1.0 / 3, 2.0 / 3}) {
            roundTrips(x);
            roundTrips(-x);
        }
        assertThat(Binary64.exact(-0.0)).isEqualTo(Rational.ZERO);
        assertThatThrownBy(() -> Binary64.exact(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Binary64.exact(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * 2/3 is the case the audit got wrong: a quotient rounded to 16 decimal digits (DECIMAL64) is
     * 0.6666666666666667, whose nearest double is one ulp above the double nearest to 2/3.
     */
    @Test
    void twoThirdsIsCorrectlyRounded() {
        Rational twoThirds = Rational.of(2, 3);
        assertThat(Binary64.nearest(twoThirds)).isEqualTo(2.0 / 3);
        double viaDecimal64 = new BigDecimal(2).divide(new BigDecimal(3), MathContext.DECIMAL64).doubleValue();
        assertThat(viaDecimal64).isEqualTo(Math.nextUp(2.0 / 3));
        assertThat(Binary64.nearest(twoThirds)).isNotEqualTo(viaDecimal64);
    }

    /** Halfway between two adjacent doubles: ties to even, and a hair either side rounds to the nearer one. */
    @Property(tries = 3000)
    void halfwayCasesTieToEven(@ForAll long bits) {
        double x = Math.abs(Double.longBitsToDouble(bits));
        if (!Double.isFinite(x) || x == Double.MAX_VALUE) {
            return;
        }
        double y = Math.nextUp(x);
        Rational mid = Binary64.exact(x).add(Binary64.exact(y)).divide(Rational.TWO);
        boolean xEven = (Double.doubleToRawLongBits(x) & 1) == 0;
        assertThat(Binary64.nearest(mid)).isEqualTo(xEven ? x : y);
        assertThat(Binary64.nearest(mid.negate())).isEqualTo(-(xEven ? x : y));
        Rational hair = Binary64.exact(y).subtract(Binary64.exact(x)).divide(Rational.of(BigInteger.TWO.pow(70)));
        assertThat(Binary64.nearest(mid.subtract(hair))).isEqualTo(x);
        assertThat(Binary64.nearest(mid.add(hair))).isEqualTo(y);
        assertThat(Binary64.nearest(mid)).isEqualTo(referee(mid));
    }

    @Property(tries = 5000)
    void randomBitPatternsRoundTrip(@ForAll long bits) {
        double x = Double.longBitsToDouble(bits);
        if (Double.isFinite(x)) {
            roundTrips(x);
            assertThat(Binary64.ulpOfNearest(Binary64.exact(x))).isEqualTo(Binary64.exact(Math.ulp(x)));
        }
    }

    @Provide
    Arbitrary<Rational> anyRational() {
        Arbitrary<BigInteger> big = Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(60));
        Arbitrary<Integer> shift = Arbitraries.integers().between(-1200, 1200);
        return Combinators.combine(big, big, shift, Arbitraries.of(1, -1)).as((n, d, s, sign) -> {
            BigInteger num = s >= 0 ? n.shiftLeft(s) : n;
            BigInteger den = s >= 0 ? d : d.shiftLeft(-s);
            return Rational.of(num.multiply(BigInteger.valueOf(sign)), den);
        });
    }

    /** Rationals of every size (subnormal, normal, overflowing) against the BigDecimal referee. */
    @Property(tries = 3000)
    void nearestAgreesWithBigDecimal(@ForAll("anyRational") Rational q) {
        assertThat(Binary64.nearest(q)).as("%s", q).isEqualTo(referee(q));
    }

    /** The boundaries of the range: overflow at 2^1024 - 2^970 (ties to even go up), underflow to 0 at 2^-1075. */
    @Test
    void rangeBoundaries() {
        Rational max = Binary64.exact(Double.MAX_VALUE);
        Rational overflow = Rational.powerOfTwo(1024).subtract(Rational.powerOfTwo(970));
        assertThat(Binary64.nearest(overflow)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Binary64.nearest(overflow.negate())).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Binary64.nearest(overflow.subtract(Rational.ONE))).isEqualTo(Double.MAX_VALUE);
        assertThat(Binary64.nearest(max)).isEqualTo(Double.MAX_VALUE);
        assertThat(Binary64.nearest(Rational.powerOfTwo(5000))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Binary64.ulpOfNearest(overflow)).isNull();
        Rational halfMin = Rational.powerOfTwo(-1075);
        assertThat(Binary64.nearest(halfMin)).isEqualTo(0.0);
        assertThat(Double.doubleToRawLongBits(Binary64.nearest(halfMin.negate()))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(Binary64.nearest(halfMin.add(Rational.powerOfTwo(-2000)))).isEqualTo(Double.MIN_VALUE);
        assertThat(Binary64.nearest(Rational.powerOfTwo(-1075).multiply(Rational.of(3)))).isEqualTo(2 * Double.MIN_VALUE); // 1.5 ulp: tie to even
        assertThat(Binary64.nearest(Rational.powerOfTwo(-5000))).isEqualTo(0.0);
        assertThat(Binary64.nearest(Rational.ZERO)).isEqualTo(0.0);
        // just below MIN_NORMAL rounds up into the normal range
        Rational belowNormal = Binary64.exact(Double.MIN_NORMAL).subtract(Rational.powerOfTwo(-1080));
        assertThat(Binary64.nearest(belowNormal)).isEqualTo(Double.MIN_NORMAL);
    }

    /** Subnormal rationals: every multiple of 2^-1074 below 2^-1022 is exact; between two, the nearer wins. */
    @Property(tries = 2000)
    void subnormals(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int m, @ForAll @IntRange(min = 0, max = 1000) int frac) {
        Rational unit = Rational.powerOfTwo(-1074);
        Rational q = unit.multiply(Rational.of(m)).add(unit.multiply(Rational.of(frac, 1000)));
        assertThat(Binary64.nearest(q)).isEqualTo(referee(q));
        assertThat(Binary64.nearest(unit.multiply(Rational.of(m)))).isEqualTo(m * Double.MIN_VALUE);
    }
}
