package dev.percept.stability;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.math.BigInteger;

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
     * Computes the inertia of {@code s}: fraction-free symmetric elimination (Bareiss) on the
     * integer matrix {@code L s} ({@code L > 0} the common denominator, so the inertia is the same)
     * with 1x1 diagonal pivots. After k pivots the remaining entries are {@code d_k} times the
     * Schur complement ({@code d_k} the last pivot, the leading principal minor of the permuted
     * matrix), every division exact, so the integers stay as small as those minors instead of the
     * rational entries growing through gcds (n = 50 took 37 s that way). The {@code D} entry of a
     * pivot is {@code d_k / d_(k-1)}: its sign counts (Sylvester). When every remaining diagonal entry is
     * zero but the block is not, the Schur complement goes on with 2x2 pivots in rationals
     * (Haynsworth: the inertia of S is that of the eliminated block plus that of its Schur complement).
     *
     * @throws IllegalArgumentException if s is not square and symmetric
     */
    public static Inertia of(RationalMatrix s) {
        if (!s.isSquare() || !s.isSymmetric()) {
            throw new IllegalArgumentException("matrix is not square and symmetric");
        }
        int n = s.rows();
        BigInteger[][] a = s.scaledToIntegers(s.commonDenominator());
        boolean[] done = new boolean[n];
        BigInteger prev = BigInteger.ONE;
        int pos = 0;
        int neg = 0;
        int left = n;
        while (left > 0) {
            int piv = -1;
            for (int i = 0; i < n && piv < 0; i++) {
                if (!done[i] && a[i][i].signum() != 0) {
                    piv = i;
                }
            }
            if (piv < 0) {
                break;
            }
            BigInteger p = a[piv][piv];
            if (p.signum() == prev.signum()) {
                pos++;
            } else {
                neg++;
            }
            done[piv] = true;
            left--;
            for (int i = 0; i < n; i++) {
                if (done[i]) {
                    continue;
                }
                BigInteger api = a[i][piv];
                for (int j = i; j < n; j++) {
                    if (done[j]) {
                        continue;
                    }
                    // Sylvester's identity: the division by the previous pivot is exact
                    BigInteger v = p.multiply(a[i][j]);
                    if (api.signum() != 0 && a[piv][j].signum() != 0) {
                        v = v.subtract(api.multiply(a[piv][j]));
                    }
                    v = prev.equals(BigInteger.ONE) ? v : v.divide(prev);
                    a[i][j] = v;
                    a[j][i] = v;
                }
            }
            prev = p;
        }
        if (left == 0) {
            return new Inertia(pos, neg, 0);
        }
        int[] rest = new int[left];
        for (int i = 0, k = 0; i < n; i++) {
            if (!done[i]) {
                rest[k++] = i;
            }
        }
        Rational[][] schur = new Rational[left][left];
        for (int i = 0; i < left; i++) {
            for (int j = 0; j < left; j++) {
                schur[i][j] = Rational.of(a[rest[i]][rest[j]], prev);
            }
        }
        Inertia r = rational(schur);
        return new Inertia(pos + r.positive(), neg + r.negative(), r.zero());
    }

    /**
     * The inertia of a symmetric rational matrix by symmetric Gaussian elimination in rationals
     * with 1x1 and 2x2 pivots (the entries of {@code a} are overwritten).
     */
    static Inertia rational(Rational[][] a) {
        int n = a.length;
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
