package dev.percept.spec.kernels;

import java.math.BigInteger;

/**
 * The rows of the structured product of Proposition 4.1 and of the general pair,
 * {@code y = M(a, b) x}, for the symmetric {@code (d+2) x (d+2)} matrix
 * <pre>
 *             [ 0  0  a^T ]
 *   M(a, b) = [ 0  0  b^T ]        (b = Pa for Proposition 4.1)
 *             [ a  b  0   ]
 * </pre>
 * over the integers (the structured matrix holds {@code a}, {@code b} and {@code x} over common
 * denominators, so its rational product is this integer product over their product).
 * {@link #headRow} computes row 0 ({@code v = a}) or row 1 ({@code v = b}) in one {@code O(d)}
 * pass, {@link #tailRow} row {@code r >= 2} with two products; the structured matrix fills
 * {@code y[0]}, {@code y[1]} and each {@code y[r]} with them. BigInteger code, proved by KeY under
 * the BigInteger assumptions of {@code spec/deductive.md}.
 *
 * <p>The contracts define the dense matrix entry by entry and state that the result is the dense
 * row times {@code x}:
 * <pre>
 *   M[r][c] = (r == 0 ? (c >= 2 ? a[c-2] : 0) : r == 1 ? (c >= 2 ? b[c-2] : 0)
 *                     : (c == 0 ? a[r-2] : c == 1 ? b[r-2] : 0))
 *   y[r]    = M[r][0] x[0] + M[r][1] x[1] + sum_(2 <= c < d+2) M[r][c] x[c]
 * </pre>
 * (the sum over all columns is written with its first two terms apart: KeY's automatic strategy
 * unfolds a sum with two numeric bounds without end). One contract for the whole array
 * ({@code y[r]} for every {@code r} from one method filling a new array) did not close within
 * 15 000 steps: KeY's automatic strategy does not get the frame of the array-filling loop over
 * BigInteger elements through; what is proved instead is each row, and the structured matrix's
 * loop that stores them is plain assignment.
 */
public final class StructuredProduct {

    private StructuredProduct() {
    }

    /**
     * Returns row 0 ({@code v = a}) or row 1 ({@code v = b}) of {@code M(a, b) x}: the dense row
     * {@code M[0][c] = (c >= 2 ? a[c-2] : 0)} (or {@code M[1][c]} with {@code b}) times {@code x}.
     */
    /*@ public normal_behavior
      @ requires v != null && x != null && x.length == v.length + 2;
      @ requires (\forall int i; 0 <= i && i < v.length; v[i] != null);
      @ requires (\forall int c; 0 <= c && c < x.length; x[c] != null);
      @ ensures \result != null;
      @ ensures \result.value == ((0 >= 2 ? v[0 - 2].value : 0) * x[0].value + (1 >= 2 ? v[1 - 2].value : 0) * x[1].value
      @     + (\sum int c; 2 <= c && c < x.length; (c >= 2 ? v[c - 2].value : 0) * x[c].value));
      @ assignable \strictly_nothing;
      @*/
    public static BigInteger headRow(BigInteger[] v, BigInteger[] x) {
        int n = x.length;
        BigInteger s = BigInteger.valueOf(0);
        /*@ loop_invariant 2 <= c && c <= n;
          @ loop_invariant s != null;
          @ loop_invariant s.value == (\sum int k; 2 <= k && k < c; (k >= 2 ? v[k - 2].value : 0) * x[k].value);
          @ decreases n - c;
          @ assignable \strictly_nothing;
          @*/
        for (int c = 2; c < n; c++) {
            s = s.add(v[c - 2].multiply(x[c]));
        }
        return s;
    }

    /** Returns row {@code r >= 2} of {@code M(a, b) x}: {@code a[r-2] x[0] + b[r-2] x[1]}. */
    /*@ public normal_behavior
      @ requires a != null && b != null && x != null;
      @ requires a.length == b.length && x.length == a.length + 2;
      @ requires (\forall int i; 0 <= i && i < a.length; a[i] != null && b[i] != null);
      @ requires (\forall int c; 0 <= c && c < x.length; x[c] != null);
      @ requires 2 <= r && r < x.length;
      @ ensures \result != null;
      @ ensures \result.value == ((r == 0 ? (0 >= 2 ? a[0 - 2].value : 0) : r == 1 ? (0 >= 2 ? b[0 - 2].value : 0) : (0 == 0 ? a[r - 2].value : 0 == 1 ? b[r - 2].value : 0)) * x[0].value + (r == 0 ? (1 >= 2 ? a[1 - 2].value : 0) : r == 1 ? (1 >= 2 ? b[1 - 2].value : 0) : (1 == 0 ? a[r - 2].value : 1 == 1 ? b[r - 2].value : 0)) * x[1].value + (\sum int c; 2 <= c && c < x.length; (r == 0 ? (c >= 2 ? a[c - 2].value : 0) : r == 1 ? (c >= 2 ? b[c - 2].value : 0) : (c == 0 ? a[r - 2].value : c == 1 ? b[r - 2].value : 0)) * x[c].value));
      @ assignable \strictly_nothing;
      @*/
    public static BigInteger tailRow(BigInteger[] a, BigInteger[] b, BigInteger[] x, int r) {
        //@ assert (\sum int c; 2 <= c && c < x.length; (r == 0 ? (c >= 2 ? a[c - 2].value : 0) : r == 1 ? (c >= 2 ? b[c - 2].value : 0) : (c == 0 ? a[r - 2].value : c == 1 ? b[r - 2].value : 0)) * x[c].value) == 0;
        return x[0].multiply(a[r - 2]).add(x[1].multiply(b[r - 2]));
    }
}
