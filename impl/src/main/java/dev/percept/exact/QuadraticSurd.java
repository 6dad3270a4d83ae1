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
    /*@ public normal_behavior
      @   requires x != null && y != null && r != null && r.signum() >= 0;
      @   ensures rationalSqrt(r) != null || (\result.rationalPart().equals(x) && \result.surdPartIn(r).equals(y)); // [QuadraticSurd.of.coordinates]
      @   ensures rationalSqrt(r) == null || (\result.isRational() && \result.rationalPart().equals(x.add(y.multiply(rationalSqrt(r))))); // [QuadraticSurd.of.rationalRoot]
      @ also public exceptional_behavior
      @   requires x != null && y != null && r != null && r.signum() < 0;
      @   signals_only IllegalArgumentException; // [QuadraticSurd.of.negativeRadicand]
      @*/
    public /*@ pure @*/ static QuadraticSurd of(Rational x, Rational y, Rational r) {
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
    /*@ public normal_behavior
      @   requires x != null && r != null && r.signum() >= 0;
      @   ensures \result.isRational() && \result.rationalPart().equals(x); // [QuadraticSurd.rational.value]
      @ also public exceptional_behavior
      @   requires x != null && r != null && r.signum() < 0;
      @   signals_only IllegalArgumentException; // [QuadraticSurd.rational.negativeRadicand]
      @*/
    public /*@ pure @*/ static QuadraticSurd rational(Rational x, Rational r) {
        return of(x, Rational.ZERO, r);
    }

    /** Returns {@code sign * sqrt(r)}. */
    /*@ public normal_behavior
      @   requires r != null && r.signum() >= 0;
      @   ensures \result.multiply(\result).equals(QuadraticSurd.rational(sign == 0 ? Rational.ZERO : r, r)); // [QuadraticSurd.sqrt.square]
      @   ensures \result.signum() == (r.signum() == 0 ? 0 : Integer.signum(sign)); // [QuadraticSurd.sqrt.sign]
      @ also public exceptional_behavior
      @   requires r != null && r.signum() < 0;
      @   signals_only IllegalArgumentException; // [QuadraticSurd.sqrt.negativeRadicand]
      @*/
    public /*@ pure @*/ static QuadraticSurd sqrt(int sign, Rational r) {
        return of(Rational.ZERO, Rational.of(Integer.signum(sign)), r);
    }

    /** @return the rational part {@code x} of the normal form */
    /*@ public normal_behavior
      @   ensures QuadraticSurd.of(\result, surdPart(), radicand()).equals(this); // [QuadraticSurd.rationalPart.recomposes]
      @*/
    public /*@ pure @*/ Rational rationalPart() {
        return x;
    }

    /** @return the coefficient of {@code sqrt(radicand())} in the normal form: -1, 0 or 1 */
    /*@ public normal_behavior
      @   ensures \result.equals(Rational.ONE) || \result.equals(Rational.MINUS_ONE) || (\result.signum() == 0 && isRational()); // [QuadraticSurd.surdPart.sign]
      @*/
    public /*@ pure @*/ Rational surdPart() {
        return Rational.of(sigma);
    }

    /** @return the radicand {@code t} of the normal form: not a rational square, or 0 for a rational number */
    /*@ public normal_behavior
      @   ensures (isRational() && \result.signum() == 0) || (\result.signum() > 0 && rationalSqrt(\result) == null); // [QuadraticSurd.radicand.notASquare]
      @*/
    public /*@ pure @*/ Rational radicand() {
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
    /*@ public normal_behavior
      @   requires r != null && isIn(r);
      @   ensures isRational() ? \result.signum() == 0 : QuadraticSurd.of(rationalPart(), \result, r).equals(this); // [QuadraticSurd.surdPartIn.coordinate]
      @ also public exceptional_behavior
      @   requires r != null && !isIn(r);
      @   signals_only IllegalArgumentException; // [QuadraticSurd.surdPartIn.notInField]
      @*/
    public /*@ pure @*/ Rational surdPartIn(Rational r) {
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
    /*@ public normal_behavior
      @   requires r != null;
      @   ensures \result <==> (isRational() || (r.signum() > 0 && rationalSqrt(radicand().divide(r)) != null)); // [QuadraticSurd.isIn.definition]
      @*/
    public /*@ pure @*/ boolean isIn(Rational r) {
        return sigma == 0 || (r.signum() > 0 && rationalSqrt(t.divide(r)) != null);
    }

    /** @return whether this number is rational */
    /*@ public normal_behavior
      @   ensures \result <==> surdPart().signum() == 0; // [QuadraticSurd.isRational.definition]
      @*/
    public /*@ pure @*/ boolean isRational() {
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
    /*@ public normal_behavior
      @   requires o != null && (isRational() || o.isIn(radicand()));
      @   ensures \result.isIn((isRational() ? o.radicand() : radicand())) && \result.rationalPart().equals(rationalPart().add(o.rationalPart()))
      @       && \result.surdPartIn((isRational() ? o.radicand() : radicand())).equals(surdPartIn((isRational() ? o.radicand() : radicand())).add(o.surdPartIn((isRational() ? o.radicand() : radicand())))); // [QuadraticSurd.add.coordinates]
      @ also public exceptional_behavior
      @   requires o != null && !(isRational() || o.isIn(radicand()));
      @   signals_only IllegalArgumentException; // [QuadraticSurd.add.differentFields]
      @*/
    public /*@ pure @*/ QuadraticSurd add(QuadraticSurd o) {
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
    /*@ public normal_behavior
      @   requires o != null && (isRational() || o.isIn(radicand()));
      @   ensures \result.isIn((isRational() ? o.radicand() : radicand())) && \result.rationalPart().equals(rationalPart().subtract(o.rationalPart()))
      @       && \result.surdPartIn((isRational() ? o.radicand() : radicand())).equals(surdPartIn((isRational() ? o.radicand() : radicand())).subtract(o.surdPartIn((isRational() ? o.radicand() : radicand())))); // [QuadraticSurd.subtract.coordinates]
      @ also public exceptional_behavior
      @   requires o != null && !(isRational() || o.isIn(radicand()));
      @   signals_only IllegalArgumentException; // [QuadraticSurd.subtract.differentFields]
      @*/
    public /*@ pure @*/ QuadraticSurd subtract(QuadraticSurd o) {
        return add(o.negate());
    }

    /** @return {@code -this} */
    /*@ public normal_behavior
      @   ensures \result.add(this).isZero(); // [QuadraticSurd.negate.additiveInverse]
      @*/
    public /*@ pure @*/ QuadraticSurd negate() {
        return sigma == 0 && x.isZero() ? this : new QuadraticSurd(x.negate(), -sigma, t);
    }

    /**
     * @return {@code this * o} (a rational operand, or a common field):
     *     {@code (x + sigma sqrt t)(x' + sigma' c sqrt t) = (x x' + sigma sigma' c t) + (x sigma' c + x' sigma) sqrt t}
     */
    /*@ public normal_behavior
      @   requires o != null && (isRational() || o.isIn(radicand()));
      @   ensures \result.isIn((isRational() ? o.radicand() : radicand())) && \result.rationalPart().equals(rationalPart().multiply(o.rationalPart())
      @           .add(surdPartIn((isRational() ? o.radicand() : radicand())).multiply(o.surdPartIn((isRational() ? o.radicand() : radicand()))).multiply((isRational() ? o.radicand() : radicand()))))
      @       && \result.surdPartIn((isRational() ? o.radicand() : radicand())).equals(rationalPart().multiply(o.surdPartIn((isRational() ? o.radicand() : radicand()))).add(surdPartIn((isRational() ? o.radicand() : radicand())).multiply(o.rationalPart()))); // [QuadraticSurd.multiply.coordinates]
      @ also public exceptional_behavior
      @   requires o != null && !(isRational() || o.isIn(radicand()));
      @   signals_only IllegalArgumentException; // [QuadraticSurd.multiply.differentFields]
      @*/
    public /*@ pure @*/ QuadraticSurd multiply(QuadraticSurd o) {
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
    /*@ public normal_behavior
      @   requires q != null;
      @   ensures \result.rationalPart().equals(rationalPart().multiply(q)) && \result.surdPartIn(radicand()).equals(surdPart().multiply(q)); // [QuadraticSurd.multiplyRational.coordinates]
      @*/
    public /*@ pure @*/ QuadraticSurd multiply(Rational q) {
        return normal(x.multiply(q), sigma * q.signum(), q.square().multiply(t));
    }

    /** @return {@code true} iff this equals zero */
    /*@ public normal_behavior
      @   ensures \result <==> (isRational() && rationalPart().signum() == 0); // [QuadraticSurd.isZero.definition]
      @*/
    public /*@ pure @*/ boolean isZero() {
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
    /*@ public normal_behavior
      @   ensures \result == 0 <==> isZero(); // [QuadraticSurd.signum.zero]
      @   ensures rationalPart().signum() * surdPart().signum() < 0 || isZero()
      @       || \result == (rationalPart().signum() != 0 ? rationalPart().signum() : surdPart().signum()); // [QuadraticSurd.signum.agreeingTerms]
      @   ensures rationalPart().signum() * surdPart().signum() >= 0
      @       || \result == (rationalPart().square().compareTo(radicand()) > 0 ? rationalPart().signum() : surdPart().signum()); // [QuadraticSurd.signum.largerTerm]
      @*/
    public /*@ pure @*/ int signum() {
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
    /*@ public normal_behavior
      @   requires o != null;
      @   ensures !(isRational() || o.isIn(radicand())) || \result == subtract(o).signum(); // [QuadraticSurd.compareTo.sameField]
      @   ensures isRational() || o.isIn(radicand()) || \result != 0; // [QuadraticSurd.compareTo.acrossFieldsNeverEqual]
      @   ensures toDecimal(40).compareTo(o.toDecimal(40)) == 0 || \result == toDecimal(40).compareTo(o.toDecimal(40)); // [QuadraticSurd.compareTo.orderOfDecimals]
      @*/
    @Override
    public /*@ pure @*/ int compareTo(QuadraticSurd o) {
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
    /*@ public normal_behavior
      @   requires digits >= 1;
      @   ensures \result.precision() <= digits; // [QuadraticSurd.toDecimal.digits]
      @   ensures QuadraticSurd.rational(Rational.of(\result).subtract(Rational.of(\result.ulp()).divide(Rational.TWO)), Rational.ZERO).compareTo(this) <= 0
      @       && compareTo(QuadraticSurd.rational(Rational.of(\result).add(Rational.of(\result.ulp()).divide(Rational.TWO)), Rational.ZERO)) <= 0; // [QuadraticSurd.toDecimal.halfUlp]
      @*/
    public /*@ pure @*/ BigDecimal toDecimal(int digits) {
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
    /*@ public normal_behavior
      @   requires q != null;
      @   ensures \result == null || (\result.signum() >= 0 && \result.square().equals(q)); // [QuadraticSurd.rationalSqrt.root]
      @   ensures \result != null || q.signum() < 0
      @       || !(q.numerator().sqrt().pow(2).equals(q.numerator()) && q.denominator().sqrt().pow(2).equals(q.denominator())); // [QuadraticSurd.rationalSqrt.noRoot]
      @*/
    public /*@ pure @*/ static Rational rationalSqrt(Rational q) {
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
    /*@ public normal_behavior
      @   ensures \result <==> (o instanceof QuadraticSurd && ((QuadraticSurd) o).rationalPart().equals(rationalPart())
      @       && ((QuadraticSurd) o).surdPart().equals(surdPart()) && ((QuadraticSurd) o).radicand().equals(radicand())); // [QuadraticSurd.equals.sameNormalForm]
      @*/
    @Override
    public /*@ pure @*/ boolean equals(Object o) {
        if (!(o instanceof QuadraticSurd)) {
            return false;
        }
        QuadraticSurd q = (QuadraticSurd) o;
        return sigma == q.sigma && x.equals(q.x) && t.equals(q.t);
    }

    /*@ public normal_behavior
      @   ensures (\forall QuadraticSurd q; q != null && q.equals(this); q.hashCode() == \result); // [QuadraticSurd.hashCode.consistentWithEquals]
      @*/
    @Override
    public /*@ pure @*/ int hashCode() {
        return Objects.hash(x, sigma, t);
    }

    /** The normal form: {@code x}, {@code sqrt(t)}, {@code -sqrt(t)}, {@code x + sqrt(t)} or {@code x - sqrt(t)}. */
    /*@ public normal_behavior
      @   ensures !isRational() || \result.equals(rationalPart().toString()); // [QuadraticSurd.toString.rational]
      @   ensures isRational() || \result.contains("sqrt(" + radicand() + ")"); // [QuadraticSurd.toString.namesTheRadicand]
      @*/
    @Override
    public /*@ pure @*/ String toString() {
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
