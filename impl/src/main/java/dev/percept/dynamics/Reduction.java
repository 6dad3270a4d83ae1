package dev.percept.dynamics;

import dev.percept.check.Progress;
import dev.percept.exact.Rational;
import dev.percept.model.ModelKind;
import dev.percept.model.TieMode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Claims R1 and R2, quantified: GD against the exact perceptron, with the rigorous bound of
 * {@code spec/reduction.md} (Theorem R). For a scale {@code gamma}:
 * <ul>
 * <li>linear (R1): GD with step gamma (per-point {@code eta = gamma/n}) from 0 against the
 *     perceptron with the same eta from 0, i.e. {@code theta_P,t = gamma p_t} where {@code p_t} is the
 *     perceptron with per-point step {@code 1/n};</li>
 * <li>two-layer and tied (R2): GD with per-point step {@code eta} (GD step {@code n eta}) from
 *     {@code gamma theta0} against the perceptron with step eta from {@code gamma theta0}, i.e.
 *     {@code theta_P,t = gamma p_t} with {@code p_t} the perceptron from theta0 (margins scale like gamma^2).</li>
 * </ul>
 */
public final class Reduction {

    /** Whether the distance stays within Theorem R's bound at every step. */
    public enum Verdict {
        /** Every upper enclosure of the distance is within {@code B_t}. */
        HOLDS,
        /** Some lower enclosure exceeds {@code B_t}: the bound is violated. */
        FAILS,
        /** Neither: the enclosures are too wide to tell (retry at more digits). */
        UNDECIDED;

        /** @return the printed form: {@code holds}, {@code fails} or {@code undecided} */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** @return {@link #label()} */
        @Override
        public String toString() {
            return label();
        }
    }

    /** The outcome for one gamma: per t, the enclosure [lower, upper] of ||theta_G,t - theta_P,t|| and the bound B_t. */
    public static final class Row {
        private final Rational gamma;
        private final BigDecimal[] lower;
        private final BigDecimal[] upper;
        private final BigDecimal[] bound;
        private final List<Ball[]> iterates;
        private final List<PerceptronPlusError.Step> asPerceptron;
        private final List<Ball> lastMargins;
        private final int digits;

        /** A row of distances and bounds only (no iterates, no perceptron view): for tests of {@link #verdict}. */
        Row(Rational gamma, BigDecimal[] lower, BigDecimal[] upper, BigDecimal[] bound) {
            this(gamma, lower, upper, bound, List.of(), List.of(), List.of(), 0);
        }

        Row(Rational gamma, BigDecimal[] lower, BigDecimal[] upper, BigDecimal[] bound, List<Ball[]> iterates,
                List<PerceptronPlusError.Step> asPerceptron, List<Ball> lastMargins, int digits) {
            this.gamma = gamma;
            this.lower = lower;
            this.upper = upper;
            this.bound = bound;
            this.iterates = iterates;
            this.asPerceptron = asPerceptron;
            this.lastMargins = lastMargins;
            this.digits = digits;
        }

        /** @return the scale gamma */
        public Rational gamma() {
            return gamma;
        }

        /** @return the lower enclosure of the distance at t = 0..T */
        public List<BigDecimal> lower() {
            return List.of(lower);
        }

        /** @return the upper enclosure of the distance at t = 0..T */
        public List<BigDecimal> upper() {
            return List.of(upper);
        }

        /** @return the bound B_t at t = 0..T */
        public List<BigDecimal> bound() {
            return List.of(bound);
        }

        /** @return enclosures of the GD iterates {@code theta_G,t}, t = 0..T (do not modify the arrays) */
        public List<Ball[]> iterates() {
            return iterates;
        }

        /** @return each GD step as a perceptron step plus an error xi_t ({@link PerceptronPlusError}), t = 0..T-1 */
        public List<PerceptronPlusError.Step> asPerceptron() {
            return asPerceptron;
        }

        /** @return enclosures of the margins of {@code theta_G,T}, the last iterate */
        public List<Ball> lastMargins() {
            return lastMargins;
        }

        /** @return the working digits of the enclosures */
        public int digits() {
            return digits;
        }

        /** @return max_t of the upper enclosure of the distance */
        public BigDecimal maxDistanceUpper() {
            return Arrays.stream(upper).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        }

        /** @return max_t of the lower enclosure of the distance */
        public BigDecimal maxDistanceLower() {
            return Arrays.stream(lower).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        }

