package dev.percept.exact;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact number {@code x + y*sqrt(r)} of the field {@code Q(sqrt r)}, with rationals {@code x},
 * {@code y} and a fixed non-negative rational radicand {@code r}.
 *
 * <p>The eigenvalues of Proposition 4.1 are {@code ±sqrt(s ± p)} and its eigenvectors have
 * coordinates in {@code Q(sqrt(s ± p))}; this type carries them exactly. Arithmetic between two
 * surds requires the same radicand (a different radicand is a different field); {@link #signum()}
 * and {@link #compareTo} are exact.
 */
public final class QuadraticSurd implements Comparable<QuadraticSurd> {

    private final Rational x;
    private final Rational y;
    private final Rational r;

    private QuadraticSurd(Rational x, Rational y, Rational r) {
        this.x = x;
        this.y = y;
        this.r = r;
    }

    /**
     * Returns {@code x + y*sqrt(r)}.
     *
     * @throws IllegalArgumentException if {@code r < 0}
     */
    public static QuadraticSurd of(Rational x, Rational y, Rational r) {
        Objects.requireNonNull(x);
        Objects.requireNonNull(y);
        if (r.signum() < 0) {
            throw new IllegalArgumentException("negative radicand " + r);
        }
        return new QuadraticSurd(x, r.isZero() ? Rational.ZERO : y, r);
    }

    /** Returns the rational {@code x} as an element of {@code Q(sqrt r)}. */
    public static QuadraticSurd rational(Rational x, Rational r) {
        return of(x, Rational.ZERO, r);
    }

    /** Returns {@code sign * sqrt(r)}. */
    public static QuadraticSurd sqrt(int sign, Rational r) {
        return of(Rational.ZERO, Rational.of(Integer.signum(sign)), r);
    }

    /** @return the rational part {@code x} */
    public Rational rationalPart() {
        return x;
    }

    /** @return the coefficient {@code y} of {@code sqrt(r)} */
    public Rational surdPart() {
        return y;
    }

    /** @return the radicand {@code r} */
    public Rational radicand() {
        return r;
    }

    private void sameField(QuadraticSurd o) {
        if (!r.equals(o.r)) {
            throw new IllegalArgumentException("different fields: sqrt(" + r + ") and sqrt(" + o.r + ")");
        }
    }

    /** @return {@code this + o} (same radicand) */
    public QuadraticSurd add(QuadraticSurd o) {
        sameField(o);
        return new QuadraticSurd(x.add(o.x), y.add(o.y), r);
    }

    /** @return {@code this - o} (same radicand) */
    public QuadraticSurd subtract(QuadraticSurd o) {
        return add(o.negate());
    }

    /** @return {@code -this} */
    public QuadraticSurd negate() {
        return new QuadraticSurd(x.negate(), y.negate(), r);
    }

    /** @return {@code this * o} (same radicand): {@code (x x' + y y' r) + (x y' + y x') sqrt r} */
    public QuadraticSurd multiply(QuadraticSurd o) {
        sameField(o);
        return new QuadraticSurd(x.multiply(o.x).add(y.multiply(o.y).multiply(r)),
                x.multiply(o.y).add(y.multiply(o.x)), r);
    }

    /** @return {@code this * q} for a rational {@code q} */
    public QuadraticSurd multiply(Rational q) {
        return new QuadraticSurd(x.multiply(q), y.multiply(q), r);
    }

    /** @return {@code true} iff this equals zero (exact) */
    public boolean isZero() {
        return signum() == 0;
    }

    /**
     * Exact sign of {@code x + y sqrt r}: when the signs of {@code x} and {@code y sqrt r} agree
     * that is the sign; otherwise the term of larger magnitude wins, decided by comparing
     * {@code x^2} with {@code y^2 r} in Q.
     */
    public int signum() {
        int sx = x.signum();
        int sy = (r.isZero()) ? 0 : y.signum();
        if (sy == 0) {
            return sx;
        }
        if (sx == 0 || sx == sy) {
            return sy != 0 ? sy : sx;
        }
        int c = x.square().compareTo(y.square().multiply(r));
        // |x| > |y| sqrt r: sign of x; equal: zero; else sign of y.
        return c > 0 ? sx : (c == 0 ? 0 : sy);
    }

    /** Exact comparison of two numbers of the same field. */
    @Override
    public int compareTo(QuadraticSurd o) {
        return subtract(o).signum();
    }

    /**
     * Returns this number rounded to {@code digits} significant digits. Exact when {@code y = 0};
     * otherwise the value is enclosed by rational bounds refined until the rounding is decided,
     * so the result is correctly rounded; when {@code sqrt r} is rational the value is rounded
     * exactly (it may then be a decimal tie, which goes to even).
     */
    public BigDecimal toDecimal(int digits) {
        if (y.isZero() || r.isZero()) {
            return Decimals.round(x, digits);
        }
        Rational root = rationalSqrt(r);
        if (root != null) {
            // sqrt r is rational: the value is rational and may sit exactly on a decimal tie,
            // which no enclosure can decide; round it exactly instead.
            return Decimals.round(x.add(y.multiply(root)), digits);
        }
        if (x.isZero()) {
            return Decimals.sqrt(y.signum(), y.square().multiply(r), digits);
        }
        // Enclose y*sqrt(r) by rationals [lo, hi] of width shrinking geometrically, and stop when
        // x + lo and x + hi round to the same decimal.
        Rational ysq = y.square().multiply(r);
        for (int extra = 10; ; extra *= 2) {
            Rational[] b = sqrtBounds(ysq, digits + extra);
            Rational lo = y.signum() > 0 ? b[0] : b[1].negate();
            Rational hi = y.signum() > 0 ? b[1] : b[0].negate();
            BigDecimal a = Decimals.round(x.add(lo), digits);
            BigDecimal c = Decimals.round(x.add(hi), digits);
            if (a.compareTo(c) == 0) {
                return a;
            }
            if (extra > 100_000) {
                throw new ArithmeticException("cannot decide rounding of " + this);
            }
        }
    }

    /** Returns {@code sqrt(q)} if it is rational ({@code q >= 0} in lowest terms, both parts squares), else null. */
    public static Rational rationalSqrt(Rational q) {
        BigInteger n = q.numerator().sqrt();
        BigInteger d = q.denominator().sqrt();
        if (n.multiply(n).equals(q.numerator()) && d.multiply(d).equals(q.denominator())) {
            return Rational.of(n, d);
        }
        return null;
    }

    /**
     * Rational bounds {@code lo <= sqrt(q) <= hi} with {@code hi - lo <= 10^-scale} relative to
     * the integer grid at scale {@code 10^-scale}.
     */
    static Rational[] sqrtBounds(Rational q, int scale) {
        BigInteger pow = BigInteger.TEN.pow(scale);
        // floor(sqrt(q) * 10^scale) = isqrt(floor(q * 10^(2 scale)))
        BigInteger m = q.numerator().multiply(pow).multiply(pow).divide(q.denominator()).sqrt();
        Rational lo = Rational.of(m, pow);
        Rational hi = Rational.of(m.add(BigInteger.ONE), pow);
        return new Rational[] {lo, hi};
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof QuadraticSurd)) {
            return false;
        }
        QuadraticSurd q = (QuadraticSurd) o;
        return x.equals(q.x) && y.equals(q.y) && r.equals(q.r);
    }

    @Override
    public int hashCode() {
        return Objects.hash(x, y, r);
    }

    /** Human form: {@code x + y*sqrt(r)}, dropping zero parts. */
    @Override
    public String toString() {
        if (y.isZero()) {
            return x.toString();
        }
        String surd = (y.equals(Rational.ONE) ? "" : y.equals(Rational.MINUS_ONE) ? "-" : y + "*") + "sqrt(" + r + ")";
        if (x.isZero()) {
            return surd;
        }
        return x + (surd.startsWith("-") ? " - " + surd.substring(1) : " + " + surd);
    }
}
