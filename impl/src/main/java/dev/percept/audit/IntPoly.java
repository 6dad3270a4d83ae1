package dev.percept.audit;

import dev.percept.exact.Polynomial;
import dev.percept.exact.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact operations on integer polynomials {@code c[0] + c[1] x + ... + c[m] x^m} held as
 * {@code BigInteger[]} (lowest first, no trailing zeros): primitive parts, pseudo-remainders,
 * gcd by the primitive PRS, exact division, signs at rational points and the square-free
 * decomposition with multiplicities. Everything is integer arithmetic: roots, not constant
 * factors, are what the audit needs, so results are normalised up to a positive constant.
 */
public final class IntPoly {

    private IntPoly() {
    }

    /** Integer polynomial with the same roots as {@code p} (denominators cleared, made primitive). */
    public static BigInteger[] fromPolynomial(Polynomial p) {
        int m = p.degree();
        BigInteger l = BigInteger.ONE;
        for (int k = 0; k <= m; k++) {
            BigInteger d = p.coefficient(k).denominator();
            l = l.divide(l.gcd(d)).multiply(d);
        }
        BigInteger[] c = new BigInteger[m + 1];
        for (int k = 0; k <= m; k++) {
            Rational q = p.coefficient(k);
            c[k] = q.numerator().multiply(l.divide(q.denominator()));
        }
        return primitive(c);
    }

    /** @return the degree, -1 for the zero polynomial */
    public static int degree(BigInteger[] c) {
        return c.length - 1;
    }

    static BigInteger[] trim(BigInteger[] c) {
        int n = c.length;
        while (n > 0 && c[n - 1].signum() == 0) {
            n--;
        }
        return n == c.length ? c : Arrays.copyOf(c, n);
    }

    /** The derivative. */
    public static BigInteger[] derivative(BigInteger[] c) {
        if (c.length <= 1) {
            return new BigInteger[0];
        }
        BigInteger[] r = new BigInteger[c.length - 1];
        for (int k = 1; k < c.length; k++) {
            r[k - 1] = c[k].multiply(BigInteger.valueOf(k));
        }
        return trim(r);
    }

    /** Divides by the content and makes the leading coefficient positive. */
    public static BigInteger[] primitive(BigInteger[] c) {
        c = trim(c);
        if (c.length == 0) {
            return c;
        }
        BigInteger g = BigInteger.ZERO;
        for (BigInteger v : c) {
            g = g.gcd(v);
            if (g.equals(BigInteger.ONE)) {
                break;
            }
        }
        if (c[c.length - 1].signum() < 0) {
            g = g.negate();
        }
        if (g.equals(BigInteger.ONE)) {
            return c;
        }
        BigInteger[] r = new BigInteger[c.length];
        for (int k = 0; k < c.length; k++) {
            r[k] = c[k].divide(g);
        }
        return r;
    }

    /** Divides by the positive content only (keeps the sign of every coefficient). */
    static BigInteger[] primitiveKeepSign(BigInteger[] c) {
        BigInteger[] p = primitive(c);
        if (p.length > 0 && c[c.length - 1].signum() < 0) {
            return negate(p);
        }
        return p;
    }

    /** {@code -c}. */
    static BigInteger[] negate(BigInteger[] c) {
        BigInteger[] r = new BigInteger[c.length];
        for (int i = 0; i < c.length; i++) {
            r[i] = c[i].negate();
        }
        return r;
    }

    /**
     * Pseudo-division: returns {q, r} with {@code |lc(b)|^(deg a - deg b + 1) a = q b + r} and
     * {@code deg r < deg b}. Using {@code |lc(b)|} keeps the sign of the remainder, which Sturm
     * sequences need.
     */
    static BigInteger[][] pseudoDivide(BigInteger[] a, BigInteger[] b) {
        int db = b.length - 1;
        BigInteger lc = b[db];
        BigInteger lcAbs = lc.abs();
        int sign = lc.signum();
        BigInteger[] r = a.clone();
        int da = a.length - 1;
        if (da < db) {
            return new BigInteger[][] {new BigInteger[0], r};
        }
        BigInteger[] q = new BigInteger[da - db + 1];
        Arrays.fill(q, BigInteger.ZERO);
        for (int k = da; k >= db; k--) {
            BigInteger t = r[k];
            // r <- |lc| r - sign*t x^(k-db) b : kills x^k, keeps positivity of the scaling
            for (int i = 0; i < k; i++) {
                r[i] = r[i].multiply(lcAbs);
            }
            r[k] = BigInteger.ZERO;
            if (t.signum() != 0) {
                BigInteger st = sign > 0 ? t : t.negate();
                for (int i = 0; i < db; i++) {
                    r[i + k - db] = r[i + k - db].subtract(st.multiply(b[i]));
                }
            }
            for (int i = 0; i < q.length; i++) {
                q[i] = q[i].multiply(lcAbs);
            }
            q[k - db] = sign > 0 ? t : t.negate();
        }
        return new BigInteger[][] {trim(q), trim(Arrays.copyOf(r, db))};
    }