        /** @return max_t B_t (B_t is non-decreasing, so this is B_T) */
        public BigDecimal maxBound() {
            return Arrays.stream(bound).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        }

        /** @return {@link Verdict#HOLDS} if every upper enclosure is within B_t, {@link Verdict#FAILS} if some lower one exceeds it, else undecided */
        public Verdict verdict() {
            boolean all = true;
            for (int t = 0; t < bound.length; t++) {
                if (lower[t].compareTo(bound[t]) > 0) {
                    return Verdict.FAILS;
                }
                all &= upper[t].compareTo(bound[t]) <= 0;
            }
            return all ? Verdict.HOLDS : Verdict.UNDECIDED;
        }
    }

    private Reduction() {
    }

    /** @return the claim checked for this model: R1 (linear) or R2 */
    public static String claimFor(Model model) {
        return model.kind() == ModelKind.LINEAR ? "R1" : "R2";
    }

    /**
     * The normalized perceptron run p_t: per-point step {@code 1/n} from 0 (linear) or {@code eta}
     * from {@code theta0} (two-layer models).
     */
    public static Perceptron.Result normalizedPerceptron(Model model, Dataset data, Rational eta, Rational[] theta0, int steps, TieMode tie) {
        if (model.kind() == ModelKind.LINEAR) {
            return Perceptron.run(model, data, Rational.of(1, data.n()), Vec.zeros(model.parameterCount()), steps, tie, false);
        }
        return Perceptron.run(model, data, eta, theta0, steps, tie, false);
    }

    /** Number of GD steps compared: all T when the perceptron converged (it then stays put), else its updates. */
    public static int horizon(Perceptron.Result p, int steps) {
        return p.converged() ? steps : Math.min(steps, p.iterations());
    }

    /** Runs GD for one gamma against {@code gamma p_t} and evaluates the bound at every t. */
    public static Row compare(Model model, Dataset data, Rational eta, Rational[] theta0, Perceptron.Result p, int steps, TieMode tie,
            Rational gamma, int digits) {
        int horizon = horizon(p, steps);
        boolean linear = model.kind() == ModelKind.LINEAR;
        Rational stepPerPoint = linear ? gamma.multiply(Rational.of(1, data.n())) : eta;
        LogisticGd.Reference ref = padded(p, gamma, data.n());
        Ball[] e0 = new Ball[model.parameterCount()];
        Arrays.fill(e0, Ball.ZERO);
        MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
        LogisticGd.Run run = LogisticGd.run(model, data, stepPerPoint, ref, e0, horizon, mc, false, Progress.NONE);
        BigDecimal[] lo = new BigDecimal[horizon + 1];
        BigDecimal[] up = new BigDecimal[horizon + 1];
        for (int t = 0; t <= horizon; t++) {
            lo[t] = Ball.normLower(run.e(t));
            up[t] = Ball.normUpper(run.e(t));
        }
        BigDecimal[] b = bound(model, data, stepPerPoint, ref, horizon);
        List<Ball[]> iterates = new ArrayList<>();
        for (int t = 0; t <= horizon; t++) {
            Rational[] thR = ref.theta(t);
            Ball[] e = run.e(t);
            Ball[] th = new Ball[e.length];
            for (int k = 0; k < th.length; k++) {
                th[k] = Ball.of(thR[k], mc).add(e[k], mc);
            }
            iterates.add(th);
        }
        List<PerceptronPlusError.Margins> zs = PerceptronPlusError.margins(model, data, ref, run, mc);
        List<PerceptronPlusError.Step> view = PerceptronPlusError.along(model, data, stepPerPoint, ref, run, zs, tie, mc);
        return new Row(gamma, lo, up, b, iterates, view, zs.get(zs.size() - 1).margins(), digits);
    }

    /** The reference gamma p_t, continued after convergence by the fixed point with omega = 0. */
    static LogisticGd.Reference padded(Perceptron.Result p, Rational gamma, int n) {
        LogisticGd.Reference base = LogisticGd.scaled(p, gamma);
        int k = p.iterations();
        int[] none = new int[n];
        return new LogisticGd.Reference() {
            @Override
            public Rational[] theta(int t) {
                return base.theta(Math.min(t, k));
            }

            @Override
            public int[] twiceOmega(int t) {
                return t < k ? base.twiceOmega(t) : none;
            }
        };
    }

