package dev.percept.stability;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.structured.DenseOrthogonal;

/**
 * Symmetric matrices with a known spectrum, {@code S = Q diag(lambda) Q^T} with the rational
 * orthogonal Householder reflection {@code Q = I - 2 v v^T / (v^T v)} (claim Q1's test instances).
 */
public final class Planted {

    private Planted() {
    }

    /** @return the Householder reflection Q for nonzero v */
    public static RationalMatrix householder(Rational[] v) {
        return DenseOrthogonal.householder(v).toMatrix();
    }

    /** @return {@code Q diag(lambda) Q^T} with {@code Q = householder(v)} */
    public static RationalMatrix of(Rational[] v, Rational[] lambda) {
        int n = lambda.length;
        RationalMatrix q = householder(v);
        Rational[][] dg = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                dg[i][j] = i == j ? lambda[i] : Rational.ZERO;
            }
        }
        return q.multiply(RationalMatrix.of(dg)).multiply(q.transpose());
    }

    /** @return column i of Q, the eigenvector of {@code of(v, lambda)} for {@code lambda[i]} */
    public static Rational[] eigenvector(Rational[] v, int i) {
        RationalMatrix q = householder(v);
        Rational[] c = new Rational[q.rows()];
        for (int r = 0; r < c.length; r++) {
            c[r] = q.get(r, i);
        }
        return c;
    }

    /** @return whether GD with step eta converges from every start, read off the planted spectrum */
    public static boolean expectedConverges(Rational[] lambda, Rational eta) {
        Rational limit = Rational.TWO.divide(eta);
        for (Rational l : lambda) {
            if (l.signum() <= 0 || l.compareTo(limit) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** @return the largest planted eigenvalue */
    public static Rational max(Rational[] lambda) {
        Rational m = lambda[0];
        for (Rational l : lambda) {
            m = m.max(l);
        }
        return m;
    }
}
