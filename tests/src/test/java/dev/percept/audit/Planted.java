package dev.percept.audit;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.structured.DenseOrthogonal;
import java.util.Random;

/** Planted spectra {@code Q diag(lambda) Q^T} with {@code Q = H(v1) H(v2)}, a product of two rational Householder reflections. */
final class Planted {

    private Planted() {
    }

    static RationalMatrix matrix(Rational[] lambda, long seed) {
        int n = lambda.length;
        Random rnd = new Random(seed);
        RationalMatrix d = RationalMatrix.zero(n);
        Rational[][] e = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                e[i][j] = i == j ? lambda[i] : Rational.ZERO;
            }
        }
        d = RationalMatrix.of(e);
        RationalMatrix q = householder(n, rnd).multiply(householder(n, rnd));
        return q.multiply(d).multiply(q.transpose());
    }

    static RationalMatrix householder(int n, Random rnd) {
        Rational[] v = new Rational[n];
        boolean nonzero = false;
        for (int i = 0; i < n; i++) {
            v[i] = Rational.of(rnd.nextInt(7) - 3);
            nonzero |= v[i].signum() != 0;
        }
        if (!nonzero) {
            v[0] = Rational.ONE;
        }
        return DenseOrthogonal.householder(v).toMatrix();
    }

    static Rational[] ints(long... xs) {
        Rational[] r = new Rational[xs.length];
        for (int i = 0; i < xs.length; i++) {
            r[i] = Rational.of(xs[i]);
        }
        return r;
    }

    static Rational[] scaled(Rational scale, long... xs) {
        Rational[] r = ints(xs);
        for (int i = 0; i < r.length; i++) {
            r[i] = r[i].multiply(scale);
        }
        return r;
    }
}
