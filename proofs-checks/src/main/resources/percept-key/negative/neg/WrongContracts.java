package neg;

/** Negative controls for the KeY harness: each contract is false and must stay open. */
public final class WrongContracts {

    private WrongContracts() {
    }

    /** Wrong: the tie rule's weight at z = 0 in HALF mode is 1, not 2. */
    /*@ public normal_behavior
      @ requires marginSign >= -1 && marginSign <= 1;
      @ ensures marginSign <= 0 ==> \result == 2;
      @ assignable \nothing;
      @*/
    public static int twiceOmegaHalf(int marginSign) {
        if (marginSign < 0) {
            return 2;
        }
        return marginSign > 0 ? 0 : 1;
    }

    /** Wrong under Java semantics (true over the mathematical integers): x + 1 overflows at MAX_VALUE. */
    /*@ public normal_behavior
      @ requires x >= 0;
      @ ensures \result > x;
      @ assignable \nothing;
      @*/
    public static int successor(int x) {
        return x + 1;
    }
}
