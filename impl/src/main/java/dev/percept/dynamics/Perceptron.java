package dev.percept.dynamics;

import dev.percept.exact.Rational;
import dev.percept.structured.StructuredSpectrum;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact generalized (batch) perceptron
 * {@code theta <- theta + eta sum_i omega(y_i f(x_i; theta)) y_i grad f(x_i; theta)}, with
 * {@code omega = 1, omega(0), 0} for negative, zero, positive margins ({@link TieMode}). It stops as
 * soon as every margin is positive ({@code converged}); {@code iterations} counts updates.
 *
 * <p>For two-layer and tied models every step is also computed a second way, as
 * {@code (I + eta A_t) theta} with {@code A_t} the pattern matrix ({@link PatternMatrix}), and the
 * two results are compared exactly (claim R2's per-pattern identity); for the tied model the
 * Proposition 4.1 form of {@code A_t} is checked and its spectrum certified by {@code Prop41}.
 */
public final class Perceptron {

    /** One update. */
    public static final class Step {
        /** Iterate before the update. */
        public final Rational[] theta;
        /** Margins y_i f(x_i; theta) before the update. */
        public final Rational[] margins;
        /** 2 omega_i. */
        public final int[] twiceOmega;
        /** The pattern matrix A_t (null for linear). */
        public final PatternMatrix patternMatrix;
        /** Whether the chain-rule step equals (I + eta A_t) theta (true for linear). */
        public final boolean identityHolds;
        /** For tied: whether A_t has the Proposition 4.1 form; null otherwise. */
        public final Boolean prop41Form;
        /** For tied with Prop 4.1 form, the certified spectrum (only when requested). */
        public final StructuredSpectrum spectrum;

        Step(Rational[] theta, Rational[] margins, int[] twiceOmega, PatternMatrix a, boolean identityHolds, Boolean prop41Form,
                StructuredSpectrum spectrum) {
            this.theta = theta;
            this.margins = margins;
            this.twiceOmega = twiceOmega;
            this.patternMatrix = a;
            this.identityHolds = identityHolds;
            this.prop41Form = prop41Form;
            this.spectrum = spectrum;
        }
    }

    /** The run: steps, final iterate and margins, convergence, mistakes per step. */
    public static final class Result {
        /** Every update made, in order. */
        public final List<Step> steps;
        /** Final iterate. */
        public final Rational[] theta;
        /** Margins at the final iterate. */
        public final Rational[] finalMargins;
        /** Every margin positive at the final iterate. */
        public final boolean converged;

        Result(List<Step> steps, Rational[] theta, Rational[] finalMargins, boolean converged) {
            this.steps = steps;
            this.theta = theta;
            this.finalMargins = finalMargins;
            this.converged = converged;
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
    }

    private Perceptron() {
    }

    /**
     * Runs at most {@code maxSteps} updates from {@code theta0}.
     *
     * @param spectra certify the Proposition 4.1 spectrum of every tied step (for --explain)
     */
    public static Result run(Model model, Dataset data, Rational eta, Rational[] theta0, int maxSteps, TieMode tie, boolean spectra) {
        List<Step> steps = new ArrayList<>();
        Rational[] theta = theta0.clone();
        int n = data.n();
        while (true) {
            Rational[] margins = new Rational[n];
            boolean all = true;
            for (int i = 0; i < n; i++) {
                margins[i] = model.margin(theta, data, i);
                all &= margins[i].signum() > 0;
            }
            if (all || steps.size() >= maxSteps) {
                return new Result(steps, theta, margins, all);
            }
            int[] tw = new int[n];
            Rational[] c = new Rational[n];
            Rational[] update = Vec.zeros(theta.length);
            for (int i = 0; i < n; i++) {
                tw[i] = tie.twiceOmega(margins[i].signum());
                c[i] = Rational.of(tw[i], 2);
                if (tw[i] != 0) {
                    update = Vec.axpy(update, c[i], model.signedGradient(theta, data, i));
                }
            }
            Rational[] next = Vec.axpy(theta, eta, update);
            PatternMatrix a = model.patternMatrix(theta, data, c);
            boolean identity = true;
            Boolean form = null;
            StructuredSpectrum spec = null;
            if (a != null) {
                identity = java.util.Arrays.equals(next, Vec.axpy(theta, eta, a.apply(theta)));
                if (model.name().equals("tied")) {
                    form = a.hasProp41Form();
                    if (form && spectra) {
                        spec = a.prop41Spectrum();
                    }
                }
            }
            steps.add(new Step(theta, margins, tw, a, identity, form, spec));
            theta = next;
        }
    }
}
