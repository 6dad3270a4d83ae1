package dev.percept.exact;

import java.math.BigDecimal;
import dev.percept.spec.KernelUse;
import dev.percept.spec.kernels.SurdSign;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact real number {@code x + y sqrt(r)} with rationals {@code x}, {@code y} and a
 * non-negative rational {@code r}: an element of the field {@code Q(sqrt r)}.
 *
 * <p>The eigenvalues of Proposition 4.1 are {@code ±sqrt(s ± p)} and its eigenvectors have
 * coordinates in {@code Q(sqrt(s ± p))}; this type carries them exactly.
 *
 * <p><b>Normal form.</b> Every value is kept as {@code x + sigma sqrt(t)} with {@code sigma} in
 * {-1, 1} and {@code t > 0} not the square of a rational, or as the rational {@code x}
 * ({@code sigma = 0}, {@code t = 0}): {@link #of} folds {@code y sqrt(r)} into
 * {@code sign(y) sqrt(y^2 r)} and a rational square root into {@code x}, so {@code sqrt(4)} is
 * {@code 2} and {@code 2 sqrt(2)} is {@code sqrt(8)}. The form is unique (if
 * {@code x + sigma sqrt t = x' + sigma' sqrt t'} with irrational roots, squaring shows
 * {@code x = x'}, then {@code sigma = sigma'} and {@code t = t'}), so <em>equal numbers are equal
 * objects</em>: {@link #equals}, {@link #hashCode} and {@link #compareTo} agree. It needs no
 * integer factorisation (a square-free radicand would: the radicands {@code s ± p} of
 * Proposition 4.1 have hundreds of digits), only an integer square root to detect squares.
 *
 * <p>Arithmetic between two numbers needs a common field: a rational belongs to every field, and
 * {@code sqrt t} and {@code sqrt t'} span the same field exactly when {@code t t'} is a rational
 * square; otherwise {@link #add} and {@link #multiply} throw. {@link #signum()} and
 * {@link #compareTo} are exact and total (any two values compare, in one field or not).
 */
public final class QuadraticSurd implements Comparable<QuadraticSurd> {

    private static final QuadraticSurd ZERO = new QuadraticSurd(Rational.ZERO, 0, Rational.ZERO);

    private final Rational x;
    private final int sigma;
    private final Rational t;

    /** Trusted constructor: arguments are already in normal form. */
    private QuadraticSurd(Rational x, int sigma, Rational t) {
        this.x = x;
        this.sigma = sigma;
        this.t = t;
    }

    /**
     * Returns {@code x + y*sqrt(r)} in normal form.
     *
     * @throws IllegalArgumentException if {@code r < 0}
     */
    public static QuadraticSurd of(Rational x, Rational y, Rational r) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (r.signum() < 0) {
            throw new IllegalArgumentException("negative radicand " + r);
        }
        return normal(x, y.signum(), y.square().multiply(r));
    }

    /** {@code x + sigma sqrt(t)} for {@code t >= 0}, brought to normal form. */
    private static QuadraticSurd normal(Rational x, int sigma, Rational t) {
        if (sigma == 0 || t.isZero()) {
            return x.isZero() ? ZERO : new QuadraticSurd(x, 0, Rational.ZERO);
        }
        Rational root = rationalSqrt(t);
        if (root != null) {
            return normal(sigma > 0 ? x.add(root) : x.subtract(root), 0, Rational.ZERO);
        }
        return new QuadraticSurd(x, sigma, t);
    }

    /** Returns the rational {@code x} (it belongs to every field {@code Q(sqrt r)}; {@code r} is only checked). */
    public static QuadraticSurd rational(Rational x, Rational r) {
        return of(x, Rational.ZERO, r);
    }

    /** Returns {@code sign * sqrt(r)}. */
    public static QuadraticSurd sqrt(int sign, Rational r) {
        return of(Rational.ZERO, Rational.of(Integer.signum(sign)), r);
    }

    /** @return the rational part {@code x} of the normal form */
    public Rational rationalPart() {
        return x;
    }

    /** @return the coefficient of {@code sqrt(radicand())} in the normal form: -1, 0 or 1 */
    public Rational surdPart() {
        return Rational.of(sigma);
    }

    /** @return the radicand {@code t} of the normal form: not a rational square, or 0 for a rational number */
    public Rational radicand() {
        return t;
    }

    /**
     * The coefficient {@code y} of {@code sqrt(r)} when this number is written in the field
     * {@code Q(sqrt r)}: {@code this = rationalPart() + y sqrt(r)} (0 for a rational number, any
     * {@code r}). With the radicand {@code r} fixed, {@code (rationalPart(), surdPartIn(r))} are
     * the coordinates in that field, e.g. {@code 1/2 sqrt(305)} is {@code sqrt(305/4)} in normal
     * form and has coefficient {@code 1/2} in {@code Q(sqrt 305)}.
     *
     * @throws IllegalArgumentException if this number is irrational and not in {@code Q(sqrt r)}
     */
    public Rational surdPartIn(Rational r) {
        if (sigma == 0) {
            return Rational.ZERO;
        }
        Rational c = r.signum() > 0 ? rationalSqrt(t.divide(r)) : null;
        if (c == null) {
            throw new IllegalArgumentException(this + " is not in Q(sqrt(" + r + "))");
        }
        return sigma > 0 ? c : c.negate();
    }

    /** @return whether this number lies in {@code Q(sqrt r)} (every rational does) */
    public boolean isIn(Rational r) {
        return sigma == 0 || (r.signum() > 0 && rationalSqrt(t.divide(r)) != null);
    }

    /** @return whether this number is rational */
    public boolean isRational() {
        return sigma == 0;
    }

    /**
     * The positive rational {@code c} with {@code sqrt(o.t) = c sqrt(t)}, when both are irrational
     * and span one field.
     *
     * @throws IllegalArgumentException if they do not
     */
    private Rational ratioTo(QuadraticSurd o) {
        Rational c = rationalSqrt(o.t.divide(t));
        if (c == null) {
            throw new IllegalArgumentException("different fields: sqrt(" + t + ") and sqrt(" + o.t + ")");
        }
        return c;
    }

    /** @return {@code this + o} (a rational operand, or a common field) */
    public QuadraticSurd add(QuadraticSurd o) {
        if (o.sigma == 0) {
            return normal(x.add(o.x), sigma, t);
        }
        if (sigma == 0) {
            return normal(x.add(o.x), o.sigma, o.t);
        }
        Rational k = Rational.of(sigma).add(Rational.of(o.sigma).multiply(ratioTo(o)));
        return normal(x.add(o.x), k.signum(), k.square().multiply(t));
    }

    /** @return {@code this - o} (a rational operand, or a common field) */
    public QuadraticSurd subtract(QuadraticSurd o) {
        return add(o.negate());
    }

    /** @return {@code -this} */
    public QuadraticSurd negate() {
        return sigma == 0 && x.isZero() ? this : new QuadraticSurd(x.negate(), -sigma, t);
    }

    /**
     * @return {@code this * o} (a rational operand, or a common field):
     *     {@code (x + sigma sqrt t)(x' + sigma' c sqrt t) = (x x' + sigma sigma' c t) + (x sigma' c + x' sigma) sqrt t}
     */
    public QuadraticSurd multiply(QuadraticSurd o) {
        if (o.sigma == 0) {
            return multiply(o.x);
        }
        if (sigma == 0) {
            return o.multiply(x);
        }
        Rational c = ratioTo(o);
        Rational ss = Rational.of((long) sigma * o.sigma);
        Rational rational = x.multiply(o.x).add(ss.multiply(c).multiply(t));
        Rational k = x.multiply(Rational.of(o.sigma)).multiply(c).add(o.x.multiply(Rational.of(sigma)));
        return normal(rational, k.signum(), k.square().multiply(t));
    }

    /** @return {@code this * q} for a rational {@code q} */
    public QuadraticSurd multiply(Rational q) {
        return normal(x.multiply(q), sigma * q.signum(), q.square().multiply(t));
    }

    /** @return {@code true} iff this equals zero */
    public boolean isZero() {
        return sigma == 0 && x.isZero();
    }

    /**
     * Exact sign of {@code x + sigma sqrt t}, by the KeY-proved sign rule {@link SurdSign#signum}
     * on integers: with {@code x = xn/xd} and {@code t = tn/td}, multiplying by {@code xd td > 0}
     * gives {@code X + Y sqrt(R)} with {@code X = xn td}, {@code Y = sigma xd}, {@code R = tn td}
     * ({@code td sqrt(tn/td) = sqrt(tn td)}). The rule: when the two terms agree in sign (or one
     * vanishes) that is the sign; otherwise the term of larger magnitude wins, decided by comparing
     * {@code X^2} with {@code Y^2 R}.
     */
    public int signum() {
        BigInteger td = t.denominator();
        KernelUse.mark(KernelUse.Site.SURD_SIGN);
        return SurdSign.signum(x.numerator().multiply(td), BigInteger.valueOf(sigma).multiply(x.denominator()), t.numerator().multiply(td));
    }

    /**
     * Exact comparison of any two numbers. In a common field, the sign of the difference. Across
     * fields ({@code sqrt t}, {@code sqrt t'} independent): {@code this - o = a - b} with
     * {@code a = (x - x') + sigma sqrt t} and {@code b = sigma' sqrt t'}; if the signs of a and b
     * differ they decide, else {@code a^2 - b^2 = ((x - x')^2 + t - t') + 2 (x - x') sigma sqrt t},
     * an element of {@code Q(sqrt t)}, decides (reversed for two negatives). Never 0 across fields:
     * two irrational normal forms from independent fields are different numbers.
     */
    @Override
    public int compareTo(QuadraticSurd o) {
        if (sigma == 0 || o.sigma == 0 || rationalSqrt(o.t.divide(t)) != null) {
            return subtract(o).signum();
        }
        QuadraticSurd a = normal(x.subtract(o.x), sigma, t);
        int sa = a.signum();
        if (sa != o.sigma) {
            return sa > o.sigma ? 1 : -1;
        }
        Rational d = x.subtract(o.x);
        QuadraticSurd diffOfSquares = normal(d.square().add(t).subtract(o.t), d.signum() * sigma, d.square().multiply(Rational.of(4)).multiply(t));
        return sa > 0 ? diffOfSquares.signum() : -diffOfSquares.signum();
    }

    /**
     * Returns this number rounded to {@code digits} significant digits, ties to even (only a
     * rational can be a tie). Exact for a rational; otherwise {@code sigma sqrt t} is enclosed by
     * rational bounds refined until both ends round alike, so the result is correctly rounded.
     */
    public BigDecimal toDecimal(int digits) {
        if (sigma == 0) {
            return Decimals.round(x, digits);
        }
        if (x.isZero()) {
            return Decimals.sqrt(sigma, t, digits);
        }
        // Enclose sigma*sqrt(t) by rationals [lo, hi] of width shrinking geometrically, and stop when
        // x + lo and x + hi round to the same decimal (an irrational value is never a tie, so this ends).
        for (int extra = 10; ; extra *= 2) {
            Rational[] b = sqrtBounds(t, digits + extra);
            Rational lo = sigma > 0 ? b[0] : b[1].negate();
            Rational hi = sigma > 0 ? b[1] : b[0].negate();
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
        if (q.signum() < 0) {
            return null;
        }
        BigInteger n = IntMath.isqrt(q.numerator());
        BigInteger d = IntMath.isqrt(q.denominator());
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

    /** Equal iff the same number (the normal forms are equal). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof QuadraticSurd)) {
            return false;
        }
        QuadraticSurd q = (QuadraticSurd) o;
        return sigma == q.sigma && x.equals(q.x) && t.equals(q.t);
    }

    @Override
    public int hashCode() {
        return Objects.hash(x, sigma, t);
    }

    /** The normal form: {@code x}, {@code sqrt(t)}, {@code -sqrt(t)}, {@code x + sqrt(t)} or {@code x - sqrt(t)}. */
    @Override
    public String toString() {
        if (sigma == 0) {
            return x.toString();
        }
        String root = "sqrt(" + t + ")";
        if (x.isZero()) {
            return sigma < 0 ? "-" + root : root;
        }
        return x + (sigma < 0 ? " - " : " + ") + root;
    }
}
