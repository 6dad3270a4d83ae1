package dev.percept.binary64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.percept.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The binary32 half of the IEEE boundary ({@link Binary64#exact(float)}, {@link Binary64#nearestFloat},
 * {@link Binary64#ulpOfNearestFloat}) against the JDK's {@code Float.parseFloat} (correctly rounded) on a
 * decimal with a sticky digit, and the hexadecimal literals of Python's {@code float.hex()} and Java's
 * {@code Double.toHexString} ({@link Binary64#parseHexadecimal}) against the doubles they print.
 */
class Binary32AndHexProperties {

    /** The float nearest to {@code q}: 200 correct digits (every float is exact in far fewer) plus a sticky digit when inexact. */
    static float referee(Rational q) {
        return Float.parseFloat(Binary64Properties.stickyDecimal(q, 200));
    }

    @Test
    void everyPowerOfTwoOfBinary32RoundTrips() {
        for (int k = -149; k <= 127; k++) {
            float x = Math.scalb(1.0f, k);
            assertThat(Binary64.exact(x)).isEqualTo(Rational.powerOfTwo(k));
            assertThat(Binary64.nearestFloat(Rational.powerOfTwo(k))).isEqualTo(x);
            assertThat(Binary64.nearestFloat(Rational.powerOfTwo(k).negate())).isEqualTo(-x);
            assertThat(Binary64.ulpOfNearestFloat(Rational.powerOfTwo(k))).isEqualTo(Binary64.exact(Math.ulp(x)));
        }
        assertThat(Binary64.nearestFloat(Rational.powerOfTwo(128))).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(Binary64.ulpOfNearestFloat(Rational.powerOfTwo(128))).isNull();
        assertThat(Binary64.nearestFloat(Rational.powerOfTwo(-151))).isEqualTo(0.0f);
    }

    /** Random bit patterns: exact then nearest is the identity; halfway points to the next float round to the even one. */
    @Property(tries = 500)
    void randomFloatsAndTheirHalfwayPoints(@ForAll int bits) {
        float x = Float.intBitsToFloat(bits);
        if (!Float.isFinite(x)) {
            return;
        }
        Rational q = Binary64.exact(x);
        assertThat(q).isEqualTo(Rational.of(new BigDecimal(x)));
        assertThat(Float.floatToIntBits(Binary64.nearestFloat(q))).isEqualTo(Float.floatToIntBits(x == 0 ? 0.0f : x));
        float next = Math.nextUp(Math.abs(x));
        if (Float.isFinite(next)) {
            Rational mid = Binary64.exact(Math.abs(x)).add(Binary64.exact(next)).multiply(Rational.of(1, 2));
            float want = (Float.floatToIntBits(Math.abs(x)) & 1) == 0 ? Math.abs(x) : next;
            assertThat(Binary64.nearestFloat(mid)).isEqualTo(want);
            assertThat(Binary64.nearestFloat(mid)).isEqualTo(referee(mid));
        }
    }

    @Property(tries = 500)
    void randomRationalsMatchTheReferee(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long num,
            @ForAll @LongRange(min = 1, max = 1_000_000_000_000L) long den, @ForAll @IntRange(min = -160, max = 120) int shift) {
        Rational q = Rational.of(BigInteger.valueOf(num), BigInteger.valueOf(den)).multiply(Rational.powerOfTwo(shift));
        assertThat(Binary64.nearestFloat(q)).isEqualTo(referee(q));
    }

    /**
     * Negative control: rounding through a double rounds twice and can miss. {@code 1 + 2^-24 + 2^-60}
     * is nearer to {@code 1 + 2^-23} than to 1, but its nearest double is {@code 1 + 2^-24}, a tie that
     * goes to the even float 1.
     */
    @Test
    void roundsOnceNotThroughADouble() {
        Rational q = Rational.ONE.add(Rational.powerOfTwo(-24)).add(Rational.powerOfTwo(-60));
        assertThat((float) Binary64.nearest(q)).isEqualTo(1.0f);
        assertThat(Binary64.nearestFloat(q)).isEqualTo(Math.nextUp(1.0f));
    }

    @Test
    void hexadecimalLiteralsAsPythonPrintsThem() {
        assertThat(Binary64.parseHexadecimal("0x1.8p1")).isEqualTo(Rational.of(3));
        assertThat(Binary64.parseHexadecimal("0x1.8000000000000p+1")).isEqualTo(Rational.of(3));
        assertThat(Binary64.parseHexadecimal("-0x1.999999999999ap-4")).isEqualTo(Binary64.exact(-0.1));
        assertThat(Binary64.parseHexadecimal("0x0.0p+0")).isEqualTo(Rational.ZERO);
        assertThat(Binary64.parseHexadecimal("-0x0.0p+0")).isEqualTo(Rational.ZERO);
        assertThat(Binary64.parseHexadecimal("0x1.0000000000000p-1074")).isEqualTo(Rational.powerOfTwo(-1074));
        assertThat(Binary64.parseHexadecimal("0x0.0000000000001p-1022")).isEqualTo(Rational.powerOfTwo(-1074));
        assertThat(Binary64.parseHexadecimal("0xAp0")).isEqualTo(Rational.of(10));
        assertThat(Binary64.parseHexadecimal("0x1")).isEqualTo(Rational.ONE);
        // more digits than a double holds are kept, not rounded
        assertThat(Binary64.parseHexadecimal("0x1.00000000000000001p0")).isEqualTo(Rational.ONE.add(Rational.powerOfTwo(-68)));
        assertThat(Binary64.isHexadecimal(" -0x1p3")).isTrue();
        assertThat(Binary64.isHexadecimal("0.5")).isFalse();
        for (String bad : new String[] {"0x", "0x.p1", "0xg", "0x1p", "0x1.8p+1.5", "1.8p1", "0x1p999999999"}) {
            assertThatThrownBy(() -> Binary64.parseHexadecimal(bad)).as(bad).isInstanceOf(NumberFormatException.class);
        }
    }

    @Property(tries = 500)
    void javaHexStringsReadBackExactly(@ForAll long bits) {
        double x = Double.longBitsToDouble(bits);
        if (!Double.isFinite(x)) {
            return;
        }
        assertThat(Binary64.parseHexadecimal(Double.toHexString(x))).isEqualTo(Binary64.exact(x));
    }
}
