package dev.percept.exact;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Correctly rounded decimal expansions of exact numbers: rationals and {@code ±sqrt(q)}.
 *
 * <p>Every expansion is the exact value rounded to {@code digits} significant decimal digits, ties
 * to even (IEEE 754 {@code roundTiesToEven}). Square roots use integer square roots of scaled
 * numerators ({@link BigInteger#sqrt()}), never {@code Math.sqrt}, and decide the rounding by an
 * exact comparison with the midpoint, so the last printed digit is right.
 */
public final class Decimals {

    private Decimals() {
    }

    /**
     * Returns {@code q} rounded to {@code digits} significant digits, ties to even, in plain or
     * scientific notation as {@link BigDecimal#toString()} chooses.
     *
     * @throws IllegalArgumentException if {@code digits < 1}
     */
    public static BigDecimal round(Rational q, int digits) {
        requireDigits(digits);
        if (q.isZero()) {
            return BigDecimal.ZERO;
        }
        BigInteger n = q.numerator().abs();
        BigInteger d = q.denominator();
        // k chosen so that 10^(digits-1) <= n*10^k/d < 10^digits.
        int k = digits - 1 - floorLog10(n, d);
        BigInteger[] qr = scaled(n, d, k).divideAndRemainder(scaledDen(d, k));
        BigInteger m = roundHalfEven(qr[0], qr[1].shiftLeft(1).compareTo(scaledDen(d, k)));
        if (m.equals(BigInteger.TEN.pow(digits))) {
            // Rounding carried into a new digit: 9.99.. -> 10.0; still `digits` significant digits.
            m = m.divide(BigInteger.TEN);
            k -= 1;
        }
        BigDecimal r = new BigDecimal(m, k);
        return q.signum() < 0 ? r.negate() : r;
    }

    /**
     * Returns {@code sign * sqrt(square)} rounded to {@code digits} significant digits, ties to even.
     *
     * @param sign -1, 0 or 1; 0 gives zero
     * @param square the non-negative rational under the root
     * @throws IllegalArgumentException if {@code square < 0} or {@code digits < 1}
     */
    public static BigDecimal sqrt(int sign, Rational square, int digits) {
        requireDigits(digits);
        if (square.signum() < 0) {
            throw new IllegalArgumentException("square root of a negative number: " + square);
        }
        if (sign == 0 || square.isZero()) {
            return BigDecimal.ZERO;
        }
        BigInteger n = square.numerator();
        BigInteger d = square.denominator();
        // sqrt(n/d) * 10^k has `digits` digits before the point when
        // 10^(2(digits-1)) <= n*10^(2k)/d < 10^(2 digits).
        int e = floorLog10(n, d); // 10^e <= n/d < 10^(e+1)
        int k = digits - 1 - Math.floorDiv(e, 2);
        // X = n * 10^(2k) / d; m = floor(sqrt(X)) = isqrt(floor(X)).
        BigInteger xNum = scaled(n, d, 2 * k);
        BigInteger xDen = scaledDen(d, 2 * k);
        BigInteger m = IntMath.isqrt(xNum.divide(xDen));
        if (m.compareTo(BigInteger.TEN.pow(digits)) >= 0) {
            // X had one more digit pair than estimated; rescale by one decimal.
            k -= 1;
            xNum = scaled(n, d, 2 * k);
            xDen = scaledDen(d, 2 * k);
            m = IntMath.isqrt(xNum.divide(xDen));
        }
        // sqrt(X) vs m + 1/2  <=>  X vs m^2 + m + 1/4  <=>  4 xNum vs (4m^2 + 4m + 1) xDen.
        BigInteger mid = m.multiply(m).add(m).shiftLeft(2).add(BigInteger.ONE).multiply(xDen);
        int cmp = xNum.shiftLeft(2).compareTo(mid);
        m = roundHalfEven(m, cmp);
        if (m.equals(BigInteger.TEN.pow(digits))) {
            m = m.divide(BigInteger.TEN);
            k -= 1;
        }
        BigDecimal r = new BigDecimal(m, k);
        return sign < 0 ? r.negate() : r;
    }

    /**
     * Returns {@code sign * sqrt(q)} for {@code q = x + y sqrt(r)} of a quadratic field (a nested
     * radical such as {@code sqrt(17/2 + 1/2 sqrt(57))}) rounded to {@code digits} significant
     * digits, ties to even. When {@code q} is rational this is {@link #sqrt(int, Rational, int)}.
     * Otherwise {@code sqrt(q)} is irrational (its square is not rational), so it never lies on a
     * rounding tie: rational bounds {@code lo <= sqrt(q) <= hi} (from integer square roots of the
     * enclosure of {@code q}) are refined until {@code lo} and {@code hi} round to the same decimal,
     * which is then the correctly rounded value (rounding is monotone).
     *
     * @throws IllegalArgumentException if {@code q < 0} or {@code digits < 1}
     */
    public static BigDecimal sqrt(int sign, QuadraticSurd q, int digits) {
        requireDigits(digits);
        if (q.signum() < 0) {
            throw new IllegalArgumentException("square root of a negative number: " + q);
        }
        Rational x = q.rationalPart();
        Rational y = q.surdPart();
        Rational r = q.radicand();
        if (y.isZero() || r.isZero()) {
            return sqrt(sign, x, digits);
        }
        Rational root = QuadraticSurd.rationalSqrt(r);
        if (root != null) {
            return sqrt(sign, x.add(y.multiply(root)), digits);
        }
        if (sign == 0) {
            return BigDecimal.ZERO;
        }
        Rational ysq = y.square().multiply(r);
        for (int extra = 10; ; extra *= 2) {
            int scale = digits + extra;
            // y sqrt(r) in [lo, hi] to 10^-(2 scale), hence q in [x + lo, x + hi].
            Rational[] b = QuadraticSurd.sqrtBounds(ysq, 2 * scale);
            Rational qLo = x.add(y.signum() > 0 ? b[0] : b[1].negate());
            Rational qHi = x.add(y.signum() > 0 ? b[1] : b[0].negate());
            if (qLo.signum() < 0) {
                qLo = Rational.ZERO;
            }
            Rational lo = QuadraticSurd.sqrtBounds(qLo, scale)[0];
            Rational hi = QuadraticSurd.sqrtBounds(qHi, scale)[1];
            if (lo.signum() > 0) {
                BigDecimal a = round(lo, digits);
                BigDecimal c = round(hi, digits);
                if (a.compareTo(c) == 0) {
                    return sign < 0 ? a.negate() : a;
                }
            }
            if (extra > 100_000) {
                throw new ArithmeticException("cannot decide rounding of sqrt(" + q + ")");
            }
        }
    }

    /** Returns {@code floor(log10(n/d))} for positive {@code n, d}, exactly. */
    static int floorLog10(BigInteger n, BigInteger d) {
        // Estimate from bit lengths, then correct: the estimate is within 1 of the truth.
        // log10(2) ~ 30103/100000, in integer arithmetic so the exact path stays free of floating point.
        int est = (int) Math.floorDiv((long) (n.bitLength() - d.bitLength()) * 30103L, 100000L);
        while (compareScaledToOne(n, d, est) < 0) {
            est--;
        }
        while (compareScaledToOne(n, d, est + 1) >= 0) {
            est++;
        }
        return est;
    }

    /** Sign of {@code n/d - 10^e}. */
    private static int compareScaledToOne(BigInteger n, BigInteger d, int e) {
        if (e >= 0) {
            return n.compareTo(d.multiply(BigInteger.TEN.pow(e)));
        }
        return n.multiply(BigInteger.TEN.pow(-e)).compareTo(d);
    }

    private static BigInteger scaled(BigInteger n, BigInteger d, int k) {
        return k >= 0 ? n.multiply(BigInteger.TEN.pow(k)) : n;
    }

    private static BigInteger scaledDen(BigInteger d, int k) {
        return k >= 0 ? d : d.multiply(BigInteger.TEN.pow(-k));
    }

    /**
     * Rounds {@code m + f} where {@code 0 <= f < 1} and {@code cmp} is the sign of {@code f - 1/2}.
     */
    private static BigInteger roundHalfEven(BigInteger m, int cmp) {
        if (cmp > 0 || (cmp == 0 && m.testBit(0))) {
            return m.add(BigInteger.ONE);
        }
        return m;
    }

    private static void requireDigits(int digits) {
        if (digits < 1) {
            throw new IllegalArgumentException("digits must be >= 1, got " + digits);
        }
    }
}
