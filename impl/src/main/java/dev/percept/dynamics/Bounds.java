package dev.percept.dynamics;

import dev.percept.exact.Rational;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Directed rounding of exact values, for bounds that must only err upwards. */
final class Bounds {
    private static final MathContext UP = new MathContext(14, RoundingMode.CEILING);

    private Bounds() {
    }

    /** @return a decimal {@code >= q} */
    static BigDecimal up(Rational q) {
        return new BigDecimal(q.numerator()).divide(new BigDecimal(q.denominator()), UP);
    }

    /** @return a decimal {@code >= sqrt(q)}, {@code q >= 0} */
    static BigDecimal sqrtUp(Rational q) {
        return Ball.sqrtUp(up(q));
    }
}