    /** Greatest common divisor (primitive, positive leading coefficient) by the primitive PRS. */
    public static BigInteger[] gcd(BigInteger[] a, BigInteger[] b) {
        a = primitive(a);
        b = primitive(b);
        if (a.length < b.length) {
            BigInteger[] t = a;
            a = b;
            b = t;
        }
        while (b.length > 0) {
            BigInteger[] r = primitive(pseudoDivide(a, b)[1]);
            a = b;
            b = r;
        }
        return primitive(a);
    }

    /** Exact quotient {@code a / b} up to a positive constant, made primitive; fails if b does not divide a. */
    public static BigInteger[] divideExact(BigInteger[] a, BigInteger[] b) {
        BigInteger[][] qr = pseudoDivide(a, b);
        if (qr[1].length != 0) {
            throw new IllegalStateException("internal error: polynomial division is not exact");
        }
        return primitive(qr[0]);
    }

    /** Product {@code a b}. */
    public static BigInteger[] multiply(BigInteger[] a, BigInteger[] b) {
        if (a.length == 0 || b.length == 0) {
            return new BigInteger[0];
        }
        BigInteger[] r = new BigInteger[a.length + b.length - 1];
        Arrays.fill(r, BigInteger.ZERO);
        for (int i = 0; i < a.length; i++) {
            if (a[i].signum() == 0) {
                continue;
            }
            for (int j = 0; j < b.length; j++) {
                r[i + j] = r[i + j].add(a[i].multiply(b[j]));
            }
        }
        return r;
    }

    /** Sign of {@code c(n/d)}, {@code d > 0}, by homogeneous Horner evaluation in integers. */
    public static int signAt(BigInteger[] c, BigInteger n, BigInteger d) {
        int m = c.length - 1;
        if (m < 0) {
            return 0;
        }
        BigInteger v = c[m];
        BigInteger dp = BigInteger.ONE;
        for (int i = m - 1; i >= 0; i--) {
            dp = dp.multiply(d);
            v = v.multiply(n);
            if (c[i].signum() != 0) {
                v = v.add(c[i].multiply(dp));
            }
        }
        return v.signum();
    }

    /**
     * Sign of {@code c(x)}, exact. Polynomials of degree {@link #BALL_MIN_DEGREE} or more are first
     * evaluated in ball arithmetic ({@link BallHorner}), which decides the sign at a few hundred bits
     * unless {@code c(x)} is 0 or extremely small; otherwise (and for small degrees) exact integer
     * Horner: dyadic {@code x} takes the shift-only path.
     */
    public static int signAt(BigInteger[] c, Rational x) {
        int fast = ballSign(c, x);
        return fast != 0 ? fast : exactSignAt(c, x);
    }

    /** Sign of {@code c(x)} by exact integer Horner only (dyadic {@code x} takes the shift-only path). */
    static int exactSignAt(BigInteger[] c, Rational x) {
        BigInteger d = x.denominator();
        if (d.bitCount() == 1) {
            return signAtDyadic(c, x.numerator(), d.bitLength() - 1);
        }
        return signAt(c, x.numerator(), x.denominator());
    }

    /** From this degree on, {@link #signAt(BigInteger[], Rational)} tries ball arithmetic before exact arithmetic. */
    static final int BALL_MIN_DEGREE = 12;

