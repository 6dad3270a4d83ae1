package dev.percept.exact;

import java.math.BigInteger;

/**
 * A vector with coordinates in {@code Q(sqrt r)}, in common-denominator form: coordinate
 * {@code i} is {@code x_i / xDen + (y_i / yDen) sqrt(r)} with integers {@code x_i, y_i} and
 * positive integer denominators shared by all rational parts and by all surd parts.
 *
 * <p>The eigenvectors of Proposition 4.1 have this shape (two coordinates {@code ±sqrt(s±p)}, the
 * rest rational), and so do their images under the structured matrix; equalities between such
 * vectors are decided coordinate-wise on the integer pairs, which is exact and {@code O(d)}.
 * Coordinate-wise equality of rational and surd parts is sufficient for equality of the numbers
 * (and necessary too when {@code sqrt r} is irrational): a certificate built on it never accepts a
 * false equation. Immutable: the arrays handed to the factories must not be changed afterwards.
 */
public final class SurdVector {

    private final BigInteger[] x;
    private final BigInteger[] y;
    private final BigInteger xDen;
    private final BigInteger yDen;
    private final Rational r;

    private SurdVector(BigInteger[] x, BigInteger xDen, BigInteger[] y, BigInteger yDen, Rational r) {
        this.x = x;
        this.y = y;
        this.xDen = xDen;
        this.yDen = yDen;
        this.r = r;
    }

    /**
     * Returns the vector with coordinates {@code (x_i + y_i sqrt r)/den}; the arrays are handed
     * over, not copied.
     */
    public static SurdVector of(BigInteger[] x, BigInteger[] y, BigInteger den, Rational r) {
        return of(x, den, y, den, r);
    }

