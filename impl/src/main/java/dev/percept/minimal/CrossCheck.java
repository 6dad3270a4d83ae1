package dev.percept.minimal;

import dev.percept.exact.Rational;
import dev.percept.model.TieMode;
import dev.percept.check.Check;
import java.math.BigInteger;

/**
 * Exact agreement of the reduced integer stepping with the direct rational stepping on the minimal
 * example (claim M1): at every step the reduced state must equal the direct one times the known
 * positive factor, so the two runs make the same updates and stop at the same step.
 */
public final class CrossCheck {

    private CrossCheck() {
    }

    /** @return the positive integer {@code L} (lcm of denominators) and {@code L theta} */
    static BigInteger[] toIntegers(Rational[] theta) {
        BigInteger l = BigInteger.ONE;
        for (Rational x : theta) {
            BigInteger den = x.denominator();
            l = l.divide(l.gcd(den)).multiply(den);
        }
        BigInteger[] out = new BigInteger[theta.length + 1];
        out[0] = l;
        for (int i = 0; i < theta.length; i++) {
            out[i + 1] = theta[i].multiply(l).numerator();
        }
        return out;
    }

    /**
     * Runs the tied model both ways from {@code theta0} for at most {@code maxSteps} updates and
     * checks, at every step: {@code u_int = L K^t u}, {@code s_i,int = n L K^t a_i^T w},
     * {@code r_i,int = n L K^t (P a_i)^T w}, and equal stopping.
     *
     * @return one check (claim M1) naming the first disagreement, if any
     */
    public static Check tied(MinimalFamily fam, Rational[] theta0, int maxSteps) {
        BigInteger[] li = toIntegers(theta0);
        BigInteger l = li[0];
        BigInteger[] t0 = java.util.Arrays.copyOfRange(li, 1, li.length);
        BigInteger n = fam.dataScale();
        BigInteger k = BigInteger.TWO.multiply(n).multiply(fam.stepInverse());
        ReducedTiedPerceptron red = new ReducedTiedPerceptron(fam.signedPoints(), fam.involution(), t0, k, TieMode.HALF);
        Rational[][] a = fam.signedPointsRational();
        DirectPerceptron dir = DirectPerceptron.tied(a, fam.involution(), theta0, fam.gamma(), TieMode.HALF);
        Rational[][] pa = {fam.involution().apply(a[0]), fam.involution().apply(a[1])};
        String name = "reduced O(1) tied stepping equals direct O(d) stepping (d=" + fam.d() + ", mu=" + fam.mu() + ")";
        Rational factor = Rational.of(l);
        for (int t = 0; ; t++) {
            Rational[] th = dir.theta();
            String bad = null;
            if (!Rational.of(red.u1()).equals(factor.multiply(th[0])) || !Rational.of(red.u2()).equals(factor.multiply(th[1]))) {
                bad = "u differs";
            }
            for (int i = 0; i < 2 && bad == null; i++) {
                Rational s = Rational.ZERO;
                Rational r = Rational.ZERO;
                for (int x = 0; x < fam.d(); x++) {
                    s = s.add(a[i][x].multiply(th[2 + x]));
                    r = r.add(pa[i][x].multiply(th[2 + x]));
                }
                Rational nf = factor.multiply(Rational.of(n));
                if (!Rational.of(red.s(i)).equals(nf.multiply(s)) || !Rational.of(red.r(i)).equals(nf.multiply(r))) {
                    bad = "s/r of point " + (i + 1) + " differ";
                }
            }
            if (bad == null && red.separated() != dir.separated()) {
                bad = "stopping differs";
            }
            if (bad != null) {
                return new Check("M1", name, false, bad + " at step " + t);
            }
            if (red.separated() || t == maxSteps) {
                return new Check("M1", name, true, (red.separated() ? "both separated after " : "agree for ") + t + " updates");
            }
            red.step();
            dir.step();
            factor = factor.multiply(Rational.of(k));
        }
    }

    /**
     * Runs the linear perceptron both ways and checks {@code m_j,int = 2 n^2 a_j^T v} at every step
     * and equal stopping.
     */
    public static Check linear(MinimalFamily fam, int maxSteps) {
        ReducedLinearPerceptron red = new ReducedLinearPerceptron(fam.signedPoints(), TieMode.HALF);
        DirectPerceptron dir = DirectPerceptron.linear(fam.signedPointsRational(), TieMode.HALF);
        Rational f = Rational.of(fam.dataScale().pow(2).shiftLeft(1));
        String name = "reduced linear perceptron equals direct O(d) perceptron (d=" + fam.d() + ", mu=" + fam.mu() + ")";
        for (int t = 0; ; t++) {
            for (int j = 0; j < 2; j++) {
                if (!Rational.of(red.margin(j)).equals(f.multiply(dir.margin(j)))) {
                    return new Check("M1", name, false, "margin " + (j + 1) + " differs at step " + t);
                }
            }
            if (red.separated() != dir.separated()) {
                return new Check("M1", name, false, "stopping differs at step " + t);
            }
            if (red.separated() || t == maxSteps) {
                return new Check("M1", name, true, (red.separated() ? "both separated after " : "agree for ") + t + " updates");
            }
            red.step();
            dir.step();
        }
    }
}
