package dev.percept.dynamics;

import dev.percept.check.Progress;
import dev.percept.exact.Rational;
import dev.percept.model.MistakeLog;
import dev.percept.model.PerceptronStop;
import dev.percept.model.ModelKind;
import dev.percept.model.TieMode;
import dev.percept.structured.StructuredSpectrum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact generalized (batch) perceptron
 * {@code theta <- theta + eta sum_i omega(y_i f(x_i; theta)) y_i grad f(x_i; theta)}, with
 * {@code omega = 1, omega(0), 0} for negative, zero, positive margins ({@link TieMode}). The one
 * exact perceptron of every model (linear: claim R1; two-layer and tied: R2; the tied model on the
 * minimal example: M1's direct stepping): {@link #step} makes one update, {@link #run} stops as
 * soon as every margin is positive ({@code converged}); {@code iterations} counts updates.
 *
 * <p>For two-layer and tied models every step of {@link #run} is also computed a second way, as
 * {@code (I + eta A_t) theta} with {@code A_t} the pattern matrix ({@link PatternMatrix}), and the
 * two results are compared exactly (claim R2's per-pattern identity); for the tied model the
 * Proposition 4.1 form of {@code A_t} is checked and its spectrum certified by {@code Prop41}.
 */
public final class Perceptron {

    /** Whether a step's pattern matrix {@code A_t} has the Proposition 4.1 form {@code M(b)}. */
    public enum Prop41Form {
        /** Not a tied model: the question does not arise. */
        NOT_TIED,
        /** Tied, and {@code A_t = M(b_1)} exactly ({@code b_2 = P b_1}). */
        PROP41,
        /** Tied, but the two units' coupling vectors are not related by P. */
        OTHER
    }

    /** One update: the iterate before it, its margins and weights, and the checks made on it. */
    public static final class Step {
        private final Rational[] theta;
        private final Rational[] margins;
        private final int[] twiceOmega;
        private final PatternMatrix patternMatrix;
        private final boolean identityHolds;
        private final Prop41Form prop41Form;
        private final StructuredSpectrum spectrum;

        Step(Rational[] theta, Rational[] margins, int[] twiceOmega, PatternMatrix a, boolean identityHolds, Prop41Form prop41Form,
                StructuredSpectrum spectrum) {
            this.theta = theta;
            this.margins = margins;
            this.twiceOmega = twiceOmega;
            this.patternMatrix = a;
            this.identityHolds = identityHolds;
            this.prop41Form = prop41Form;
            this.spectrum = spectrum;
        }

        /** @return the iterate before the update (a copy) */
        public Rational[] theta() {
            return theta.clone();
        }

        /** @return the margins {@code y_i f(x_i; theta)} before the update (a copy) */
        public Rational[] margins() {
            return margins.clone();
        }

        /** @return {@code 2 omega_i} per point (a copy) */
        public int[] twiceOmega() {
            return twiceOmega.clone();
        }

        /** @return the pattern matrix {@code A_t} (null for the linear model) */
        public PatternMatrix patternMatrix() {
            return patternMatrix;
        }

        /** @return whether the chain-rule step equals {@code (I + eta A_t) theta} (true for linear) */
        public boolean identityHolds() {
            return identityHolds;
        }

        /** @return whether {@code A_t} has the Proposition 4.1 form ({@link Prop41Form#NOT_TIED} unless tied) */
        public Prop41Form prop41Form() {
            return prop41Form;
        }

        /** @return the certified spectrum of {@code A_t} (tied, Proposition 4.1 form, and requested), else null */
        public StructuredSpectrum spectrum() {
            return spectrum;
        }
    }

    /**
     * How a run is recorded.
     *
     * @param keepSteps at most this many {@link Step}s are retained (the first ones); the counts below cover every step
     * @param stopOnRepeat stop when an iterate repeats: an update that leaves theta unchanged (a fixed point), or a
     *     cycle, found in O(1) memory by comparing each iterate with one taken at updates 1, 2, 4, 8, ... (Brent): the
     *     update is a function of theta alone, so a repeated iterate repeats forever
     * @param mistakes the log of mistakes per update (bounded or not)
     * @param progress reports {@code perceptron} (updates made, of the cap)
     */
    public record Options(int keepSteps, boolean stopOnRepeat, MistakeLog mistakes, Progress progress) {

        /** Every step retained, no fixed-point stop, no progress: the historical behaviour. */
        public static Options keepAll() {
            return new Options(Integer.MAX_VALUE, false, MistakeLog.unbounded(), Progress.NONE);
        }
    }

    /** The run: steps, final iterate and margins, convergence, mistakes per step. */
    public static final class Result {
        private final List<Step> steps;
        private final Rational[] theta;
        private final Rational[] finalMargins;
        private final boolean converged;
        private final int iterations;
        private final MistakeLog mistakes;
        private final int identityFailures;
        private final int prop41Steps;
        private final PerceptronStop stop;
        private final int period;

        Result(List<Step> steps, Rational[] theta, Rational[] finalMargins, boolean converged, int iterations, MistakeLog mistakes,
                int identityFailures, int prop41Steps, PerceptronStop stop, int period) {
            this.steps = List.copyOf(steps);
            this.theta = theta;
            this.finalMargins = finalMargins;
            this.converged = converged;
            this.iterations = iterations;
            this.mistakes = mistakes;
            this.identityFailures = identityFailures;
            this.prop41Steps = prop41Steps;
            this.stop = stop;
            this.period = period;
        }

        /** @return the period of the repetition that stopped the run: 1 for a fixed point, the cycle's length for a cycle, else 0 */
        public int period() {
            return period;
        }

        /** @return the updates retained, in order: every update unless {@link Options#keepSteps} bounded them */
        public List<Step> steps() {
            return steps;
        }

        /** @return the final iterate (a copy) */
        public Rational[] theta() {
            return theta.clone();
        }

        /** @return the margins at the final iterate (a copy) */
        public Rational[] finalMargins() {
            return finalMargins.clone();
        }

        /** @return whether every margin is positive at the final iterate */
        public boolean converged() {
            return converged;
        }

        /** @return why the run stopped */
        public PerceptronStop stop() {
            return stop;
        }

        /** @return the number of updates */
        public int iterations() {
            return iterations;
        }

        /**
         * @return per update, the number of points with a non-positive margin
         * @throws IllegalStateException when the run's bounded log kept only its ends ({@link #mistakeLog()})
         */
        public int[] mistakes() {
            return mistakes.all();
        }

        /** @return the mistakes per update, bounded or whole */
        public MistakeLog mistakeLog() {
            return mistakes;
        }

        /** @return whether every per-step identity check held (every step, retained or not) */
        public boolean identitiesHold() {
            return identityFailures == 0;
        }

        /** @return the number of tied steps whose {@code A_t} has the Proposition 4.1 form (every step, retained or not) */
        public int prop41Steps() {
            return prop41Steps;
        }

        /** @return the iterates {@code theta_0, ..., theta_T} (T = iterations; copies; the retained steps only) */
        public List<Rational[]> iterates() {
            List<Rational[]> out = new ArrayList<>();
            for (Step s : steps) {
                out.add(s.theta());
            }
            out.add(theta());
            return out;
        }
    }

    private Perceptron() {
    }

    /** @return the margins {@code y_i f(x_i; theta)} of every point */
    public static Rational[] margins(Model model, Dataset data, Rational[] theta) {
        Rational[] z = new Rational[data.n()];
        for (int i = 0; i < z.length; i++) {
            z[i] = model.margin(theta, data, i);
        }
        return z;
    }

    /** @return {@code 2 omega(z_i)} of every margin under the tie rule */
    static int[] twiceOmega(Rational[] margins, TieMode tie) {
        int[] tw = new int[margins.length];
        for (int i = 0; i < tw.length; i++) {
            tw[i] = tie.twiceOmega(margins[i].signum());
        }
        return tw;
    }

    /** {@code theta + eta sum_i (tw_i / 2) g_i(theta)}, the chain-rule step. */
    private static Rational[] update(Model model, Dataset data, Rational eta, Rational[] theta, int[] tw) {
        Rational[] sum = Vec.zeros(theta.length);
        for (int i = 0; i < tw.length; i++) {
            if (tw[i] != 0) {
                sum = Vec.axpy(sum, Rational.of(tw[i], 2), model.signedGradient(theta, data, i));
            }
        }
        return Vec.axpy(theta, eta, sum);
    }

    /**
     * One exact update {@code theta + eta sum_i omega(z_i) g_i(theta)} (made whether or not every
     * margin is positive: then it returns theta unchanged).
     */
    public static Rational[] step(Model model, Dataset data, Rational eta, Rational[] theta, TieMode tie) {
        return update(model, data, eta, theta, twiceOmega(margins(model, data, theta), tie));
    }

    /**
     * Runs at most {@code maxSteps} updates from {@code theta0}, retaining every step.
     *
     * @param spectra certify the Proposition 4.1 spectrum of every tied step (for --explain)
     */
    public static Result run(Model model, Dataset data, Rational eta, Rational[] theta0, int maxSteps, TieMode tie, boolean spectra) {
        return run(model, data, eta, theta0, maxSteps, tie, spectra, Options.keepAll());
    }

    /**
     * Runs at most {@code maxSteps} updates from {@code theta0}, recorded as {@code options} say
     * (bounded memory for long runs: the checks and counts cover every step, only
     * {@link Options#keepSteps} steps are retained).
     *
     * @param spectra certify the Proposition 4.1 spectrum of every tied step (for --explain)
     */
    public static Result run(Model model, Dataset data, Rational eta, Rational[] theta0, int maxSteps, TieMode tie, boolean spectra,
            Options options) {
        List<Step> steps = new ArrayList<>();
        Rational[] theta = theta0.clone();
        int t = 0;
        int identityFailures = 0;
        int prop41Steps = 0;
        Rational[] mark = theta;
        int markAt = 0;
        int nextMark = 1;
        while (true) {
            Rational[] margins = margins(model, data, theta);
            boolean all = Arrays.stream(margins).allMatch(z -> z.signum() > 0);
            if (all || t >= maxSteps) {
                options.progress().update("perceptron", maxSteps, maxSteps);
                return new Result(steps, theta, margins, all, t, options.mistakes(), identityFailures, prop41Steps,
                        all ? PerceptronStop.CONVERGED : PerceptronStop.STEP_CAP, 0);
            }
            int[] tw = twiceOmega(margins, tie);
            Rational[] next = update(model, data, eta, theta, tw);
            Rational[] c = new Rational[tw.length];
            for (int i = 0; i < c.length; i++) {
                c[i] = Rational.of(tw[i], 2);
            }
            PatternMatrix a = model.patternMatrix(theta, data, c);
            boolean identity = true;
            Prop41Form form = Prop41Form.NOT_TIED;
            StructuredSpectrum spec = null;
            if (a != null) {
                identity = Arrays.equals(next, Vec.axpy(theta, eta, a.apply(theta)));
                if (model.kind() == ModelKind.TIED) {
                    form = a.hasProp41Form() ? Prop41Form.PROP41 : Prop41Form.OTHER;
                    if (form == Prop41Form.PROP41 && spectra && steps.size() < options.keepSteps()) {
                        spec = a.prop41Spectrum();
                    }
                }
            }
            int wrong = 0;
            for (Rational z : margins) {
                if (z.signum() <= 0) {
                    wrong++;
                }
            }
            options.mistakes().add(wrong);
            identityFailures += identity ? 0 : 1;
            prop41Steps += form == Prop41Form.PROP41 ? 1 : 0;
            if (steps.size() < options.keepSteps()) {
                steps.add(new Step(theta, margins, tw, a, identity, form, spec));
            }
            t++;
            if ((t & 0xff) == 0) {
                options.progress().update("perceptron", t, maxSteps);
            }
            if (options.stopOnRepeat()) {
                // the update is a function of theta alone: an iterate that comes back repeats forever
                int period = Arrays.equals(next, theta) ? 1 : Arrays.equals(next, mark) ? t - markAt : 0;
                if (period > 0) {
                    options.progress().update("perceptron", maxSteps, maxSteps);
                    return new Result(steps, next, margins(model, data, next), false, t, options.mistakes(), identityFailures, prop41Steps,
                            period == 1 ? PerceptronStop.FIXED_POINT : PerceptronStop.CYCLE, period);
                }
                if (t == nextMark) {
                    mark = next;
                    markAt = t;
                    nextMark = t > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE : 2 * t;
                }
            }
            theta = next;
        }
    }
}
