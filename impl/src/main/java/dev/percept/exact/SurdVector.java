package dev.percept.exact;

import java.math.BigInteger;

/**
 * A vector with coordinates in {@code Q(sqrt r)}, in common-denominator form: coordinate
 * {@code i} is {@code (x_i + y_i sqrt(r)) / den} with integers {@code x_i, y_i} and a positive
 * integer {@code den}.
 *
 * <p>The eigenvectors of Proposition 4.1 have this shape (two coordinates {@code ±sqrt(s±p)}, the
 * rest rational), and so do their images under the structured matrix; equalities between such
 * vectors are decided coordinate-wise on the integer pairs, which is exact and {@code O(d)}.
 * Coordinate-wise equality of the pairs {@code (x_i, y_i)} is sufficient for equality of the
 * numbers (and necessary too when {@code sqrt r} is irrational): a certificate built on it never
 * accepts a false equation.
 */
public final class SurdVector {

    private final BigInteger[] x;
    private final BigInteger[] y;
    private final BigInteger den;
    private final Rational r;

    private SurdVector(BigInteger[] x, BigInteger[] y, BigInteger den, Rational r) {
        this.x = x;
        this.y = y;
        this.den = den;
        this.r = r;
    }

    /**
     * Returns the vector with coordinates {@code (x_i + y_i sqrt r)/den}; the arrays are handed
     * over, not copied.
     */
    public static SurdVector of(BigInteger[] x, BigInteger[] y, BigInteger den, Rational r) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("length mismatch");
        }
        if (den.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
        if (r.signum() < 0) {
            throw new IllegalArgumentException("negative radicand");
        }
        return new SurdVector(x, y, den, r);
    }

    /** @return the length */
    public int length() {
        return x.length;
    }

    /** @return the radicand r */
    public Rational radicand() {
        return r;
    }

    /** @return the common denominator */
    public BigInteger denominator() {
        return den;
    }

    /** @return integer {@code x_i} (rational part numerator) */
    public BigInteger x(int i) {
        return x[i];
    }

    /** @return integer {@code y_i} (coefficient of {@code sqrt r}, numerator) */
    public BigInteger y(int i) {
        return y[i];
    }

    /** @return coordinate {@code i} as an exact element of {@code Q(sqrt r)} */
    public QuadraticSurd get(int i) {
        return QuadraticSurd.of(Rational.of(x[i], den), Rational.of(y[i], den), r);
    }

    /** @return a copy with coordinate {@code i} replaced by {@code (xi + yi sqrt r)/den} */
    public SurdVector with(int i, BigInteger xi, BigInteger yi) {
        BigInteger[] nx = x.clone();
        BigInteger[] ny = y.clone();
        nx[i] = xi;
        ny[i] = yi;
        return new SurdVector(nx, ny, den, r);
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
     * radicand r of {@code v}: with {@code sqrt(r) (x + y sqrt r) = y r + x sqrt r} the equation is
     * coordinate-wise {@code X_i / D = sign y_i r / den} and {@code Y_i / D = sign x_i / den}.
     */
    public boolean equalsSqrtTimes(int sign, SurdVector v) {
        if (!r.equals(v.r) || x.length != v.x.length) {
            return false;
        }
        BigInteger rn = v.r.numerator();
        BigInteger rd = v.r.denominator();
        BigInteger s = BigInteger.valueOf(Integer.signum(sign));
        for (int i = 0; i < x.length; i++) {
            // X_i * den * rd == sign * y_i * rn * D
            BigInteger lhs = x[i].multiply(v.den).multiply(rd);
            BigInteger rhs = s.multiply(v.y[i]).multiply(rn).multiply(den);
            if (lhs.compareTo(rhs) != 0) {
                return false;
            }
            // Y_i * den == sign * x_i * D
            if (y[i].multiply(v.den).compareTo(s.multiply(v.x[i]).multiply(den)) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decides {@code <this, o> = 0} exactly (a sufficient test). For equal radicands the inner
     * product is {@code (sum x x' + r sum y y') + (sum x y' + sum y x') sqrt r}; for different
     * radicands it is {@code sum x x' + sqrt(r') sum x y' + sqrt(r) sum y x' + sqrt(r r') sum y y'}
     * and all four sums are required to vanish.
     */
    public boolean isOrthogonalTo(SurdVector o) {
        if (o.x.length != x.length) {
            throw new IllegalArgumentException("length mismatch");
        }
        BigInteger xx = BigInteger.ZERO;
        BigInteger xy = BigInteger.ZERO;
        BigInteger yx = BigInteger.ZERO;
        BigInteger yy = BigInteger.ZERO;
        for (int i = 0; i < x.length; i++) {
            xx = xx.add(x[i].multiply(o.x[i]));
            xy = xy.add(x[i].multiply(o.y[i]));
            yx = yx.add(y[i].multiply(o.x[i]));
            yy = yy.add(y[i].multiply(o.y[i]));
        }
        if (r.equals(o.r)) {
            BigInteger ratPart = xx.multiply(r.denominator()).add(yy.multiply(r.numerator()));
            return ratPart.signum() == 0 && xy.add(yx).signum() == 0;
        }
        boolean yTerm = r.isZero() || yx.signum() == 0;
        boolean yyTerm = r.isZero() || o.r.isZero() || yy.signum() == 0;
        boolean xyTerm = o.r.isZero() || xy.signum() == 0;
        return xx.signum() == 0 && xyTerm && yTerm && yyTerm;
    }
}
