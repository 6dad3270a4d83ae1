package dev.percept.dynamics;

import dev.percept.exact.Rational;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Logistic-loss gradient descent {@code theta <- theta - gamma grad L(theta)},
 * {@code L = (1/n) sum_i log(1 + exp(-y_i f(x_i; theta)))}, i.e.
 * {@code theta <- theta + eta sum_i sigma(-z_i) g_i(theta)} with {@code eta = gamma / n}, in ball
 * arithmetic (every iterate is enclosed; see {@code spec/gd-precision.md}).
 *
 * <p>The iterate is written {@code theta_G,t = theta_R,t + e_t} around an exact reference
 * trajectory that obeys {@code theta_R,t+1 = theta_R,t + eta sum_i omega_i,t g_i(theta_R,t)} (the
 * generalized perceptron, or the zero trajectory with {@code omega = 0}); the engine encloses
 * {@code e_t}, so the GD-perceptron distance is obtained with relative accuracy even when it is
 * far below the size of the iterates (claims R1, R2).
 */
public final class LogisticGd {

    /** An exact reference trajectory with its perceptron weights. */
    public interface Reference {
        /** @return {@code theta_R,t} */
        Rational[] theta(int t);

        /** @return {@code 2 omega_i,t} for every point */
        int[] twiceOmega(int t);
    }

    /** The zero reference ({@code theta_R = 0}, {@code omega = 0}): then {@code e_t} is the GD iterate itself. */
    public static Reference zero(int params, int n) {
        return constant(Vec.zeros(params), n);
    }

    /**
     * The constant reference {@code theta_R,t = theta0}, {@code omega = 0} (a valid reference: zero
     * weights leave it in place). With {@code e_0 = 0} the first step is evaluated at the exact
     * rational start, so an exactly-zero pre-activation there gets {@code phi'(0)} by the convention
     * instead of an enclosure straddling the kink.
     */
    public static Reference constant(Rational[] theta0, int n) {
        Rational[] z = theta0.clone();
        int[] w = new int[n];
        return new Reference() {
            @Override
            public Rational[] theta(int t) {
                return z;
            }

            @Override
            public int[] twiceOmega(int t) {
                return w;
            }
        };
    }

    /** The reference {@code scale * perceptron iterate} of a perceptron run (padded with its last iterate). */
    public static Reference scaled(Perceptron.Result p, Rational scale) {
        List<Rational[]> th = new ArrayList<>();
        for (Rational[] theta : p.iterates()) {
            th.add(Vec.scale(scale, theta));
        }
        List<int[]> tw = new ArrayList<>();
        for (Perceptron.Step s : p.steps()) {
            tw.add(s.twiceOmega());
        }
        return new Reference() {
            @Override
            public Rational[] theta(int t) {
                return th.get(t);
            }

            @Override
            public int[] twiceOmega(int t) {
                return tw.get(t);
            }
        };
    }

    /** Enclosures along a run: {@code e_t} for t = 0..T, and the loss at the last iterate (if asked). */
    public static final class Run {
        private final List<Ball[]> e;
        private final Ball loss;

        Run(List<Ball[]> e, Ball loss) {
            this.e = List.copyOf(e);
            this.loss = loss;
        }

        /** @return the enclosure of {@code e_t = theta_G,t - theta_R,t}, t = 0..T (a copy; balls are immutable) */
        public Ball[] e(int t) {
            return e.get(t).clone();
        }

        /** @return T, the number of steps run */
        public int steps() {
            return e.size() - 1;
        }

        /** @return the enclosure of the loss at {@code theta_G,T}, or null unless requested */
        public Ball loss() {
            return loss;
        }
    }

    private LogisticGd() {
    }

    /** A working context with enough extra digits that {@code q} keeps {@code mc}'s absolute precision below 1. */
    static MathContext contextFor(Rational q, MathContext mc) {
        int extra = Math.max(0, (q.numerator().bitLength() - q.denominator().bitLength()) * 3 / 10 + 2);
        return new MathContext(mc.getPrecision() + extra, RoundingMode.HALF_EVEN);
    }

    /**
     * Runs {@code steps} GD steps with per-point step {@code eta} from {@code thetaR(0) + e0}.
     *
     * @param withLoss also enclose the loss at the last iterate
     */
    public static Run run(Model model, Dataset data, Rational eta, Reference ref, Ball[] e0, int steps, MathContext mc, boolean withLoss,
            dev.percept.check.Progress progress) {
        List<Ball[]> es = new ArrayList<>();
        Ball[] e = e0;
        es.add(e);
        int n = data.n();
        for (int t = 0; t < steps; t++) {
            progress.update("gd", t, steps);
            Rational[] thR = ref.theta(t);
            int[] tw = ref.twiceOmega(t);
            Ball[] acc = new Ball[e.length];
            java.util.Arrays.fill(acc, Ball.ZERO);
            for (int i = 0; i < n; i++) {
                Ball zG = zG(model, data, thR, e, i, mc);
                Ball r = zG.logisticResidual(tw[i], mc);
                Ball[] dg = model.gradientDifference(thR, e, data, i, mc);
                Ball[] gG = signedGradientG(model, data, thR, dg, i, mc);
                Rational om = Rational.of(tw[i], 2);
                for (int k = 0; k < e.length; k++) {
                    Ball term = r.multiply(gG[k], mc);
                    if (!om.isZero()) {
                        term = term.add(dg[k].multiply(om, mc), mc);
                    }
                    acc[k] = acc[k].add(term, mc);
                }
            }
            Ball[] next = new Ball[e.length];
            for (int k = 0; k < e.length; k++) {
                next[k] = e[k].add(acc[k].multiply(eta, mc), mc);
            }
            e = next;
            es.add(e);
        }
        progress.update("gd", steps, steps);
        Ball loss = null;
        if (withLoss) {
            Rational[] thR = ref.theta(steps);
            Ball s = Ball.ZERO;
            for (int i = 0; i < n; i++) {
                s = s.add(zG(model, data, thR, e, i, mc).softplusOfNegative(mc), mc);
            }
            loss = s.multiply(Rational.of(1, n), mc);
        }
        return new Run(es, loss);
    }

    /**
     * A ball vector containing {@code g_i(theta_G) = g_i(theta_R) + (g_i(theta_R + e) - g_i(theta_R))}, given the
     * enclosed difference {@code dg} ({@link Model#gradientDifference}).
     */
    static Ball[] signedGradientG(Model model, Dataset data, Rational[] thR, Ball[] dg, int i, MathContext mc) {
        Rational[] gR = model.signedGradient(thR, data, i);
        Ball[] g = new Ball[gR.length];
        for (int k = 0; k < g.length; k++) {
            g[k] = Ball.of(gR[k], mc).add(dg[k], mc);
        }
        return g;
    }

    /** A ball containing the margin {@code z_i(theta_R + e)} of the GD iterate, with the reference margin kept exact. */
    static Ball zG(Model model, Dataset data, Rational[] thR, Ball[] e, int i, MathContext mc) {
        Rational zR = model.margin(thR, data, i);
        MathContext wide = contextFor(zR, mc);
        return Ball.of(zR, wide).add(model.marginDifference(thR, e, data, i, mc), wide);
    }
}
