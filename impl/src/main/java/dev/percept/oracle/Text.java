package dev.percept.oracle;

import dev.percept.audit.Audit;
import dev.percept.binary64.Binary64;
import dev.percept.exact.Rational;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How the oracle's result types print numbers: exact values plus correctly rounded decimals. */
final class Text {

    private Text() {
    }

    /**
     * A rational as a reader wants it: the shortest decimal of the double it is (when it is exactly
     * a double, as the values a consumer's solver returns are), else {@code p/q}.
     */
    static String exact(Rational q) {
        if (q.isInteger() && q.numerator().bitLength() < 54) {
            return q.numerator().toString();
        }
        return Binary64.isDouble(q) ? Double.toString(Binary64.nearest(q)) : q.toString();
    }

    /** {@code q} rounded down to {@code sig} significant digits, trailing zeros dropped, e.g. {@code 1.924e-7}. */
    static String down(Rational q, int sig) {
        return decimal(Audit.round(q, sig, RoundingMode.FLOOR).stripTrailingZeros(), sig);
    }

    /** {@code q} rounded up to {@code sig} significant digits, trailing zeros dropped. */
    static String up(Rational q, int sig) {
        return decimal(Audit.round(q, sig, RoundingMode.CEILING).stripTrailingZeros(), sig);
    }

    /**
     * A decimal of at most {@code sig} significant digits in {@link BigDecimal#toString()}'s form
     * with a lower-case exponent ({@code 1.924e-7}, {@code 2.252e+8}), except that an integer of at
     * most {@code sig} digits is written plainly ({@code 10}, not {@code 1e+1}).
     */
    static String decimal(BigDecimal d, int sig) {
        if (d.scale() < 0 && d.precision() - d.scale() <= sig) {
            return d.toPlainString();
        }
        return d.toString().toLowerCase(Locale.ROOT);
    }

    /** {@code 1st}, {@code 2nd}, {@code 3rd}, {@code 4th}, ..., {@code 11th}, {@code 21st}. */
    static String ordinal(int k) {
        int mod100 = k % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (k % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return k + suffix;
    }
}
