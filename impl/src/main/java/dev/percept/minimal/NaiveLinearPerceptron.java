package dev.percept.minimal;

import dev.percept.spec.KernelUse;
import dev.percept.exact.Rational;
import dev.percept.spec.kernels.TieRule;

/**
 * The batch perceptron {@code v <- v + sum_i omega(a_i^T v) a_i} from {@code v = 0} on the full
 * rational vector, O(n d) per step: the direct version that {@link ReducedLinearPerceptron} is
 * cross-checked against.
 */
public final class NaiveLinearPerceptron implements Stepping {
    private final Rational[][] a;
    private final int tieMode;
    private final Rational[] v;

    /** @param signedPoints the signed points {@code a_i}; @param tieMode a {@link TieRule} mode */
    public NaiveLinearPerceptron(Rational[][] signedPoints, int tieMode) {
        this.a = signedPoints;
        this.tieMode = tieMode;
        this.v = new Rational[signedPoints[0].length];
        java.util.Arrays.fill(v, Rational.ZERO);
    }

    /** @return {@code a_i^T v} */
    public Rational margin(int i) {
        Rational acc = Rational.ZERO;
        for (int x = 0; x < v.length; x++) {
            acc = acc.add(a[i][x].multiply(v[x]));
        }
        return acc;
    }

    /** @return whether every margin is positive */
    @Override
    public boolean separated() {
        for (int i = 0; i < a.length; i++) {
            if (margin(i).signum() <= 0) {
                return false;
            }
        }
        return true;
    }

    /** One batch step. */
    @Override
    public void step() {
        Rational[] c = new Rational[a.length];
        for (int i = 0; i < a.length; i++) {
            KernelUse.mark(KernelUse.Site.MINIMAL_PERCEPTRON_WEIGHT);
            c[i] = Rational.of(TieRule.twiceOmega(margin(i).signum(), tieMode), 2);
        }
        for (int i = 0; i < a.length; i++) {
            if (c[i].isZero()) {
                continue;
            }
            for (int x = 0; x < v.length; x++) {
                v[x] = v[x].add(c[i].multiply(a[i][x]));
            }
        }
    }

    /** @return a copy of v */
    public Rational[] v() {
        return v.clone();
    }
}
