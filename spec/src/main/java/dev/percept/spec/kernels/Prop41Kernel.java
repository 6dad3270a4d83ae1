package dev.percept.spec.kernels;

/**
 * Integer kernels of Proposition 4.1's bookkeeping: the case from three exact comparisons, and
 * the multiplicities from the signs of {@code s+p} and {@code s-p}. Plain Java for KeY.
 */
public final class Prop41Kernel {

    /** Case code: a = 0. */
    public static final int ZERO = 0;
    /** Case code: a != 0, a = Pa. */
    public static final int SYMMETRIC = 1;
    /** Case code: a != 0, a = -Pa. */
    public static final int ANTISYMMETRIC = 2;
    /** Case code: a != 0, a != Pa, a != -Pa. */
    public static final int GENERAL = 3;

    private Prop41Kernel() {
    }

    /**
     * Returns the case code from the three exact predicates {@code a == 0}, {@code a == Pa},
     * {@code a == -Pa} (if {@code a == 0} the other two hold too).
     */
    /*@ public normal_behavior
      @ ensures aIsZero ==> \result == ZERO;
      @ ensures !aIsZero && aEqualsPa ==> \result == SYMMETRIC;
      @ ensures !aIsZero && !aEqualsPa && aEqualsMinusPa ==> \result == ANTISYMMETRIC;
      @ ensures !aIsZero && !aEqualsPa && !aEqualsMinusPa ==> \result == GENERAL;
      @ assignable \nothing;
      @*/
    public static int caseOf(boolean aIsZero, boolean aEqualsPa, boolean aEqualsMinusPa) {
        if (aIsZero) {
            return ZERO;
        }
        if (aEqualsPa) {
            return SYMMETRIC;
        }
        if (aEqualsMinusPa) {
            return ANTISYMMETRIC;
        }
        return GENERAL;
    }

    /**
     * Multiplicity of the eigenvalue 0 of the (d+2) x (d+2) matrix A, given the signs of
     * {@code s+p} and {@code s-p} (each 0 or 1, as both are non-negative): every positive one
     * contributes the two nonzero eigenvalues {@code ±sqrt}.
     */
    /*@ public normal_behavior
      @ requires d >= 1 && d <= 1000000000;
      @ requires signSumPlus == 0 || signSumPlus == 1;
      @ requires signSumMinus == 0 || signSumMinus == 1;
      @ requires 2 * signSumPlus + 2 * signSumMinus <= d + 2;
      @ ensures \result == d + 2 - 2 * signSumPlus - 2 * signSumMinus;
      @ ensures \result >= 0;
      @ assignable \nothing;
      @*/
    public static int zeroMultiplicity(int d, int signSumPlus, int signSumMinus) {
        return d + 2 - 2 * signSumPlus - 2 * signSumMinus;
    }

    /**
     * Multiplicity of the nonzero eigenvalue {@code +sqrt(s+p)} (equally of {@code -sqrt(s+p)}):
     * 0 when {@code s+p = 0}, 2 when {@code p = 0} (then {@code s+p = s-p} and the two roots
     * coincide), 1 otherwise.
     */
    /*@ public normal_behavior
      @ requires signSumPlus == 0 || signSumPlus == 1;
      @ ensures signSumPlus == 0 ==> \result == 0;
      @ ensures signSumPlus == 1 && pIsZero ==> \result == 2;
      @ ensures signSumPlus == 1 && !pIsZero ==> \result == 1;
      @ assignable \nothing;
      @*/
    public static int nonzeroMultiplicity(int signSumPlus, boolean pIsZero) {
        if (signSumPlus == 0) {
            return 0;
        }
        return pIsZero ? 2 : 1;
    }
}
