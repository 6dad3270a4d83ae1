package dev.percept.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Exact sign and order of {@code x + y sqrt r} against a 300-digit decimal referee
 * ({@link BigDecimal#sqrt} with a {@link MathContext} of 300 digits, error below 10^-290 relative),
 * on numbers built ON PURPOSE to be exactly zero (perfect-square radicands), nearly zero
 * ({@code x} a 40-digit rational approximation of {@code -y sqrt r}) and generic.
 */
class QuadraticSurdProperties {

    private static final MathContext REFEREE = new MathContext(300, RoundingMode.HALF_EVEN);

    /** x + y sqrt r as a 300-digit decimal. */
    static BigDecimal referee(QuadraticSurd q) {
        BigDecimal r = new BigDecimal(q.radicand().numerator()).divide(new BigDecimal(q.radicand().denominator()), REFEREE);
        BigDecimal root = r.sqrt(REFEREE);
        BigDecimal x = new BigDecimal(q.rationalPart().numerator()).divide(new BigDecimal(q.rationalPart().denominator()), REFEREE);
        BigDecimal y = new BigDecimal(q.surdPart().numerator()).divide(new BigDecimal(q.surdPart().denominator()), REFEREE);
        return x.add(y.multiply(root, REFEREE), REFEREE);
    }

    @Provide
    static Arbitrary<Rational> rationals() {
        return Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.valueOf(-10_000), BigInteger.valueOf(10_000)),
                Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.valueOf(999))).as(Rational::of);
    }

    @Provide
    static Arbitrary<Rational> radicands() {
        Arbitrary<Rational> any = rationals().map(Rational::abs);
        Arbitrary<Rational> squares = rationals().map(Rational::square);
        return Arbitraries.frequencyOf(Tuple.of(3, any), Tuple.of(1, squares));
    }

    /** Surds of three kinds: generic, exactly zero, and within 10^-35 of zero but not zero. */
    @Provide
    Arbitrary<QuadraticSurd> surds() {
        Arbitrary<QuadraticSurd> generic = Combinators.combine(rationals(), rationals(), radicands()).as(QuadraticSurd::of);
        Arbitrary<QuadraticSurd> zero = Combinators.combine(rationals(), rationals()).as((y, t) -> {
            // x = -y |t| and r = t^2: x + y sqrt r = 0 exactly.
            return QuadraticSurd.of(y.multiply(t.abs()).negate(), y, t.square());
        });
        Arbitrary<QuadraticSurd> nearZero = Combinators.combine(rationals().filter(y -> !y.isZero()), Arbitraries.integers().between(2, 10_000),
                Arbitraries.integers().between(-1, 1)).as((y, n, off) -> {
                    // x ~ -y sqrt(n) from the integer square root at 10^40, nudged by -1/0/+1 ulp.
                    BigInteger scale = BigInteger.TEN.pow(40);
                    BigInteger root = BigInteger.valueOf(n).multiply(scale).multiply(scale).sqrt().add(BigInteger.valueOf(off));
                    Rational approx = Rational.of(root, scale);
                    return QuadraticSurd.of(y.multiply(approx).negate(), y, Rational.of(n));
                });
        return Arbitraries.frequencyOf(Tuple.of(3, generic), Tuple.of(1, zero), Tuple.of(2, nearZero));
    }

    @Property(tries = 2000)
    void signumAgreesWithHighPrecision(@ForAll("surds") QuadraticSurd q) {
        BigDecimal ref = referee(q);
        int sign = q.signum();
        if (sign == 0) {
            // Exact zero: the referee is zero up to its own rounding.
            assertThat(ref.abs().compareTo(new BigDecimal("1e-250"))).isNegative();
            // And it really is zero: x^2 = y^2 r with opposite signs.
            assertThat(q.rationalPart().square()).isEqualTo(q.surdPart().square().multiply(q.radicand()));
        } else {
            assertThat(ref.abs().compareTo(new BigDecimal("1e-250"))).as("%s = %s", q, ref).isPositive();
            assertThat(ref.signum()).as("%s = %s", q, ref).isEqualTo(sign);
        }
        assertThat(q.negate().signum()).isEqualTo(-sign);
        Statistics.label("sign").collect(sign);
        Statistics.label("size").collect(ref.abs().compareTo(new BigDecimal("1e-30")) < 0 ? "tiny" : "normal");
        Statistics.label("sign").coverage(c -> {
            c.check(-1).count(n -> n > 0);
            c.check(0).count(n -> n > 0);
            c.check(1).count(n -> n > 0);
        });
        Statistics.label("size").coverage(c -> c.check("tiny").percentage(p -> p > 10));
    }

    @Property(tries = 1000)
    void compareToAgreesWithHighPrecision(@ForAll("surds") QuadraticSurd a, @ForAll("rationals") Rational dx, @ForAll("rationals") Rational dy) {
        // b in the same field, often very close to a.
        QuadraticSurd b = QuadraticSurd.of(a.rationalPart().add(dx.divide(Rational.of(BigInteger.TEN.pow(30)))), a.surdPart().add(dy), a.radicand());
        int c = a.compareTo(b);
        assertThat(c).isEqualTo(-b.compareTo(a));
        BigDecimal diff = referee(a).subtract(referee(b));
        if (c == 0) {
            assertThat(diff.abs().compareTo(new BigDecimal("1e-250"))).isNegative();
        } else {
            assertThat(diff.signum()).as("%s vs %s", a, b).isEqualTo(c);
        }
        assertThat(a.compareTo(a)).isZero();
    }

    /** Field arithmetic agrees with the referee: (a b) and (a + b) evaluated both ways. */
    @Property(tries = 1000)
    void arithmeticAgreesWithHighPrecision(@ForAll("surds") QuadraticSurd a, @ForAll("rationals") Rational x, @ForAll("rationals") Rational y) {
        QuadraticSurd b = QuadraticSurd.of(x, y, a.radicand());
        BigDecimal tol = new BigDecimal("1e-240");
        assertThat(referee(a.multiply(b)).subtract(referee(a).multiply(referee(b))).abs().compareTo(tol)).isNegative();
        assertThat(referee(a.add(b)).subtract(referee(a).add(referee(b))).abs().compareTo(tol)).isNegative();
        assertThat(a.subtract(a).isZero()).isTrue();
    }

    /**
     * toDecimal is correctly rounded: equal to the 300-digit referee rounded HALF_EVEN to the same
     * digits (safe: a generic value is not within 10^-290 of a decimal tie, and rational values
     * are checked against the exact rounding).
     */
    @Property(tries = 1000)
    void toDecimalIsCorrectlyRounded(@ForAll("surds") QuadraticSurd q, @ForAll @IntRange(min = 1, max = 50) int digits) {
        if (q.isZero()) {
            assertThat(q.toDecimal(digits).signum()).isZero();
            return;
        }
        BigDecimal got = q.toDecimal(digits);
        BigDecimal want = referee(q).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        assertThat(got.compareTo(want)).as("%s to %d digits", q, digits).isZero();
    }

    /** Values of Q(sqrt r) that are rational and sit exactly on a decimal tie (regression: used to throw). */
    @Test
    void toDecimalOfRationalTies() {
        assertThat(QuadraticSurd.of(Rational.of(3, 20), Rational.ONE, Rational.of(1, 4)).toDecimal(1)).isEqualByComparingTo("0.6");
        assertThat(QuadraticSurd.of(Rational.of(1, 20), Rational.ONE, Rational.of(1, 4)).toDecimal(1)).isEqualByComparingTo("0.6");
        assertThat(QuadraticSurd.of(Rational.of(-5, 2), Rational.of(-1), Rational.of(4)).toDecimal(1)).isEqualByComparingTo("-4");
        assertThat(QuadraticSurd.of(Rational.ZERO, Rational.ONE, Rational.of(2)).toDecimal(5)).isEqualByComparingTo("1.4142");
        assertThat(QuadraticSurd.of(Rational.ONE, Rational.MINUS_ONE, Rational.of(2)).toDecimal(5)).isEqualByComparingTo("-0.41421");
        assertThatThrownBy(() -> QuadraticSurd.of(Rational.ONE, Rational.ONE, Rational.MINUS_ONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuadraticSurd.sqrt(1, Rational.of(2)).add(QuadraticSurd.sqrt(1, Rational.of(3))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Equal numbers are equal objects: {@code 2 + 0 sqrt(4)} and {@code sqrt(4)} (compareTo 0 but
     * equals false before the normal form), {@code 2 sqrt(2)} and {@code sqrt(8)}, and the zeros of
     * every field.
     */
    @Test
    void equalNumbersFromTheIssueAreEqualObjects() {
        QuadraticSurd two = QuadraticSurd.of(Rational.TWO, Rational.ZERO, Rational.of(4));
        QuadraticSurd rootFour = QuadraticSurd.sqrt(1, Rational.of(4));
        assertThat(two.compareTo(rootFour)).isZero();
        assertThat(two).isEqualTo(rootFour).hasSameHashCodeAs(rootFour);
        assertThat(rootFour.toString()).isEqualTo("2");
        QuadraticSurd a = QuadraticSurd.of(Rational.ZERO, Rational.TWO, Rational.TWO);
        assertThat(a).isEqualTo(QuadraticSurd.sqrt(1, Rational.of(8))).hasSameHashCodeAs(QuadraticSurd.sqrt(1, Rational.of(8)));
        assertThat(QuadraticSurd.rational(Rational.ZERO, Rational.of(2))).isEqualTo(QuadraticSurd.rational(Rational.ZERO, Rational.of(3)));
        assertThat(QuadraticSurd.of(Rational.ONE, Rational.of(5), Rational.ZERO)).isEqualTo(QuadraticSurd.rational(Rational.ONE, Rational.of(7)));
        assertThat(QuadraticSurd.of(Rational.of(1, 2), Rational.of(-3), Rational.of(1, 4)).toString()).isEqualTo("-1");
        // a rational belongs to every field, so it adds to and compares with any surd
        assertThat(QuadraticSurd.sqrt(1, Rational.TWO).add(QuadraticSurd.rational(Rational.ONE, Rational.of(3))).toString()).isEqualTo("1 + sqrt(2)");
        // sqrt(2) and sqrt(8) span one field: their sum is 3 sqrt(2) = sqrt(18)
        assertThat(QuadraticSurd.sqrt(1, Rational.TWO).add(QuadraticSurd.sqrt(1, Rational.of(8)))).isEqualTo(QuadraticSurd.sqrt(1, Rational.of(18)));
    }

    /**
     * The same number written in two ways ({@code x + y|k| sqrt(m)} and {@code x + y sqrt(k^2 m)})
     * gives equal objects, equal hash codes and compareTo 0; different numbers never do.
     */
    @Property(tries = 1000)
    void equalsHashCodeAndCompareToAgree(@ForAll("rationals") Rational x, @ForAll("rationals") Rational y,
            @ForAll @IntRange(min = 0, max = 60) int m, @ForAll("rationals") Rational k, @ForAll("surds") QuadraticSurd other) {
        QuadraticSurd a = QuadraticSurd.of(x, y.multiply(k.abs()), Rational.of(m));
        QuadraticSurd b = QuadraticSurd.of(x, y, Rational.of(m).multiply(k.square()));
        assertThat(a).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
        assertThat(a.compareTo(b)).isZero();
        assertThat(a.toString()).isEqualTo(b.toString());
        // against an unrelated number, possibly of another field: compareTo is 0 exactly when equals holds
        int c = a.compareTo(other);
        assertThat(c == 0).as("%s vs %s", a, other).isEqualTo(a.equals(other));
        assertThat(other.compareTo(a)).isEqualTo(-c);
        if (c != 0) {
            assertThat(referee(a).subtract(referee(other)).signum()).as("%s vs %s", a, other).isEqualTo(c);
        } else {
            assertThat(a.hashCode()).isEqualTo(other.hashCode());
        }
        Statistics.label("order").collect(c);
    }
}
