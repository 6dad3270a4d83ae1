package dev.percept.minimal;

import dev.percept.model.TieMode;
import dev.percept.structured.Permutation;
import java.math.BigInteger;

/**
 * The exact generalized perceptron for the tied two-layer model (claim M1), run in O(n^2) integer
 * operations per step after an O(n d) setup, where n is the number of data points.
 *
 * <p>Model: {@code theta = (u1, u2, w)}, margin of signed point a: {@code (1/2) theta^T M(a) theta
 * = u1 a^T w + u2 (Pa)^T w}, step {@code theta <- (I + gamma sum_i c_i M(a_i)) theta} with
 * {@code c_i = omega(margin_i)} (spec/minimal-example.md, section "Exact stepping").
 *
 * <p>Why the state is small: {@code M(a) theta = (a^T w, (Pa)^T w, u1 a + u2 Pa)}, so a step needs
 * only the 2n numbers {@code s_i = a_i^T w}, {@code r_i = (P a_i)^T w} besides u1, u2; and the
 * step changes w by a combination of the {@code a_i}, {@code P a_i}, so the new {@code s_j, r_j}
 * follow from the old ones through the Gram numbers {@code G_ji = a_j^T a_i},
 * {@code H_ji = a_j^T P a_i} (using only {@code P^T P = I}: {@code (P a_j)^T P a_i = G_ji}). This is exact: nothing is
 * projected away, the rest of w never influences a margin.
 *
 * <p>Scale: the margins are quadratic in theta and the weights {@code c_i} depend only on their
 * signs, so a positive rescaling of theta commutes with the step. With integer data {@code A_i}
 * (= a positive multiple of {@code a_i}) the integer step {@code Theta <- K Theta + sum_i (2 c_i)
 * M(A_i) Theta} equals the rational step times the positive factor {@code K} when
 * {@code K = 2 (A_i/a_i) / gamma}; every number stays an integer and no gcd is ever taken.
 */
public final class ReducedTiedPerceptron implements Stepping {
    private final BigInteger k;
    private final TieMode tie;
    private final BigInteger[][] g;
    private final BigInteger[][] h;
    private BigInteger u1;
    private BigInteger u2;
    private BigInteger[] s;
    private BigInteger[] r;
    private int steps;

    /**
     * Sets up the reduced state in O(n d).
     *
     * @param signedPoints the integer signed points {@code A_i} (n rows of length d)
     * @param p the permutation P (dimension d; any permutation, the reduction uses only P^T P = I)
     * @param theta0 the integer start {@code (u1, u2, w)} of length d+2 (any positive multiple of
     *     the rational start)
     * @param k the integer factor K of the scaled step (positive)
     * @param tie the tie rule
     */
    public ReducedTiedPerceptron(BigInteger[][] signedPoints, Permutation p, BigInteger[] theta0, BigInteger k,
            TieMode tie) {
        int n = signedPoints.length;
        int d = p.dimension();
        if (theta0.length != d + 2) {
            throw new IllegalArgumentException("theta0 has " + theta0.length + " entries, expected d+2 = " + (d + 2));
        }
        if (k.signum() <= 0) {
            throw new IllegalArgumentException("K must be positive");
        }
        this.k = k;
        this.tie = tie;
        this.g = new BigInteger[n][n];
        this.h = new BigInteger[n][n];
        this.s = new BigInteger[n];
        this.r = new BigInteger[n];
        this.u1 = theta0[0];
        this.u2 = theta0[1];
        for (int j = 0; j < n; j++) {
            BigInteger[] aj = signedPoints[j];
            s[j] = BigInteger.ZERO;
            r[j] = BigInteger.ZERO;
            for (int x = 0; x < d; x++) {
                s[j] = s[j].add(aj[x].multiply(theta0[2 + x]));
                r[j] = r[j].add(aj[p.image(x)].multiply(theta0[2 + x]));
            }
            for (int i = 0; i < n; i++) {
                BigInteger gg = BigInteger.ZERO;
                BigInteger hh = BigInteger.ZERO;
                for (int x = 0; x < d; x++) {
                    gg = gg.add(aj[x].multiply(signedPoints[i][x]));
                    hh = hh.add(aj[x].multiply(signedPoints[i][p.image(x)]));
                }
                g[j][i] = gg;
                h[j][i] = hh;
            }
        }
    }

    /** @return the integer margin of point i, a positive multiple of {@code (1/2) theta^T M(a_i) theta} */
    public BigInteger margin(int i) {
        return u1.multiply(s[i]).add(u2.multiply(r[i]));
    }

    /** @return {@code 2 omega(margin_i)} for every point, by {@link TieMode#twiceOmega} */
    public int[] twiceWeights() {
        int[] c = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            c[i] = tie.twiceOmega(margin(i).signum());
        }
        return c;
    }

    /** @return whether every margin is positive */
    @Override
    public boolean separated() {
        for (int i = 0; i < s.length; i++) {
            if (margin(i).signum() <= 0) {
                return false;
            }
        }
        return true;
    }

    /** Makes one scaled step {@code Theta <- K Theta + sum_i (2 c_i) M(A_i) Theta}, in O(n^2). */
    @Override
    public void step() {
        int n = s.length;
        int[] c = twiceWeights();
        BigInteger du1 = BigInteger.ZERO;
        BigInteger du2 = BigInteger.ZERO;
        BigInteger[] ns = new BigInteger[n];
        BigInteger[] nr = new BigInteger[n];
        for (int j = 0; j < n; j++) {
            ns[j] = k.multiply(s[j]);
            nr[j] = k.multiply(r[j]);
        }
        for (int i = 0; i < n; i++) {
            if (c[i] == 0) {
                continue;
            }
            BigInteger ci = BigInteger.valueOf(c[i]);
            du1 = du1.add(ci.multiply(s[i]));
            du2 = du2.add(ci.multiply(r[i]));
            for (int j = 0; j < n; j++) {
                // w gains c_i (u1 A_i + u2 P A_i); A_j^T P A_i = H_ji and (P A_j)^T P A_i = G_ji
                ns[j] = ns[j].add(ci.multiply(u1.multiply(g[j][i]).add(u2.multiply(h[j][i]))));
                nr[j] = nr[j].add(ci.multiply(u1.multiply(h[i][j]).add(u2.multiply(g[j][i]))));
            }
        }
        u1 = k.multiply(u1).add(du1);
        u2 = k.multiply(u2).add(du2);
        s = ns;
        r = nr;
        steps++;
    }


    /** @return the number of updates made so far */
    public int steps() {
        return steps;
    }

    /** @return u1 (scaled) */
    public BigInteger u1() {
        return u1;
    }

    /** @return u2 (scaled) */
    public BigInteger u2() {
        return u2;
    }

    /** @return {@code s_i = A_i^T w} (scaled) */
    public BigInteger s(int i) {
        return s[i];
    }

    /** @return {@code r_i = (P A_i)^T w} (scaled) */
    public BigInteger r(int i) {
        return r[i];
    }

    /** @return the bit length of the largest state entry (how far the exact numbers have grown) */
    public int maxBits() {
        int b = Math.max(u1.bitLength(), u2.bitLength());
        for (int i = 0; i < s.length; i++) {
            b = Math.max(b, Math.max(s[i].bitLength(), r[i].bitLength()));
        }
        return b;
    }
}