    /**
     * Theorem R (spec/reduction.md): {@code B_0 = 0},
     * {@code B_{t+1} = (1 + eta ||A_S||) B_t + eta sum_{i not in S} omega_i K_i (2||theta_P|| + B_t) + eta sum_i b_i G_i}
     * with S the points whose activation pattern is certain within distance B_t, {@code K_i} a bound
     * of {@code ||A_i||} over all patterns, {@code G_i} a bound of {@code ||g_i(theta_G)||}, {@code D_i}
     * a bound of {@code |z_G,i - z_P,i|} and {@code b_i} a bound of {@code |sigma(-z_G,i) - omega_i|}.
     * Every quantity is rounded upwards.
     */
    public static BigDecimal[] bound(Model model, Dataset data, Rational eta, LogisticGd.Reference ref, int horizon) {
        BigDecimal[] b = new BigDecimal[horizon + 1];
        b[0] = BigDecimal.ZERO;
        BigDecimal etaUp = Bounds.up(eta);
        BigDecimal half = new BigDecimal("0.5");
        BigDecimal quarter = new BigDecimal("0.25");
        int n = data.n();
        for (int t = 0; t < horizon; t++) {
            BigDecimal bt = b[t];
            Rational[] th = ref.theta(t);
            int[] tw = ref.twiceOmega(t);
            BigDecimal thNorm = Bounds.sqrtUp(Vec.normSquared(th));
            Rational[] cS = new Rational[n];
            BigDecimal extra = BigDecimal.ZERO;
            BigDecimal source = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                BigDecimal k = model.patternNormBound(data, i);
                boolean certain = model.patternCertain(th, data, i, bt);
                cS[i] = certain ? Rational.of(tw[i], 2) : Rational.ZERO;
                BigDecimal g;
                BigDecimal bi;
                if (certain) {
                    BigDecimal gn = Bounds.sqrtUp(Vec.normSquared(model.signedGradient(th, data, i)));
                    BigDecimal dd = gn.multiply(bt, Ball.UP).add(k.multiply(bt, Ball.UP).multiply(bt, Ball.UP).multiply(half, Ball.UP), Ball.UP);
                    g = gn.add(k.multiply(bt, Ball.UP), Ball.UP);
                    Rational z = model.margin(th, data, i);
                    if (z.signum() == 0) {
                        bi = tw[i] == 1 ? half.min(dd.multiply(quarter)) : BigDecimal.ONE.min(half.add(dd.multiply(quarter)));
                    } else {
                        BigDecimal expo = dd.subtract(new BigDecimal(z.abs().floor()), new MathContext(12, RoundingMode.CEILING));
                        bi = expo.signum() >= 0 ? BigDecimal.ONE : Ball.expUpper(expo).min(BigDecimal.ONE);
                    }
                } else {
                    g = k.multiply(thNorm.add(bt, Ball.UP), Ball.UP);
                    bi = BigDecimal.ONE;
                    extra = extra.add(Bounds.up(Rational.of(tw[i], 2)).multiply(k, Ball.UP).multiply(thNorm.multiply(BigDecimal.valueOf(2)).add(bt, Ball.UP), Ball.UP), Ball.UP);
                }
                source = source.add(bi.multiply(g, Ball.UP), Ball.UP);
            }
            BigDecimal growth = BigDecimal.ONE;
            PatternMatrix a = model.patternMatrix(th, data, cS);
            if (a != null) {
                growth = growth.add(etaUp.multiply(a.normUpper()), Ball.UP);
            }
            b[t + 1] = growth.multiply(bt, Ball.UP).add(etaUp.multiply(extra.add(source, Ball.UP), Ball.UP), Ball.UP);
        }
        return b;
    }

    /**
     * {@link #compare} at {@code digits} working digits, repeated at 2, 4 and 8 times the digits
     * while the verdict is {@code undecided}: an undecided comparison only means the enclosures
     * were too wide to compare with the bound.
     */
    public static Row compareDecided(Model model, Dataset data, Rational eta, Rational[] theta0, Perceptron.Result p, int steps, TieMode tie,
            Rational gamma, int digits) {
        Row r = compare(model, data, eta, theta0, p, steps, tie, gamma, digits);
        for (int d = 2 * digits; r.verdict() == Verdict.UNDECIDED && d <= 8 * digits; d *= 2) {
            r = compare(model, data, eta, theta0, p, steps, tie, gamma, d);
        }
        return r;
    }
}
