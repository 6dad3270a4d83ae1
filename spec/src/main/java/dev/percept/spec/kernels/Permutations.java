package dev.percept.spec.kernels;

/**
 * Integer kernel of permutations given as a 0-based one-line table {@code perm} (the image of
 * {@code i} is {@code perm[i]}; a table written in cycle notation is turned into this form first):
 * decides whether the table is a bijection of {@code {0, ..., n-1}} and, if so, computes its
 * inverse. Plain Java on {@code int} arrays for KeY, overflow checked.
 */
public final class Permutations {

    private Permutations() {
    }

    /**
     * Fills {@code inv} with the inverse of {@code perm} and returns -1 when {@code perm} is a
     * bijection; otherwise returns a witness that it is not: an index {@code i < n} whose image is
     * out of range or equals the image of an earlier index ({@code inv[perm[i]]} is that index), or
     * {@code n + v} for a value {@code v} that no index maps to.
     */
    /*@ public normal_behavior
      @ requires perm != null && inv != null && inv != perm && inv.length == perm.length && perm.length <= 1000000000;
      @ ensures \result == -1 ==>
      @        (\forall int i; 0 <= i && i < perm.length; 0 <= perm[i] && perm[i] < perm.length && inv[perm[i]] == i)
      @     && (\forall int v; 0 <= v && v < perm.length; 0 <= inv[v] && inv[v] < perm.length && perm[inv[v]] == v);
      @ ensures 0 <= \result && \result < perm.length ==>
      @        perm[\result] < 0 || perm[\result] >= perm.length
      @     || (0 <= inv[perm[\result]] && inv[perm[\result]] < \result && perm[inv[perm[\result]]] == perm[\result]);
      @ ensures perm.length <= \result ==> \result < 2 * perm.length
      @     && (\forall int i; 0 <= i && i < perm.length; perm[i] != \result - perm.length);
      @ ensures \result >= -1;
      @ assignable inv[*];
      @*/
    public static int invert(int[] perm, int[] inv) {
        int n = perm.length;
        boolean[] hit = new boolean[n];
        /*@ loop_invariant 0 <= i && i <= n;
          @ loop_invariant (\forall int k; 0 <= k && k < i; 0 <= perm[k] && perm[k] < n && hit[perm[k]] && inv[perm[k]] == k);
          @ loop_invariant (\forall int v; 0 <= v && v < n; hit[v] ==> 0 <= inv[v] && inv[v] < i && perm[inv[v]] == v);
          @ decreases n - i;
          @ assignable inv[*], hit[*];
          @*/
        for (int i = 0; i < n; i++) {
            int v = perm[i];
            if (v < 0 || v >= n || hit[v]) {
                return i;
            }
            hit[v] = true;
            inv[v] = i;
        }
        /*@ loop_invariant 0 <= v && v <= n;
          @ loop_invariant (\forall int w; 0 <= w && w < v; hit[w]);
          @ decreases n - v;
          @ assignable \strictly_nothing;
          @*/
        for (int v = 0; v < n; v++) {
            if (!hit[v]) {
                return n + v;
            }
        }
        return -1;
    }
}
