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
 * {@link Decimals#round} and {@link Decimals#sqrt} are correctly rounded, ties to even. Referees:
 * {@link BigDecimal#divide(BigDecimal, MathContext)} (exactly rounded by the JDK) for rationals,
 * and for square roots an exact bracket test: the result R with unit u in the last place must satisfy
 * {@code (R - u/2)^2 <= q <= (R + u/2)^2} in exact rational arithmetic, with a tie only when R is
 * even; plus {@link BigDecimal#sqrt} at the same precision when q is a terminating decimal.
 */
class DecimalsProperties {

    @Provide
    Arbitrary<Rational> positives() {
        Arbitrary<BigInteger> n = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.valueOf(1000))),
                Tuple.of(2, Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(40))),
                Tuple.of(1, Arbitraries.integers().between(0, 60).map(k -> BigInteger.TEN.pow(k))));
        return Combinators.combine(n, n).as(Rational::of);
    }

    private static Rational exact(BigDecimal x) {
        return Rational.of(x);
    }

    /** Unit in the last place of a result with {@code digits} significant digits. */
    private static Rational ulp(BigDecimal r, int digits) {
        BigDecimal abs = r.abs();
        int exp = abs.precision() - abs.scale() - 1; // abs in [10^exp, 10^(exp+1))
        return Rational.of(BigInteger.TEN).pow(exp - digits + 1);
    }

    @Property(tries = 2000)
    void roundAgreesWithBigDecimalDivide(@ForAll("positives") Rational q, @ForAll boolean negative,
            @ForAll @IntRange(min = 1, max = 60) int digits) {
        Rational x = negative ? q.negate() : q;
        BigDecimal got = Decimals.round(x, digits);
        BigDecimal want = new BigDecimal(x.numerator()).divide(new BigDecimal(x.denominator()), new MathContext(digits, RoundingMode.HALF_EVEN));
        assertThat(got.compareTo(want)).as("%s to %d digits: %s vs %s", x, digits, got, want).isZero();
        assertThat(got.precision()).isEqualTo(digits);
        assertThat(got.signum()).isEqualTo(x.signum());
    }

    /** Exact ties m.5 * 10^k round to even; carries 9.95 -> 10.0 keep `digits` digits. */
    @Property(tries = 1000)
    void roundTiesAndCarries(@ForAll("mantissas") BigInteger m, @ForAll @IntRange(min = -30, max = 30) int k) {
        int digits = m.toString().length();
        // x = (m + 1/2) * 10^k is exactly halfway between m and m+1 at `digits` digits.
        Rational x = Rational.of(m.multiply(BigInteger.TWO).add(BigInteger.ONE), BigInteger.TWO).multiply(Rational.of(BigInteger.TEN).pow(k));
        BigInteger even = m.testBit(0) ? m.add(BigInteger.ONE) : m;
        Rational want = Rational.of(even).multiply(Rational.of(BigInteger.TEN).pow(k));
        BigDecimal got = Decimals.round(x, digits);
        assertThat(exact(got)).as("%s", x).isEqualTo(want);
        assertThat(got.precision()).isEqualTo(digits);
        // Just above / below the tie.
        Rational eps = Rational.of(BigInteger.ONE, BigInteger.TEN.pow(80));
        assertThat(exact(Decimals.round(x.add(eps), digits))).isEqualTo(Rational.of(m.add(BigInteger.ONE)).multiply(Rational.of(BigInteger.TEN).pow(k)));
        assertThat(exact(Decimals.round(x.subtract(eps), digits))).isEqualTo(Rational.of(m).multiply(Rational.of(BigInteger.TEN).pow(k)));
        Statistics.label("carry").collect(m.add(BigInteger.ONE).toString().length() > digits && even != m);
    }

    @Provide
    Arbitrary<BigInteger> mantissas() {
        Arbitrary<BigInteger> any = Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(30));
        Arbitrary<BigInteger> nines = Arbitraries.integers().between(1, 30).map(k -> BigInteger.TEN.pow(k).subtract(BigInteger.ONE));
        return Arbitraries.frequencyOf(Tuple.of(3, any), Tuple.of(1, nines));
    }

    /** The exact bracket test for sign * sqrt(q) rounded to `digits` digits, ties to even. */
    private static void assertCorrectSqrt(int sign, Rational q, int digits, BigDecimal got) {
        assertThat(got.signum()).isEqualTo(q.isZero() ? 0 : sign);
        if (q.isZero() || sign == 0) {
            return;
        }
        assertThat(got.precision()).isEqualTo(digits);
        Rational r = exact(got).abs();
        Rational half = ulp(got, digits).divide(Rational.TWO);
        Rational lo = r.subtract(half);
        Rational hi = r.add(half);
        int cLo = lo.square().compareTo(q);
        int cHi = q.compareTo(hi.square());
        assertThat(cLo).as("(R - u/2)^2 <= q for sqrt(%s) -> %s", q, got).isLessThanOrEqualTo(0);
        assertThat(cHi).as("q <= (R + u/2)^2 for sqrt(%s) -> %s", q, got).isLessThanOrEqualTo(0);
        if (cLo == 0 || cHi == 0) {
            assertThat(got.unscaledValue().testBit(0)).as("tie goes to even: %s", got).isFalse();
        }
    }

    @Property(tries = 2000)
    void sqrtIsCorrectlyRounded(@ForAll("positives") Rational q, @ForAll("signs") int sign, @ForAll @IntRange(min = 1, max = 60) int digits) {
        BigDecimal got = Decimals.sqrt(sign, q, digits);
        assertCorrectSqrt(sign, q, digits, got);
        Statistics.label("sign").collect(sign);
    }

    @Provide
    Arbitrary<Integer> signs() {
        return Arbitraries.of(-1, 0, 1);
    }

    /** Against BigDecimal.sqrt (correctly rounded for HALF_EVEN by its specification) on terminating decimals. */
    @Property(tries = 1000)
    void sqrtAgreesWithBigDecimalSqrt(@ForAll("mantissas") BigInteger unscaled, @ForAll @IntRange(min = -40, max = 40) int scale,
            @ForAll @IntRange(min = 1, max = 50) int digits) {
        BigDecimal x = new BigDecimal(unscaled, scale);
        BigDecimal want = x.sqrt(new MathContext(digits, RoundingMode.HALF_EVEN));
        BigDecimal got = Decimals.sqrt(1, Rational.of(x), digits);
        assertThat(got.compareTo(want)).as("sqrt(%s) to %d digits", x, digits).isZero();
    }

    /**
     * Squares of (m + 1/2) 10^k are exact ties of the square root; squares of 99..95 carry into a
     * new digit; perfect squares give exact results.
     */
    @Property(tries = 1000)
    void sqrtTiesCarriesAndPerfectSquares(@ForAll("mantissas") BigInteger m, @ForAll @IntRange(min = -20, max = 20) int k) {
        int digits = m.toString().length();
        Rational tie = Rational.of(m.multiply(BigInteger.TWO).add(BigInteger.ONE), BigInteger.TWO).multiply(Rational.of(BigInteger.TEN).pow(k));
        BigDecimal got = Decimals.sqrt(1, tie.square(), digits);
        BigInteger even = m.testBit(0) ? m.add(BigInteger.ONE) : m;
        assertThat(exact(got)).isEqualTo(Rational.of(even).multiply(Rational.of(BigInteger.TEN).pow(k)));
        assertCorrectSqrt(1, tie.square(), digits, got);
        assertThat(exact(Decimals.sqrt(-1, tie.square(), digits))).isEqualTo(exact(got).negate());
        Rational exactRoot = Rational.of(m).multiply(Rational.of(BigInteger.TEN).pow(k));
        assertThat(exact(Decimals.sqrt(1, exactRoot.square(), digits + 3))).isEqualTo(exactRoot);
        Rational eps = Rational.of(BigInteger.ONE, BigInteger.TEN.pow(120));
        assertCorrectSqrt(1, tie.square().add(eps), digits, Decimals.sqrt(1, tie.square().add(eps), digits));
        assertCorrectSqrt(1, tie.square().subtract(eps), digits, Decimals.sqrt(1, tie.square().subtract(eps), digits));
    }

    @Test
    void knownValues() {
        assertThat(Decimals.sqrt(1, Rational.of(2), 10)).isEqualByComparingTo("1.414213562");
        assertThat(Decimals.sqrt(-1, Rational.of(23, 4), 4)).isEqualByComparingTo("-2.398");
        assertThat(Decimals.sqrt(1, Rational.parse("0.4225"), 1)).isEqualByComparingTo("0.6"); // 0.65 -> even
        assertThat(Decimals.sqrt(1, Rational.parse("0.5625"), 1)).isEqualByComparingTo("0.8"); // 0.75 -> even
        assertThat(Decimals.sqrt(1, Rational.parse("99.900025"), 3)).isEqualByComparingTo("10.0"); // 9.995 -> 10.0
        assertThat(Decimals.round(Rational.parse("9.995"), 3)).isEqualByComparingTo("10.0");
        assertThat(Decimals.round(Rational.parse("9.995"), 3).precision()).isEqualTo(3);
        assertThat(Decimals.round(Rational.of(1, 3), 5)).isEqualByComparingTo("0.33333");
        assertThat(Decimals.round(Rational.of(-2, 3), 5)).isEqualByComparingTo("-0.66667");
        assertThat(Decimals.round(Rational.ZERO, 5)).isEqualByComparingTo("0");
        assertThat(Decimals.sqrt(1, Rational.ZERO, 5)).isEqualByComparingTo("0");
        assertThatThrownBy(() -> Decimals.sqrt(1, Rational.of(-1), 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Decimals.round(Rational.ONE, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
