package dev.percept.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Exact parsing: decimals are the numbers they spell, fractions are reduced, junk is rejected. */
class RationalParseTest {

    @Test
    void decimalsAreExact() {
        assertThat(Rational.parse("0.1")).isEqualTo(Rational.of(1, 10));
        assertThat(Rational.parse("1.5e-3")).isEqualTo(Rational.of(3, 2000));
        assertThat(Rational.parse("-2.50E+2")).isEqualTo(Rational.of(-250));
    }

    @Test
    void fractionsAreCanonical() {
        Rational r = Rational.parse("6/-4");
        assertThat(r.numerator()).hasToString("-3");
        assertThat(r.denominator()).hasToString("2");
        assertThat(r).hasToString("-3/2");
    }

    @Test
    void junkIsRejected() {
        assertThatThrownBy(() -> Rational.parse("1/0")).isInstanceOf(NumberFormatException.class).hasMessageContaining("zero denominator");
        assertThatThrownBy(() -> Rational.parse("abc")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Rational.parse("1/2/3")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Rational.parse("")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Rational.parse("1e999999999")).isInstanceOf(NumberFormatException.class);
    }
}
