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
        return listed(th, tw);
    }

    /** The reference with {@code theta_R,t = theta.get(t)} and {@code 2 omega_t = twiceOmega.get(t)}. */
    public static Reference listed(List<Rational[]> theta, List<int[]> twiceOmega) {
        return new Reference() {
            @Override
            public Rational[] theta(int t) {
                return theta.get(t);
            }

            @Override
            public int[] twiceOmega(int t) {
                return twiceOmega.get(t);
            }
        };
    }

    /**
     * Enclosures along a run: {@code e_t} for t = 0..T, and the loss at the last iterate (if asked).
     * Iterates computed in binary balls are turned into decimal balls when first asked for.
     */
    public static final class Run {
        private final List<Object> e;
        private final Ball loss;
        private final int digits;

        Run(List<Object> e, Ball loss, int digits) {
            this.e = new ArrayList<>(e);
            this.loss = loss;
            this.digits = digits;
        }

        /** @return the enclosure of {@code e_t = theta_G,t - theta_R,t}, t = 0..T (a copy; balls are immutable) */
        public synchronized Ball[] e(int t) {
            Object v = e.get(t);
            if (v instanceof BinBall[] b) {
                Ball[] dec = new Ball[b.length];
                for (int k = 0; k < b.length; k++) {
                    dec[k] = b[k].toBall(digits);
                }
                e.set(t, dec);
                v = dec;
            }
            return ((Ball[]) v).clone();
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
     * The linear model runs on {@link LinearGdKernel} (binary balls, exact integer dot products),
     * except for a step from the exact zero enclosure at a reference whose margins are all exactly
     * 0 (every residual is then the exact {@code 1/2 - omega_i}): that step is the decimal one
     * below, so its exact short decimals print as before. Other models, and margins beyond
     * {@code 2^28} in magnitude, run on decimal balls ({@link Ball}).
     *
     * @param withLoss also enclose the loss at the last iterate
     */
    public static Run run(Model model, Dataset data, Rational eta, Reference ref, Ball[] e0, int steps, MathContext mc, boolean withLoss,
            dev.percept.check.Progress progress) {
        if (model instanceof LinearModel) {
            try {
                return runLinear(model, data, eta, ref, e0, steps, mc, withLoss, progress);
            } catch (Mag.OutOfRange tooFar) {
                // the binary kernel's exponent range is exceeded: decimal balls go on (their own bounds)
            }
        }
        List<Object> es = new ArrayList<>();
        Ball[] e = e0;
        es.add(e);
        for (int t = 0; t < steps; t++) {
            progress.update("gd", t, steps);
            e = decimalStep(model, data, eta, ref.theta(t), ref.twiceOmega(t), e, mc);
            es.add(e);
        }
        progress.update("gd", steps, steps);
        Ball loss = null;
        if (withLoss) {
            Rational[] thR = ref.theta(steps);
            Ball s = Ball.ZERO;
            for (int i = 0; i < data.n(); i++) {
                s = s.add(zG(model, data, thR, e, i, mc).softplusOfNegative(mc), mc);
            }
            loss = s.multiply(Rational.of(1, data.n()), mc);
        }
        return new Run(es, loss, mc.getPrecision());
    }

    /** One GD step in decimal balls: {@code e + eta sum_i ((sigma(-z_i) - omega_i) g_i(theta_G) + omega_i (g_i(theta_G) - g_i(theta_R)))}. */
    private static Ball[] decimalStep(Model model, Dataset data, Rational eta, Rational[] thR, int[] tw, Ball[] e, MathContext mc) {
        Ball[] acc = new Ball[e.length];
        java.util.Arrays.fill(acc, Ball.ZERO);
        for (int i = 0; i < data.n(); i++) {
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
        return next;
    }

    /** {@link #run} for the linear model on {@link LinearGdKernel}. */
    private static Run runLinear(Model model, Dataset data, Rational eta, Reference ref, Ball[] e0, int steps, MathContext mc, boolean withLoss,
            dev.percept.check.Progress progress) {
        LinearGdKernel kernel = new LinearGdKernel(data, mc);
        int prec = kernel.precision();
        List<Object> es = new ArrayList<>();
        es.add(e0);
        Ball[] dec = e0;
        BinBall[] bin = null;
        Rational[] lastTheta = null;
        Rational[] zR = null;
        for (int t = 0; t < steps; t++) {
            progress.update("gd", t, steps);
            Rational[] thR = ref.theta(t);
            if (thR != lastTheta) {
                zR = referenceMargins(model, data, thR);
                lastTheta = thR;
            }
            if (dec != null && allExactZero(dec) && allZero(zR)) {
                dec = decimalStep(model, data, eta, thR, ref.twiceOmega(t), dec, mc);
                es.add(dec);
                continue;
            }
            if (bin == null) {
                bin = toBinary(dec, prec);
                dec = null;
            }
            bin = kernel.step(zR, ref.twiceOmega(t), bin, eta);
            es.add(bin);
        }
        progress.update("gd", steps, steps);
        Ball loss = null;
        if (withLoss) {
            Rational[] thR = ref.theta(steps);
            if (thR != lastTheta) {
                zR = referenceMargins(model, data, thR);
            }
            loss = kernel.loss(zR, bin != null ? bin : toBinary(dec, prec)).toBall(mc.getPrecision());
        }
        return new Run(es, loss, mc.getPrecision());
    }

    private static Rational[] referenceMargins(Model model, Dataset data, Rational[] thR) {
        Rational[] z = new Rational[data.n()];
        for (int i = 0; i < z.length; i++) {
            z[i] = model.margin(thR, data, i);
        }
        return z;
    }

    private static boolean allExactZero(Ball[] e) {
        for (Ball b : e) {
            if (b.center().signum() != 0 || b.radius().signum() != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean allZero(Rational[] z) {
        for (Rational q : z) {
            if (!q.isZero()) {
                return false;
            }
        }
        return true;
    }

    private static BinBall[] toBinary(Ball[] e, int prec) {
        BinBall[] b = new BinBall[e.length];
        for (int k = 0; k < e.length; k++) {
            b[k] = BinBall.of(e[k].center(), e[k].radius(), prec + 8);
        }
        return b;
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