    /**
     * Returns the vector with coordinates {@code x_i/xDen + (y_i/yDen) sqrt r}; the arrays are
     * handed over, not copied.
     */
    public static SurdVector of(BigInteger[] x, BigInteger xDen, BigInteger[] y, BigInteger yDen, Rational r) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("length mismatch");
        }
        if (xDen.signum() <= 0 || yDen.signum() <= 0) {
            throw new IllegalArgumentException("denominators must be positive");
        }
        if (r.signum() < 0) {
            throw new IllegalArgumentException("negative radicand");
        }
        return new SurdVector(x, xDen, y, yDen, r);
    }

    /** @return the length */
    public int length() {
        return x.length;
    }

    /** @return the radicand r */
    public Rational radicand() {
        return r;
    }

    /** @return the common denominator of the rational parts */
    public BigInteger denominator() {
        return xDen;
    }

    /** @return the common denominator of the rational parts */
    public BigInteger xDenominator() {
        return xDen;
    }

    /** @return the common denominator of the coefficients of {@code sqrt r} */
    public BigInteger yDenominator() {
        return yDen;
    }

    /** @return integer {@code x_i} (rational part numerator) */
    public BigInteger x(int i) {
        return x[i];
    }

    /** @return integer {@code y_i} (coefficient of {@code sqrt r}, numerator) */
    public BigInteger y(int i) {
        return y[i];
    }

    /** @return the rational part {@code x_i / xDen} of coordinate {@code i}, relative to this vector's radicand */
    public Rational rationalPart(int i) {
        return Rational.of(x[i], xDen);
    }

    /** @return the coefficient {@code y_i / yDen} of {@code sqrt(radicand())} in coordinate {@code i} */
    public Rational surdPart(int i) {
        return Rational.of(y[i], yDen);
    }

    /** @return coordinate {@code i} as an exact number (in {@link QuadraticSurd}'s normal form) */
    public QuadraticSurd get(int i) {
        return QuadraticSurd.of(Rational.of(x[i], xDen), Rational.of(y[i], yDen), r);
    }

    /** @return the rational parts {@code x_i / xDen} as a common-denominator vector */
    public ScaledVector rationalParts() {
        return ScaledVector.ofNumerators(x, xDen);
    }

    /** @return the surd coefficients {@code y_i / yDen} as a common-denominator vector */
    public ScaledVector surdParts() {
        return ScaledVector.ofNumerators(y, yDen);
    }

    /**
     * @return a copy with coordinate {@code i} replaced by {@code xi/xDen + (yi/yDen) sqrt r}
     *     (with a single denominator, {@code (xi + yi sqrt r)/den})
     */
    public SurdVector with(int i, BigInteger xi, BigInteger yi) {
        BigInteger[] nx = x.clone();
        BigInteger[] ny = y.clone();
        nx[i] = xi;
        ny[i] = yi;
        return new SurdVector(nx, xDen, ny, yDen, r);
    }

    /** @return {@code true} iff every coordinate is zero */
    public boolean isZero() {
        for (int i = 0; i < x.length; i++) {
            if (x[i].signum() != 0 || (y[i].signum() != 0 && r.signum() != 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decides {@code this == sign * sqrt(r) * v} exactly, for {@code this} and {@code v} with the
     * radicand r of {@code v}: since {@code sqrt(r) (x + y sqrt r) = y r + x sqrt r}, the equation
     * is coordinate-wise {@code X_i / XDen = sign y_i r / yDen} and {@code Y_i / YDen = sign x_i / xDen}.
     */
    public boolean equalsSqrtTimes(int sign, SurdVector v) {
        if (!r.equals(v.r) || x.length != v.x.length) {
            return false;
        }
        int sg = Integer.signum(sign);
        // Rational parts: X_i * yDen * rd == sg * y_i * rn * XDen.
        BigInteger lhsScale = v.yDen.multiply(v.r.denominator());
        BigInteger rhsScale = v.r.numerator().multiply(xDen);
        for (int i = 0; i < x.length; i++) {
            if (!sameRatio(x[i], lhsScale, sg, v.y[i], rhsScale)) {
                return false;
            }
        }
        // Surd parts: Y_i * xDen == sg * x_i * YDen.
        for (int i = 0; i < x.length; i++) {
            if (!sameRatio(y[i], v.xDen, sg, v.x[i], yDen)) {
                return false;
            }
        }
        return true;
    }

    /** Decides {@code a * aScale == sign * b * bScale}, skipping the products when possible. */
    private static boolean sameRatio(BigInteger a, BigInteger aScale, int sign, BigInteger b, BigInteger bScale) {
        int sa = a.signum();
        int sb = b.signum() * sign;
        if (sa != sb) {
            return false;
        }
        if (sa == 0) {
            return true;
        }
        if (aScale.equals(bScale)) {
            return sign >= 0 ? a.equals(b) : a.equals(b.negate());
        }
        BigInteger rhs = b.multiply(bScale);
        return a.multiply(aScale).equals(sign >= 0 ? rhs : rhs.negate());
    }

    /**
     * Decides {@code this == sign * v} exactly, coordinate by coordinate on the integer pairs (both
     * vectors in the same field {@code Q(sqrt r)}).
     */
    public boolean equalsTimes(int sign, SurdVector v) {
        if (!r.equals(v.r) || x.length != v.x.length) {
            return false;
        }
        int sg = Integer.signum(sign);
        for (int i = 0; i < x.length; i++) {
            // x_i / xDen == sg v.x_i / v.xDen and y_i / yDen == sg v.y_i / v.yDen
            if (!sameRatio(x[i], v.xDen, sg, v.x[i], xDen) || (r.signum() != 0 && !sameRatio(y[i], v.yDen, sg, v.y[i], yDen))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns {@code k * this} for {@code k} in the same field: coordinate-wise
     * {@code (kx + ky sqrt r)(x_i + y_i sqrt r) = (kx x_i + ky r y_i) + (kx y_i + ky x_i) sqrt r},
     * over common denominators, {@code O(d)} big-integer products and no gcd.
     */
    public SurdVector times(QuadraticSurd k) {
        // k = kx + ky sqrt(r) in this vector's field (throws if k is not in it)
        Rational kx = k.rationalPart();
        Rational ky = k.surdPartIn(r);
        Rational kyr = ky.multiply(r);
        // rational part: kx x/xDen + (ky r) y/yDen over l1; surd part: kx y/yDen + ky x/xDen over l2
        BigInteger d1 = kx.denominator().multiply(xDen);
        BigInteger d2 = kyr.denominator().multiply(yDen);
        BigInteger l1 = ScaledVector.lcm(d1, d2);
        BigInteger d3 = kx.denominator().multiply(yDen);
        BigInteger d4 = ky.denominator().multiply(xDen);
        BigInteger l2 = ScaledVector.lcm(d3, d4);
        BigInteger f1 = kx.numerator().multiply(l1.divide(d1));
        BigInteger f2 = kyr.numerator().multiply(l1.divide(d2));
        BigInteger f3 = kx.numerator().multiply(l2.divide(d3));
        BigInteger f4 = ky.numerator().multiply(l2.divide(d4));
        BigInteger[] nx = new BigInteger[x.length];
        BigInteger[] ny = new BigInteger[x.length];
        for (int i = 0; i < x.length; i++) {
            nx[i] = times(f1, x[i]).add(times(f2, y[i]));
            ny[i] = times(f3, y[i]).add(times(f4, x[i]));
        }
        return new SurdVector(nx, l1, ny, l2, r);
    }

    private static BigInteger times(BigInteger f, BigInteger v) {
        return f.signum() == 0 || v.signum() == 0 ? BigInteger.ZERO : f.multiply(v);
    }

    /**
     * Returns the exact inner product {@code <this, o>} of two vectors of the same field
     * {@code Q(sqrt r)}: {@code (sum x x' + r sum y y') + (sum x y' + sum y x') sqrt r}.
     */
    public QuadraticSurd dot(SurdVector o) {
        if (!r.equals(o.r) || o.x.length != x.length) {
            throw new IllegalArgumentException("different fields or lengths");
        }
        Rational xx = Rational.of(rationalParts().dotNumerators(o.rationalParts()), xDen.multiply(o.xDen));
        Rational yy = Rational.of(surdParts().dotNumerators(o.surdParts()), yDen.multiply(o.yDen));
        Rational xy = Rational.of(rationalParts().dotNumerators(o.surdParts()), xDen.multiply(o.yDen));
        Rational yx = Rational.of(surdParts().dotNumerators(o.rationalParts()), yDen.multiply(o.xDen));
        return QuadraticSurd.of(xx.add(r.multiply(yy)), xy.add(yx), r);
    }

    /**
     * Decides {@code <this, o> = 0} exactly (a sufficient test). For equal radicands the inner
     * product is {@code (sum x x' + r sum y y') + (sum x y' + sum y x') sqrt r}; for different
     * radicands it is {@code sum x x' + sqrt(r') sum x y' + sqrt(r) sum y x' + sqrt(r r') sum y y'}
     * and all four sums are required to vanish.
     */
    public boolean isOrthogonalTo(SurdVector o) {
        return isOrthogonalTo(o, new DotMemo());
    }

    /**
     * As {@link #isOrthogonalTo(SurdVector)}, reusing numerator sums of rational parts already
     * computed for the same pair of arrays (eigenvectors of Proposition 4.1 share their rational
     * part between the eigenvalues {@code ±sqrt(q)}, so half the {@code O(d)} sums repeat).
     */
    public boolean isOrthogonalTo(SurdVector o, DotMemo memo) {
        if (o.x.length != x.length) {
            throw new IllegalArgumentException("length mismatch");
        }
        // Numerator sums; their denominators are the products of the two vectors' denominators.
        BigInteger xx = memo.dot(x, o.x, () -> rationalParts().dotNumerators(o.rationalParts()));
        BigInteger xy = rationalParts().dotNumerators(o.surdParts());
        BigInteger yx = surdParts().dotNumerators(o.rationalParts());
        BigInteger yy = surdParts().dotNumerators(o.surdParts());
        if (r.equals(o.r)) {
            // xx/(xD xD') + r yy/(yD yD') = 0 and xy/(xD yD') + yx/(yD xD') = 0.
            Rational ratPart = Rational.of(xx, xDen.multiply(o.xDen)).add(r.multiply(Rational.of(yy, yDen.multiply(o.yDen))));
            Rational surdPart = Rational.of(xy, xDen.multiply(o.yDen)).add(Rational.of(yx, yDen.multiply(o.xDen)));
            return ratPart.isZero() && surdPart.isZero();
        }
        boolean yTerm = r.isZero() || yx.signum() == 0;
        boolean yyTerm = r.isZero() || o.r.isZero() || yy.signum() == 0;
        boolean xyTerm = o.r.isZero() || xy.signum() == 0;
        return xx.signum() == 0 && xyTerm && yTerm && yyTerm;
    }

    /**
     * A memo of inner products of numerator arrays, keyed by the identity of the two arrays (the
     * arrays of a {@code SurdVector} never change, so identity determines the value).
     */
    public static final class DotMemo {
        private final java.util.IdentityHashMap<Object, java.util.IdentityHashMap<Object, Object>> memo = new java.util.IdentityHashMap<>();

        /** An empty memo. */
        public DotMemo() {
        }

        /** Returns the memoised value for {@code (u, v)} or computes and stores it. */
        @SuppressWarnings("unchecked")
        public <T> T dot(Object u, Object v, java.util.function.Supplier<T> compute) {
            java.util.IdentityHashMap<Object, Object> inner = memo.computeIfAbsent(u, k -> new java.util.IdentityHashMap<>());
            Object r = inner.get(v);
            if (r == null) {
                r = compute.get();
                inner.put(v, r);
                memo.computeIfAbsent(v, k -> new java.util.IdentityHashMap<>()).put(u, r);
            }
            return (T) r;
        }
    }
}
