package dev.percept.spec.kernels;

/**
 * Integer kernel: is an array the image table of a permutation, and what is its inverse?
 *
 * <p>Written in the plain Java subset that KeY reads (no generics, lambdas or records), so the
 * contract proved is the code that runs: {@code dev.percept.structured.Permutation} calls it for
 * every permutation it builds (one-line or cycle notation, any cycle type).
 */
public final class Permutations {

    private Permutations() {
    }

    /**
     * Writes the inverse of {@code perm} (0-based images) into {@code inv} and returns -1 when
     * {@code perm} is a bijection of {@code {0..n-1}}. Otherwise returns the first index {@code i}
     * at which it fails: {@code perm[i]} out of range, or {@code perm[i]} already the image of the
     * earlier index {@code inv[perm[i]]} (then {@code inv} holds the inverse of the prefix).
     * {@code inv[perm[i]] == i} for every {@code i} implies injectivity, hence bijectivity.
     */
    /*@ public normal_behavior
      @ requires perm != null && inv != null && perm != inv && inv.length == perm.length;
      @ ensures \result == -1 ==> (\forall int i; 0 <= i && i < perm.length;
      @     0 <= perm[i] && perm[i] < perm.length && inv[perm[i]] == i);
      @ ensures \result != -1 ==> 0 <= \result && \result < perm.length;
      @ ensures \result != -1 ==> (\forall int k; 0 <= k && k < \result;
      @     0 <= perm[k] && perm[k] < perm.length && inv[perm[k]] == k);
      @ ensures \result != -1 ==> (perm[\result] < 0 || perm[\result] >= perm.length
      @     || (0 <= inv[perm[\result]] && inv[perm[\result]] < \result && perm[inv[perm[\result]]] == perm[\result]));
      @ assignable inv[*];
      @*/
    public static int invert(int[] perm, int[] inv) {
        int n = perm.length;
        /*@ loop_invariant 0 <= j && j <= n;
          @ loop_invariant (\forall int m; 0 <= m && m < j; inv[m] == -1);
          @ decreases n - j;
          @ assignable inv[*];
          @*/
        for (int j = 0; j < n; j++) {
            inv[j] = -1;
        }
        /*@ loop_invariant 0 <= i && i <= n;
          @ loop_invariant (\forall int k; 0 <= k && k < i; 0 <= perm[k] && perm[k] < n && inv[perm[k]] == k);
          @ loop_invariant (\forall int m; 0 <= m && m < n; inv[m] == -1 || (0 <= inv[m] && inv[m] < i && perm[inv[m]] == m));
          @ decreases n - i;
          @ assignable inv[*];
          @*/
        for (int i = 0; i < n; i++) {
            int j = perm[i];
            if (j < 0 || j >= n || inv[j] != -1) {
                return i;
            }
            inv[j] = i;
        }
        return -1;
    }
}
