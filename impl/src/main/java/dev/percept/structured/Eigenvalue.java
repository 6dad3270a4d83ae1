package dev.percept.structured;

import dev.percept.exact.Decimals;
import dev.percept.exact.Rational;
import java.math.BigDecimal;

/** An exact real eigenvalue {@code sign * sqrt(square)} with its multiplicity. */
public final class Eigenvalue {
    private final int sign;
    private final Rational square;
    private final int multiplicity;

    /** @param sign -1, 0 or 1 (0 iff square is 0) */
    public Eigenvalue(int sign, Rational square, int multiplicity) {
        if ((sign == 0) != square.isZero() || square.signum() < 0) {
            throw new IllegalArgumentException("inconsistent eigenvalue sign " + sign + " square " + square);
        }
        this.sign = sign;
        this.square = square;
        this.multiplicity = multiplicity;
    }

    /** @return -1, 0 or 1 */
    public int sign() {
        return sign;
    }

    /** @return {@code lambda^2} */
    public Rational square() {
        return square;
    }

    /** @return the algebraic (= geometric, A is symmetric) multiplicity */
    public int multiplicity() {
        return multiplicity;
    }

    /** @return {@code "sqrt(q)"}, {@code "-sqrt(q)"} or {@code "0"} */
    public String exact() {
        return sign == 0 ? "0" : (sign < 0 ? "-" : "") + "sqrt(" + square + ")";
    }

    /** @return the value correctly rounded to {@code digits} significant digits */
    public BigDecimal decimal(int digits) {
        return Decimals.sqrt(sign, square, digits);
    }

    /** Orders eigenvalues from largest to smallest. */
    static int descending(Eigenvalue u, Eigenvalue v) {
        if (u.sign != v.sign) {
            return Integer.compare(v.sign, u.sign);
        }
        int c = u.square.compareTo(v.square);
        return u.sign >= 0 ? -c : c;
    }
}
