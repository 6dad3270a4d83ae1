package dev.percept.vectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.exact.Rational;
import dev.percept.model.TieMode;
import dev.percept.oracle.Oracle;
import dev.percept.oracle.PerceptronTrajectory;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * {@code perceptron_linear.json} (claim R1): exact rational trajectories of the linear batch
 * perceptron under each tie rule.
 */
final class PerceptronLinearVectors extends VectorFile {

    PerceptronLinearVectors() {
        super("perceptron_linear.json", Schemas::perceptron);
    }

    @Override
    ObjectNode generate(Provenance provenance) {
        VectorDoc doc = start(provenance, "R1",
                "exact rational batch perceptron on the linear model: w <- w + gamma * sum_i omega(y_i <w, x_i>) y_i x_i, "
                        + "omega = 1 for a negative margin, 0 for a positive one, and the tie rule at 0");
        doc.note("TIE_AT_ZERO", "some margin y_i <w, x_i> is exactly 0 along the trajectory: the tie rule decides")
                .note("TIE_HALF", "tie rule: omega(0) = 1/2 (the logistic limit, sigma(0) = 1/2)")
                .note("TIE_MISTAKE", "tie rule: omega(0) = 1 (a tie is a mistake, as scikit-learn's Perceptron)")
                .note("TIE_NONE", "tie rule: omega(0) = 0 (a tie is ignored)")
                .note("CONVERGED", "every margin y_i <w, x_i> at the last iterate is positive (no mistakes left, the run stopped)");
        String[] names = {"TIE_HALF", "TIE_MISTAKE", "TIE_NONE"};
        TieMode[] modes = {TieMode.HALF, TieMode.MISTAKE, TieMode.NONE};
        Random r = new Random(3);
        for (int k = 0; k < 3; k++) {
            ObjectNode g = doc.group("PerceptronLinearTrajectory");
            g.put("tieRule", names[k]);
            ArrayNode tests = g.putArray("tests");
            // a tie at zero from the start (w0 = 0), a small separable problem and a non-separable one
            Rational[][] x1 = {{Rational.ONE, Rational.TWO}, {Rational.of(-1), Rational.ONE}, {Rational.of(3), Rational.of(-1, 2)}};
            add(doc, tests, new Rational[] {Rational.ZERO, Rational.ZERO}, x1, new int[] {1, -1, 1}, Rational.ONE, modes[k], names[k], 6,
                    "w0 = 0: every margin is 0 at the first step");
            Rational[][] x2 = {{Rational.ONE, Rational.ONE}, {Rational.ONE, Rational.of(-1)}, {Rational.of(-1), Rational.ONE},
                {Rational.of(-1), Rational.of(-1)}};
            add(doc, tests, new Rational[] {Rational.of(1, 2), Rational.ZERO}, x2, new int[] {1, 1, -1, -1}, Rational.of(1, 2), modes[k], names[k],
                    6, "separable by the first coordinate");
            Rational[][] x3 = new Rational[6][3];
            int[] y3 = new int[6];
            for (int i = 0; i < 6; i++) {
                for (int j = 0; j < 3; j++) {
                    x3[i][j] = Rational.of(r.nextInt(11) - 5, 1 + r.nextInt(3));
                }
                y3[i] = r.nextBoolean() ? 1 : -1;
            }
            add(doc, tests, new Rational[] {Rational.ZERO, Rational.ZERO, Rational.ZERO}, x3, y3, Rational.of(1, 3), modes[k], names[k], 8,
                    "random rational data in 3 dimensions");
        }
        return doc.finish();
    }

    private static void add(VectorDoc doc, ArrayNode tests, Rational[] w0, Rational[][] x, int[] y, Rational gamma, TieMode mode, String modeName,
            int steps, String comment) {
        List<List<Rational>> rows = Arrays.stream(x).map(List::of).toList();
        PerceptronTrajectory run = Oracle.perceptronTrajectory(List.of(w0), rows, Arrays.stream(y).boxed().toList(), gamma, mode, steps);
        List<Rational[]> traj = run.iterates().stream().map(w -> w.toArray(new Rational[0])).toList();
        // the flags and the comment's facts are read off the run: a tie at an iterate a step is taken from, convergence at the last
        boolean tie = false;
        for (int s = 0; s < steps; s++) {
            for (Rational[] xi : x) {
                Rational z = Rational.ZERO;
                for (int j = 0; j < xi.length; j++) {
                    z = z.add(traj.get(s)[j].multiply(xi[j]));
                }
                tie |= z.signum() == 0;
            }
        }
        ObjectNode t = doc.test(tests, comment + (tie ? ", ties along the way" : ", no tie along the way")
                + (run.converged() ? ", converged" : ", not converged after " + steps + " steps"));
        ArrayNode flags = VectorDoc.flags(t);
        flags.add(modeName);
        if (tie) {
            flags.add("TIE_AT_ZERO");
        }
        if (run.converged()) {
            flags.add("CONVERGED");
        }
        t.set("x", VectorDoc.rows(x));
        t.set("y", VectorDoc.ints(y));
        t.put("gamma", gamma.toString());
        t.put("steps", steps);
        t.set("trajectory", VectorDoc.rows(traj.toArray(new Rational[0][])));
    }
}
