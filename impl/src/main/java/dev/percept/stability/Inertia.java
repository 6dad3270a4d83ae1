package dev.percept.stability;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;

/**
 * The inertia (numbers of positive, negative and zero eigenvalues) of a symmetric rational matrix,
 * exactly, by symmetric Gaussian elimination (a congruence {@code S = L D L^T} with 1x1 and 2x2
 * pivot blocks). Sylvester's law of inertia: congruence keeps the inertia, so it is read off the
 * blocks; a 1x1 pivot {@code x} adds to the sign of x, a 2x2 pivot {@code [[0,b],[b,0]]} with
 * {@code b != 0} adds one positive and one negative eigenvalue; a zero remainder adds zeros.
 * Claim Q1 (spec/stability.md).
 */
public record Inertia(int positive, int negative, int zero) {

    /**
     * Computes the inertia of {@code s}.
     *
     * @throws IllegalArgumentException if s is not square and symmetric
     */
    public static Inertia of(RationalMatrix s) {
        if (!s.isSquare() || !s.isSymmetric()) {
            throw new IllegalArgumentException("matrix is not square and symmetric");
        }
        int n = s.rows();
        Rational[][] a = new Rational[n][];
        for (int i = 0; i < n; i++) {
            a[i] = s.row(i);
        }
        boolean[] done = new boolean[n];
        int pos = 0;
        int neg = 0;
        int left = n;
        while (left > 0) {
            int piv = -1;
            for (int i = 0; i < n && piv < 0; i++) {
                if (!done[i] && !a[i][i].isZero()) {
                    piv = i;
                }
            }
            if (piv >= 0) {
                Rational p = a[piv][piv];
                if (p.signum() > 0) {
                    pos++;
                } else {
                    neg++;
                }
                done[piv] = true;
                left--;
                for (int i = 0; i < n; i++) {
                    if (done[i] || a[i][piv].isZero()) {
                        continue;
                    }
                    Rational f = a[i][piv].divide(p);
                    for (int j = 0; j < n; j++) {
                        if (!done[j]) {
                            a[i][j] = a[i][j].subtract(f.multiply(a[piv][j]));
                        }
                    }
                }
                continue;
            }
            // every remaining diagonal entry is zero: look for an off-diagonal b != 0
            int pi = -1;
            int pj = -1;
            for (int i = 0; i < n && pi < 0; i++) {
                for (int j = i + 1; j < n && !done[i]; j++) {
                    if (!done[j] && !a[i][j].isZero()) {
                        pi = i;
                        pj = j;
                        break;
                    }
                }
            }
            if (pi < 0) {
                break; // the remaining block is zero
            }
            pos++;
            neg++;
            done[pi] = true;
            done[pj] = true;
            left -= 2;
            // Schur complement of [[0,b],[b,0]]: its inverse is [[0,1/b],[1/b,0]]
            Rational b = a[pi][pj];
            Rational[][] upd = new Rational[n][];
            for (int i = 0; i < n; i++) {
                if (done[i]) {
                    continue;
                }
                upd[i] = new Rational[n];
                for (int j = 0; j < n; j++) {
                    if (done[j]) {
                        continue;
                    }
                    // x_i^T B^{-1} x_j with x_i = (a[i][pi], a[i][pj])
                    Rational c = a[i][pi].multiply(a[pj][j]).add(a[i][pj].multiply(a[pi][j])).divide(b);
                    upd[i][j] = a[i][j].subtract(c);
                }
            }
            for (int i = 0; i < n; i++) {
                if (upd[i] != null) {
                    for (int j = 0; j < n; j++) {
                        if (upd[i][j] != null) {
                            a[i][j] = upd[i][j];
                        }
                    }
                }
            }
        }
        return new Inertia(pos, neg, n - pos - neg);
    }
}