    /**
     * The sign of {@code c(x)} when ball arithmetic at the initial precision or 4 times it decides
     * it ({@link BallHorner}: then it is the exact sign), else 0; always 0 below
     * {@link #BALL_MIN_DEGREE}, where exact evaluation is cheap.
     */
    static int ballSign(BigInteger[] c, Rational x) {
        if (c.length - 1 < BALL_MIN_DEGREE) {
            return 0;
        }
        int prec = BallHorner.initialPrecision(c.length - 1);
        for (int attempt = 0; attempt < 2; attempt++, prec *= 4) {
            int s = BallHorner.sign(c, x, prec);
            if (s != 0) {
                return s;
            }
        }
        return 0;
    }

    /** Sign of {@code c(n / 2^k)}: Horner on {@code sum c_i n^i 2^(k(m-i))} with shifts instead of products. */
    static int signAtDyadic(BigInteger[] c, BigInteger n, int k) {
        return c.length == 0 ? 0 : scaledValueAtDyadic(c, n, k).signum();
    }

    /**
     * {@code 2^(k m) c(n / 2^k)} for {@code c} of degree {@code m >= 0}, an integer: Horner on
     * {@code sum c_i n^i 2^(k(m-i))}, with shifts instead of products by powers of the denominator.
     */
    static BigInteger scaledValueAtDyadic(BigInteger[] c, BigInteger n, int k) {
        int m = c.length - 1;
        BigInteger v = c[m];
        for (int i = m - 1; i >= 0; i--) {
            v = v.multiply(n);
            if (c[i].signum() != 0) {
                v = v.add(c[i].shiftLeft(k * (m - i)));
            }
        }
        return v;
    }

    /**
     * Cheap sufficient test of square-freeness: if {@code gcd(c, c') = 1} modulo a prime that does
     * not divide the leading coefficient, then the gcd over Z is 1 (its degree can only grow
     * modulo p).
     */
    static boolean squareFreeModP(BigInteger[] c, long p) {
        BigInteger bp = BigInteger.valueOf(p);
        if (c[c.length - 1].mod(bp).signum() == 0) {
            return false;
        }
        long[] a = modP(c, p);
        long[] b = modP(derivative(c), p);
        while (b.length > 0) {
            long[] r = remModP(a, b, p);
            a = b;
            b = r;
        }
        return a.length == 1;
    }

    private static long[] modP(BigInteger[] c, long p) {
        BigInteger bp = BigInteger.valueOf(p);
        long[] r = new long[c.length];
        for (int i = 0; i < c.length; i++) {
            r[i] = c[i].mod(bp).longValue();
        }
        return trimL(r);
    }

    private static long[] trimL(long[] c) {
        int n = c.length;
        while (n > 0 && c[n - 1] == 0) {
            n--;
        }
        return Arrays.copyOf(c, n);
    }

    private static long[] remModP(long[] a, long[] b, long p) {
        long[] r = a.clone();
        int db = b.length - 1;
        long inv = BigInteger.valueOf(b[db]).modInverse(BigInteger.valueOf(p)).longValue();
        for (int k = r.length - 1; k >= db; k--) {
            long t = r[k] * inv % p;
            if (t == 0) {
                continue;
            }
            for (int i = 0; i <= db; i++) {
                r[i + k - db] = Math.floorMod(r[i + k - db] - t * b[i] % p, p);
            }
        }
        return trimL(Arrays.copyOf(r, db));
    }

    /**
     * Square-free decomposition: returns {@code F} with {@code F.get(j-1)} the product of the
     * distinct linear factors of multiplicity exactly {@code j} (constant 1 when none), so
     * {@code c = const * prod F_j^j}. Musser's gcd form of Yun's algorithm: {@code a = gcd(c, c')},
     * {@code b = c / a}; repeatedly {@code g = gcd(a, b)}, {@code F_j = b / g}, {@code a = a / g},
     * {@code b = g}. Only gcds and exact divisions, so the constants cannot go wrong.
     */
    public static List<BigInteger[]> squareFree(BigInteger[] c) {
        c = primitive(c);
        List<BigInteger[]> out = new ArrayList<>();
        if (c.length <= 2 || squareFreeModP(c, 2147483629L) || squareFreeModP(c, 2147483587L)) {
            out.add(c);
            return out;
        }
        BigInteger[] a = gcd(c, derivative(c));
        BigInteger[] b = divideExact(c, a);
        while (b.length > 1) {
            BigInteger[] g = gcd(a, b);
            out.add(divideExact(b, g));
            a = divideExact(a, g);
            b = g;
        }
        return out;
    }
}
