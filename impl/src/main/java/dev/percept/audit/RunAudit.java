package dev.percept.audit;

import dev.percept.binary64.Binary64;
import dev.percept.check.Progress;
import dev.percept.dynamics.Activation;
import dev.percept.dynamics.Ball;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.LogisticGd;
import dev.percept.dynamics.Model;
import dev.percept.dynamics.Perceptron;
import dev.percept.dynamics.PerceptronPlusError;
import dev.percept.dynamics.UnitModel;
import dev.percept.exact.Rational;
import dev.percept.minimal.MainBoundAlongGd;
import dev.percept.minimal.MinimalFamily;
import dev.percept.model.TieMode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Audit of a training run computed in floating point (PyTorch, numpy, ...): given the iterates
 * {@code x_0, ..., x_T} the run produced (each the exact binary number it stored), and the map it
 * meant to apply, logistic GD {@code F(x) = x + (gamma/n) sum_i sigma(-z_i(x)) g_i(x)} or the
 * generalized perceptron {@code F(x) = x + eta sum_i omega(z_i(x)) g_i(x)}, it reports for every
 * step, with rigorous bounds:
 * <ul>
 *   <li>the <b>local error</b> {@code x_t - F(x_{t-1})}: the exact map applied to the previous float
 *   iterate (exact rationals for the perceptron; ball arithmetic, {@link LogisticGd}, for GD, whose
 *   map involves exp), as a norm, relative to {@code ||F(x_{t-1})||}, and in ulps of the run's
 *   format (the largest over the components of {@code |x_t,k - F_k| / ulp(F_k)}, ulp of the float
 *   nearest to {@code F_k});</li>
 *   <li>the <b>global drift</b> {@code x_t - y_t} to the exact run {@code y_0 = x_0},
 *   {@code y_t = F(y_{t-1})} (exact, or enclosed in balls for GD), absolute and relative to
 *   {@code ||y_t||};</li>
 *   <li>the margins' signs, the perceptron option ({@code A1}, {@code A2}, {@code brake} on the
 *   minimal family, {@link MainBoundAlongGd#optionLabel}) and the activation pattern of both runs at
 *   every t, and the first t at which they differ. A sign of the exact GD run that its enclosure
 *   cannot decide is reported undecided, never guessed.</li>
 * </ul>
 */
public final class RunAudit {

    /** Which map the run meant to apply. */
    public enum MapKind {
        /** Logistic GD with step gamma (per-point step gamma/n). */
        GD("gd"),
        /** The generalized batch perceptron with step eta. */
        PERCEPTRON("perceptron");

        private final String label;

        MapKind(String label) {
            this.label = label;
        }

        /** @return {@code gd} or {@code perceptron} */
        public String label() {
            return label;
        }
    }

    /** The floating-point format of the run, which ulps are counted in. */
    public enum Format {
        /** IEEE binary32 (float32). */
        FLOAT32("float32"),
        /** IEEE binary64 (float64, double). */
        FLOAT64("float64");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        /** @return {@code float32} or {@code float64} */
        public String label() {
            return label;
        }

        /** The ulp of the number of this format nearest to {@code |v|} (null beyond its range). */
        Rational ulpOfNearest(Rational v) {
            return this == FLOAT32 ? Binary64.ulpOfNearestFloat(v) : Binary64.ulpOfNearest(v);
        }
    }

    /** A rigorous enclosure {@code [lower, upper]} of a non-negative quantity (decimal bounds, rounded outward). */
    public record Bounds(BigDecimal lower, BigDecimal upper) {
        static final Bounds ZERO = new Bounds(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * What each run does at step t: the signs of the margins {@code z_i} (+1, -1, 0; null when an
     * enclosure cannot decide), the perceptron option at the iterate ({@code null} if undecided) and
     * the activation pattern (one character per point and unit: {@code +} right piece, {@code -} left
     * piece (phi'(0) = left), {@code ?} undecided; empty for linear models and linear activations).
     */
    public record Signs(List<Integer> margins, String option, String pattern) {
        boolean decided() {
            return option != null && !margins.contains(null) && !pattern.contains("?");
        }
    }

    /**
     * One row of the audit: step t, the local error (null at t = 0), the drift to the exact run,
     * and both runs' signs.
     */
    public record Step(int t, Bounds localNorm, Bounds localRelative, Bounds localUlps, Bounds drift, Bounds driftRelative, Signs run,
            Signs exact) {
        /** @return what differs between the runs at t ({@code margin sign}, {@code option}, {@code activation pattern}), empty if nothing or undecided */
        public List<String> differences() {
            List<String> d = new ArrayList<>();
            for (int i = 0; i < run.margins().size(); i++) {
                Integer e = exact.margins().get(i);
                if (e != null && !e.equals(run.margins().get(i))) {
                    d.add("margin sign");
                    break;
                }
            }
            if (exact.option() != null && !exact.option().equals(run.option())) {
                d.add("option");
            }
            if (!exact.pattern().contains("?") && !exact.pattern().equals(run.pattern())) {
                d.add("activation pattern");
            }
            return d;
        }
    }

    /** The whole audit. */
    public record Report(MapKind map, Format format, Rational step, int workingDigits, List<Step> steps, String minimalFamily) {
        /** @return the first step where the runs differ, or -1 */
        public int firstDivergence() {
            return steps.stream().filter(s -> !s.differences().isEmpty()).mapToInt(Step::t).findFirst().orElse(-1);
        }

        /** @return the first step where the exact run's signs are undecided (GD enclosures straddling 0), or -1 */
        public int firstUndecided() {
            return steps.stream().filter(s -> !s.exact().decided()).mapToInt(Step::t).findFirst().orElse(-1);
        }

        /** @return the largest upper bound of the local error in ulps (0 for T = 0) */
        public BigDecimal maxLocalUlps() {
            return max(steps, s -> s.localUlps() == null ? null : s.localUlps().upper());
        }

        /** @return the largest upper bound of the relative local error */
        public BigDecimal maxLocalRelative() {
            return max(steps, s -> s.localRelative() == null ? null : s.localRelative().upper());
        }

        /** @return the largest upper bound of the relative drift */
        public BigDecimal maxDriftRelative() {
            return max(steps, s -> s.driftRelative().upper());
        }

        /** @return the largest upper bound of the drift */
        public BigDecimal maxDrift() {
            return max(steps, s -> s.drift().upper());
        }

        /** @return the steps whose local error in ulps is proven above {@code tol} (lower bound > tol) */
        public List<Integer> localAbove(BigDecimal tol) {
            return steps.stream().filter(s -> s.localUlps() != null && s.localUlps().lower().compareTo(tol) > 0).map(Step::t).toList();
        }

        private static BigDecimal max(List<Step> steps, java.util.function.Function<Step, BigDecimal> f) {
            return steps.stream().map(f).filter(Objects::nonNull).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        }
    }

    private RunAudit() {
    }

    /** Significant digits of every reported bound (rounded outward). */
    static final int DIGITS = 6;

    /**
     * Audits the run {@code traj} ({@code x_0 .. x_T}, each of the model's parameter count).
     *
     * @param step gamma for {@link MapKind#GD}, eta for {@link MapKind#PERCEPTRON}
     * @param tie the perceptron's tie rule (for GD, the option at an iterate is read with it too)
     * @param workingDigits digits of the ball arithmetic of GD (doubled, up to 4 times, while some
     *     drift enclosure is wider than its own size)
     */
    public static Report run(Model model, Dataset data, MapKind map, Rational step, TieMode tie, List<Rational[]> traj, Format format,
            int workingDigits, Progress progress) {
        if (traj.isEmpty()) {
            throw new IllegalArgumentException("empty trajectory");
        }
        for (Rational[] x : traj) {
            if (x.length != model.parameterCount()) {
                throw new IllegalArgumentException("iterate of dimension " + x.length + ", the model has " + model.parameterCount());
            }
        }
        boolean minimal = MinimalFamily.recognize(model, data).isPresent();
        String family = MinimalFamily.recognize(model, data).map(f -> "d=" + f.d() + " mu=" + f.mu()).orElse(null);
        int digits = workingDigits;
        List<Step> steps = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            steps = attempt(model, data, map, step, tie, traj, format, digits, minimal, progress);
            // An enclosure is too wide when its upper bound is more than twice its lower one while being above the
            // working precision's own noise (10^(-digits/2) relative): an exactly-zero drift stays at the noise.
            BigDecimal noise = BigDecimal.ONE.scaleByPowerOfTen(-digits / 2);
            boolean wide = steps.stream().anyMatch(s -> s.t() > 0 && s.driftRelative().upper() != null
                    && s.driftRelative().upper().compareTo(noise) > 0 && s.drift().upper().compareTo(s.drift().lower().multiply(BigDecimal.valueOf(2))) > 0);
            boolean undecided = steps.stream().anyMatch(s -> !s.exact().decided());
            if (map == MapKind.PERCEPTRON || (!wide && !undecided)) {
                break;
            }
            digits *= 2;
        }
        return new Report(map, format, step, map == MapKind.GD ? digits : 0, steps, family);
    }

    private static List<Step> attempt(Model model, Dataset data, MapKind map, Rational step, TieMode tie, List<Rational[]> traj, Format format,
            int digits, boolean minimal, Progress progress) {
        MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
        int n = data.n();
        int p = model.parameterCount();
        Rational eta = map == MapKind.GD ? step.multiply(Rational.of(1, n)) : step;
        Rational[] x0 = traj.get(0);
        int tMax = traj.size() - 1;
        // the exact run from x_0: rationals for the perceptron, balls around x_0 for GD
        List<Ball[]> exactE = new ArrayList<>(); // y_t - x_0
        List<Rational[]> exactY = new ArrayList<>();
        List<Ball[]> exactMargins = new ArrayList<>();
        if (map == MapKind.PERCEPTRON) {
            Rational[] y = x0;
            for (int t = 0; t <= tMax; t++) {
                exactY.add(y);
                if (t < tMax) {
                    y = Perceptron.step(model, data, eta, y, tie);
                }
            }
        } else {
            LogisticGd.Reference ref = LogisticGd.constant(x0, n);
            Ball[] e0 = zeros(p);
            LogisticGd.Run run = LogisticGd.run(model, data, eta, ref, e0, tMax, mc, false, progress);
            for (PerceptronPlusError.Margins z : PerceptronPlusError.margins(model, data, ref, run, mc)) {
                exactMargins.add(z.margins().toArray(new Ball[0]));
            }
            for (int t = 0; t <= tMax; t++) {
                exactE.add(run.e(t));
            }
        }
        List<Step> out = new ArrayList<>();
        for (int t = 0; t <= tMax; t++) {
            progress.update("audit-run", t, tMax);
            Rational[] x = traj.get(t);
            Bounds localNorm = null;
            Bounds localRel = null;
            Bounds localUlps = null;
            if (t > 0) {
                Rational[] prev = traj.get(t - 1);
                Ball[] f; // F(x_{t-1})
                Ball[] delta;
                if (map == MapKind.PERCEPTRON) {
                    Rational[] fx = Perceptron.step(model, data, eta, prev, tie);
                    f = balls(fx, mc);
                    delta = balls(minus(x, fx), mc); // exact difference: an exact step gives exactly 0
                } else {
                    Ball[] d = LogisticGd.run(model, data, eta, LogisticGd.constant(prev, n), zeros(p), 1, mc, false, Progress.NONE).e(1);
                    f = new Ball[p];
                    delta = new Ball[p];
                    for (int k = 0; k < p; k++) {
                        f[k] = Ball.of(prev[k], mc).add(d[k], mc);
                        delta[k] = Ball.of(x[k].subtract(prev[k]), mc).subtract(d[k], mc); // x_t - x_{t-1} exactly, then the step
                    }
                }
                localNorm = norm(delta);
                localRel = ratio(localNorm, norm(f));
                localUlps = ulps(delta, f, format);
            }
            Ball[] y;
            Ball[] dy;
            Signs exact;
            if (map == MapKind.PERCEPTRON) {
                y = balls(exactY.get(t), mc);
                dy = balls(minus(x, exactY.get(t)), mc);
                exact = exactSigns(model, data, exactY.get(t), tie, minimal);
            } else {
                Ball[] e = exactE.get(t);
                y = new Ball[p];
                dy = new Ball[p];
                for (int k = 0; k < p; k++) {
                    y[k] = Ball.of(x0[k], mc).add(e[k], mc);
                    dy[k] = Ball.of(x[k].subtract(x0[k]), mc).subtract(e[k], mc); // x_t - x_0 exactly, then e_t = y_t - x_0
                }
                exact = ballSigns(model, data, x0, e, exactMargins.get(t), tie, minimal, mc);
            }
            Bounds drift = norm(dy);
            out.add(new Step(t, localNorm, localRel, localUlps, drift, ratio(drift, norm(y)), exactSigns(model, data, x, tie, minimal), exact));
        }
        progress.update("audit-run", tMax, tMax);
        return out;
    }

    private static Ball[] zeros(int p) {
        Ball[] z = new Ball[p];
        Arrays.fill(z, Ball.ZERO);
        return z;
    }

    private static Ball[] balls(Rational[] v, MathContext mc) {
        Ball[] b = new Ball[v.length];
        for (int k = 0; k < v.length; k++) {
            b[k] = Ball.of(v[k], mc);
        }
        return b;
    }

    private static Rational[] minus(Rational[] a, Rational[] b) {
        Rational[] d = new Rational[a.length];
        for (int k = 0; k < a.length; k++) {
            d[k] = a[k].subtract(b[k]);
        }
        return d;
    }

    private static Bounds norm(Ball[] v) {
        return new Bounds(round(Ball.normLower(v), RoundingMode.FLOOR), round(Ball.normUpper(v), RoundingMode.CEILING));
    }

    /** {@code [a.lower / b.upper, a.upper / b.lower]}; an upper bound over a zero lower bound is unbounded (null upper). */
    private static Bounds ratio(Bounds a, Bounds b) {
        BigDecimal lo = b.upper().signum() == 0 || a.lower().signum() == 0 ? BigDecimal.ZERO // not 0E+5
                : a.lower().divide(b.upper(), new MathContext(DIGITS, RoundingMode.FLOOR));
        BigDecimal hi = a.upper().signum() == 0 ? BigDecimal.ZERO
                : b.lower().signum() == 0 ? null : a.upper().divide(b.lower(), new MathContext(DIGITS, RoundingMode.CEILING));
        return new Bounds(lo, hi);
    }

    /**
     * The largest {@code |delta_k| / ulp(F_k)}: ulps of the format's number nearest to {@code F_k},
     * bounded over the enclosure of {@code F_k} (the ulp grows with {@code |F_k|}).
     */
    private static Bounds ulps(Ball[] delta, Ball[] f, Format format) {
        Rational lo = Rational.ZERO;
        Rational hi = Rational.ZERO;
        for (int k = 0; k < delta.length; k++) {
            Rational dHi = Rational.of(delta[k].absUpper());
            Rational dLo = Rational.of(delta[k].absLower());
            BigDecimal fMin = f[k].center().abs().subtract(f[k].radius());
            Rational uMin = format.ulpOfNearest(fMin.signum() > 0 ? Rational.of(fMin) : Rational.ZERO);
            Rational uMax = format.ulpOfNearest(Rational.of(f[k].absUpper()));
            if (uMin == null) {
                continue; // |F_k| beyond the format's range: no ulp to count in
            }
            hi = hi.max(dHi.divide(uMin));
            if (uMax != null) {
                lo = lo.max(dLo.divide(uMax));
            }
        }
        return new Bounds(Audit.round(lo, DIGITS, RoundingMode.FLOOR), Audit.round(hi, DIGITS, RoundingMode.CEILING));
    }

    private static BigDecimal round(BigDecimal x, RoundingMode mode) {
        return x.round(new MathContext(DIGITS, mode));
    }

    /** Signs at an exact iterate. */
    private static Signs exactSigns(Model model, Dataset data, Rational[] theta, TieMode tie, boolean minimal) {
        Rational[] z = Perceptron.margins(model, data, theta);
        List<Integer> signs = new ArrayList<>();
        int[] tw = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            signs.add(z[i].signum());
            tw[i] = tie.twiceOmega(z[i].signum());
        }
        StringBuilder pat = new StringBuilder();
        if (hasPattern(model)) {
            UnitModel u = (UnitModel) model;
            for (int i = 0; i < data.n(); i++) {
                for (Rational h : u.preactivations(theta, data, i)) {
                    pat.append(h.signum() > 0 ? '+' : '-');
                }
            }
        }
        return new Signs(signs, MainBoundAlongGd.optionLabel(minimal, tw), pat.toString());
    }

    /** Signs of the exact GD run, from enclosures around {@code x0 + e}. */
    private static Signs ballSigns(Model model, Dataset data, Rational[] x0, Ball[] e, Ball[] z, TieMode tie, boolean minimal, MathContext mc) {
        List<Integer> signs = new ArrayList<>();
        int[] tw = new int[z.length];
        boolean decided = true;
        for (int i = 0; i < z.length; i++) {
            Integer s = sign(z[i]);
            signs.add(s);
            if (s == null) {
                decided = false;
            } else {
                tw[i] = tie.twiceOmega(s);
            }
        }
        StringBuilder pat = new StringBuilder();
        if (hasPattern(model)) {
            UnitModel u = (UnitModel) model;
            for (int i = 0; i < data.n(); i++) {
                for (Ball h : u.preactivations(x0, e, data, i, mc)) {
                    Integer s = sign(h);
                    pat.append(s == null ? '?' : s > 0 ? '+' : '-');
                }
            }
        }
        return new Signs(signs, decided ? MainBoundAlongGd.optionLabel(minimal, tw) : null, pat.toString());
    }

    /** The sign of every point of the ball, 0 for the exact zero, null when the ball straddles 0. */
    private static Integer sign(Ball b) {
        int s = b.certainSign();
        if (s != 0) {
            return s;
        }
        return b.center().signum() == 0 && b.radius().signum() == 0 ? 0 : null;
    }

    /** Whether the model has activation pieces to compare (a unit model with a non-linear activation). */
    private static boolean hasPattern(Model model) {
        return model instanceof UnitModel u && !u.activation().isLinear();
    }

    /** @return a description of the activation convention (phi'(0) = left piece) */
    public static String patternConvention() {
        return "one character per point and unit: + right piece (h > 0), - left piece (h <= 0, phi'(0) = left: " + Activation.CONVENTION + ")";
    }
}
