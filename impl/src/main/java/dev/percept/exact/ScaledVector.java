package dev.percept.exact;

import java.math.BigInteger;

/**
 * A rational vector in common-denominator form {@code (n_1, ..., n_d) / den} with integer
 * numerators and a positive integer denominator (not necessarily in lowest terms).
 *
 * <p>This is how the structured paths stay {@code O(d)} in the number of big-integer operations:
 * inner products of vectors with one denominator are integer sums, with a single division at the
 * end, instead of {@code d} fraction additions each paying a gcd.
 */
public final class ScaledVector {

    private final BigInteger[] num;
    private final BigInteger den;

    private ScaledVector(BigInteger[] num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    /** Returns {@code v} over the least common multiple of its denominators. */
    public static ScaledVector of(Rational[] v) {
        BigInteger l = BigInteger.ONE;
        for (Rational q : v) {
            l = lcm(l, q.denominator());
        }
        return over(v, l);
    }

    /**
     * Returns {@code v} and {@code w} over one common denominator (the lcm of all denominators of
     * both), so that their numerators can be combined directly.
     */
    public static ScaledVector[] common(Rational[] v, Rational[] w) {
        BigInteger l = BigInteger.ONE;
        for (Rational q : v) {
            l = lcm(l, q.denominator());
        }
        for (Rational q : w) {
            l = lcm(l, q.denominator());
        }
        return new ScaledVector[] {over(v, l), over(w, l)};
    }

    /** Returns {@code num / den} as given (numerators are not copied: callers hand over ownership). */
    public static ScaledVector ofNumerators(BigInteger[] num, BigInteger den) {
        if (den.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
        return new ScaledVector(num, den);
    }

    private static ScaledVector over(Rational[] v, BigInteger l) {
        BigInteger[] n = new BigInteger[v.length];
        for (int i = 0; i < v.length; i++) {
            BigInteger d = v[i].denominator();
            n[i] = d.equals(l) ? v[i].numerator() : v[i].numerator().multiply(l.divide(d));
        }
        return new ScaledVector(n, l);
    }

    /** @return {@code lcm(a, b)} for positive {@code a, b} */
    public static BigInteger lcm(BigInteger a, BigInteger b) {
        if (b.equals(BigInteger.ONE) || a.equals(b)) {
            return a;
        }
        if (a.equals(BigInteger.ONE)) {
            return b;
        }
        return a.divide(a.gcd(b)).multiply(b);
    }

    /** @return the length */
    public int length() {
        return num.length;
    }

    /** @return numerator {@code i} */
    public BigInteger numerator(int i) {
        return num[i];
    }

    /** @return the common denominator */
    public BigInteger denominator() {
        return den;
    }

    /** @return component {@code i} as a canonical rational */
    public Rational get(int i) {
        return Rational.of(num[i], den);
    }

    /** @return all components as canonical rationals (d gcds: only for output) */
    public Rational[] toRationals() {
        Rational[] r = new Rational[num.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = get(i);
        }
        return r;
    }

    /** @return {@code sum n_i m_i}, the numerator of the inner product over {@code den * o.den} */
    public BigInteger dotNumerators(ScaledVector o) {
        if (o.num.length != num.length) {
            throw new IllegalArgumentException("length mismatch");
        }
        BigInteger s = BigInteger.ZERO;
        for (int i = 0; i < num.length; i++) {
            if (num[i].signum() != 0 && o.num[i].signum() != 0) {
                s = s.add(num[i].multiply(o.num[i]));
            }
        }
        return s;
    }

    /** @return the exact inner product as a rational */
    public Rational dot(ScaledVector o) {
        return Rational.of(dotNumerators(o), den.multiply(o.den));
    }

    /**
     * Returns the exact inner product {@code sum u_i v_i} of a vector of canonical rationals
     * {@code u} and a common-denominator vector {@code v}, grouping the terms by the denominator
     * of {@code u_i}: each group sum {@code G_delta = sum u_num_i * V_i} costs a small-by-big
     * multiplication per term, and only one big product per distinct denominator remains. When
     * {@code u} has small entries (the input of a structured computation) this is much cheaper
     * than multiplying two common-denominator numerators, whose size is that of the lcm.
     */
    public static Rational dot(Rational[] u, ScaledVector v) {
        if (u.length != v.num.length) {
            throw new IllegalArgumentException("length mismatch");
        }
        java.util.HashMap<BigInteger, BigInteger[]> groups = new java.util.HashMap<>();
        for (int i = 0; i < u.length; i++) {
            BigInteger un = u[i].numerator();
            if (un.signum() == 0 || v.num[i].signum() == 0) {
                continue;
            }
            BigInteger[] g = groups.computeIfAbsent(u[i].denominator(), k -> new BigInteger[] {BigInteger.ZERO});
            g[0] = g[0].add(un.multiply(v.num[i]));
        }
        BigInteger l = BigInteger.ONE;
        for (BigInteger delta : groups.keySet()) {
            l = lcm(l, delta);
        }
        BigInteger total = BigInteger.ZERO;
        for (java.util.Map.Entry<BigInteger, BigInteger[]> e : groups.entrySet()) {
            total = total.add(e.getValue()[0].multiply(l.divide(e.getKey())));
        }
        return Rational.of(total, l.multiply(v.den));
    }

    /** @return the identity of the numerator array (memo key; the array never changes) */
    public Object numeratorsKey() {
        return num;
    }

    /** @return {@code true} iff every numerator is zero */
    public boolean isZero() {
        for (BigInteger n : num) {
            if (n.signum() != 0) {
                return false;
            }
        }
        return true;
    }
}
