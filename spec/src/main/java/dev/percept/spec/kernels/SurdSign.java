package dev.percept.spec.kernels;

import java.math.BigInteger;

/**
 * The exact sign of {@code x + y sqrt(r)} for integers {@code x, y} and {@code r >= 0}: the rule on
 * which every ordering of eigenvalues rests ({@code QuadraticSurd.signum} reduces its rational
 * parts to these integers). BigInteger code, proved by KeY under the BigInteger assumptions of
 * {@code spec/deductive.md}.
 *
 * <p>The contract states the rule without the square root: with {@code N = x^2 - y^2 r}, the term
 * of larger magnitude decides ({@code |x|} against {@code |y| sqrt r}, compared by their squares),
 * and the number is 0 exactly when the magnitudes agree and the two terms do not have the same
 * sign. The code decides most signs without multiplying (when the two terms agree in sign, or one
 * vanishes) and compares the squares only otherwise; KeY proves that both ways agree.
 */
public final class SurdSign {

    private SurdSign() {
    }

    /** Returns the sign (-1, 0 or 1) of {@code x + y sqrt(r)}. */
    /*@ public normal_behavior
      @ requires x != null && y != null && r != null && r.value >= 0;
      @ ensures \result == 0 <==> (x.value * x.value == y.value * y.value * r.value && x.value * y.value <= 0);
      @ ensures x.value * x.value > y.value * y.value * r.value ==> \result == (x.value > 0 ? 1 : -1);
      @ ensures x.value * x.value < y.value * y.value * r.value ==> \result == (y.value > 0 ? 1 : -1);
      @ ensures x.value * x.value == y.value * y.value * r.value && x.value * y.value > 0 ==> \result == (x.value > 0 ? 1 : -1);
      @ assignable \nothing;
      @*/
    public static int signum(BigInteger x, BigInteger y, BigInteger r) {
        int sx = x.signum();
        int sy = r.signum() == 0 ? 0 : y.signum();
        if (sy == 0) {
            return sx;
        }
        if (sx == 0 || sx == sy) {
            return sy;
        }
        int c = x.multiply(x).compareTo(y.multiply(y).multiply(r));
        return c > 0 ? sx : c == 0 ? 0 : sy;
    }
}
