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
        double signed = q.signum() < 0 ? -1.0 : 1.0;
        long bits = roundedBits(q, STORED_BITS, BIAS, MIN_EXPONENT_OF_UNIT);
        return bits < 0 ? signed * Double.POSITIVE_INFINITY : signed * Double.longBitsToDouble(bits);
    }

    /**
     * The bits of {@code |q|} rounded to nearest, ties to even, in the IEEE-754 binary format with
     * {@code stored} significand bits (hidden bit excluded), exponent bias {@code bias} and
     * smallest unit {@code 2^minUnit}; -1 when it rounds to infinity. One integer division decides
     * the significant bits and the remainder decides the rounding, so the result is correctly
     * rounded for every rational (binary64: 52, 1023, -1074; binary32: 23, 127, -149).
     */
    private static long roundedBits(Rational q, int stored, int bias, int minUnit) {
        if (q.signum() == 0) {
            return 0;
        }
        BigInteger a = q.numerator().abs();
        BigInteger b = q.denominator();
        int e = q.floorLog2(); // 2^e <= |q| < 2^(e+1)
        if (e > bias) {
            return -1;
        }
        if (e < minUnit - 2) {
            return 0; // below half the smallest subnormal
        }
        // The unit in the last place of the result: 2^(e-stored) for a normal, 2^minUnit for a subnormal.
        int k = Math.max(e - stored, minUnit);
        BigInteger num = k >= 0 ? a : a.shiftLeft(-k);
        BigInteger den = k >= 0 ? b.shiftLeft(k) : b;
        BigInteger[] qr = num.divideAndRemainder(den); // |q| / 2^k = m + r/den, 0 <= r < den
        int half = qr[1].shiftLeft(1).compareTo(den);
        long m = qr[0].longValueExact();
        if (half > 0 || (half == 0 && (m & 1) == 1)) {
            m++;
        }
        if (m == 1L << (stored + 1)) { // rounding carried into the next binade
            m >>= 1;
            k++;
        }
        if (m < 1L << stored) {
            return m; // subnormal (k = minUnit): biased exponent 0
        }
        long biased = k + stored + bias;
        if (biased > 2L * bias) {
            return -1;
        }
        return (biased << stored) | (m & ((1L << stored) - 1));
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

    /** Bits of the significand stored in a float (binary32), the hidden bit excluded. */
    private static final int FLOAT_STORED_BITS = 23;
    /** Exponent bias of binary32. */
    private static final int FLOAT_BIAS = 127;
    /** {@code 2^-149}, the smallest positive float, is the unit of every binary32 subnormal. */
    private static final int FLOAT_MIN_EXPONENT_OF_UNIT = -149;

    /**
     * The exact value of a finite float (IEEE-754 binary32, e.g. a PyTorch float32 or a numpy
     * {@code <f4}): widening a float to a double is exact (every binary32 number is a binary64
     * number), so this is {@link #exact(double)} of the widened value.
     *
     * @throws IllegalArgumentException for NaN and the infinities
     */
    public static Rational exact(float x) {
        return exact((double) x);
    }

    /**
     * The float (binary32) nearest to {@code q}, ties to even, rounded once from the rational (not
     * through a double, which could round twice); magnitudes from {@code 2^128 - 2^103} on give an
     * infinity, at most {@code 2^-150} a zero of the sign of {@code q}.
     */
    public static float nearestFloat(Rational q) {
        float signed = q.signum() < 0 ? -1.0f : 1.0f;
        long bits = roundedBits(q, FLOAT_STORED_BITS, FLOAT_BIAS, FLOAT_MIN_EXPONENT_OF_UNIT);
        return bits < 0 ? signed * Float.POSITIVE_INFINITY : signed * Float.intBitsToFloat((int) bits);
    }

    /**
     * The ulp of the float nearest to {@code |v|}: {@code Math.ulp} of {@link #nearestFloat},
     * read back exactly; null when {@code |v|} rounds to infinity.
     */
    public static Rational ulpOfNearestFloat(Rational v) {
        float f = nearestFloat(v.abs());
        return Float.isInfinite(f) ? null : exact(Math.ulp(f));
    }

    /** Largest binary exponent a hexadecimal literal may carry: far beyond every IEEE format, and a bound on the work. */
    public static final int MAX_HEX_EXPONENT = 100_000;

    private static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile(
            "([+-]?)0[xX]([0-9a-fA-F]*)(?:\\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]{1,9}))?");

    /**
     * Whether {@code text} looks like a hexadecimal floating-point literal ({@code 0x...}), so that
     * a reader can route it here instead of the decimal parser.
     */
    public static boolean isHexadecimal(String text) {
        String t = text.strip();
        int i = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
        return t.length() > i + 1 && t.charAt(i) == '0' && (t.charAt(i + 1) == 'x' || t.charAt(i + 1) == 'X');
    }

    /**
     * The exact value of a hexadecimal floating-point literal: {@code [+-]0x H[.H][p[+-]E]}, i.e.
     * {@code H.H * 2^E}, as Python's {@code float.hex()} ({@code 0x1.8000000000000p+1} is 3) and
     * Java's {@code Double.toHexString} print them. No rounding at all: the literal is a dyadic
     * rational and is returned as such (more hexadecimal digits than a double holds are kept).
     *
     * @throws NumberFormatException for anything else, and for an exponent beyond
     *     {@link #MAX_HEX_EXPONENT} in magnitude
     */
    public static Rational parseHexadecimal(String text) {
        java.util.regex.Matcher m = HEX.matcher(text.strip());
        if (!m.matches() || (m.group(2).isEmpty() && (m.group(3) == null || m.group(3).isEmpty()))) {
            throw new NumberFormatException("'" + text.strip() + "' is not a hexadecimal number (expected e.g. 0x1.8p+1, as float.hex() prints)");
        }
        String frac = m.group(3) == null ? "" : m.group(3);
        long exp = m.group(4) == null ? 0 : Long.parseLong(m.group(4));
        if (Math.abs(exp) > MAX_HEX_EXPONENT) {
            throw new NumberFormatException("'" + text.strip() + "': binary exponent beyond +-" + MAX_HEX_EXPONENT);
        }
        BigInteger digits = new BigInteger(m.group(2) + frac, 16);
        if (m.group(1).equals("-")) {
            digits = digits.negate();
        }
        long shift = exp - 4L * frac.length();
        return shift >= 0 ? Rational.of(digits.shiftLeft((int) shift)) : Rational.of(digits, BigInteger.ONE.shiftLeft((int) -shift));
    }
}
