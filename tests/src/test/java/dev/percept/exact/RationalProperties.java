package dev.percept.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The field laws of {@link Rational}, its canonical form, ordering against cross-multiplication,
 * floor/ceil, and parsing: {@code toString -> parse} round trips and exact decimal parsing.
 */
class RationalProperties {

    /** Numerators and denominators of every size, zero and negative denominators included. */
    @Provide
    static Arbitrary<BigInteger> integers() {
        Arbitrary<BigInteger> small = Arbitraries.bigIntegers().between(BigInteger.valueOf(-30), BigInteger.valueOf(30));
        Arbitrary<BigInteger> longs = Arbitraries.longs().map(BigInteger::valueOf);
        Arbitrary<BigInteger> huge = Arbitraries.bigIntegers().between(BigInteger.TWO.pow(300).negate(), BigInteger.TWO.pow(300));
        return Arbitraries.frequencyOf(Tuple.of(4, small), Tuple.of(2, longs), Tuple.of(1, huge));
    }

    @Provide
    static Arbitrary<Rational> rationals() {
        return Combinators.combine(integers(), integers().filter(d -> d.signum() != 0)).as(Rational::of);
    }

    @Provide
    Arbitrary<Rational> nonzero() {
        return rationals().filter(r -> !r.isZero());
    }

    private static void assertCanonical(Rational r) {
        assertThat(r.denominator().signum()).isPositive();
        assertThat(r.numerator().gcd(r.denominator())).isEqualTo(r.isZero() ? r.denominator() : BigInteger.ONE);
        if (r.isZero()) {
            assertThat(r.denominator()).isEqualTo(BigInteger.ONE);
        }
    }

    @Property(tries = 1000)
    void canonicalFormAndValue(@ForAll("integers") BigInteger n, @ForAll("integers") BigInteger d) {
        if (d.signum() == 0) {
            assertThatThrownBy(() -> Rational.of(n, d)).isInstanceOf(ArithmeticException.class);
            return;
        }
        Rational r = Rational.of(n, d);
        assertCanonical(r);
        // Same number: n/d = num/den  <=>  n * den = num * d.
        assertThat(n.multiply(r.denominator())).isEqualTo(r.numerator().multiply(d));
        assertThat(r.signum()).isEqualTo(n.signum() * d.signum());
        Statistics.label("sign").collect(r.signum());
    }

    @Property(tries = 1000)
    void additionIsAnAbelianGroup(@ForAll("rationals") Rational x, @ForAll("rationals") Rational y, @ForAll("rationals") Rational z) {
        assertThat(x.add(y).add(z)).isEqualTo(x.add(y.add(z)));
        assertThat(x.add(y)).isEqualTo(y.add(x));
        assertThat(x.add(Rational.ZERO)).isEqualTo(x);
        assertThat(x.add(x.negate())).isEqualTo(Rational.ZERO);
        assertThat(x.subtract(y)).isEqualTo(x.add(y.negate()));
        assertCanonical(x.add(y));
        assertCanonical(x.subtract(y));
    }

    @Property(tries = 1000)
    void multiplicationAndDistributivity(@ForAll("rationals") Rational x, @ForAll("rationals") Rational y, @ForAll("rationals") Rational z) {
        assertThat(x.multiply(y).multiply(z)).isEqualTo(x.multiply(y.multiply(z)));
        assertThat(x.multiply(y)).isEqualTo(y.multiply(x));
        assertThat(x.multiply(Rational.ONE)).isEqualTo(x);
        assertThat(x.multiply(y.add(z))).isEqualTo(x.multiply(y).add(x.multiply(z)));
        assertThat(x.square()).isEqualTo(x.multiply(x));
        assertThat(x.multiply(y.numerator())).isEqualTo(x.multiply(Rational.of(y.numerator())));
        assertCanonical(x.multiply(y));
        assertCanonical(x.square());
        // Product from the definition: (a/b)(c/d) = ac/bd.
        assertThat(x.multiply(y)).isEqualTo(Rational.of(x.numerator().multiply(y.numerator()), x.denominator().multiply(y.denominator())));
    }

    @Property(tries = 1000)
    void inverses(@ForAll("nonzero") Rational x, @ForAll("rationals") Rational y, @ForAll("smallExponents") int k) {
        assertThat(x.multiply(x.reciprocal())).isEqualTo(Rational.ONE);
        assertThat(y.divide(x).multiply(x)).isEqualTo(y);
        assertCanonical(x.reciprocal());
        assertThat(x.reciprocal().denominator().signum()).isPositive();
        assertThat(x.pow(k).multiply(x.pow(-k))).isEqualTo(Rational.ONE);
        Rational byHand = Rational.ONE;
        for (int i = 0; i < Math.abs(k); i++) {
            byHand = byHand.multiply(x);
        }
        assertThat(x.pow(k)).isEqualTo(k >= 0 ? byHand : byHand.reciprocal());
        assertCanonical(x.pow(k));
        assertThatThrownBy(() -> y.divide(Rational.ZERO)).isInstanceOf(ArithmeticException.class);
    }

