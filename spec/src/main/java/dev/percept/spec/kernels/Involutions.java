package dev.percept.spec.kernels;

/**
 * Integer kernel: is an array the image table of an involutive permutation?
 *
 * <p>Written in the plain Java subset that KeY reads (no generics, lambdas or records), so the
 * contract proved is the code that runs: {@code dev.percept.structured.PermutationInvolution}
 * calls it.
 */
public final class Involutions {

    private Involutions() {
    }

    /**
     * Returns -1 if {@code perm} (0-based images) is an involution of {@code {0..n-1}}, otherwise
     * the first index {@code i} at which it fails: {@code perm[i]} out of range, or
     * {@code perm[perm[i]] != i}. An involution is automatically a bijection.
     */
    /*@ public normal_behavior
      @ requires perm != null;
      @ ensures \result == -1 <==> (\forall int i; 0 <= i && i < perm.length;
      @     0 <= perm[i] && perm[i] < perm.length && perm[perm[i]] == i);
      @ ensures \result != -1 ==> 0 <= \result && \result < perm.length;
      @ ensures \result != -1 ==> !(0 <= perm[\result] && perm[\result] < perm.length && perm[perm[\result]] == \result);
      @ ensures \result != -1 ==> (\forall int k; 0 <= k && k < \result;
      @     0 <= perm[k] && perm[k] < perm.length && perm[perm[k]] == k);
      @ assignable \nothing;
      @*/
    public static int firstViolation(int[] perm) {
        int n = perm.length;
        /*@ loop_invariant 0 <= i && i <= n;
          @ loop_invariant (\forall int k; 0 <= k && k < i;
          @     0 <= perm[k] && perm[k] < n && perm[perm[k]] == k);
          @ decreases n - i;
          @ assignable \nothing;
          @*/
        for (int i = 0; i < n; i++) {
            int j = perm[i];
            if (j < 0 || j >= n || perm[j] != i) {
                return i;
            }
        }
        return -1;
    }
}
