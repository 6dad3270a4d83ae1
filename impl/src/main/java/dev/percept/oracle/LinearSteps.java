package dev.percept.oracle;

import dev.percept.exact.Rational;
import dev.percept.spec.kernels.TieRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact batch perceptron steps of the linear model over the rationals:
 * {@code w <- w + gamma sum_i omega(z_i) y_i x_i}, {@code z_i = y_i <w, x_i>}, with
 * {@code omega} from {@link TieRule} (the sign of {@code z_i} is exact, so ties at zero are
 * decided exactly). The reference for {@code dev.percept.fast.FastLinearSteps#perceptron}.
 */
public final class LinearSteps {

    private LinearSteps() {
    }

    /** One exact perceptron step. */
    public static Rational[] perceptron(Rational[] w, Rational[][] x, int[] y, Rational gamma, int tieMode) {
        Rational[] out = w.clone();
        for (int i = 0; i < x.length; i++) {
            Rational z = dot(w, x[i]).multiply(Rational.of(y[i]));
            int twice = TieRule.twiceOmega(z.signum(), tieMode);
            if (twice != 0) {
                Rational c = gamma.multiply(Rational.of((long) y[i] * twice, 2));
                for (int j = 0; j < w.length; j++) {
                    out[j] = out[j].add(c.multiply(x[i][j]));
                }
            }
        }
        return out;
    }

    /** The exact trajectory {@code w_0, ..., w_steps}. */
    public static List<Rational[]> perceptronTrajectory(Rational[] w0, Rational[][] x, int[] y, Rational gamma, int tieMode, int steps) {
        List<Rational[]> out = new ArrayList<>();
        out.add(w0.clone());
        Rational[] w = w0;
        for (int k = 0; k < steps; k++) {
            w = perceptron(w, x, y, gamma, tieMode);
            out.add(w);
        }
        return out;
    }

    /**
     * One logistic-GD step (claim R1) on the mean logistic loss,
     * {@code w <- w + (gamma/n) sum_i sigma(-z_i) y_i x_i}, as a referee in decimal arithmetic:
     * margins exact, {@code exp} by big-math at {@code mc} (error below one unit in the last place
     * of {@code mc}), every other operation rounded to {@code mc}. With {@code mc} of 60 digits the
     * result is correct to far more digits than a double carries.
     */
    public static java.math.BigDecimal[] logisticGd(Rational[] w, Rational[][] x, int[] y, Rational gamma, java.math.MathContext mc) {
        int n = x.length;
        java.math.BigDecimal[] out = new java.math.BigDecimal[w.length];
        for (int j = 0; j < w.length; j++) {
            out[j] = decimal(w[j], mc);
        }
        java.math.BigDecimal g = decimal(gamma.divide(Rational.of(n)), mc);
        for (int i = 0; i < n; i++) {
            Rational z = dot(w, x[i]).multiply(Rational.of(y[i]));
            java.math.BigDecimal e = ch.obermuhlner.math.big.BigDecimalMath.exp(decimal(z, mc), mc);
            java.math.BigDecimal sig = java.math.BigDecimal.ONE.divide(java.math.BigDecimal.ONE.add(e, mc), mc);
            java.math.BigDecimal c = g.multiply(sig, mc).multiply(java.math.BigDecimal.valueOf(y[i]), mc);
            for (int j = 0; j < w.length; j++) {
                out[j] = out[j].add(c.multiply(decimal(x[i][j], mc), mc), mc);
            }
        }
        return out;
    }

    static java.math.BigDecimal decimal(Rational q, java.math.MathContext mc) {
        return new java.math.BigDecimal(q.numerator()).divide(new java.math.BigDecimal(q.denominator()), mc);
    }

    static Rational dot(Rational[] a, Rational[] b) {
        Rational s = Rational.ZERO;
        for (int i = 0; i < a.length; i++) {
            s = s.add(a[i].multiply(b[i]));
        }
        return s;
    }
}
