package neg;

import dev.percept.spec.kernels.ActivationPatterns;
import dev.percept.spec.kernels.IntegerKernels;
import dev.percept.spec.kernels.Permutations;
import dev.percept.spec.kernels.Prop41Kernel;
import dev.percept.spec.kernels.StructuredProduct;
import dev.percept.spec.kernels.StructuredSums;
import dev.percept.spec.kernels.SurdSign;
import dev.percept.spec.kernels.TieRule;
import java.math.BigInteger;

/**
 * Negative controls for the KeY runs: each contract below is false, so KeY must leave it open. One
 * per kernel family; each calls the family's kernel (so KeY uses the kernel's proved contract) and
 * claims something its result does not satisfy. They are proved in the same run, with the same
 * settings, library stubs and BigInteger assumptions as the kernels: if one of them closed, the
 * harness or an assumption would be proving false statements, and no contract of the run counts.
 */
public final class WrongContracts {

    private WrongContracts() {
    }

    /** Tie rule: wrong, the weight at z = 0 in HALF mode is 1, not 2. */
    /*@ public normal_behavior
      @ requires marginSign >= -1 && marginSign <= 1;
      @ ensures marginSign <= 0 ==> \result == 2;
      @ assignable \nothing;
      @*/
    public static int tieWeighsLikeAMistake(int marginSign) {
        return TieRule.twiceOmega(marginSign, TieRule.HALF);
    }

    /** Overflow checking: wrong under Java semantics (true over the mathematical integers), x + 1 overflows at MAX_VALUE. */
    /*@ public normal_behavior
      @ requires x >= 0;
      @ ensures \result > x;
      @ assignable \nothing;
      @*/
    public static int successor(int x) {
        return x + 1;
    }

    /** Integer kernels: wrong, floor(sqrt(n))^2 equals n only for perfect squares. */
    /*@ public normal_behavior
      @ requires n >= 0;
      @ ensures \result * \result == n;
      @ assignable \nothing;
      @*/
    public static long squareRootIsExact(long n) {
        return IntegerKernels.isqrt(n);
    }

    /** Activation pattern: wrong, a unit with pre-activation 0 is on its left piece (not active). */
    /*@ public normal_behavior
      @ requires signs != null && active != null && active.length == signs.length && active != signs;
      @ ensures (\forall int j; 0 <= j && j < active.length; active[j] == (signs[j] >= 0));
      @ assignable active[*];
      @*/
    public static int zeroIsActive(int[] signs, boolean[] active) {
        return ActivationPatterns.pattern(signs, active);
    }

    /** Proposition 4.1 bookkeeping: wrong, the multiplicity of 0 is d + 2 - ..., not d - ... */
    /*@ public normal_behavior
      @ requires d >= 1 && d <= 1000000000;
      @ requires signSumPlus == 0 || signSumPlus == 1;
      @ requires signSumMinus == 0 || signSumMinus == 1;
      @ requires 2 * signSumPlus + 2 * signSumMinus <= d + 2;
      @ ensures \result == d - 2 * signSumPlus - 2 * signSumMinus;
      @ assignable \nothing;
      @*/
    public static int zeroMultiplicityOffByTwo(int d, int signSumPlus, int signSumMinus) {
        return Prop41Kernel.zeroMultiplicity(d, signSumPlus, signSumMinus);
    }

    /** Permutations: wrong, the bijection (1 0) is not the identity. */
    /*@ public normal_behavior
      @ ensures \result == 0;
      @ assignable \nothing;
      @*/
    public static int swapIsIdentity() {
        int[] perm = new int[2];
        perm[0] = 1;
        perm[1] = 0;
        int[] inv = new int[2];
        int r = Permutations.invert(perm, inv);
        return r == -1 ? perm[0] : -1;
    }

    /** Surd sign (BigInteger assumptions): wrong, 1 - 2 sqrt(1) is negative although 1 is positive. */
    /*@ public normal_behavior
      @ ensures \result == 1;
      @ assignable \nothing;
      @*/
    public static int surdSignFollowsX() {
        return SurdSign.signum(BigInteger.valueOf(1), BigInteger.valueOf(-2), BigInteger.valueOf(1));
    }

    /** Structured product (BigInteger assumptions): wrong, row 2 of M((2), (3)) (5, 7, 11) is 2*5 + 3*7 = 31, not 2*7 + 3*5. */
    /*@ public normal_behavior
      @ ensures \result == 29;
      @ assignable \nothing;
      @*/
    public static long productSwapsColumns() {
        BigInteger[] a = new BigInteger[1];
        a[0] = BigInteger.valueOf(2);
        BigInteger[] b = new BigInteger[1];
        b[0] = BigInteger.valueOf(3);
        BigInteger[] x = new BigInteger[3];
        x[0] = BigInteger.valueOf(5);
        x[1] = BigInteger.valueOf(7);
        x[2] = BigInteger.valueOf(11);
        BigInteger y = StructuredProduct.tailRow(a, b, x, 2);
        return y.compareTo(BigInteger.valueOf(29)) == 0 ? 29 : 0;
    }

    /** Structured sums (BigInteger assumptions): wrong, tr(M((1), (2))^2) = 2 (1 + 4) = 10, not 1 + 4. */
    /*@ public normal_behavior
      @ ensures \result == 5;
      @ assignable \nothing;
      @*/
    public static long traceIsSumOfNorms() {
        BigInteger[] a = new BigInteger[1];
        a[0] = BigInteger.valueOf(1);
        BigInteger[] b = new BigInteger[1];
        b[0] = BigInteger.valueOf(2);
        BigInteger[] g = StructuredSums.gram(a, b);
        return g[3].compareTo(BigInteger.valueOf(5)) == 0 ? 5 : 0;
    }
}
