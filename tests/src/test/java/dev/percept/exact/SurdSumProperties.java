package dev.percept.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link SurdSum#signum}, the exact sign of {@code a + b sqrt(m) + c sqrt(n)}: it agrees with a
 * 120-digit evaluation whenever that value is far from 0 (an error of at most a few units in the
 * 115th digit of terms below 10^20 cannot flip a sign whose modulus exceeds 10^-80), and it returns
 * exactly 0 on sums built to vanish ({@code c = -(a + b sqrt m)/sqrt n} with {@code n = m k^2} or
 * rational roots), which no rounded evaluation can decide.
 */
class SurdSumProperties {

    @Provide
    Arbitrary<Rational> rationals() {
        return Combinators.combine(Arbitraries.integers().between(-60, 60), Arbitraries.integers().between(1, 30)).as(Rational::of);
    }

    @Provide
    Arbitrary<Rational> radicands() {
        return Combinators.combine(Arbitraries.integers().between(0, 200), Arbitraries.integers().between(1, 12)).as(Rational::of);
    }

    private static BigDecimal dec(Rational q, MathContext mc) {
        return new BigDecimal(q.numerator()).divide(new BigDecimal(q.denominator()), mc);
    }

    @Property(tries = 2000)
    void signMatchesAHighPrecisionValue(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b, @ForAll("radicands") Rational m,
            @ForAll("rationals") Rational c, @ForAll("radicands") Rational n) {
        MathContext mc = new MathContext(120, RoundingMode.HALF_EVEN);
        BigDecimal v = dec(a, mc).add(dec(b, mc).multiply(dec(m, mc).sqrt(mc), mc), mc).add(dec(c, mc).multiply(dec(n, mc).sqrt(mc), mc), mc);
        int exact = SurdSum.signum(a, b, m, c, n);
        if (v.abs().compareTo(BigDecimal.ONE.scaleByPowerOfTen(-80)) > 0) {
            assertThat(exact).isEqualTo(v.signum());
            Statistics.label("decided by the value").collect(exact);
        } else {
            Statistics.label("decided by the value").collect("near 0");
        }
    }

    @Property(tries = 1000)
    void vanishingSumsAreExactlyZero(@ForAll("rationals") Rational b, @ForAll("radicands") Rational m, @ForAll("rationals") Rational k,
            @ForAll("rationals") Rational r) {
        if (k.isZero() || m.isZero()) {
            return;
        }
        // b sqrt(m) + c sqrt(m k^2) with c = -b/|k| is 0; adding a = r and moving r into the sum keeps it 0.
        Rational c = b.negate().divide(k.abs());
        assertThat(SurdSum.signum(Rational.ZERO, b, m, c, m.multiply(k.square()))).isZero();
        // a + c sqrt(n) with n = (a/c)^2 and c of the opposite sign.
        if (!r.isZero()) {
            assertThat(SurdSum.signum(r, Rational.ZERO, m, r.negate(), Rational.ONE)).isZero();
            assertThat(SurdSum.signum(r, Rational.ZERO, m, r.negate().divide(k.abs()), k.square())).isZero();
        }
    }
}