    @Provide
    Arbitrary<Integer> smallExponents() {
        return Arbitraries.integers().between(-6, 6);
    }

    @Property(tries = 1000)
    void orderAgreesWithCrossMultiplication(@ForAll("rationals") Rational x, @ForAll("rationals") Rational y) {
        int expected = x.numerator().multiply(y.denominator()).compareTo(y.numerator().multiply(x.denominator()));
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(expected);
        assertThat(Integer.signum(y.compareTo(x))).isEqualTo(-expected);
        assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y));
        assertThat(x.equals(y)).isEqualTo(x.hashCode() == y.hashCode() && x.equals(y));
        assertThat(x.min(y).compareTo(x.max(y))).isLessThanOrEqualTo(0);
        assertThat(x.abs().signum()).isGreaterThanOrEqualTo(0);
        assertThat(x.abs().equals(x) || x.abs().equals(x.negate())).isTrue();
    }

    @Property(tries = 1000)
    void floorAndCeil(@ForAll("rationals") Rational x) {
        BigInteger f = x.floor();
        BigInteger c = x.ceil();
        assertThat(Rational.of(f).compareTo(x)).isLessThanOrEqualTo(0);
        assertThat(Rational.of(f.add(BigInteger.ONE)).compareTo(x)).isPositive();
        assertThat(Rational.of(c).compareTo(x)).isGreaterThanOrEqualTo(0);
        assertThat(Rational.of(c.subtract(BigInteger.ONE)).compareTo(x)).isNegative();
        assertThat(c.subtract(f)).isEqualTo(x.isInteger() ? BigInteger.ZERO : BigInteger.ONE);
    }

    /** {@code toString} is "p/q" (q > 1) or "p", and parses back to the same rational. */
    @Property(tries = 2000)
    void toStringRoundTrips(@ForAll("rationals") Rational x) {
        String s = x.toString();
        assertThat(s).matches(x.isInteger() ? "-?[0-9]+" : "-?[0-9]+/[0-9]+");
        assertThat(Rational.parse(s)).isEqualTo(x);
        assertThat(Rational.parse("  " + s + "\t")).isEqualTo(x);
    }

    /** Unreduced fractions with signs anywhere parse to the reduced value. */
    @Property(tries = 1000)
    void fractionsParseExactly(@ForAll("integers") BigInteger n, @ForAll("integers") BigInteger d) {
        String text = n + "/" + d;
        if (d.signum() == 0) {
            assertThatThrownBy(() -> Rational.parse(text)).isInstanceOf(NumberFormatException.class).hasMessageContaining("zero denominator");
            return;
        }
        Rational r = Rational.parse(text);
        assertThat(n.multiply(r.denominator())).isEqualTo(r.numerator().multiply(d));
        assertCanonical(r);
    }

    /**
     * Decimal text is the number it spells: for a BigDecimal {@code u * 10^-e}, every rendering
     * (plain, scientific, engineering, lower-case e, explicit +) parses to exactly
     * {@code u / 10^e}, checked by cross-multiplication.
     */
    @Property(tries = 2000)
    void decimalsParseExactly(@ForAll("integers") BigInteger unscaled, @ForAll("scales") int scale) {
        BigDecimal bd = new BigDecimal(unscaled, scale);
        for (String text : new String[] {bd.toString(), bd.toPlainString(), bd.toEngineeringString(), bd.toString().toLowerCase(),
                bd.toString().replace("E", "e+").replace("e+-", "e-").replace("e++", "e+")}) {
            Rational r = Rational.parse(text);
            assertCanonical(r);
            // r = unscaled * 10^-scale exactly.
            BigInteger lhs = r.numerator();
            BigInteger rhs = unscaled;
            if (scale >= 0) {
                lhs = lhs.multiply(BigInteger.TEN.pow(scale));
                rhs = rhs.multiply(r.denominator());
            } else {
                rhs = rhs.multiply(BigInteger.TEN.pow(-scale)).multiply(r.denominator());
            }
            assertThat(lhs).as(text).isEqualTo(rhs);
        }
        Statistics.label("scale").collect(scale < 0 ? "negative" : scale == 0 ? "zero" : "positive");
    }

    @Provide
    Arbitrary<Integer> scales() {
        return Arbitraries.integers().between(-60, 60);
    }

    /** A few spelled-out values. */
    @Property(tries = 1)
    void knownDecimals() {
        assertThat(Rational.parse("0.1")).isEqualTo(Rational.of(1, 10));
        assertThat(Rational.parse("-.5")).isEqualTo(Rational.of(-1, 2));
        assertThat(Rational.parse("+3.")).isEqualTo(Rational.of(3));
        assertThat(Rational.parse("1.5e-3")).isEqualTo(Rational.of(3, 2000));
        assertThat(Rational.parse("1E+2")).isEqualTo(Rational.of(100));
        assertThat(Rational.parse("-0")).isEqualTo(Rational.ZERO);
        assertThat(Rational.parse("0/5")).isEqualTo(Rational.ZERO);
        assertThat(Rational.parse("-0.000")).isEqualTo(Rational.ZERO);
        assertThat(Rational.parse("123456789012345678901234567890/-10")).isEqualTo(Rational.parse("-12345678901234567890123456789"));
        for (String bad : new String[] {"", " ", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "1//2", "/2", "2/", "1/2/3", "0x10", "1_000",
            "\u0661", "1,5", "NaN", "Infinity", "1 2", "1/ 2.5", "--1", "1e1234567", "\u00bd"}) {
            assertThatThrownBy(() -> Rational.parse(bad)).as("'%s'", bad).isInstanceOf(NumberFormatException.class);
        }
    }

    /**
     * {@code pow} at every int exponent, including {@code Integer.MIN_VALUE} (whose negation is not
     * an int: the former {@code reciprocal().pow(-k)} recursed until the stack overflowed).
     */
    @Property(tries = 1)
    void powAtExtremeExponents() {
        for (int k : new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1, 0, 1, Integer.MAX_VALUE - 1, Integer.MAX_VALUE}) {
            assertThat(Rational.ONE.pow(k)).isEqualTo(Rational.ONE);
            assertThat(Rational.MINUS_ONE.pow(k)).isEqualTo((k & 1) == 0 ? Rational.ONE : Rational.MINUS_ONE);
            if (Math.abs((long) k) > 1) {
                assertThatThrownBy(() -> Rational.TWO.pow(k)).isInstanceOf(ArithmeticException.class).hasMessageContaining("power too large");
                assertThatThrownBy(() -> Rational.of(-1, 2).pow(k)).isInstanceOf(ArithmeticException.class).hasMessageContaining("power too large");
            }
        }
        assertThat(Rational.of(-1, 2).pow(-1)).isEqualTo(Rational.of(-2));
        assertThat(Rational.ZERO.pow(0)).isEqualTo(Rational.ONE);
        assertThat(Rational.ZERO.pow(Integer.MAX_VALUE)).isEqualTo(Rational.ZERO);
        assertThat(Rational.of(-2, 3).pow(-3)).isEqualTo(Rational.of(-27, 8));
        for (int k : new int[] {-1, Integer.MIN_VALUE}) {
            assertThatThrownBy(() -> Rational.ZERO.pow(k)).isInstanceOf(ArithmeticException.class).hasMessageContaining("zero to the negative power");
        }
    }

    /** {@code x^(a+b) = x^a x^b} across the sign boundary of the exponent. */
    @Property(tries = 300)
    void powAddsExponents(@ForAll("nonzero") Rational x, @ForAll("smallExponents") int a, @ForAll("smallExponents") int b) {
        assertThat(x.pow(a + b)).isEqualTo(x.pow(a).multiply(x.pow(b)));
    }

    /** The simplest rational in an interval lies in it, and nothing with a smaller denominator does. */
    @Property(tries = 500)
    void simplestBetween(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
        Rational lo = a.min(b);
        Rational hi = a.max(b);
        Rational s = Rational.simplestBetween(lo, hi);
        assertThat(s).isBetween(lo, hi);
        BigInteger q = s.denominator();
        if (q.bitLength() < 12) {
            for (long den = 1; den < q.longValueExact(); den++) {
                // the integers k with lo <= k/den <= hi: none may exist
                BigInteger k = lo.multiply(BigInteger.valueOf(den)).ceil();
                assertThat(Rational.of(k, BigInteger.valueOf(den)).compareTo(hi)).as("den %d", den).isPositive();
            }
        }
    }

    /** {@code floorLog2} and {@code powerOfTwo} agree with each other exactly. */
    @Property(tries = 300)
    void floorLog2(@ForAll("nonzero") Rational x) {
        int e = x.floorLog2();
        assertThat(Rational.powerOfTwo(e).compareTo(x.abs())).isLessThanOrEqualTo(0);
        assertThat(Rational.powerOfTwo(e + 1).compareTo(x.abs())).isPositive();
    }
}
