package dev.percept.structured;

import dev.percept.exact.Decimals;
import dev.percept.exact.QuadraticSurd;
import dev.percept.exact.Rational;
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
    private final Rational field;

    /**
     * @param sign -1, 0 or 1 (0 iff square is 0; the square is never negative)
     * @param field a radicand F with the square in {@code Q(sqrt F)} (0 when it is rational): how it is written
     */
    public PairEigenvalue(int sign, QuadraticSurd square, int multiplicity, Rational field) {
        if ((sign == 0) != square.isZero() || square.signum() < 0 || !square.isIn(field)) {
            throw new IllegalArgumentException("inconsistent eigenvalue sign " + sign + " square " + square + " field " + field);
        }
        this.sign = sign;
        this.square = square;
        this.multiplicity = multiplicity;
        this.field = field;
    }

    /** As the four-argument constructor, written in the field of the square's own normal form. */
    public PairEigenvalue(int sign, QuadraticSurd square, int multiplicity) {
        this(sign, square, multiplicity, square.radicand());
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

    /** @return the radicand F of the field the square is written in ({@link GeneralPair#format}) */
    public Rational field() {
        return field;
    }

    /** @return the square written in {@code Q(sqrt F)}, e.g. {@code 15/2 + 1/2*sqrt(89)} */
    public String squareText() {
        return GeneralPair.format(square, field);
    }

    /** @return {@code "sqrt(q)"}, {@code "-sqrt(q)"} or {@code "0"}, e.g. {@code sqrt(15/2 + 1/2*sqrt(89))} */
    public String exact() {
        return sign == 0 ? "0" : (sign < 0 ? "-" : "") + "sqrt(" + squareText() + ")";
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
