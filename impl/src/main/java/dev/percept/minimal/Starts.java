package dev.percept.minimal;

import dev.percept.exact.Rational;
import java.math.BigInteger;
import java.util.SplittableRandom;

/**
 * Starting points of the tied model for claim M1, exact and reproducible from a seed.
 *
 * <p>Random unit direction, exactly: draw integers {@code h} (each the sum of 12 uniform integers
 * in [0, 2^16) minus its mean, an Irwin-Hall approximation of a Gaussian, so the direction of h is
 * close to uniform on the sphere; no floating point is involved), round {@code ||h||} up to an
 * integer {@code r}, and map {@code h/r} back to the sphere through the inverse stereographic
 * projection from the pole {@code e_n}: with {@code c = r - h_n} and {@code D = |h'|^2 + c^2}
 * ({@code h'} = all but the last entry), {@code g = (2 c h', |h'|^2 - c^2) / D}. This g is a
 * rational vector of norm exactly 1, and equals {@code h/||h||} when {@code r = ||h||}.
 */
public final class Starts {

    private Starts() {
    }

    /**
     * An exactly unit rational direction in R^n, from a seed.
     *
     * @return {@code {G, D}}: integer numerators G (length n) and the common denominator D as a
     *     one-entry array, so {@code g = G / D} and {@code ||G||^2 = D^2}
     */
    public static BigInteger[][] unitDirection(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        BigInteger[] h = new BigInteger[n];
        BigInteger norm2 = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            long acc = 0;
            for (int j = 0; j < 12; j++) {
                acc += rnd.nextInt(1 << 16);
            }
            h[i] = BigInteger.valueOf(acc - 6L * (1 << 16));
            norm2 = norm2.add(h[i].multiply(h[i]));
        }
        BigInteger r = norm2.sqrt();
        if (r.multiply(r).compareTo(norm2) < 0) {
            r = r.add(BigInteger.ONE);
        }
        BigInteger c = r.subtract(h[n - 1]);
        BigInteger hp2 = norm2.subtract(h[n - 1].multiply(h[n - 1]));
        BigInteger[] gNum = new BigInteger[n];
        if (c.signum() == 0 || hp2.signum() == 0) {
            // h is a nonnegative multiple of e_n (or zero): its direction is e_n itself
            for (int i = 0; i < n; i++) {
                gNum[i] = i == n - 1 ? BigInteger.ONE : BigInteger.ZERO;
            }
            return new BigInteger[][] {gNum, {BigInteger.ONE}};
        }
        BigInteger den = hp2.add(c.multiply(c));
        for (int i = 0; i < n - 1; i++) {
            gNum[i] = BigInteger.TWO.multiply(c).multiply(h[i]);
        }
        gNum[n - 1] = hp2.subtract(c.multiply(c));
        return new BigInteger[][] {gNum, {den}};
    }

    /**
     * The worst-case start {@code theta0 = vmu- + eps g} in R^(d+2), {@code vmu- = (1,-1,1,-1,0,..)/2}
     * (unit, the eigenvector of A2 for -mu up to scale, claim C3) and g {@link #unitDirection}.
     *
     * @return a positive integer multiple of theta0 (the dynamics are scale invariant)
     */
    public static BigInteger[] adversarial(int d, Rational eps, long seed) {
        BigInteger[][] gd = unitDirection(d + 2, seed);
        BigInteger den = gd[1][0];
        // theta0 * 2 q D = q D (1,-1,1,-1,0..) + 2 p G  with eps = p/q
        BigInteger p = eps.numerator();
        BigInteger q = eps.denominator();
        BigInteger[] t = new BigInteger[d + 2];
        BigInteger qd = q.multiply(den);
        for (int i = 0; i < d + 2; i++) {
            BigInteger v = i < 4 ? (i % 2 == 0 ? qd : qd.negate()) : BigInteger.ZERO;
            t[i] = v.add(BigInteger.TWO.multiply(p).multiply(gd[0][i]));
        }
        return t;
    }

    /** The rational start that {@link #adversarial} scales: {@code vmu- + eps g}. */
    public static Rational[] adversarialRational(int d, Rational eps, long seed) {
        BigInteger[][] gd = unitDirection(d + 2, seed);
        Rational[] t = new Rational[d + 2];
        for (int i = 0; i < d + 2; i++) {
            Rational v = i < 4 ? Rational.of(i % 2 == 0 ? 1 : -1, 2) : Rational.ZERO;
            t[i] = v.add(eps.multiply(Rational.of(gd[0][i], gd[1][0])));
        }
        return t;
    }

    /** A random start: the unit direction g itself, as integers G (a positive multiple of g). */
    public static BigInteger[] random(int d, long seed) {
        return unitDirection(d + 2, seed)[0];
    }
}
