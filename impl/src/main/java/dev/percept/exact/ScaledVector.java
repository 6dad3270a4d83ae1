package dev.percept.exact;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        return over(v, lcmOfDenominators(BigInteger.ONE, v, new HashSet<>()));
    }

    /**
     * Returns {@code v} and {@code w} over one common denominator (the lcm of all denominators of
     * both), so that their numerators can be combined directly.
     */
    public static ScaledVector[] common(Rational[] v, Rational[] w) {
        Set<BigInteger> seen = new HashSet<>();
        BigInteger l = lcmOfDenominators(lcmOfDenominators(BigInteger.ONE, v, seen), w, seen);
        return new ScaledVector[] {over(v, l), over(w, l)};
    }

    /**
     * Returns {@code lcm(l, denominators of v)}. Inputs typically repeat a few small denominators
     * many times; each distinct one costs a gcd with the (large) running lcm only once.
     */
    private static BigInteger lcmOfDenominators(BigInteger l, Rational[] v, Set<BigInteger> seen) {
        for (Rational q : v) {
            BigInteger d = q.denominator();
            if (!d.equals(BigInteger.ONE) && seen.add(d)) {
                l = lcm(l, d);
            }
        }
        return l;
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
        // l / d is a long division of the large lcm: compute it once per distinct denominator.
        Map<BigInteger, BigInteger> cofactor = new HashMap<>();
        for (int i = 0; i < v.length; i++) {
            BigInteger d = v[i].denominator();
            n[i] = d.equals(l) ? v[i].numerator() : v[i].numerator().multiply(cofactor.computeIfAbsent(d, l::divide));
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
        return dot(u, DenominatorGroups.of(u), v);
    }

    /**
     * As {@link #dot(Rational[], ScaledVector)}, with the grouping of {@code u} by denominator
     * computed once ({@link DenominatorGroups#of}) and reused: a structured certificate takes a
     * dozen inner products with the same {@code u}, and the grouping (a hash lookup per entry, an
     * lcm and a long division per distinct denominator) would otherwise be redone for each.
     */
    public static Rational dot(Rational[] u, DenominatorGroups g, ScaledVector v) {
        if (u.length != v.num.length || g.groupOf.length != u.length) {
            throw new IllegalArgumentException("length mismatch");
        }
        BigInteger[] acc = new BigInteger[g.cofactor.length];
        for (int i = 0; i < u.length; i++) {
            BigInteger un = u[i].numerator();
            if (un.signum() == 0 || v.num[i].signum() == 0) {
                continue;
            }
            int k = g.groupOf[i];
            BigInteger t = un.multiply(v.num[i]);
            acc[k] = acc[k] == null ? t : acc[k].add(t);
        }
        BigInteger total = BigInteger.ZERO;
        for (int k = 0; k < acc.length; k++) {
            if (acc[k] != null) {
                total = total.add(acc[k].multiply(g.cofactor[k]));
            }
        }
        return Rational.of(total, g.lcm.multiply(v.den));
    }

    /**
     * The entries of a rational vector grouped by denominator: group index of each entry, the lcm
     * {@code L} of the denominators and, per group with denominator {@code delta}, the cofactor
     * {@code L / delta}. Immutable; built in one pass over the vector.
     */
    public static final class DenominatorGroups {
        private final int[] groupOf;
        private final BigInteger[] cofactor;
        private final BigInteger lcm;

        private DenominatorGroups(int[] groupOf, BigInteger[] cofactor, BigInteger lcm) {
            this.groupOf = groupOf;
            this.cofactor = cofactor;
            this.lcm = lcm;
        }

        /** @return the grouping of {@code u}'s entries by their denominators */
        public static DenominatorGroups of(Rational[] u) {
            Map<BigInteger, Integer> index = new HashMap<>();
            List<BigInteger> dens = new ArrayList<>();
            int[] groupOf = new int[u.length];
            BigInteger l = BigInteger.ONE;
            for (int i = 0; i < u.length; i++) {
                BigInteger d = u[i].denominator();
                Integer k = index.get(d);
                if (k == null) {
                    k = dens.size();
                    index.put(d, k);
                    dens.add(d);
                    l = lcm(l, d);
                }
                groupOf[i] = k;
            }
            BigInteger[] cof = new BigInteger[dens.size()];
            for (int k = 0; k < cof.length; k++) {
                cof[k] = l.divide(dens.get(k));
            }
            return new DenominatorGroups(groupOf, cof, l);
        }
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
