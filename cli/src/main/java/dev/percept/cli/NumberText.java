package dev.percept.cli;

import dev.percept.exact.Decimals;
import dev.percept.exact.QuadraticSurd;
import dev.percept.exact.Rational;
import java.io.PrintWriter;
import java.math.BigDecimal;

/**
 * Exact numbers in the text output. A result is never cut: each number is printed whole when its
 * exact form has at most {@link #WIDTH} characters; a longer one is printed as its value correctly
 * rounded to {@link #SHORT_DIGITS} significant digits and marked {@code ~}, and {@link #note} then
 * says so and how to get it whole ({@code --full} or {@code --json}). {@code sqrt(q)} of a rational
 * square is printed as the rational ({@code sqrt(49/4)} is {@code 7/2}).
 */
final class NumberText {

    /** Longest exact form printed as it is. */
    static final int WIDTH = 40;
    /** Significant digits of a shortened number: 17, as many as tell any two IEEE doubles apart. */
    static final int SHORT_DIGITS = 17;

    private final boolean full;
    private boolean shortened;

    /** @param full print every number whole */
    NumberText(boolean full) {
        this.full = full;
    }

    /** @return {@code q} exactly ({@code p/q}), or rounded and marked {@code ~} when longer than {@link #WIDTH} */
    String of(Rational q) {
        String s = q.toString();
        if (full || s.length() <= WIDTH) {
            return s;
        }
        shortened = true;
        return "~" + Decimals.round(q, SHORT_DIGITS);
    }

    /** @return the entries of {@code v}, each by {@link #of}, comma-separated in parentheses */
    String vector(Rational[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(of(v[i]));
        }
        return sb.append(')').toString();
    }

    /** @return a decimal whole, or rounded and marked {@code ~} when its plain form is longer than {@link #WIDTH} */
    String of(BigDecimal d) {
        String s = d.toString();
        if (full || s.length() <= WIDTH) {
            return s;
        }
        shortened = true;
        return "~" + Decimals.round(Rational.of(d), SHORT_DIGITS);
    }

    /** @return {@code sign * sqrt(square)}: the rational when {@code square} is a rational square, else {@code [-]sqrt(q)} */
    String sqrt(int sign, Rational square) {
        if (sign == 0 || square.isZero()) {
            return "0";
        }
        Rational root = rationalSqrt(square);
        if (root != null) {
            return of(sign < 0 ? root.negate() : root);
        }
        return (sign < 0 ? "-" : "") + "sqrt(" + of(square) + ")";
    }

    /** @return {@code x + y sqrt(r)} with the root simplified when {@code r} is a rational square */
    String surd(Rational x, Rational y, Rational r) {
        Rational root = rationalSqrt(r);
        if (root != null) {
            return of(x.add(y.multiply(root)));
        }
        if (y.isZero()) {
            return of(x);
        }
        String s = (y.equals(Rational.ONE) ? "" : y.equals(Rational.MINUS_ONE) ? "-" : of(y) + "*") + "sqrt(" + of(r) + ")";
        if (x.isZero()) {
            return s;
        }
        return of(x) + (s.startsWith("-") ? " - " + s.substring(1) : " + " + s);
    }

    /** The square root of {@code q >= 0} when it is rational, else null: {@link QuadraticSurd}'s normal form decides. */
    static Rational rationalSqrt(Rational q) {
        if (q.signum() < 0) {
            return null;
        }
        QuadraticSurd root = QuadraticSurd.sqrt(1, q);
        return root.isRational() ? root.rationalPart() : null;
    }

    /** @return whether some number was shortened */
    boolean shortened() {
        return shortened;
    }

    /** Prints, if a number was shortened, the line that says so and how to get it whole. */
    void note(PrintWriter out) {
        if (shortened) {
            out.println("  (~: rounded to " + SHORT_DIGITS + " significant digits, the exact number has more than " + WIDTH
                    + " characters; --full or --json prints it whole)");
        }
    }
}
