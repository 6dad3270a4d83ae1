package dev.percept.exact;

import java.util.Arrays;

/**
 * A symmetric matrix with a known spectrum: {@code S = Q diag(lambda) Q^T} with
 * {@code Q = H(v_1) ... H(v_k)} a product of rational Householder reflections
 * {@code H(v) = I - 2 v v^T / (v^T v)}. Each {@code H(v)} is exactly symmetric and orthogonal, so
 * Q is exactly orthogonal: S has exactly the eigenvalues {@code lambda} (with their repetitions)
 * and the columns of Q as eigenvectors. The one builder of planted spectra: claim Q1's instances,
 * the eigensolver contract tests and the test vectors use it. Immutable.
 *
 * <p>With reflection vectors whose {@code v^T v} is a power of two and small dyadic eigenvalues,
 * every entry of S is a short dyadic rational, hence exactly an IEEE-754 binary64 number: the
 * planted spectrum is then the exact spectrum of the binary64 matrix a solver sees.
 */
public final class PlantedSpectrum {

    private final Rational[] lambda;
    private final RationalMatrix q;
    private final RationalMatrix s;

    private PlantedSpectrum(Rational[] lambda, RationalMatrix q) {
        this.lambda = lambda;
        this.q = q;
        int n = lambda.length;
        Rational[][] d = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = i == j ? lambda[i] : Rational.ZERO;
            }
        }
        this.s = q.multiply(RationalMatrix.of(d)).multiply(q.transpose());
    }

    /**
     * The planted matrix {@code Q diag(lambda) Q^T} with {@code Q = H(reflections[0]) H(reflections[1]) ...}.
     *
     * @throws IllegalArgumentException if there is no reflection, a vector is zero, or a length differs from {@code lambda}'s
     */
    public static PlantedSpectrum of(Rational[] lambda, Rational[]... reflections) {
        if (reflections.length == 0) {
            throw new IllegalArgumentException("need at least one Householder vector");
        }
        RationalMatrix q = null;
        for (Rational[] v : reflections) {
            if (v.length != lambda.length) {
                throw new IllegalArgumentException("Householder vector of length " + v.length + " for " + lambda.length + " eigenvalues");
            }
            RationalMatrix h = householder(v);
            q = q == null ? h : q.multiply(h);
        }
        return new PlantedSpectrum(lambda.clone(), q);
    }

    /**
     * The Householder reflection {@code I - 2 v v^T / (v^T v)} of a nonzero rational vector:
     * symmetric and orthogonal, exactly.
     *
     * @throws IllegalArgumentException if v is zero
     */
    public static RationalMatrix householder(Rational[] v) {
        Rational vv = Rational.ZERO;
        for (Rational x : v) {
            vv = vv.add(x.square());
        }
        if (vv.isZero()) {
            throw new IllegalArgumentException("Householder vector must be nonzero");
        }
        int d = v.length;
        Rational[][] m = new Rational[d][d];
        Rational f = Rational.TWO.divide(vv);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                Rational e = v[i].multiply(v[j]).multiply(f).negate();
                m[i][j] = i == j ? Rational.ONE.add(e) : e;
            }
        }
        return RationalMatrix.of(m);
    }

    /** @return S, the symmetric matrix with the planted spectrum */
    public RationalMatrix matrix() {
        return s;
    }

    /** @return Q, the orthogonal matrix of eigenvectors */
    public RationalMatrix orthogonal() {
        return q;
    }

    /** @return the planted eigenvalues, in the order given (a copy) */
    public Rational[] eigenvalues() {
        return lambda.clone();
    }

    /** @return the planted eigenvalues with multiplicity, increasing */
    public Rational[] sortedEigenvalues() {
        Rational[] sorted = lambda.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    /** @return column i of Q: an eigenvector of S for {@code eigenvalues()[i]} */
    public Rational[] eigenvector(int i) {
        Rational[] c = new Rational[q.rows()];
        for (int r = 0; r < c.length; r++) {
            c[r] = q.get(r, i);
        }
        return c;
    }

    /** @return the largest planted eigenvalue */
    public Rational max() {
        return sortedEigenvalues()[lambda.length - 1];
    }
}
