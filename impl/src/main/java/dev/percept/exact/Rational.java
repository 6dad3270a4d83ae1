package dev.percept.exact;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact rational number {@code num/den} over {@link BigInteger}.
 *
 * <p>Always canonical: {@code gcd(|num|, den) = 1} and {@code den > 0}; zero is {@code 0/1}. Two
 * rationals are {@link #equals equal} exactly when they denote the same number. Immutable.
 *
 * <p>Why percept has its own type rather than big-math's {@code BigRational}: big-math stores the
 * numerator and denominator as {@code BigDecimal} and reduces them with {@code BigDecimal}
 * arithmetic; the structured paths of percept only need {@code BigInteger} numerators and
 * denominators and often bypass fraction arithmetic altogether (common-denominator integer sums,
 * see {@link IntVector}). The measurement behind that choice is recorded in {@code spec/NOTES.md}.
 *
 * <p>Never touches floating point: parsing reads decimal text exactly ({@code 0.1 = 1/10}).
 */
public final class Rational implements Comparable<Rational> {

    /** 0. */
    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    /** 1. */
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
    /** 2. */
    public static final Rational TWO = new Rational(BigInteger.TWO, BigInteger.ONE);
    /** -1. */
    public static final Rational MINUS_ONE = new Rational(BigInteger.ONE.negate(), BigInteger.ONE);

    /**
     * Largest {@code |scale|} of a decimal accepted by {@link #parse} ({@code 1e-10000} is the
     * smallest power of ten it reads). The bound keeps inner products and gcds of parsed inputs
     * from growing without limit (a scale of 20000 made one spectrum take 12.8 s); a user can still
     * write any rational as {@code p/q}.
     */
    public static final int MAX_DECIMAL_SCALE = 10_000;

    /**
     * Most digits {@link #parse} reads in one integer: an integer, each of p and q of {@code p/q},
     * and the significand of a decimal (leading zeros not counted). The JDK's parser is quadratic
     * (10^6 digits took 57 s) and the arithmetic on such numbers is slower still, so a longer
     * number is refused like a decimal whose scale exceeds {@link #MAX_DECIMAL_SCALE}.
     */
    public static final int MAX_DIGITS = 10_000;

    private final BigInteger num;
    private final BigInteger den;

    /** Trusted constructor: arguments are already canonical. */
    private Rational(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    /**
     * Returns {@code num/den} in canonical form.
     *
     * @throws ArithmeticException if {@code den} is zero
     */
    public static Rational of(BigInteger num, BigInteger den) {
        Objects.requireNonNull(num, "num");
        Objects.requireNonNull(den, "den");
        if (den.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (num.signum() == 0) {
            return ZERO;
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = IntMath.gcd(num, den);
        if (!g.equals(BigInteger.ONE)) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return new Rational(num, den);
    }

    /** Returns {@code num/den} in canonical form. @throws ArithmeticException if {@code den == 0} */
    public static Rational of(long num, long den) {
        return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    /** Returns the integer {@code n}. */
    public static Rational of(BigInteger n) {
        return n.signum() == 0 ? ZERO : new Rational(n, BigInteger.ONE);
    }

    /** Returns the integer {@code n}. */
    public static Rational of(long n) {
        return of(BigInteger.valueOf(n));
    }

    /** Returns the exact value of a {@code BigDecimal} ({@code unscaled * 10^-scale}). */
    public static Rational of(BigDecimal x) {
        int scale = x.scale();
        if (scale <= 0) {
            return of(x.unscaledValue().multiply(BigInteger.TEN.pow(-scale)));
        }
        return of(x.unscaledValue(), BigInteger.TEN.pow(scale));
    }

    /**
     * Parses an exact rational from text: an integer ({@code -12}), a fraction ({@code 3/-4},
     * {@code -1/2}), or a decimal with optional exponent ({@code 0.1}, {@code -1.5e-3}); the value
     * is the number the text spells, never a binary approximation. Surrounding white space is
     * ignored.
     *
     * @throws NumberFormatException with a message naming the problem, for anything else
     *     (including a zero denominator and decimals whose scale exceeds {@link #MAX_DECIMAL_SCALE})
     */
    public static Rational parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        if (t.isEmpty()) {
            throw new NumberFormatException("empty number");
        }
        int slash = t.indexOf('/');
        if (slash >= 0) {
            if (t.indexOf('/', slash + 1) >= 0) {
                throw new NumberFormatException(shown(text) + " has more than one '/'");
            }
            BigInteger n = parseInteger(t.substring(0, slash).strip(), text);
            BigInteger d = parseInteger(t.substring(slash + 1).strip(), text);
            if (d.signum() == 0) {
                throw new NumberFormatException(shown(text) + " has a zero denominator");
            }
            return of(n, d);
        }
        if (isPlainInteger(t)) {
            checkDigits(t, t.length(), text);
            return of(new BigInteger(t));
        }
        int e = exponentStart(t);
        if (!isDecimal(t, e)) {
            throw new NumberFormatException(shown(text) + " is not a number (expected p/q, an integer or a decimal)");
        }
        if (e < t.length() && significantDigits(t, e + 1, t.length()) > 6) {
            throw new NumberFormatException(shown(text) + " is out of range: its exponent has more than 6 digits, and a decimal's scale"
                    + " (exponent and fraction digits) must stay within " + MAX_DECIMAL_SCALE + "; write large or tiny values as p/q");
        }
        checkDigits(t, e, text);
        BigDecimal bd;
        try {
            bd = new BigDecimal(t);
        } catch (NumberFormatException ex) {
            throw new NumberFormatException(shown(text) + " is not a number (expected p/q, an integer or a decimal)");
        }
        if (Math.abs((long) bd.scale()) > MAX_DECIMAL_SCALE) {
            throw new NumberFormatException(shown(text) + " is out of range: a decimal's scale (exponent and fraction digits) must stay within "
                    + MAX_DECIMAL_SCALE + "; write large or tiny values as p/q");
        }
        return of(bd);
    }

    private static BigInteger parseInteger(String s, String whole) {
        if (!isPlainInteger(s)) {
            throw new NumberFormatException(shown(whole) + " is not a fraction of integers p/q");
        }
        checkDigits(s, s.length(), whole);
        return new BigInteger(s);
    }

    /** Refuses more than {@link #MAX_DIGITS} significant digits in {@code s[0, end)}, before the quadratic parse. */
    private static void checkDigits(String s, int end, String whole) {
        int k = significantDigits(s, 0, end);
        if (k > MAX_DIGITS) {
            throw new NumberFormatException(shown(whole) + " has " + k + " digits: an integer, p and q of p/q, and a decimal's significand"
                    + " have at most " + MAX_DIGITS + " digits each");
        }
    }

    /** The ASCII digits of {@code s[from, to)} after its leading zeros (signs and the decimal point not counted). */
    private static int significantDigits(String s, int from, int to) {
        int k = 0;
        boolean leading = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (c != '0' || !leading) {
                    leading = false;
                    k++;
                }
            }
        }
        return k;
    }

    /** The text of a number in a message: whole when short, else its start and its length (a message stays one short line). */
    private static String shown(String text) {
        return text.length() <= 40 ? "'" + text + "'" : "'" + text.substring(0, 24) + "...' (" + text.length() + " characters)";
    }

    /** @return the index of the exponent marker {@code e}/{@code E}, or the length when there is none */
    private static int exponentStart(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E') {
                return i;
            }
        }
        return s.length();
    }

    /** Optional sign then ASCII digits only (BigInteger alone would accept other Unicode digits). */
    private static boolean isPlainInteger(String s) {
        int i = 0;
        int n = s.length();
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            i = 1;
        }
        if (i == n) {
            return false;
        }
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** sign? digits [. digits] ([eE] sign? digits)?, at least one mantissa digit, ASCII only; {@code e} is {@link #exponentStart}. */
    private static boolean isDecimal(String s, int e) {
        int i = 0;
        if (i < e && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < e && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (i < e && s.charAt(i) == '.') {
            i++;
            while (i < e && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0 || i != e) {
            return false;
        }
        if (e == s.length()) {
            return true;
        }
        i = e + 1;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int exp = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            exp++;
        }
        return exp > 0 && i == s.length();
    }

    /** @return the numerator (sign carrier) */
    public BigInteger numerator() {
        return num;
    }

    /** @return the denominator, always positive */
    public BigInteger denominator() {
        return den;
    }

    /** @return {@code true} iff this is an integer */
    public boolean isInteger() {
        return den.equals(BigInteger.ONE);
    }

    /** @return -1, 0 or 1 as this is negative, zero or positive */
    public int signum() {
        return num.signum();
    }

    /** @return {@code true} iff this is zero */
    public boolean isZero() {
        return num.signum() == 0;
    }

    /** @return {@code this + o} */
    public Rational add(Rational o) {
        if (num.signum() == 0) {
            return o;
        }
        if (o.num.signum() == 0) {
            return this;
        }
        if (den.equals(o.den)) {
            return of(num.add(o.num), den);
        }
        // Henrici's addition (Knuth, TAOCP vol. 2, 4.5.1): with d1 = gcd(b, d) the only common
        // factors left are those of d1, so the gcds are taken against d1, which is small when one
        // denominator is small; the result is canonical without a gcd of the full-size operands.
        BigInteger d1 = den.gcd(o.den);
        if (d1.equals(BigInteger.ONE)) {
            return new Rational(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }
        BigInteger b1 = den.divide(d1);
        BigInteger t = num.multiply(o.den.divide(d1)).add(o.num.multiply(b1));
        if (t.signum() == 0) {
            return ZERO;
        }
        BigInteger d2 = t.gcd(d1);
        if (d2.equals(BigInteger.ONE)) {
            return new Rational(t, b1.multiply(o.den));
        }
        return new Rational(t.divide(d2), b1.multiply(o.den.divide(d2)));
    }

    /** @return {@code this - o} */
    public Rational subtract(Rational o) {
        return add(o.negate());
    }

    /** @return {@code this * o} */
    public Rational multiply(Rational o) {
        if (num.signum() == 0 || o.num.signum() == 0) {
            return ZERO;
        }
        // Cross-reduce first: keeps intermediate sizes minimal and the result canonical.
        BigInteger g1 = num.gcd(o.den);
        BigInteger g2 = o.num.gcd(den);
        BigInteger n = num.divide(g1).multiply(o.num.divide(g2));
        BigInteger d = den.divide(g2).multiply(o.den.divide(g1));
        return new Rational(n, d);
    }

    /** @return {@code this * k} */
    public Rational multiply(BigInteger k) {
        return multiply(of(k));
    }

    /** @return {@code this / o} @throws ArithmeticException if {@code o} is zero */
    public Rational divide(Rational o) {
        return multiply(o.reciprocal());
    }

    /** @return {@code -this} */
    public Rational negate() {
        return num.signum() == 0 ? this : new Rational(num.negate(), den);
    }

    /** @return {@code |this|} */
    public Rational abs() {
        return num.signum() < 0 ? negate() : this;
    }

    /** @return {@code 1/this} @throws ArithmeticException if this is zero */
    public Rational reciprocal() {
        if (num.signum() == 0) {
            throw new ArithmeticException("reciprocal of zero");
        }
        return num.signum() < 0 ? new Rational(den.negate(), num.negate()) : new Rational(den, num);
    }

    /** @return {@code this^2} */
    public Rational square() {
        return new Rational(num.multiply(num), den.multiply(den));
    }

    /**
     * Returns {@code this^k} for every int {@code k}: {@code (1/this)^|k|} for {@code k < 0}
     * ({@code |Integer.MIN_VALUE|} is not an int, so that exponent is taken as
     * {@code (1/this)^(2^31 - 1) * (1/this)}), and {@code 0^0 = 1}.
     *
     * @throws ArithmeticException for zero to a negative power, and when the result's numerator
     *     or denominator would need more than {@code 2^30} bits (128 MiB; {@link BigInteger} itself
     *     stops at {@code 2^31})
     */
    public Rational pow(int k) {
        if (k < 0) {
            if (num.signum() == 0) {
                throw new ArithmeticException("zero to the negative power " + k);
            }
            Rational r = reciprocal();
            return k == Integer.MIN_VALUE ? r.pow(Integer.MAX_VALUE).multiply(r) : r.pow(-k);
        }
        if (k == 0) {
            return ONE;
        }
        return new Rational(powChecked(num, k), powChecked(den, k));
    }

    /** Largest bit length {@link #pow} produces. */
    private static final long MAX_POW_BITS = 1L << 30;

    /** {@code b^k} for {@code k >= 1}; powers of 0 and ±1 directly, others up to {@link #MAX_POW_BITS} bits. */
    private static BigInteger powChecked(BigInteger b, int k) {
        int bits = b.abs().bitLength();
        if (bits <= 1) { // 0, 1 or -1
            return b.signum() < 0 && (k & 1) == 0 ? BigInteger.ONE : b;
        }
        if ((long) (bits - 1) * k >= MAX_POW_BITS) {
            throw new ArithmeticException("power too large: a " + bits + "-bit number to the power " + k + " needs more than 2^30 bits");
        }
        return b.pow(k);
    }

    /** Returns {@code 2^k} for every int {@code k}, exactly. */
    public static Rational powerOfTwo(int k) {
        if (k == Integer.MIN_VALUE) {
            throw new ArithmeticException("2^" + k + " exceeds BigInteger's range");
        }
        BigInteger p = BigInteger.ONE.shiftLeft(Math.abs(k));
        return k >= 0 ? new Rational(p, BigInteger.ONE) : new Rational(BigInteger.ONE, p);
    }

    /**
     * Returns {@code floor(log2 |this|)}, exactly (from the bit lengths, corrected by one
     * comparison).
     *
     * @throws ArithmeticException if this is zero
     */
    public int floorLog2() {
        if (num.signum() == 0) {
            throw new ArithmeticException("log2 of zero");
        }
        BigInteger n = num.abs();
        int e = n.bitLength() - den.bitLength();
        boolean below = e >= 0 ? n.compareTo(den.shiftLeft(e)) < 0 : n.shiftLeft(-e).compareTo(den) < 0;
        return below ? e - 1 : e;
    }

    /**
     * The simplest rational in the closed interval {@code [lo, hi]}: the one with the smallest
     * denominator, then the smallest magnitude (by the continued-fraction expansions of the ends).
     *
     * @throws IllegalArgumentException if {@code lo > hi}
     */
    public static Rational simplestBetween(Rational lo, Rational hi) {
        if (lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
        }
        if (lo.signum() <= 0 && hi.signum() >= 0) {
            return ZERO;
        }
        if (hi.signum() < 0) {
            return simplestBetween(hi.negate(), lo.negate()).negate();
        }
        BigInteger c = lo.ceil();
        if (of(c).compareTo(hi) <= 0) {
            return of(c);
        }
        // lo and hi share the integer part f: x = f + 1/y with y in [1/(hi - f), 1/(lo - f)]
        Rational f = of(lo.floor());
        return f.add(simplestBetween(hi.subtract(f).reciprocal(), lo.subtract(f).reciprocal()).reciprocal());
    }

    /** @return the smaller of {@code this} and {@code o} */
    public Rational min(Rational o) {
        return compareTo(o) <= 0 ? this : o;
    }

    /** @return the larger of {@code this} and {@code o} */
    public Rational max(Rational o) {
        return compareTo(o) >= 0 ? this : o;
    }

    /** @return the greatest integer {@code <= this} */
    public BigInteger floor() {
        BigInteger[] qr = num.divideAndRemainder(den);
        return (qr[1].signum() < 0) ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** @return the least integer {@code >= this} */
    public BigInteger ceil() {
        return floor().add(isInteger() ? BigInteger.ZERO : BigInteger.ONE);
    }

    @Override
    public int compareTo(Rational o) {
        if (den.equals(o.den)) {
            return num.compareTo(o.num);
        }
        int s = num.signum() - o.num.signum();
        if (s != 0) {
            return Integer.signum(s);
        }
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Rational)) {
            return false;
        }
        Rational r = (Rational) o;
        return num.equals(r.num) && den.equals(r.den);
    }

    @Override
    public int hashCode() {
        return 31 * num.hashCode() + den.hashCode();
    }

    /** @return {@code "p/q"} in lowest terms with {@code q > 0}, or {@code "p"} for an integer */
    @Override
    public String toString() {
        return isInteger() ? num.toString() : num + "/" + den;
    }
}
