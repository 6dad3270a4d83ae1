package dev.percept.spec.kernels;

/**
 * Integer kernel of the generalized perceptron's weight {@code omega(z)} on a margin {@code z},
 * in units of 1/2 so it stays integer: the logistic limit ({@code HALF}) gives
 * {@code 2 omega = 2, 1, 0} for {@code z < 0, z = 0, z > 0} (since {@code sigma(0) = 1/2});
 * scikit-learn's Perceptron counts a tie as a mistake ({@code MISTAKE}: 2 at {@code z = 0});
 * {@code NONE} ignores ties (0 at {@code z = 0}). Plain Java for KeY.
 */
public final class TieRule {

    /** Tie at zero weighs 1/2 (the logistic limit, sigma(0) = 1/2). */
    public static final int HALF = 0;
    /** Tie at zero counts as a mistake (weight 1), as scikit-learn's Perceptron. */
    public static final int MISTAKE = 1;
    /** Tie at zero is ignored (weight 0). */
    public static final int NONE = 2;

    private TieRule() {
    }

    /**
     * Returns {@code 2 * omega(z)} from the sign of the margin {@code z} and the tie mode.
     */
    /*@ public normal_behavior
      @ requires marginSign >= -1 && marginSign <= 1;
      @ requires mode == HALF || mode == MISTAKE || mode == NONE;
      @ ensures marginSign < 0 ==> \result == 2;
      @ ensures marginSign > 0 ==> \result == 0;
      @ ensures marginSign == 0 && mode == HALF ==> \result == 1;
      @ ensures marginSign == 0 && mode == MISTAKE ==> \result == 2;
      @ ensures marginSign == 0 && mode == NONE ==> \result == 0;
      @ ensures 0 <= \result && \result <= 2;
      @ assignable \nothing;
      @*/
    public static int twiceOmega(int marginSign, int mode) {
        if (marginSign < 0) {
            return 2;
        }
        if (marginSign > 0) {
            return 0;
        }
        if (mode == HALF) {
            return 1;
        }
        if (mode == MISTAKE) {
            return 2;
        }
        return 0;
    }
}
