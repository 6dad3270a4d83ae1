package dev.percept.verify;

import dev.percept.exact.Rational;
import dev.percept.structured.PermutationInvolution;
import java.math.BigInteger;
import java.util.Random;

/**
 * Deterministic generators of exact instances for the built-in suites: random rationals, random
 * involutions, and vectors built to land in a chosen case of Proposition 4.1.
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

    /**
     * Returns {@code (a + sign * P a)} for a random {@code a}: symmetric ({@code sign = 1}) or
     * antisymmetric ({@code sign = -1}) under P, since {@code P(a + sign Pa) = sign (a + sign Pa)}.
     */
    public static Rational[] symmetrized(Rational[] a, PermutationInvolution p, int sign) {
        Rational[] pa = p.apply(a);
        Rational[] out = new Rational[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = sign > 0 ? a[i].add(pa[i]) : a[i].subtract(pa[i]);
        }
        return out;
    }
}
