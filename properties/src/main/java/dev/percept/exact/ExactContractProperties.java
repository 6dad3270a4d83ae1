package dev.percept.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

/**
 * The JML contracts of {@link Rational} and {@link QuadraticSurd}, clause by clause: each
 * {@code ensures} or {@code signals} clause of those classes carries a label
 * ({@code // [Rational.add.sum]}) and is evaluated here by the property of the same name
 * ({@code Rational_add_sum}), on random inputs that satisfy the clause's precondition (or, for an
 * exceptional clause, violate the normal one). KeY does not prove these contracts (the classes use
 * JDK library code beyond KeY's library stubs; spec/deductive.md): they are <em>checked by
 * property</em>, and the ledger says so. {@code ContractCoverageTest} fails when a public method of
 * these classes has no contract or a labelled clause has no property here.
 */
@Tag("contract")
class ExactContractProperties {

    private static final BigInteger BIG = BigInteger.TEN.pow(30);

    @Provide
    Arbitrary<Rational> rationals() {
        Arbitrary<BigInteger> num = Arbitraries.oneOf(Arbitraries.bigIntegers().between(BIG.negate(), BIG),
                Arbitraries.bigIntegers().between(BigInteger.valueOf(-20), BigInteger.valueOf(20)));
        Arbitrary<BigInteger> den = Arbitraries.oneOf(Arbitraries.bigIntegers().between(BigInteger.ONE, BIG),
                Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.valueOf(12)));
        return Combinators.combine(num, den).as(Rational::of);
    }

    @Provide
    Arbitrary<Rational> nonzero() {
        return rationals().filter(r -> !r.isZero());
    }

    @Provide
    Arbitrary<BigInteger> integers() {
        return Arbitraries.bigIntegers().between(BIG.negate(), BIG);
    }

    /** Radicands: rational squares (folded into x), non-squares, and 0. */
    @Provide
    Arbitrary<Rational> radicands() {
        return Arbitraries.of(Rational.ZERO, Rational.of(2), Rational.of(3), Rational.of(5), Rational.of(1, 2), Rational.of(8, 3),
                Rational.of(4), Rational.of(9, 4), Rational.of(12), Rational.of(50, 7));
    }

    private Arbitrary<QuadraticSurd> surdsIn(Rational r) {
        Arbitrary<Rational> small = Combinators.combine(Arbitraries.integers().between(-30, 30), Arbitraries.integers().between(1, 9))
                .as((n, d) -> Rational.of(n, d));
        return Combinators.combine(small, small).as((x, y) -> QuadraticSurd.of(x, y, r));
    }

    @Provide
    Arbitrary<QuadraticSurd> surds() {
        return radicands().flatMap(this::surdsIn);
    }

    /** Two numbers of one field. */
    @Provide
    Arbitrary<List<QuadraticSurd>> sameField() {
        return radicands().flatMap(r -> surdsIn(r).list().ofSize(2));
    }

    /** Two irrational numbers of different fields ({@code sqrt 2} and {@code sqrt 3}). */
    @Provide
    Arbitrary<List<QuadraticSurd>> differentFields() {
        return Combinators.combine(surdsIn(Rational.of(2)).filter(q -> !q.isRational()), surdsIn(Rational.of(3)).filter(q -> !q.isRational()))
                .as(List::of);
    }

    // ---- Rational ----

    @Property(tries = 200)
    void Rational_of_value(@ForAll("integers") BigInteger num, @ForAll("integers") BigInteger den) {
        if (den.signum() == 0) {
            den = BigInteger.ONE;
        }
        Rational r = Rational.of(num, den);
        assertThat(r.numerator().multiply(den)).isEqualTo(num.multiply(r.denominator()));
    }

    @Property(tries = 200)
    void Rational_of_lowestTerms(@ForAll("integers") BigInteger num, @ForAll("integers") BigInteger den) {
        if (den.signum() == 0) {
            den = BigInteger.ONE;
        }
        Rational r = Rational.of(num, den);
        assertThat(r.denominator().signum()).isPositive();
        assertThat(r.numerator().gcd(r.denominator())).isEqualTo(BigInteger.ONE);
    }

    @Property(tries = 50)
    void Rational_of_zeroDenominator(@ForAll("integers") BigInteger num) {
        assertThatThrownBy(() -> Rational.of(num, BigInteger.ZERO)).isExactlyInstanceOf(ArithmeticException.class);
    }

    @Property(tries = 200)
    void Rational_ofLongs_value(@ForAll long num, @ForAll long den) {
        if (den == 0) {
            den = 1;
        }
        Rational r = Rational.of(num, den);
        assertThat(r.numerator().multiply(BigInteger.valueOf(den))).isEqualTo(BigInteger.valueOf(num).multiply(r.denominator()));
    }

    @Property(tries = 200)
    void Rational_ofLongs_lowestTerms(@ForAll long num, @ForAll long den) {
        if (den == 0) {
            den = 1;
        }
        Rational r = Rational.of(num, den);
        assertThat(r.denominator().signum()).isPositive();
        assertThat(r.numerator().gcd(r.denominator())).isEqualTo(BigInteger.ONE);
    }

    @Property(tries = 20)
    void Rational_ofLongs_zeroDenominator(@ForAll long num) {
        assertThatThrownBy(() -> Rational.of(num, 0)).isExactlyInstanceOf(ArithmeticException.class);
    }

    @Property(tries = 100)
    void Rational_ofInteger_value(@ForAll("integers") BigInteger n) {
        Rational r = Rational.of(n);
        assertThat(r.numerator()).isEqualTo(n);
        assertThat(r.denominator()).isEqualTo(BigInteger.ONE);
    }

    @Property(tries = 100)
    void Rational_ofLong_value(@ForAll long n) {
        Rational r = Rational.of(n);
        assertThat(r.numerator()).isEqualTo(BigInteger.valueOf(n));
        assertThat(r.denominator()).isEqualTo(BigInteger.ONE);
    }

    @Property(tries = 200)
    void Rational_ofDecimal_value(@ForAll("integers") BigInteger unscaled, @ForAll @IntRange(min = -40, max = 40) int scale) {
        BigDecimal x = new BigDecimal(unscaled, scale);
        Rational r = Rational.of(x);
        assertThat(new BigDecimal(r.numerator()).compareTo(x.multiply(new BigDecimal(r.denominator())))).isZero();
    }

    @Property(tries = 200)
    void Rational_parse_decimalValue(@ForAll("integers") BigInteger unscaled, @ForAll @IntRange(min = -30, max = 30) int scale,
            @ForAll boolean exponent) {
        BigDecimal x = new BigDecimal(unscaled, scale);
        String text = " " + (exponent ? x.toString() : x.toPlainString()) + " ";
        // The decimal is built from its parts, not parsed, so this does not repeat parse's own reading of the text.
        Rational r = Rational.parse(text);
        assertThat(new BigDecimal(r.numerator()).compareTo(x.multiply(new BigDecimal(r.denominator())))).isZero();
    }

    @Property(tries = 200)
    void Rational_parse_fractionValue(@ForAll("integers") BigInteger p, @ForAll("integers") BigInteger q) {
        if (q.signum() == 0) {
            q = BigInteger.ONE;
        }
        String text = p + " / " + q;
        assertThat(Rational.parse(text).multiply(q)).isEqualTo(Rational.of(p));
    }

    @Property(tries = 100)
    void Rational_parse_onlyNumberFormatException(@ForAll("malformed") String text) {
        assertThatThrownBy(() -> Rational.parse(text)).isExactlyInstanceOf(NumberFormatException.class);
    }

    @Provide
    Arbitrary<String> malformed() {
        return Arbitraries.oneOf(Arbitraries.of("", " ", "1/0", "1//2", "a", "1.2.3", "--1", "1e", "1e1234567", "١٢", "0x10", "1/2/3", "+", "."),
                Arbitraries.strings().withChars("0123456789/.eE+- x").ofMaxLength(8).filter(ExactContractProperties::unparsable));
    }

    private static boolean unparsable(String s) {
        try {
            Rational.parse(s);
            return false;
        } catch (NumberFormatException e) {
            return true;
        } catch (RuntimeException e) {
            return true; // any other exception is what the property catches: keep the input
        }
    }

    @Property(tries = 200)
    void Rational_numerator_lowestTerms(@ForAll("rationals") Rational r) {
        assertThat(r.numerator().gcd(r.denominator())).isEqualTo(BigInteger.ONE);
    }

    @Property(tries = 200)
    void Rational_denominator_positive(@ForAll("rationals") Rational r) {
        assertThat(r.denominator().signum()).isPositive();
    }

    @Property(tries = 200)
    void Rational_isInteger_definition(@ForAll("rationals") Rational r) {
        assertThat(r.isInteger()).isEqualTo(r.denominator().equals(BigInteger.ONE));
    }

    @Property(tries = 200)
    void Rational_signum_ofNumerator(@ForAll("rationals") Rational r) {
        assertThat(r.signum()).isEqualTo(r.numerator().signum());
    }

    @Property(tries = 200)
    void Rational_isZero_definition(@ForAll("rationals") Rational r) {
        assertThat(r.isZero()).isEqualTo(r.numerator().signum() == 0);
    }

    @Property(tries = 300)
    void Rational_add_sum(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
        Rational c = a.add(b);
        assertThat(c.numerator().multiply(a.denominator().multiply(b.denominator())))
                .isEqualTo(a.numerator().multiply(b.denominator()).add(b.numerator().multiply(a.denominator())).multiply(c.denominator()));
    }

    @Property(tries = 300)
    void Rational_subtract_difference(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
        Rational c = a.subtract(b);
        assertThat(c.numerator().multiply(a.denominator().multiply(b.denominator())))
                .isEqualTo(a.numerator().multiply(b.denominator()).subtract(b.numerator().multiply(a.denominator())).multiply(c.denominator()));
    }

    @Property(tries = 300)
    void Rational_multiply_product(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
        Rational c = a.multiply(b);
        assertThat(c.numerator().multiply(a.denominator().multiply(b.denominator()))).isEqualTo(a.numerator().multiply(b.numerator()).multiply(c.denominator()));
    }

    @Property(tries = 200)
    void Rational_multiplyInteger_product(@ForAll("rationals") Rational a, @ForAll("integers") BigInteger k) {
        Rational c = a.multiply(k);
        assertThat(c.numerator().multiply(a.denominator())).isEqualTo(a.numerator().multiply(k).multiply(c.denominator()));
    }

    @Property(tries = 200)
    void Rational_divide_quotient(@ForAll("rationals") Rational a, @ForAll("nonzero") Rational b) {
        assertThat(a.divide(b).multiply(b)).isEqualTo(a);
    }

    @Property(tries = 20)
    void Rational_divide_byZero(@ForAll("rationals") Rational a) {
        assertThatThrownBy(() -> a.divide(Rational.ZERO)).isExactlyInstanceOf(ArithmeticException.class);
    }

    @Property(tries = 200)
    void Rational_negate_additiveInverse(@ForAll("rationals") Rational a) {
        assertThat(a.negate().add(a).signum()).isZero();
    }

    @Property(tries = 200)
    void Rational_abs_value(@ForAll("rationals") Rational a) {
        Rational b = a.abs();
        assertThat(b.signum()).isNotNegative();
        assertThat(b.equals(a) || b.equals(a.negate())).isTrue();
    }

    @Property(tries = 200)
    void Rational_reciprocal_inverse(@ForAll("nonzero") Rational a) {
        assertThat(a.reciprocal().multiply(a)).isEqualTo(Rational.ONE);
    }

    @Property(tries = 1)
    void Rational_reciprocal_ofZero() {
        assertThatThrownBy(Rational.ZERO::reciprocal).isExactlyInstanceOf(ArithmeticException.class);
    }

    @Property(tries = 200)
    void Rational_square_product(@ForAll("rationals") Rational a) {
        assertThat(a.square()).isEqualTo(a.multiply(a));
    }

    @Property(tries = 200)
    void Rational_pow_recurrence(@ForAll("rationals") Rational a, @ForAll @IntRange(min = 0, max = 12) int k) {
        assertThat(a.pow(k)).isEqualTo(k == 0 ? Rational.ONE : a.pow(k - 1).multiply(a));
    }

    @Property(tries = 200)
    void Rational_pow_negativeExponent(@ForAll("nonzero") Rational a, @ForAll @IntRange(min = -12, max = -1) int k) {
        assertThat(a.pow(k).multiply(a.pow(-k))).isEqualTo(Rational.ONE);
    }

    @Property(tries = 50)
    void Rational_pow_onlyArithmeticException(@ForAll @IntRange(min = -20, max = -1) int k, @ForAll boolean huge) {
        // The two ways pow fails: 0 to a negative power, and a result beyond 2^30 bits.
        assertThatThrownBy(() -> Rational.ZERO.pow(k)).isExactlyInstanceOf(ArithmeticException.class);
        if (huge) {
            assertThatThrownBy(() -> Rational.of(3).pow(Integer.MAX_VALUE)).isExactlyInstanceOf(ArithmeticException.class);
        }
    }

    @Property(tries = 100)
    void Rational_powerOfTwo_value(@ForAll @IntRange(min = -200, max = 200) int k) {
        Rational r = Rational.powerOfTwo(k);
        if (k >= 0) {
            assertThat(r).isEqualTo(Rational.TWO.pow(k));
        } else {
            assertThat(r.multiply(Rational.TWO.pow(-k))).isEqualTo(Rational.ONE);
        }
    }

    @Property(tries = 1)
    void Rational_powerOfTwo_onlyArithmeticException() {
        assertThatThrownBy(() -> Rational.powerOfTwo(Integer.MIN_VALUE)).isExactlyInstanceOf(ArithmeticException.class);
    }

    @Property(tries = 200)
    void Rational_floorLog2_bracket(@ForAll("nonzero") Rational a) {
        int e = a.floorLog2();
        assertThat(Rational.powerOfTwo(e).compareTo(a.abs())).isNotPositive();
        assertThat(a.abs().compareTo(Rational.powerOfTwo(e + 1))).isNegative();
    }

    @Property(tries = 1)
    void Rational_floorLog2_ofZero() {
        assertThatThrownBy(Rational.ZERO::floorLog2).isExactlyInstanceOf(ArithmeticException.class);
    }

    @Property(tries = 200)
    void Rational_simplestBetween_inInterval(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
        Rational lo = a.min(b);
        Rational hi = a.max(b);
        Rational s = Rational.simplestBetween(lo, hi);
        assertThat(lo.compareTo(s)).isNotPositive();
        assertThat(s.compareTo(hi)).isNotPositive();
    }

    @Property(tries = 200)
    void Rational_simplestBetween_smallestDenominator(@ForAll("smallRationals") Rational a, @ForAll("smallRationals") Rational b) {
        Rational lo = a.min(b);
        Rational hi = a.max(b);
        Rational s = Rational.simplestBetween(lo, hi);
        // Every denominator q below s's (checked up to 2000): no multiple of 1/q lies in [lo, hi].
        BigInteger limit = s.denominator().min(BigInteger.valueOf(2000));
        for (BigInteger q = BigInteger.ONE; q.compareTo(limit) < 0; q = q.add(BigInteger.ONE)) {
            assertThat(Rational.of(lo.multiply(q).ceil()).compareTo(hi.multiply(q))).as("q = " + q).isPositive();
        }
    }

    @Provide
    Arbitrary<Rational> smallRationals() {
        return Combinators.combine(Arbitraries.integers().between(-500, 500), Arbitraries.integers().between(1, 300)).as((n, d) -> Rational.of(n, d));
    }

    @Property(tries = 50)
    void Rational_simplestBetween_emptyInterval(@ForAll("rationals") Rational a, @ForAll("nonzero") Rational gap) {
        assertThatThrownBy(() -> Rational.simplestBetween(a.add(gap.abs()), a)).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void Rational_min_value(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
        Rational m = a.min(b);
        assertThat(m.compareTo(a)).isNotPositive();
        assertThat(m.compareTo(b)).isNotPositive();
        assertThat(m == a || m == b).isTrue();
    }

    @Property(tries = 200)
    void Rational_max_value(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
        Rational m = a.max(b);
        assertThat(m.compareTo(a)).isNotNegative();
        assertThat(m.compareTo(b)).isNotNegative();
        assertThat(m == a || m == b).isTrue();
    }

    @Property(tries = 200)
    void Rational_floor_bracket(@ForAll("rationals") Rational a) {
        BigInteger f = a.floor();
        assertThat(Rational.of(f).compareTo(a)).isNotPositive();
        assertThat(a.compareTo(Rational.of(f.add(BigInteger.ONE)))).isNegative();
    }

    @Property(tries = 200)
    void Rational_ceil_bracket(@ForAll("rationals") Rational a) {
        BigInteger c = a.ceil();
        assertThat(Rational.of(c).compareTo(a)).isNotNegative();
        assertThat(a.compareTo(Rational.of(c.subtract(BigInteger.ONE)))).isPositive();
    }

    @Property(tries = 300)
    void Rational_compareTo_crossMultiplied(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
        assertThat(a.compareTo(b)).isEqualTo(a.numerator().multiply(b.denominator()).compareTo(b.numerator().multiply(a.denominator())));
    }

    @Property(tries = 200)
    void Rational_equals_sameValue(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
        assertThat(a.equals(b)).isEqualTo(a.compareTo(b) == 0);
        assertThat(a.equals(Rational.of(a.numerator().multiply(BigInteger.TEN), a.denominator().multiply(BigInteger.TEN)))).isTrue();
        assertThat(a.equals((Object) a.toString())).isFalse();
    }

    @Property(tries = 200)
    void Rational_hashCode_consistentWithEquals(@ForAll("rationals") Rational a, @ForAll @IntRange(min = 1, max = 50) int k) {
        Rational same = Rational.of(a.numerator().multiply(BigInteger.valueOf(k)), a.denominator().multiply(BigInteger.valueOf(k)));
        assertThat(same.hashCode()).isEqualTo(a.hashCode());
    }

    @Property(tries = 200)
    void Rational_toString_roundTrip(@ForAll("rationals") Rational a) {
        assertThat(Rational.parse(a.toString())).isEqualTo(a);
    }

    // ---- QuadraticSurd ----

    @Property(tries = 200)
    void QuadraticSurd_of_coordinates(@ForAll("smallRationals") Rational x, @ForAll("smallRationals") Rational y, @ForAll("radicands") Rational r) {
        QuadraticSurd q = QuadraticSurd.of(x, y, r);
        if (QuadraticSurd.rationalSqrt(r) == null) {
            assertThat(q.rationalPart()).isEqualTo(x);
            assertThat(q.surdPartIn(r)).isEqualTo(y);
        }
    }

    @Property(tries = 200)
    void QuadraticSurd_of_rationalRoot(@ForAll("smallRationals") Rational x, @ForAll("smallRationals") Rational y, @ForAll("radicands") Rational r) {
        QuadraticSurd q = QuadraticSurd.of(x, y, r);
        Rational root = QuadraticSurd.rationalSqrt(r);
        if (root != null) {
            assertThat(q.isRational()).isTrue();
            assertThat(q.rationalPart()).isEqualTo(x.add(y.multiply(root)));
        }
    }

    @Property(tries = 30)
    void QuadraticSurd_of_negativeRadicand(@ForAll("smallRationals") Rational x, @ForAll("nonzero") Rational r) {
        assertThatThrownBy(() -> QuadraticSurd.of(x, Rational.ONE, r.abs().negate())).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 100)
    void QuadraticSurd_rational_value(@ForAll("smallRationals") Rational x, @ForAll("radicands") Rational r) {
        QuadraticSurd q = QuadraticSurd.rational(x, r);
        assertThat(q.isRational()).isTrue();
        assertThat(q.rationalPart()).isEqualTo(x);
    }

    @Property(tries = 30)
    void QuadraticSurd_rational_negativeRadicand(@ForAll("smallRationals") Rational x, @ForAll("nonzero") Rational r) {
        assertThatThrownBy(() -> QuadraticSurd.rational(x, r.abs().negate())).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 100)
    void QuadraticSurd_sqrt_square(@ForAll @IntRange(min = -3, max = 3) int sign, @ForAll("radicands") Rational r) {
        QuadraticSurd s = QuadraticSurd.sqrt(sign, r);
        assertThat(s.multiply(s)).isEqualTo(QuadraticSurd.rational(sign == 0 ? Rational.ZERO : r, r));
    }

    @Property(tries = 100)
    void QuadraticSurd_sqrt_sign(@ForAll @IntRange(min = -3, max = 3) int sign, @ForAll("radicands") Rational r) {
        assertThat(QuadraticSurd.sqrt(sign, r).signum()).isEqualTo(r.signum() == 0 ? 0 : Integer.signum(sign));
    }

    @Property(tries = 30)
    void QuadraticSurd_sqrt_negativeRadicand(@ForAll("nonzero") Rational r) {
        assertThatThrownBy(() -> QuadraticSurd.sqrt(1, r.abs().negate())).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void QuadraticSurd_rationalPart_recomposes(@ForAll("surds") QuadraticSurd q) {
        assertThat(QuadraticSurd.of(q.rationalPart(), q.surdPart(), q.radicand())).isEqualTo(q);
    }

    @Property(tries = 200)
    void QuadraticSurd_surdPart_sign(@ForAll("surds") QuadraticSurd q) {
        Rational s = q.surdPart();
        assertThat(s.equals(Rational.ONE) || s.equals(Rational.MINUS_ONE) || (s.signum() == 0 && q.isRational())).isTrue();
    }

    @Property(tries = 200)
    void QuadraticSurd_radicand_notASquare(@ForAll("surds") QuadraticSurd q) {
        Rational t = q.radicand();
        assertThat((q.isRational() && t.signum() == 0) || (t.signum() > 0 && QuadraticSurd.rationalSqrt(t) == null)).isTrue();
    }

    @Property(tries = 200)
    void QuadraticSurd_surdPartIn_coordinate(@ForAll("smallRationals") Rational x, @ForAll("smallRationals") Rational y, @ForAll("radicands") Rational r) {
        QuadraticSurd q = QuadraticSurd.of(x, y, r);
        Rational c = q.surdPartIn(r);
        if (q.isRational()) {
            assertThat(c.signum()).isZero();
        } else {
            assertThat(QuadraticSurd.of(q.rationalPart(), c, r)).isEqualTo(q);
        }
    }

    @Property(tries = 50)
    void QuadraticSurd_surdPartIn_notInField(@ForAll("differentFields") List<QuadraticSurd> pair) {
        assertThatThrownBy(() -> pair.get(0).surdPartIn(pair.get(1).radicand())).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void QuadraticSurd_isIn_definition(@ForAll("surds") QuadraticSurd q, @ForAll("radicands") Rational r) {
        assertThat(q.isIn(r)).isEqualTo(q.isRational() || (r.signum() > 0 && QuadraticSurd.rationalSqrt(q.radicand().divide(r)) != null));
    }

    @Property(tries = 200)
    void QuadraticSurd_isRational_definition(@ForAll("surds") QuadraticSurd q) {
        assertThat(q.isRational()).isEqualTo(q.surdPart().signum() == 0);
    }

    private static Rational field(QuadraticSurd a, QuadraticSurd b) {
        return a.isRational() ? b.radicand() : a.radicand();
    }

    @Property(tries = 300)
    void QuadraticSurd_add_coordinates(@ForAll("sameField") List<QuadraticSurd> pair) {
        QuadraticSurd a = pair.get(0);
        QuadraticSurd b = pair.get(1);
        Rational f = field(a, b);
        QuadraticSurd c = a.add(b);
        assertThat(c.isIn(f)).isTrue();
        assertThat(c.rationalPart()).isEqualTo(a.rationalPart().add(b.rationalPart()));
        assertThat(c.surdPartIn(f)).isEqualTo(a.surdPartIn(f).add(b.surdPartIn(f)));
    }

    @Property(tries = 50)
    void QuadraticSurd_add_differentFields(@ForAll("differentFields") List<QuadraticSurd> pair) {
        assertThatThrownBy(() -> pair.get(0).add(pair.get(1))).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void QuadraticSurd_subtract_coordinates(@ForAll("sameField") List<QuadraticSurd> pair) {
        QuadraticSurd a = pair.get(0);
        QuadraticSurd b = pair.get(1);
        Rational f = field(a, b);
        QuadraticSurd c = a.subtract(b);
        assertThat(c.isIn(f)).isTrue();
        assertThat(c.rationalPart()).isEqualTo(a.rationalPart().subtract(b.rationalPart()));
        assertThat(c.surdPartIn(f)).isEqualTo(a.surdPartIn(f).subtract(b.surdPartIn(f)));
    }

    @Property(tries = 50)
    void QuadraticSurd_subtract_differentFields(@ForAll("differentFields") List<QuadraticSurd> pair) {
        assertThatThrownBy(() -> pair.get(0).subtract(pair.get(1))).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void QuadraticSurd_negate_additiveInverse(@ForAll("surds") QuadraticSurd q) {
        assertThat(q.negate().add(q).isZero()).isTrue();
    }

    @Property(tries = 300)
    void QuadraticSurd_multiply_coordinates(@ForAll("sameField") List<QuadraticSurd> pair) {
        QuadraticSurd a = pair.get(0);
        QuadraticSurd b = pair.get(1);
        Rational f = field(a, b);
        QuadraticSurd c = a.multiply(b);
        assertThat(c.isIn(f)).isTrue();
        assertThat(c.rationalPart()).isEqualTo(a.rationalPart().multiply(b.rationalPart()).add(a.surdPartIn(f).multiply(b.surdPartIn(f)).multiply(f)));
        assertThat(c.surdPartIn(f)).isEqualTo(a.rationalPart().multiply(b.surdPartIn(f)).add(a.surdPartIn(f).multiply(b.rationalPart())));
    }

    @Property(tries = 50)
    void QuadraticSurd_multiply_differentFields(@ForAll("differentFields") List<QuadraticSurd> pair) {
        assertThatThrownBy(() -> pair.get(0).multiply(pair.get(1))).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void QuadraticSurd_multiplyRational_coordinates(@ForAll("surds") QuadraticSurd q, @ForAll("smallRationals") Rational k) {
        QuadraticSurd c = q.multiply(k);
        assertThat(c.rationalPart()).isEqualTo(q.rationalPart().multiply(k));
        assertThat(c.surdPartIn(q.radicand())).isEqualTo(q.surdPart().multiply(k));
    }

    @Property(tries = 200)
    void QuadraticSurd_isZero_definition(@ForAll("surds") QuadraticSurd q) {
        assertThat(q.isZero()).isEqualTo(q.isRational() && q.rationalPart().signum() == 0);
    }

    @Property(tries = 300)
    void QuadraticSurd_signum_zero(@ForAll("surds") QuadraticSurd q) {
        assertThat(q.signum() == 0).isEqualTo(q.isZero());
    }

    @Property(tries = 300)
    void QuadraticSurd_signum_agreeingTerms(@ForAll("surds") QuadraticSurd q) {
        int sx = q.rationalPart().signum();
        int sy = q.surdPart().signum();
        if (sx * sy >= 0 && !q.isZero()) {
            assertThat(q.signum()).isEqualTo(sx != 0 ? sx : sy);
        }
    }

    @Property(tries = 300)
    void QuadraticSurd_signum_largerTerm(@ForAll("surds") QuadraticSurd q) {
        int sx = q.rationalPart().signum();
        int sy = q.surdPart().signum();
        if (sx * sy < 0) {
            assertThat(q.signum()).isEqualTo(q.rationalPart().square().compareTo(q.radicand()) > 0 ? sx : sy);
        }
    }

    @Property(tries = 300)
    void QuadraticSurd_compareTo_sameField(@ForAll("sameField") List<QuadraticSurd> pair) {
        assertThat(pair.get(0).compareTo(pair.get(1))).isEqualTo(pair.get(0).subtract(pair.get(1)).signum());
    }

    @Property(tries = 100)
    void QuadraticSurd_compareTo_acrossFieldsNeverEqual(@ForAll("differentFields") List<QuadraticSurd> pair) {
        assertThat(pair.get(0).compareTo(pair.get(1))).isNotZero();
    }

    @Property(tries = 200)
    void QuadraticSurd_compareTo_orderOfDecimals(@ForAll("surds") QuadraticSurd a, @ForAll("surds") QuadraticSurd b) {
        int decimals = a.toDecimal(40).compareTo(b.toDecimal(40));
        if (decimals != 0) {
            assertThat(a.compareTo(b)).isEqualTo(decimals);
        }
    }

    @Property(tries = 200)
    void QuadraticSurd_toDecimal_digits(@ForAll("surds") QuadraticSurd q, @ForAll @IntRange(min = 1, max = 60) int digits) {
        assertThat(q.toDecimal(digits).precision()).isLessThanOrEqualTo(digits);
    }

    @Property(tries = 200)
    void QuadraticSurd_toDecimal_halfUlp(@ForAll("surds") QuadraticSurd q, @ForAll @IntRange(min = 1, max = 60) int digits) {
        BigDecimal d = q.toDecimal(digits);
        Rational half = Rational.of(d.ulp()).divide(Rational.TWO);
        assertThat(QuadraticSurd.rational(Rational.of(d).subtract(half), Rational.ZERO).compareTo(q)).isNotPositive();
        assertThat(q.compareTo(QuadraticSurd.rational(Rational.of(d).add(half), Rational.ZERO))).isNotPositive();
    }

    @Property(tries = 200)
    void QuadraticSurd_rationalSqrt_root(@ForAll("rationals") Rational q, @ForAll boolean square) {
        Rational arg = square ? q.square() : q;
        Rational r = QuadraticSurd.rationalSqrt(arg);
        if (square) {
            assertThat(r).isNotNull();
        }
        if (r != null) {
            assertThat(r.signum()).isNotNegative();
            assertThat(r.square()).isEqualTo(arg);
        }
    }

    @Property(tries = 200)
    void QuadraticSurd_rationalSqrt_noRoot(@ForAll("rationals") Rational q) {
        if (QuadraticSurd.rationalSqrt(q) == null && q.signum() >= 0) {
            assertThat(q.numerator().sqrt().pow(2).equals(q.numerator()) && q.denominator().sqrt().pow(2).equals(q.denominator())).isFalse();
        }
    }

    @Property(tries = 200)
    void QuadraticSurd_equals_sameNormalForm(@ForAll("surds") QuadraticSurd a, @ForAll("surds") QuadraticSurd b) {
        assertThat(a.equals(b)).isEqualTo(a.rationalPart().equals(b.rationalPart()) && a.surdPart().equals(b.surdPart())
                && a.radicand().equals(b.radicand()));
        assertThat(a.equals((Object) a.toString())).isFalse();
    }

    @Property(tries = 200)
    void QuadraticSurd_hashCode_consistentWithEquals(@ForAll("surds") QuadraticSurd q) {
        QuadraticSurd same = QuadraticSurd.of(q.rationalPart(), q.surdPart(), q.radicand());
        assertThat(same).isEqualTo(q);
        assertThat(same.hashCode()).isEqualTo(q.hashCode());
    }

    @Property(tries = 200)
    void QuadraticSurd_toString_rational(@ForAll("surds") QuadraticSurd q) {
        if (q.isRational()) {
            assertThat(q.toString()).isEqualTo(q.rationalPart().toString());
        }
    }

    @Property(tries = 200)
    void QuadraticSurd_toString_namesTheRadicand(@ForAll("surds") QuadraticSurd q) {
        if (!q.isRational()) {
            assertThat(q.toString()).contains("sqrt(" + q.radicand() + ")");
        }
    }
}
