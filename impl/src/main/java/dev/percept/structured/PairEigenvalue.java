package dev.percept.structured;

import dev.percept.exact.Decimals;
import dev.percept.exact.QuadraticSurd;
import java.math.BigDecimal;

/**
 * An exact eigenvalue {@code sign * sqrt(q)} of the general pair (claim P41.G) with its
 * multiplicity; {@code q = x + y sqrt(F)} lies in one quadratic field, so {@code sqrt(q)} is a
 * nested radical when {@code y != 0}.
 */
public final class PairEigenvalue {
    private final int sign;
    private final QuadraticSurd square;
    private final int multiplicity;

    /** @param sign -1, 0 or 1 (0 iff square is 0; the square is never negative) */
    public PairEigenvalue(int sign, QuadraticSurd square, int multiplicity) {
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

    /** @return {@code lambda^2}, exact in {@code Q(sqrt F)} */
    public QuadraticSurd square() {
        return square;
    }

    /** @return the multiplicity (algebraic = geometric, the matrix is symmetric) */
    public int multiplicity() {
        return multiplicity;
    }

    /** @return {@code "sqrt(q)"}, {@code "-sqrt(q)"} or {@code "0"}, e.g. {@code sqrt(15/2 + 1/2*sqrt(89))} */
    public String exact() {
        return sign == 0 ? "0" : (sign < 0 ? "-" : "") + "sqrt(" + square + ")";
    }

    /** @return the value correctly rounded to {@code digits} significant digits */
    public BigDecimal decimal(int digits) {
        return Decimals.sqrt(sign, square, digits);
    }

    /**
     * Exact order of two eigenvalues of one spectrum (their squares lie in the same field):
     * by sign, then by the square, decided exactly in {@code Q(sqrt F)}.
     */
    public static int compare(PairEigenvalue u, PairEigenvalue v) {
        if (u.sign != v.sign) {
            return Integer.compare(u.sign, v.sign);
        }
        int c = u.square.compareTo(v.square);
        return u.sign >= 0 ? c : -c;
    }
}
