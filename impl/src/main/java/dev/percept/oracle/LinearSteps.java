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

    static Rational dot(Rational[] a, Rational[] b) {
        Rational s = Rational.ZERO;
        for (int i = 0; i < a.length; i++) {
            s = s.add(a[i].multiply(b[i]));
        }
        return s;
    }
}
