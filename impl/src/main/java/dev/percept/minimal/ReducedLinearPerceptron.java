package dev.percept.minimal;

import dev.percept.model.TieMode;
import java.math.BigInteger;

/**
 * The exact batch perceptron for the linear model {@code f = v^T x} from {@code v = 0} (claim M1),
 * step {@code v <- v + sum_i omega(a_i^T v) a_i}, run on the margins alone: from {@code v = 0} the
 * iterate is a combination of the signed points, so {@code a_j^T v} changes by
 * {@code sum_i omega_i a_j^T a_i}, O(n^2) per step after the O(n^2 d) Gram matrix. The step size
 * does not change the iterations from zero (it scales every iterate), so it is 1. Integer form: with
 * integer {@code A_i} (a positive multiple of {@code a_i}) the state {@code m_j = A_j^T V},
 * {@code V = sum 2 omega_i A_i} accumulated, is a positive multiple of the true margin.
 */
public final class ReducedLinearPerceptron implements Stepping {
    private final BigInteger[][] g;
    private final TieMode tie;
    private BigInteger[] m;
    private int steps;

    /**
     * @param signedPoints the integer signed points {@code A_i}
     * @param tie the tie rule
     */
    public ReducedLinearPerceptron(BigInteger[][] signedPoints, TieMode tie) {
        int n = signedPoints.length;
        this.tie = tie;
        this.g = new BigInteger[n][n];
        this.m = new BigInteger[n];
        for (int j = 0; j < n; j++) {
            m[j] = BigInteger.ZERO;
            for (int i = 0; i < n; i++) {
                BigInteger acc = BigInteger.ZERO;
                for (int x = 0; x < signedPoints[j].length; x++) {
                    acc = acc.add(signedPoints[j][x].multiply(signedPoints[i][x]));
                }
                g[j][i] = acc;
            }
        }
    }

    /** @return the integer margin of point j (a positive multiple of {@code a_j^T v}) */
    public BigInteger margin(int j) {
        return m[j];
    }

    /** @return whether every margin is positive */
    @Override
    public boolean separated() {
        for (BigInteger x : m) {
            if (x.signum() <= 0) {
                return false;
            }
        }
        return true;
    }

    /** One batch step on the margins. */
    @Override
    public void step() {
        int n = m.length;
        BigInteger[] next = m.clone();
        for (int i = 0; i < n; i++) {
            int c = tie.twiceOmega(m[i].signum());
            if (c == 0) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                next[j] = next[j].add(BigInteger.valueOf(c).multiply(g[j][i]));
            }
        }
        m = next;
        steps++;
    }


    /** @return the number of updates made so far */
    public int steps() {
        return steps;
    }
}
