package dev.percept.audit;

import dev.percept.exact.Rational;
import java.math.BigInteger;

/**
 * A certified shortcut for the exact evaluations of {@link IntPoly}: Horner's rule for an integer
 * polynomial at a rational point in binary ball arithmetic, every number a mantissa of about
 * {@code prec} bits with an integer radius, {@code [(mid - rad) 2^exp, (mid + rad) 2^exp]}, and
 * every rounding (truncation of a product or of a coefficient to the working exponent) added to
 * the radius, so the ball always contains the exact value. When the ball excludes 0 its sign is
 * the exact sign; when it does not, the caller falls back to exact integer arithmetic. The answer
 * is therefore always the exact one: only its cost changes (a 320-degree characteristic polynomial
 * with 3 000-bit coefficients evaluated near a root needs a few hundred bits instead of the
 * 20 000-bit integers of the exact homogeneous Horner scheme). Integers only, no floating point.
 */
final class BallHorner {

    /** A ball {@code [(mid - rad) 2^exp, (mid + rad) 2^exp]}, {@code rad >= 0}. */
    record Ball(BigInteger mid, BigInteger rad, int exp) {
        /** @return the exact sign of every point of the ball, or 0 when the ball contains 0 */
        int sign() {
            return mid.abs().compareTo(rad) > 0 ? mid.signum() : 0;
        }

        /** @return the lower end's mantissa {@code mid - rad} (same exponent) */
        BigInteger lo() {
            return mid.subtract(rad);
        }

        /** @return the upper end's mantissa {@code mid + rad} (same exponent) */
        BigInteger hi() {
            return mid.add(rad);
        }
    }

    private BallHorner() {
    }

    /** The first working precision for a polynomial of degree m: the cancellation near a root is at most about m bits. */
    static int initialPrecision(int degree) {
        return 128 + 2 * degree;
    }

    /**
     * The point {@code x} as a ball of at least {@code prec + 8} significant bits: exact when its
     * denominator is a power of two, else {@code [floor(x 2^q), floor(x 2^q) + 1] 2^-q}.
     */
    static Ball point(Rational x, int prec) {
        BigInteger n = x.numerator();
        BigInteger d = x.denominator();
        if (d.bitCount() == 1) {
            return new Ball(n, BigInteger.ZERO, -(d.bitLength() - 1));
        }
        int q = prec + 8 + Math.max(0, d.bitLength() - n.bitLength() + 1);
        BigInteger f = floorDiv(n.shiftLeft(q), d);
        // [f, f + 1] 2^-q as mid 2f + 1, radius 1, exponent -q - 1
        return new Ball(f.shiftLeft(1).add(BigInteger.ONE), BigInteger.ONE, -q - 1);
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /**
     * A ball containing {@code c(x)} for every x in the ball {@code x} ({@code c} lowest first,
     * nonempty), with mantissas kept to about {@code prec} bits.
     */
    static Ball eval(BigInteger[] c, Ball x, int prec) {
        int m = c.length - 1;
        BigInteger mid = c[m];
        BigInteger rad = BigInteger.ZERO;
        int exp = 0;
        BigInteger xm = x.mid();
        BigInteger xAbs = xm.abs();
        BigInteger xr = x.rad();
        boolean xExact = xr.signum() == 0;
        for (int i = m - 1; i >= 0; i--) {
            // (mid + a)(xm + b), |a| <= rad, |b| <= xr: error at most |mid| xr + rad |xm| + rad xr
            BigInteger prod = mid.multiply(xm);
            BigInteger err = rad.signum() == 0 ? BigInteger.ZERO : rad.multiply(xAbs);
            if (!xExact) {
                err = err.add(mid.abs().multiply(xr)).add(rad.multiply(xr));
            }
            rad = err;
            mid = prod;
            exp += x.exp();
            int s = mid.bitLength() - prec;
            if (s > 0) { // truncate: floor(mid / 2^s) is off by less than 1 unit; ceil(rad / 2^s) <= (rad >> s) + 1
                mid = mid.shiftRight(s);
                rad = rad.shiftRight(s).add(BigInteger.TWO);
                exp += s;
            }
            BigInteger ci = c[i];
            if (ci.signum() != 0) {
                int target = ci.bitLength() - prec;
                if (target > exp) { // the coefficient dominates: raise the exponent so it keeps prec bits
                    int d = target - exp;
                    mid = mid.shiftRight(d);
                    rad = rad.shiftRight(d).add(BigInteger.TWO);
                    exp = target;
                }
                if (exp > 0) {
                    mid = mid.add(ci.shiftRight(exp));
                    rad = rad.add(BigInteger.ONE);
                } else {
                    mid = mid.add(ci.shiftLeft(-exp));
                }
            }
        }
        return new Ball(mid, rad, exp);
    }

    /** The exact sign of {@code c(x)} when precision {@code prec} decides it, else 0 (undecided; c nonempty). */
    static int sign(BigInteger[] c, Rational x, int prec) {
        return eval(c, point(x, prec), prec).sign();
    }
}
