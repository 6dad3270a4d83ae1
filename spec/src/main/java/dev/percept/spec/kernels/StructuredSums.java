package dev.percept.spec.kernels;

import java.math.BigInteger;

/**
 * The sums the certificates of Proposition 4.1 and of the general pair rest on, read off the dense
 * matrix {@code M(a, b)} of {@link StructuredProduct} (same entry-by-entry definition): the squared
 * norms of its first two rows, {@code s = ||a||^2} and {@code t = ||b||^2}, their inner product
 * {@code a^T b} ({@code p = a^T P a} when {@code b = Pa}), and the trace of its square,
 * {@code tr(M^2) = sum_r sum_c M[r][c]^2}, which the code obtains in the same {@code O(d)} pass as
 * {@code ||a||^2 + ||b||^2} (rows 0 and 1) plus {@code a_(r-2)^2 + b_(r-2)^2} for every row
 * {@code r >= 2}. BigInteger code that the structured matrix calls, proved by KeY under the
 * BigInteger assumptions of {@code spec/deductive.md}. Sums over all columns (and over all rows) are
 * written with their first two terms apart, as in {@link StructuredProduct}.
 */
public final class StructuredSums {

    private StructuredSums() {
    }

    /**
     * Returns {@code {||a||^2, ||b||^2, a^T b, tr(M(a, b)^2)}}; the last is stated twice: as the sum
     * of the squares of all entries of {@code M} (which is {@code tr(M^2)} since {@code M} is
     * symmetric by its entry definition) and as {@code 2(||a||^2 + ||b||^2)}.
     */
    /*@ public normal_behavior
      @ requires a != null && b != null && a.length == b.length && a.length <= 2147483645;
      @ requires (\forall int i; 0 <= i && i < a.length; a[i] != null && b[i] != null);
      @ ensures \result != null && \result.length == 4 && \fresh(\result);
      @ ensures (\forall int k; 0 <= k && k < 4; \result[k] != null);
      @ ensures \result[0].value == ((0 == 0 ? (0 >= 2 ? \old(a[0 - 2].value) : 0) : 0 == 1 ? (0 >= 2 ? \old(b[0 - 2].value) : 0) : (0 == 0 ? \old(a[0 - 2].value) : 0 == 1 ? \old(b[0 - 2].value) : 0)) * (0 == 0 ? (0 >= 2 ? \old(a[0 - 2].value) : 0) : 0 == 1 ? (0 >= 2 ? \old(b[0 - 2].value) : 0) : (0 == 0 ? \old(a[0 - 2].value) : 0 == 1 ? \old(b[0 - 2].value) : 0)) + (0 == 0 ? (1 >= 2 ? \old(a[1 - 2].value) : 0) : 0 == 1 ? (1 >= 2 ? \old(b[1 - 2].value) : 0) : (1 == 0 ? \old(a[0 - 2].value) : 1 == 1 ? \old(b[0 - 2].value) : 0)) * (0 == 0 ? (1 >= 2 ? \old(a[1 - 2].value) : 0) : 0 == 1 ? (1 >= 2 ? \old(b[1 - 2].value) : 0) : (1 == 0 ? \old(a[0 - 2].value) : 1 == 1 ? \old(b[0 - 2].value) : 0)) + (\sum int k; 2 <= k && k < a.length + 2; (0 == 0 ? (k >= 2 ? \old(a[k - 2].value) : 0) : 0 == 1 ? (k >= 2 ? \old(b[k - 2].value) : 0) : (k == 0 ? \old(a[0 - 2].value) : k == 1 ? \old(b[0 - 2].value) : 0)) * (0 == 0 ? (k >= 2 ? \old(a[k - 2].value) : 0) : 0 == 1 ? (k >= 2 ? \old(b[k - 2].value) : 0) : (k == 0 ? \old(a[0 - 2].value) : k == 1 ? \old(b[0 - 2].value) : 0))));
      @ ensures \result[1].value == ((1 == 0 ? (0 >= 2 ? \old(a[0 - 2].value) : 0) : 1 == 1 ? (0 >= 2 ? \old(b[0 - 2].value) : 0) : (0 == 0 ? \old(a[1 - 2].value) : 0 == 1 ? \old(b[1 - 2].value) : 0)) * (1 == 0 ? (0 >= 2 ? \old(a[0 - 2].value) : 0) : 1 == 1 ? (0 >= 2 ? \old(b[0 - 2].value) : 0) : (0 == 0 ? \old(a[1 - 2].value) : 0 == 1 ? \old(b[1 - 2].value) : 0)) + (1 == 0 ? (1 >= 2 ? \old(a[1 - 2].value) : 0) : 1 == 1 ? (1 >= 2 ? \old(b[1 - 2].value) : 0) : (1 == 0 ? \old(a[1 - 2].value) : 1 == 1 ? \old(b[1 - 2].value) : 0)) * (1 == 0 ? (1 >= 2 ? \old(a[1 - 2].value) : 0) : 1 == 1 ? (1 >= 2 ? \old(b[1 - 2].value) : 0) : (1 == 0 ? \old(a[1 - 2].value) : 1 == 1 ? \old(b[1 - 2].value) : 0)) + (\sum int k; 2 <= k && k < a.length + 2; (1 == 0 ? (k >= 2 ? \old(a[k - 2].value) : 0) : 1 == 1 ? (k >= 2 ? \old(b[k - 2].value) : 0) : (k == 0 ? \old(a[1 - 2].value) : k == 1 ? \old(b[1 - 2].value) : 0)) * (1 == 0 ? (k >= 2 ? \old(a[k - 2].value) : 0) : 1 == 1 ? (k >= 2 ? \old(b[k - 2].value) : 0) : (k == 0 ? \old(a[1 - 2].value) : k == 1 ? \old(b[1 - 2].value) : 0))));
      @ ensures \result[2].value == ((0 == 0 ? (0 >= 2 ? \old(a[0 - 2].value) : 0) : 0 == 1 ? (0 >= 2 ? \old(b[0 - 2].value) : 0) : (0 == 0 ? \old(a[0 - 2].value) : 0 == 1 ? \old(b[0 - 2].value) : 0)) * (1 == 0 ? (0 >= 2 ? \old(a[0 - 2].value) : 0) : 1 == 1 ? (0 >= 2 ? \old(b[0 - 2].value) : 0) : (0 == 0 ? \old(a[1 - 2].value) : 0 == 1 ? \old(b[1 - 2].value) : 0)) + (0 == 0 ? (1 >= 2 ? \old(a[1 - 2].value) : 0) : 0 == 1 ? (1 >= 2 ? \old(b[1 - 2].value) : 0) : (1 == 0 ? \old(a[0 - 2].value) : 1 == 1 ? \old(b[0 - 2].value) : 0)) * (1 == 0 ? (1 >= 2 ? \old(a[1 - 2].value) : 0) : 1 == 1 ? (1 >= 2 ? \old(b[1 - 2].value) : 0) : (1 == 0 ? \old(a[1 - 2].value) : 1 == 1 ? \old(b[1 - 2].value) : 0)) + (\sum int k; 2 <= k && k < a.length + 2; (0 == 0 ? (k >= 2 ? \old(a[k - 2].value) : 0) : 0 == 1 ? (k >= 2 ? \old(b[k - 2].value) : 0) : (k == 0 ? \old(a[0 - 2].value) : k == 1 ? \old(b[0 - 2].value) : 0)) * (1 == 0 ? (k >= 2 ? \old(a[k - 2].value) : 0) : 1 == 1 ? (k >= 2 ? \old(b[k - 2].value) : 0) : (k == 0 ? \old(a[1 - 2].value) : k == 1 ? \old(b[1 - 2].value) : 0))));
      @ ensures \result[3].value == (((0 == 0 ? (0 >= 2 ? \old(a[0 - 2].value) : 0) : 0 == 1 ? (0 >= 2 ? \old(b[0 - 2].value) : 0) : (0 == 0 ? \old(a[0 - 2].value) : 0 == 1 ? \old(b[0 - 2].value) : 0)) * (0 == 0 ? (0 >= 2 ? \old(a[0 - 2].value) : 0) : 0 == 1 ? (0 >= 2 ? \old(b[0 - 2].value) : 0) : (0 == 0 ? \old(a[0 - 2].value) : 0 == 1 ? \old(b[0 - 2].value) : 0)) + (0 == 0 ? (1 >= 2 ? \old(a[1 - 2].value) : 0) : 0 == 1 ? (1 >= 2 ? \old(b[1 - 2].value) : 0) : (1 == 0 ? \old(a[0 - 2].value) : 1 == 1 ? \old(b[0 - 2].value) : 0)) * (0 == 0 ? (1 >= 2 ? \old(a[1 - 2].value) : 0) : 0 == 1 ? (1 >= 2 ? \old(b[1 - 2].value) : 0) : (1 == 0 ? \old(a[0 - 2].value) : 1 == 1 ? \old(b[0 - 2].value) : 0)) + (\sum int k; 2 <= k && k < a.length + 2; (0 == 0 ? (k >= 2 ? \old(a[k - 2].value) : 0) : 0 == 1 ? (k >= 2 ? \old(b[k - 2].value) : 0) : (k == 0 ? \old(a[0 - 2].value) : k == 1 ? \old(b[0 - 2].value) : 0)) * (0 == 0 ? (k >= 2 ? \old(a[k - 2].value) : 0) : 0 == 1 ? (k >= 2 ? \old(b[k - 2].value) : 0) : (k == 0 ? \old(a[0 - 2].value) : k == 1 ? \old(b[0 - 2].value) : 0)))) + ((1 == 0 ? (0 >= 2 ? \old(a[0 - 2].value) : 0) : 1 == 1 ? (0 >= 2 ? \old(b[0 - 2].value) : 0) : (0 == 0 ? \old(a[1 - 2].value) : 0 == 1 ? \old(b[1 - 2].value) : 0)) * (1 == 0 ? (0 >= 2 ? \old(a[0 - 2].value) : 0) : 1 == 1 ? (0 >= 2 ? \old(b[0 - 2].value) : 0) : (0 == 0 ? \old(a[1 - 2].value) : 0 == 1 ? \old(b[1 - 2].value) : 0)) + (1 == 0 ? (1 >= 2 ? \old(a[1 - 2].value) : 0) : 1 == 1 ? (1 >= 2 ? \old(b[1 - 2].value) : 0) : (1 == 0 ? \old(a[1 - 2].value) : 1 == 1 ? \old(b[1 - 2].value) : 0)) * (1 == 0 ? (1 >= 2 ? \old(a[1 - 2].value) : 0) : 1 == 1 ? (1 >= 2 ? \old(b[1 - 2].value) : 0) : (1 == 0 ? \old(a[1 - 2].value) : 1 == 1 ? \old(b[1 - 2].value) : 0)) + (\sum int k; 2 <= k && k < a.length + 2; (1 == 0 ? (k >= 2 ? \old(a[k - 2].value) : 0) : 1 == 1 ? (k >= 2 ? \old(b[k - 2].value) : 0) : (k == 0 ? \old(a[1 - 2].value) : k == 1 ? \old(b[1 - 2].value) : 0)) * (1 == 0 ? (k >= 2 ? \old(a[k - 2].value) : 0) : 1 == 1 ? (k >= 2 ? \old(b[k - 2].value) : 0) : (k == 0 ? \old(a[1 - 2].value) : k == 1 ? \old(b[1 - 2].value) : 0)))) + (\sum int r; 2 <= r && r < a.length + 2; ((r == 0 ? (0 >= 2 ? \old(a[0 - 2].value) : 0) : r == 1 ? (0 >= 2 ? \old(b[0 - 2].value) : 0) : (0 == 0 ? \old(a[r - 2].value) : 0 == 1 ? \old(b[r - 2].value) : 0)) * (r == 0 ? (0 >= 2 ? \old(a[0 - 2].value) : 0) : r == 1 ? (0 >= 2 ? \old(b[0 - 2].value) : 0) : (0 == 0 ? \old(a[r - 2].value) : 0 == 1 ? \old(b[r - 2].value) : 0)) + (r == 0 ? (1 >= 2 ? \old(a[1 - 2].value) : 0) : r == 1 ? (1 >= 2 ? \old(b[1 - 2].value) : 0) : (1 == 0 ? \old(a[r - 2].value) : 1 == 1 ? \old(b[r - 2].value) : 0)) * (r == 0 ? (1 >= 2 ? \old(a[1 - 2].value) : 0) : r == 1 ? (1 >= 2 ? \old(b[1 - 2].value) : 0) : (1 == 0 ? \old(a[r - 2].value) : 1 == 1 ? \old(b[r - 2].value) : 0)) + (\sum int k; 2 <= k && k < a.length + 2; (r == 0 ? (k >= 2 ? \old(a[k - 2].value) : 0) : r == 1 ? (k >= 2 ? \old(b[k - 2].value) : 0) : (k == 0 ? \old(a[r - 2].value) : k == 1 ? \old(b[r - 2].value) : 0)) * (r == 0 ? (k >= 2 ? \old(a[k - 2].value) : 0) : r == 1 ? (k >= 2 ? \old(b[k - 2].value) : 0) : (k == 0 ? \old(a[r - 2].value) : k == 1 ? \old(b[r - 2].value) : 0))))));
      @ ensures \result[3].value == 2 * (\result[0].value + \result[1].value);
      @ assignable \nothing;
      @*/
    public static BigInteger[] gram(BigInteger[] a, BigInteger[] b) {
        int n = a.length + 2;
        BigInteger aa = BigInteger.valueOf(0);
        BigInteger bb = BigInteger.valueOf(0);
        BigInteger ab = BigInteger.valueOf(0);
        BigInteger rows = BigInteger.valueOf(0);
        /*@ loop_invariant 2 <= c && c <= n;
          @ loop_invariant aa != null && bb != null && ab != null && rows != null;
          @ loop_invariant rows.value == aa.value + bb.value;
          @ loop_invariant aa.value == (\sum int k; 2 <= k && k < c; (0 == 0 ? (k >= 2 ? a[k - 2].value : 0) : 0 == 1 ? (k >= 2 ? b[k - 2].value : 0) : (k == 0 ? a[0 - 2].value : k == 1 ? b[0 - 2].value : 0)) * (0 == 0 ? (k >= 2 ? a[k - 2].value : 0) : 0 == 1 ? (k >= 2 ? b[k - 2].value : 0) : (k == 0 ? a[0 - 2].value : k == 1 ? b[0 - 2].value : 0)));
          @ loop_invariant bb.value == (\sum int k; 2 <= k && k < c; (1 == 0 ? (k >= 2 ? a[k - 2].value : 0) : 1 == 1 ? (k >= 2 ? b[k - 2].value : 0) : (k == 0 ? a[1 - 2].value : k == 1 ? b[1 - 2].value : 0)) * (1 == 0 ? (k >= 2 ? a[k - 2].value : 0) : 1 == 1 ? (k >= 2 ? b[k - 2].value : 0) : (k == 0 ? a[1 - 2].value : k == 1 ? b[1 - 2].value : 0)));
          @ loop_invariant ab.value == (\sum int k; 2 <= k && k < c; (0 == 0 ? (k >= 2 ? a[k - 2].value : 0) : 0 == 1 ? (k >= 2 ? b[k - 2].value : 0) : (k == 0 ? a[0 - 2].value : k == 1 ? b[0 - 2].value : 0)) * (1 == 0 ? (k >= 2 ? a[k - 2].value : 0) : 1 == 1 ? (k >= 2 ? b[k - 2].value : 0) : (k == 0 ? a[1 - 2].value : k == 1 ? b[1 - 2].value : 0)));
          @ loop_invariant rows.value == (\sum int r; 2 <= r && r < c; ((r == 0 ? (0 >= 2 ? a[0 - 2].value : 0) : r == 1 ? (0 >= 2 ? b[0 - 2].value : 0) : (0 == 0 ? a[r - 2].value : 0 == 1 ? b[r - 2].value : 0)) * (r == 0 ? (0 >= 2 ? a[0 - 2].value : 0) : r == 1 ? (0 >= 2 ? b[0 - 2].value : 0) : (0 == 0 ? a[r - 2].value : 0 == 1 ? b[r - 2].value : 0)) + (r == 0 ? (1 >= 2 ? a[1 - 2].value : 0) : r == 1 ? (1 >= 2 ? b[1 - 2].value : 0) : (1 == 0 ? a[r - 2].value : 1 == 1 ? b[r - 2].value : 0)) * (r == 0 ? (1 >= 2 ? a[1 - 2].value : 0) : r == 1 ? (1 >= 2 ? b[1 - 2].value : 0) : (1 == 0 ? a[r - 2].value : 1 == 1 ? b[r - 2].value : 0)) + (\sum int k; 2 <= k && k < n; (r == 0 ? (k >= 2 ? a[k - 2].value : 0) : r == 1 ? (k >= 2 ? b[k - 2].value : 0) : (k == 0 ? a[r - 2].value : k == 1 ? b[r - 2].value : 0)) * (r == 0 ? (k >= 2 ? a[k - 2].value : 0) : r == 1 ? (k >= 2 ? b[k - 2].value : 0) : (k == 0 ? a[r - 2].value : k == 1 ? b[r - 2].value : 0)))));
          @ decreases n - c;
          @ assignable \strictly_nothing;
          @*/
        for (int c = 2; c < n; c++) {
            BigInteger a2 = a[c - 2].multiply(a[c - 2]);
            BigInteger b2 = b[c - 2].multiply(b[c - 2]);
            aa = aa.add(a2);
            bb = bb.add(b2);
            ab = ab.add(a[c - 2].multiply(b[c - 2]));
            rows = rows.add(a2.add(b2));
            //@ assert (\sum int k; 2 <= k && k < n; (c == 0 ? (k >= 2 ? a[k - 2].value : 0) : c == 1 ? (k >= 2 ? b[k - 2].value : 0) : (k == 0 ? a[c - 2].value : k == 1 ? b[c - 2].value : 0)) * (c == 0 ? (k >= 2 ? a[k - 2].value : 0) : c == 1 ? (k >= 2 ? b[k - 2].value : 0) : (k == 0 ? a[c - 2].value : k == 1 ? b[c - 2].value : 0))) == 0;
        }
        BigInteger[] out = new BigInteger[4];
        out[0] = aa;
        out[1] = bb;
        out[2] = ab;
        out[3] = rows.add(aa).add(bb);
        return out;
    }
}
