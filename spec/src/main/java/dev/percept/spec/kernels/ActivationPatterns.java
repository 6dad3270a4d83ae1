package dev.percept.spec.kernels;

/**
 * Integer kernel of the activation pattern of a piecewise-linear activation (ReLU, leaky ReLU):
 * unit {@code j} is on its right piece iff its pre-activation is positive. Convention at 0: the
 * left piece, i.e. {@code phi'(0) = alpha} (0 for ReLU), the same as PyTorch's autograd. Plain
 * Java for KeY.
 */
public final class ActivationPatterns {

    private ActivationPatterns() {
    }

    /**
     * Writes {@code active[j] = (preactivationSigns[j] > 0)} for every unit and returns the number
     * of active units.
     */
    /*@ public normal_behavior
      @ requires preactivationSigns != null && active != null;
      @ requires active.length == preactivationSigns.length;
      @ requires active != preactivationSigns;
      @ ensures (\forall int j; 0 <= j && j < active.length; active[j] == (preactivationSigns[j] > 0));
      @ ensures \result == (\num_of int j; 0 <= j && j < active.length; preactivationSigns[j] > 0);
      @ ensures 0 <= \result && \result <= active.length;
      @ assignable active[*];
      @*/
    public static int pattern(int[] preactivationSigns, boolean[] active) {
        int count = 0;
        /*@ loop_invariant 0 <= j && j <= active.length;
          @ loop_invariant 0 <= count && count <= j;
          @ loop_invariant count == (\num_of int k; 0 <= k && k < j; preactivationSigns[k] > 0);
          @ loop_invariant (\forall int k; 0 <= k && k < j; active[k] == (preactivationSigns[k] > 0));
          @ decreases active.length - j;
          @ assignable active[*];
          @*/
        for (int j = 0; j < active.length; j++) {
            active[j] = preactivationSigns[j] > 0;
            if (active[j]) {
                count++;
            }
        }
        return count;
    }
}
