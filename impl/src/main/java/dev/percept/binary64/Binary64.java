package dev.percept.binary64;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.math.BigInteger;

/**
 * The one boundary between IEEE-754 binary64 ({@code double}) and percept's exact numbers: every
 * double percept makes from an exact value, and every double it reads exactly, goes through here.
 * <ul>
 *   <li>{@link #exact(double)}: the rational a finite double <em>is</em>, read off its bits
 *   ({@code (-1)^s m 2^(e-1075)}, {@code m} with the hidden bit, or {@code m 2^-1074} for a
 *   subnormal), as Commons Numbers' {@code BigFraction.from(double)} does; no decimal step.</li>
 *   <li>{@link #nearest(Rational)}: the double nearest to a rational, ties to even (IEEE 754
 *   {@code roundTiesToEven}), with the subnormal range and overflow handled explicitly: one
 *   integer division decides the 53 (or fewer, for a subnormal) significant bits and the
 *   remainder decides the rounding, so the result is correctly rounded for every rational.</li>
 * </ul>
 *
 * <p><b>Why this is not {@code Rational.from(double)} and {@code Rational.doubleValue()}.</b> The
 * exact layer {@code dev.percept.exact} contains no floating-point type at all (a project standard
 * that {@code ArchitectureTest} enforces by scanning its sources), so that nothing in the exact
 * path can ever round. The conversions therefore live in this one small package beside
 * {@code exact}, which depends on {@code exact} and on nothing else; the fast path, the audit,
 * the oracle API and the command line all use it. Before it, rational-to-double was written five
 * times with three decimal precisions (16, 34 and 40 digits), and a division rounded to 16 digits
 * is not the nearest double (2/3 became {@code 0.6666666666666667}, one ulp above it).
 */
public final class Binary64 {

    private Binary64() {
    }

    /** Bits of the significand stored in a double (the hidden bit excluded). */
    private static final int STORED_BITS = 52;
    /** Exponent bias: a normal double is {@code 1.m * 2^(biased - 1023)}. */
    private static final int BIAS = 1023;
    /** {@code 2^-1074}, the smallest positive double, is the unit of every subnormal. */
    private static final int MIN_EXPONENT_OF_UNIT = -1074;
    /** The largest finite double is below {@code 2^1024}. */
    private static final int MAX_EXPONENT = 1023;
    private static final long SIGNIFICAND_MASK = (1L << STORED_BITS) - 1;

    /**
     * The exact value of a finite double. Both zeros give {@link Rational#ZERO} (the sign of zero
     * is not a property of a rational number).
     *
     * @throws IllegalArgumentException for NaN and the infinities, which are not numbers
     */
    public static Rational exact(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> STORED_BITS) & 0x7ff);
        if (biased == 0x7ff) {
            throw new IllegalArgumentException("not a finite number: " + x);
        }
        long significand = bits & SIGNIFICAND_MASK;
        int exponentOfUnit;
        if (biased == 0) {
            exponentOfUnit = MIN_EXPONENT_OF_UNIT; // subnormal (or zero): m * 2^-1074
        } else {
            significand |= 1L << STORED_BITS;
            exponentOfUnit = biased - BIAS - STORED_BITS;
        }
        BigInteger m = BigInteger.valueOf(bits < 0 ? -significand : significand);
        return exponentOfUnit >= 0 ? Rational.of(m.shiftLeft(exponentOfUnit))
                : Rational.of(m, BigInteger.ONE.shiftLeft(-exponentOfUnit));
    }

    /** The exact matrix of a double matrix (every entry by {@link #exact(double)}). */
    public static RationalMatrix exact(double[][] a) {
        Rational[][] q = new Rational[a.length][];
        for (int i = 0; i < a.length; i++) {
            q[i] = new Rational[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                q[i][j] = exact(a[i][j]);
            }
        }
        return RationalMatrix.of(q);
    }

    /**
     * The double nearest to {@code q}, ties to even. A rational of magnitude at least
     * {@code 2^1024 - 2^970} (halfway between the largest double and {@code 2^1024}) rounds to an
     * infinity; one of magnitude at most {@code 2^-1075} (half the smallest subnormal) rounds to a
     * zero, negative for a negative {@code q}; exact zero gives {@code +0.0}.
     */
    public static double nearest(Rational q) {
        int sign = q.signum();
        if (sign == 0) {
            return 0.0;
        }
        BigInteger a = q.numerator().abs();
        BigInteger b = q.denominator();
        int e = q.floorLog2(); // 2^e <= |q| < 2^(e+1)
        double signed = sign < 0 ? -1.0 : 1.0;
        if (e > MAX_EXPONENT) {
            return signed * Double.POSITIVE_INFINITY;
        }
        if (e < MIN_EXPONENT_OF_UNIT - 2) {
            return signed * 0.0; // |q| < 2^-1076: below half the smallest subnormal
        }
        // The unit in the last place of the result: 2^(e-52) for a normal, 2^-1074 for a subnormal.
        int k = Math.max(e - STORED_BITS, MIN_EXPONENT_OF_UNIT);
        BigInteger num = k >= 0 ? a : a.shiftLeft(-k);
        BigInteger den = k >= 0 ? b.shiftLeft(k) : b;
        BigInteger[] qr = num.divideAndRemainder(den); // |q| / 2^k = m + r/den, 0 <= r < den
        int half = qr[1].shiftLeft(1).compareTo(den);
        long m = qr[0].longValueExact();
        if (half > 0 || (half == 0 && (m & 1) == 1)) {
            m++;
        }
        if (m == 1L << (STORED_BITS + 1)) { // rounding carried into the next binade
            m >>= 1;
            k++;
        }
        long bits;
        if (m < 1L << STORED_BITS) {
            bits = m; // subnormal (k = -1074): biased exponent 0
        } else {
            long biased = k + STORED_BITS + BIAS;
            if (biased > 2 * BIAS) {
                return signed * Double.POSITIVE_INFINITY;
            }
            bits = (biased << STORED_BITS) | (m & SIGNIFICAND_MASK);
        }
        return signed * Double.longBitsToDouble(bits);
    }

    /** The double matrix nearest to {@code a}, entry by entry ({@link #nearest(Rational)}). */
    public static double[][] nearest(RationalMatrix a) {
        double[][] d = new double[a.rows()][a.cols()];
        for (int i = 0; i < d.length; i++) {
            for (int j = 0; j < d[i].length; j++) {
                d[i][j] = nearest(a.get(i, j));
            }
        }
        return d;
    }

    /** Whether {@code q} is exactly a double ({@code exact(nearest(q)) == q}). */
    public static boolean isDouble(Rational q) {
        double d = nearest(q);
        return Double.isFinite(d) && exact(d).equals(q);
    }

    /**
     * The ulp of the double nearest to {@code |v|}: {@code Math.ulp} of {@link #nearest(Rational)},
     * read back exactly ({@code 2^(e-52)} for a normal double in {@code [2^e, 2^(e+1))},
     * {@code 2^-1074} for a subnormal or zero); null when {@code |v|} rounds to infinity.
     */
    public static Rational ulpOfNearest(Rational v) {
        double d = nearest(v.abs());
        return Double.isInfinite(d) ? null : exact(Math.ulp(d));
    }
}
