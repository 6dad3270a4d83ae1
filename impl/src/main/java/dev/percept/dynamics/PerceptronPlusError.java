package dev.percept.dynamics;

import dev.percept.exact.Rational;
import dev.percept.model.TieMode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * GD read as a perceptron plus an explicit error (the paper's recursion
 * {@code theta_{t+1} = (I + gamma A_{o_t}) theta_t + xi_t}; spec/main-bound.md, section 4): at each
 * GD iterate {@code theta_t} the perceptron would weight point i by {@code omega(z_i(theta_t))}
 * (1 if misclassified, 0 if classified, the tie rule at 0), i.e. take the step
 * {@code theta_t + eta sum_i omega_i g_i(theta_t)} (on the identity pattern of the tied model,
 * {@code (I + eta A_o) theta_t} with {@code A_o = sum_i omega_i A_i}); GD takes
 * {@code theta_t + eta sum_i sigma(-z_i) g_i(theta_t)}. Their difference is
 * <pre>  xi_t = theta_{t+1} - (theta_t + eta sum_i omega_i g_i(theta_t)) = eta sum_i (sigma(-z_i) - omega_i) g_i(theta_t),</pre>
 * enclosed here from the ball enclosure of the GD iterate: the residual {@code sigma(-z) - omega}
 * is evaluated stably ({@link Ball#logisticResidual}), so {@code ||xi_t||} is enclosed with
 * relative accuracy however small it is. The option is decided only when every margin's enclosure
 * has a certain sign (or is exactly zero); otherwise the step is reported undecided.
 */
public final class PerceptronPlusError {

    /**
     * One GD step seen as a perceptron step plus an error: the step index t (theta_t to
     * theta_{t+1}), enclosures of the margins {@code z_i(theta_t)} of the GD iterate, {@code 2 omega_i}
     * of the option the perceptron would take at {@code theta_t} (absent when a margin's enclosure
     * contains 0: undecided), the enclosure of {@code xi_t} and bounds of {@code ||xi_t||}.
     */
    public static final class Step {
        private final int t;
        private final List<Ball> margins;
        private final int[] twiceOmega;
        private final List<Ball> xi;
        private final BigDecimal xiLower;
        private final BigDecimal xiUpper;

        Step(int t, Ball[] margins, int[] twiceOmega, Ball[] xi, BigDecimal xiLower, BigDecimal xiUpper) {
            this.t = t;
            this.margins = List.of(margins);
            this.twiceOmega = twiceOmega;
            this.xi = xi == null ? null : List.of(xi);
            this.xiLower = xiLower;
            this.xiUpper = xiUpper;
        }

        /** @return the step index t */
        public int t() {
            return t;
        }

        /** @return enclosures of the margins {@code z_i(theta_t)} */
        public List<Ball> margins() {
            return margins;
        }

        /** @return whether the option is decided */
        public boolean decided() {
            return twiceOmega != null;
        }

        /** @return {@code 2 omega_i} of the option (a copy), or {@code null} if undecided */
        public int[] twiceOmega() {
            return twiceOmega == null ? null : twiceOmega.clone();
        }

        /** @return the enclosure of {@code xi_t}, or {@code null} if undecided */
        public List<Ball> xi() {
            return xi;
        }

        /** @return a lower bound of {@code ||xi_t||} ({@code 0} if undecided) */
        public BigDecimal xiLower() {
            return xiLower;
        }

        /** @return an upper bound of {@code ||xi_t||}, or {@code null} if undecided */
        public BigDecimal xiUpper() {
            return xiUpper;
        }

        /** @return the 1-based indices of the points the perceptron would update on (weights > 0), e.g. {@code [2]} */
        public int[] updatedPoints() {
            if (twiceOmega == null) {
                return new int[0];
            }
            return java.util.stream.IntStream.range(0, twiceOmega.length).filter(i -> twiceOmega[i] != 0).map(i -> i + 1).toArray();
        }
    }

    /** The margins of one GD iterate. */
    public static final class Margins {
        private final Ball[] z;

        Margins(Ball[] z) {
            this.z = z;
        }

        /** @return enclosures of {@code z_i}, i = 1..n */
        public List<Ball> margins() {
            return List.of(z);
        }
    }

    private PerceptronPlusError() {
    }

    /**
     * The margins of the GD iterate {@code theta_G,t = theta_R,t + e_t} of a run, for {@code t = 0..T}.
     */
    public static List<Margins> margins(Model model, Dataset data, LogisticGd.Reference ref, LogisticGd.Run run, MathContext mc) {
        List<Margins> out = new ArrayList<>();
        for (int t = 0; t <= run.steps(); t++) {
            Ball[] z = new Ball[data.n()];
            Ball[] e = run.e(t);
            for (int i = 0; i < z.length; i++) {
                z[i] = LogisticGd.zG(model, data, ref.theta(t), e, i, mc);
            }
            out.add(new Margins(z));
        }
        return out;
    }

    /**
     * The option and the error of every step {@code t = 0..T-1} of a GD run with per-point step
     * {@code eta} ({@link LogisticGd#run}), enclosed around its reference, given the run's
     * {@link #margins}.
     */
    public static List<Step> along(Model model, Dataset data, Rational eta, LogisticGd.Reference ref, LogisticGd.Run run, List<Margins> zs,
            TieMode tie, MathContext mc) {
        List<Step> out = new ArrayList<>();
        for (int t = 0; t < run.steps(); t++) {
            Rational[] thR = ref.theta(t);
            Ball[] e = run.e(t);
            Ball[] z = zs.get(t).z;
            int[] tw = option(z, tie);
            if (tw == null) {
                out.add(new Step(t, z, null, null, BigDecimal.ZERO, null));
                continue;
            }
            Ball[] acc = new Ball[e.length];
            Arrays.fill(acc, Ball.ZERO);
            for (int i = 0; i < data.n(); i++) {
                Ball r = z[i].logisticResidual(tw[i], mc);
                Ball[] g = LogisticGd.signedGradientG(model, data, thR, model.gradientDifference(thR, e, data, i, mc), i, mc);
                for (int k = 0; k < acc.length; k++) {
                    acc[k] = acc[k].add(r.multiply(g[k], mc), mc);
                }
            }
            Ball[] xi = new Ball[acc.length];
            for (int k = 0; k < xi.length; k++) {
                xi[k] = acc[k].multiply(eta, mc);
            }
            out.add(new Step(t, z, tw, xi, Ball.normLower(xi), Ball.normUpper(xi)));
        }
        return out;
    }

    /**
     * {@code 2 omega_i} from the enclosed margins: the tie rule of the certain sign, or of 0 for a
     * margin enclosed exactly at 0; {@code null} if some enclosure straddles 0 with positive radius.
     */
    static int[] option(Ball[] z, TieMode tie) {
        int[] tw = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            int sign = z[i].certainSign();
            if (sign == 0 && (z[i].center().signum() != 0 || z[i].radius().signum() != 0)) {
                return null;
            }
            tw[i] = tie.twiceOmega(sign);
        }
        return tw;
    }
}
