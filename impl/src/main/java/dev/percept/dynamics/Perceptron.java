package dev.percept.dynamics;

import dev.percept.exact.Rational;
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

    /** The run: steps, final iterate and margins, convergence, mistakes per step. */
    public static final class Result {
        private final List<Step> steps;
        private final Rational[] theta;
        private final Rational[] finalMargins;
        private final boolean converged;

        Result(List<Step> steps, Rational[] theta, Rational[] finalMargins, boolean converged) {
            this.steps = List.copyOf(steps);
            this.theta = theta;
            this.finalMargins = finalMargins;
            this.converged = converged;
        }

        /** @return every update made, in order */
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

        /** @return the number of updates */
        public int iterations() {
            return steps.size();
        }

        /** @return per update, the number of points with a non-positive margin */
        public int[] mistakes() {
            int[] m = new int[steps.size()];
            for (int t = 0; t < m.length; t++) {
                for (Rational z : steps.get(t).margins) {
                    if (z.signum() <= 0) {
                        m[t]++;
                    }
                }
            }
            return m;
        }

        /** @return whether every per-step identity check held */
        public boolean identitiesHold() {
            return steps.stream().allMatch(s -> s.identityHolds);
        }

        /** @return the iterates {@code theta_0, ..., theta_T} (T = iterations; copies) */
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
     * Runs at most {@code maxSteps} updates from {@code theta0}.
     *
     * @param spectra certify the Proposition 4.1 spectrum of every tied step (for --explain)
     */
    public static Result run(Model model, Dataset data, Rational eta, Rational[] theta0, int maxSteps, TieMode tie, boolean spectra) {
        List<Step> steps = new ArrayList<>();
        Rational[] theta = theta0.clone();
        while (true) {
            Rational[] margins = margins(model, data, theta);
            boolean all = Arrays.stream(margins).allMatch(z -> z.signum() > 0);
            if (all || steps.size() >= maxSteps) {
                return new Result(steps, theta, margins, all);
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
                    if (form == Prop41Form.PROP41 && spectra) {
                        spec = a.prop41Spectrum();
                    }
                }
            }
            steps.add(new Step(theta, margins, tw, a, identity, form, spec));
            theta = next;
        }
    }
}
