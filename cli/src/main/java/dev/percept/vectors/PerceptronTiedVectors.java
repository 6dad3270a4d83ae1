package dev.percept.vectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.dynamics.Activation;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.Model;
import dev.percept.dynamics.Perceptron;
import dev.percept.dynamics.UnitModel;
import dev.percept.exact.Rational;
import dev.percept.model.TieMode;
import dev.percept.structured.Permutation;
import dev.percept.verify.ReductionSuite;

/**
 * {@code perceptron_tied.json} (claims R2, P41.1-P41.4): exact trajectories {@code (u1, u2, w)} of
 * the tied model under each tie rule, each step {@code (I + eta A_t) theta} with {@code A_t} of
 * Proposition 4.1 form.
 */
final class PerceptronTiedVectors extends VectorFile {

    PerceptronTiedVectors() {
        super("perceptron_tied.json", Schemas::perceptronTied);
    }

    @Override
    ObjectNode generate(Provenance provenance) {
        VectorDoc doc = start(provenance, "R2 P41.1 P41.2 P41.3 P41.4",
                "exact rational batch perceptron on the tied model f(x) = u1 <w, x> + u2 <w, P x> (identity activation), theta = (u1, u2, w_1..w_d): "
                        + "theta <- theta + eta sum_i omega(y_i f(x_i)) y_i grad f(x_i), omega = 1 for a negative margin, 0 for a positive one, "
                        + "the tie rule at 0; stops when every margin is positive or after maxSteps updates (dev.percept.dynamics.Perceptron)");
        doc.note("TIE_AT_ZERO", "some margin y_i f(x_i) is exactly 0 at an update: the tie rule decides")
                .note("TIE_HALF", "tie rule: omega(0) = 1/2 (the logistic limit, sigma(0) = 1/2)")
                .note("TIE_MISTAKE", "tie rule: omega(0) = 1 (a tie is a mistake, as scikit-learn's Perceptron)")
                .note("TIE_NONE", "tie rule: omega(0) = 0 (a tie is ignored)")
                .note("CONVERGED", "the run stopped because every margin at the last iterate is positive")
                .note("PROP41_STEP", "every update equals (I + eta A_t) theta_t with A_t = [[0, 0, a^T], [0, 0, (P a)^T], [a, P a, 0]], "
                        + "a = sum_i omega_i y_i x_i (the form of Proposition 4.1; claim R2), checked exactly");
        for (TieMode mode : new TieMode[] {TieMode.HALF, TieMode.MISTAKE, TieMode.NONE}) {
            ObjectNode g = doc.group("PerceptronTiedTrajectory");
            g.put("tieRule", "TIE_" + mode.name());
            g.put("parameterOrder", "theta = (u1, u2, w_1..w_d)");
            ArrayNode tests = g.putArray("tests");
            Rational[][] x1 = {{r(1), r(2)}, {r(-1), r(1)}, {r(3), Rational.of(-1, 2)}};
            add(doc, tests, x1, new int[] {1, -1, 1}, new int[] {2, 1}, r(1), new Rational[] {r(1), r(0), r(0), r(0)}, 6, mode,
                    "w = 0 at the start: every margin is 0");
            add(doc, tests, x1, new int[] {1, -1, 1}, new int[] {2, 1}, Rational.of(1, 2), ReductionSuite.seededInit(1, 4), 8, mode,
                    "d = 2, P = swap, theta_0 from seed:1");
            Rational[][] x2 = {{r(1), r(0), r(2)}, {r(0), r(-1), r(1)}, {r(2), r(1), r(-1)}, {r(-1), r(-1), r(-1)}};
            add(doc, tests, x2, new int[] {1, -1, 1, -1}, new int[] {2, 1, 3}, Rational.of(1, 3), ReductionSuite.seededInit(7, 5), 8, mode,
                    "d = 3, P = (1 2), theta_0 from seed:7");
        }
        return doc.finish();
    }

    private static Rational r(long v) {
        return Rational.of(v);
    }

    private static void add(VectorDoc doc, ArrayNode tests, Rational[][] x, int[] y, int[] perm, Rational eta, Rational[] theta0, int maxSteps,
            TieMode mode, String comment) {
        Dataset data = new Dataset("vectors", x, y);
        Model m = UnitModel.tied(Permutation.ofOneBased(perm), Activation.IDENTITY);
        Perceptron.Result res = Perceptron.run(m, data, eta, theta0, maxSteps, mode, false);
        if (!res.identitiesHold()) {
            throw new IllegalStateException("internal error: a tied step differs from (I + eta A_t) theta for " + comment);
        }
        boolean tie = false;
        boolean form = true;
        for (Perceptron.Step s : res.steps()) {
            for (Rational z : s.margins()) {
                tie |= z.signum() == 0;
            }
            form &= s.prop41Form() == Perceptron.Prop41Form.PROP41 && s.identityHolds();
        }
        ObjectNode t = doc.test(tests, comment);
        ArrayNode flags = VectorDoc.flags(t);
        flags.add("TIE_" + mode.name());
        if (tie) {
            flags.add("TIE_AT_ZERO");
        }
        if (res.converged()) {
            flags.add("CONVERGED");
        }
        if (form && !res.steps().isEmpty()) {
            flags.add("PROP41_STEP");
        }
        t.set("x", VectorDoc.rows(x));
        t.set("y", VectorDoc.ints(y));
        t.set("perm", VectorDoc.ints(perm));
        t.put("eta", eta.toString());
        t.put("maxSteps", maxSteps);
        t.put("updates", res.iterations());
        t.put("converged", res.converged());
        ArrayNode traj = t.putArray("trajectory");
        for (Perceptron.Step s : res.steps()) {
            traj.add(VectorDoc.strings(s.theta()));
        }
        traj.add(VectorDoc.strings(res.theta()));
        ArrayNode ms = t.putArray("margins");
        for (Perceptron.Step s : res.steps()) {
            ms.add(VectorDoc.strings(s.margins()));
        }
        ms.add(VectorDoc.strings(res.finalMargins()));
    }
}
