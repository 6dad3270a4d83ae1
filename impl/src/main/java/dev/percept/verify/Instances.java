package dev.percept.verify;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.structured.DenseOrthogonal;
import dev.percept.structured.Permutation;
import java.math.BigInteger;
import java.util.Random;

/**
 * Deterministic generators of exact instances for the built-in suites: random rationals, random
 * permutations (involutions, long cycles, mixed cycle types with fixed points), rational orthogonal
 * matrices that are not symmetric (Cayley transforms), and vectors built to land in a chosen case
 * of Proposition 4.1.
 */
public final class Instances {

    private Instances() {
    }

    /** A rational with numerator in {@code [-maxNum, maxNum]} and denominator in {@code [1, maxDen]}. */
    public static Rational rational(Random rnd, long maxNum, int maxDen) {
        long n = rnd.nextLong() % (maxNum + 1);
        long d = 1 + rnd.nextInt(maxDen);
        return Rational.of(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    /** The zero vector of length d. */
    public static Rational[] zeros(int d) {
        Rational[] z = new Rational[d];
        java.util.Arrays.fill(z, Rational.ZERO);
        return z;
    }

    /** The integers {@code v} as rationals. */
    public static Rational[] integers(long... v) {
        Rational[] r = new Rational[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = Rational.of(v[i]);
        }
        return r;
    }

    /** {@code c v}. */
    public static Rational[] scaled(Rational[] v, Rational c) {
        Rational[] r = new Rational[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = v[i].multiply(c);
        }
        return r;
    }

    /** A vector of {@link #rational}s. */
    public static Rational[] vector(Random rnd, int d, long maxNum, int maxDen) {
        Rational[] a = new Rational[d];
        for (int i = 0; i < d; i++) {
            a[i] = rational(rnd, maxNum, maxDen);
        }
        return a;
    }

    /** A random involution of {@code {1..d}} (1-based image table) with about half the points paired. */
    public static int[] involution(Random rnd, int d) {
        int[] idx = shuffled(rnd, d);
        int[] img = new int[d];
        for (int i = 0; i < d; i++) {
            img[i] = i + 1;
        }
        int pairs = d / 2 == 0 ? 0 : 1 + rnd.nextInt(d / 2);
        for (int k = 0; k < pairs; k++) {
            int u = idx[2 * k];
            int v = idx[2 * k + 1];
            img[u] = v + 1;
            img[v] = u + 1;
        }
        return img;
    }

    /** The single d-cycle {@code (1 2 ... d)} in one-line notation: {@code 2, 3, ..., d, 1}. */
    public static int[] longCycle(int d) {
        int[] img = new int[d];
        for (int i = 0; i < d; i++) {
            img[i] = (i + 1) % d + 1;
        }
        return img;
    }

    /**
     * A random permutation of {@code {1..d}} (1-based one-line notation) made of cycles of random
     * lengths 2 to 7 on a shuffled order, leaving about a quarter of the points fixed: every cycle
     * type with fixed points occurs.
     */
    public static int[] mixedCycles(Random rnd, int d) {
        int[] idx = shuffled(rnd, d);
        int[] img = new int[d];
        for (int i = 0; i < d; i++) {
            img[i] = i + 1;
        }
        int moved = d - d / 4;
        int k = 0;
        while (k + 2 <= moved) {
            int len = Math.min(2 + rnd.nextInt(6), moved - k);
            for (int j = 0; j < len; j++) {
                img[idx[k + j]] = idx[k + (j + 1) % len] + 1;
            }
            k += len;
        }
        return img;
    }

    /** {@code 0..d-1} in random order (Fisher-Yates, from the top). */
    private static int[] shuffled(Random rnd, int d) {
        int[] idx = new int[d];
        for (int i = 0; i < d; i++) {
            idx[i] = i;
        }
        for (int i = d - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        return idx;
    }

    /**
     * A nonzero-when-possible vector with {@code P a = sign a} for any permutation: on each cycle
     * {@code i -> pi(i) -> ...} the entries are {@code c, sign c, c, ...} ({@code (Pa)_i = a_pi(i)}),
     * so for {@code sign = -1} a cycle of odd length must carry 0.
     */
    public static Rational[] fixedUnder(Random rnd, Permutation p, int sign, long maxNum, int maxDen) {
        int d = p.dimension();
        Rational[] a = new Rational[d];
        for (int i = 0; i < d; i++) {
            if (a[i] != null) {
                continue;
            }
            int len = 1;
            for (int j = p.image(i); j != i; j = p.image(j)) {
                len++;
            }
            Rational c = rational(rnd, maxNum, maxDen);
            if (c.isZero()) {
                c = Rational.ONE;
            }
            if (sign < 0 && len % 2 == 1) {
                c = Rational.ZERO;
            }
            Rational v = c;
            int j = i;
            do {
                a[j] = v;
                v = sign < 0 ? v.negate() : v;
                j = p.image(j);
            } while (j != i);
        }
        return a;
    }

    /**
     * A Cayley transform {@code (I - K)(I + K)^-1} of a random rational skew-symmetric K (entries
     * n/q, |n| <= 5, q <= 3) acting on the first {@code d - kernel} coordinates: a rational
     * orthogonal matrix, not symmetric unless K = 0, that fixes the last {@code kernel} coordinates.
     */
    public static DenseOrthogonal cayley(Random rnd, int d, int kernel) {
        Rational[][] k = new Rational[d][d];
        for (Rational[] row : k) {
            java.util.Arrays.fill(row, Rational.ZERO);
        }
        boolean nonzero = false;
        for (int i = 0; i < d - kernel; i++) {
            for (int j = i + 1; j < d - kernel; j++) {
                Rational x = Rational.of(rnd.nextInt(11) - 5, 1 + rnd.nextInt(3));
                k[i][j] = x;
                k[j][i] = x.negate();
                nonzero |= !x.isZero();
            }
        }
        if (!nonzero && d - kernel >= 2) {
            k[0][1] = Rational.ONE;
            k[1][0] = Rational.MINUS_ONE;
        }
        return DenseOrthogonal.cayley(RationalMatrix.of(k));
    }

    /**
     * Returns {@code (a + sign * P a)} for a random {@code a} and an involutive permutation P:
     * symmetric ({@code sign = 1}) or antisymmetric ({@code sign = -1}) under P, since then
     * {@code P(a + sign Pa) = Pa + sign a = sign (a + sign Pa)} (this uses {@code P^2 = I}; for
     * any permutation see {@link #fixedUnder}).
     */
    public static Rational[] symmetrized(Rational[] a, Permutation p, int sign) {
        Rational[] pa = p.apply(a);
        Rational[] out = new Rational[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = sign > 0 ? a[i].add(pa[i]) : a[i].subtract(pa[i]);
        }
        return out;
    }
}
