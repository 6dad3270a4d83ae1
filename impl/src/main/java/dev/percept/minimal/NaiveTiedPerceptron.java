package dev.percept.minimal;

import dev.percept.spec.KernelUse;
import dev.percept.exact.Rational;
import dev.percept.spec.kernels.TieRule;
import dev.percept.structured.SymmetricInvolution;

/**
 * The same generalized perceptron as {@link ReducedTiedPerceptron}, written the direct way: the
 * full rational vector {@code theta = (u1, u2, w)} in R^(d+2), the unscaled step
 * {@code theta <- theta + gamma sum_i omega(margin_i) M(a_i) theta} with
 * {@code M(a) theta = (a^T w, (Pa)^T w, u1 a + u2 Pa)} applied in O(d) per point. It exists to
 * cross-check the reduced stepping (claim M1's exactness), on small d.
 */
public final class NaiveTiedPerceptron implements Stepping {
    private final Rational[][] a;
    private final Rational[][] pa;
    private final Rational gamma;
    private final int tieMode;
    private Rational[] theta;

    /**
     * @param signedPoints the rational signed points {@code a_i}
     * @param p the involution P
     * @param theta0 the rational start (length d+2)
     * @param gamma the step
     * @param tieMode a {@link TieRule} mode
     */
    public NaiveTiedPerceptron(Rational[][] signedPoints, SymmetricInvolution p, Rational[] theta0, Rational gamma, int tieMode) {
        this.a = signedPoints;
        this.pa = new Rational[signedPoints.length][];
        for (int i = 0; i < signedPoints.length; i++) {
            pa[i] = p.apply(signedPoints[i]);
        }
        this.theta = theta0.clone();
        this.gamma = gamma;
        this.tieMode = tieMode;
    }

    /** @return {@code (1/2) theta^T M(a_i) theta = u1 a_i^T w + u2 (P a_i)^T w} */
    public Rational margin(int i) {
        return theta[0].multiply(dotW(a[i])).add(theta[1].multiply(dotW(pa[i])));
    }

    private Rational dotW(Rational[] v) {
        Rational acc = Rational.ZERO;
        for (int x = 0; x < v.length; x++) {
            if (!v[x].isZero()) {
                acc = acc.add(v[x].multiply(theta[2 + x]));
            }
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

    /** Makes one unscaled step. */
    @Override
    public void step() {
        Rational[] delta = new Rational[theta.length];
        java.util.Arrays.fill(delta, Rational.ZERO);
        for (int i = 0; i < a.length; i++) {
            KernelUse.mark(KernelUse.Site.MINIMAL_PERCEPTRON_WEIGHT);
            int c2 = TieRule.twiceOmega(margin(i).signum(), tieMode);
            if (c2 == 0) {
                continue;
            }
            Rational f = gamma.multiply(Rational.of(c2, 2));
            delta[0] = delta[0].add(f.multiply(dotW(a[i])));
            delta[1] = delta[1].add(f.multiply(dotW(pa[i])));
            for (int x = 0; x < a[i].length; x++) {
                delta[2 + x] = delta[2 + x].add(f.multiply(theta[0].multiply(a[i][x]).add(theta[1].multiply(pa[i][x]))));
            }
        }
        for (int x = 0; x < theta.length; x++) {
            theta[x] = theta[x].add(delta[x]);
        }
    }

    /** @return a copy of the current iterate */
    public Rational[] theta() {
        return theta.clone();
    }
}
