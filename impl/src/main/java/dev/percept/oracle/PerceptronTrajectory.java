package dev.percept.oracle;

import dev.percept.binary64.Binary64;
import dev.percept.exact.Rational;
import dev.percept.model.TieMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The exact trajectory {@code w_0, ..., w_T} of the batch perceptron on the linear model (claim R1's
 * perceptron), with the tie rule it ran under and whether every margin of {@code w_T} is positive.
 * After convergence the iterate no longer moves (every weight is 0), so the trajectory is then
 * constant. Immutable.
 */
public final class PerceptronTrajectory {

    private final List<List<Rational>> iterates;
    private final TieMode tie;
    private final boolean converged;

    PerceptronTrajectory(List<Rational[]> iterates, TieMode tie, boolean converged) {
        List<List<Rational>> w = new ArrayList<>();
        for (Rational[] v : iterates) {
            w.add(List.of(v));
        }
        this.iterates = List.copyOf(w);
        this.tie = tie;
        this.converged = converged;
    }

    /** @return {@code w_0, ..., w_T} (unmodifiable) */
    public List<List<Rational>> iterates() {
        return iterates;
    }

    /** @return {@code w_t} */
    public List<Rational> iterate(int t) {
        return iterates.get(t);
    }

    /** @return T, the number of steps */
    public int steps() {
        return iterates.size() - 1;
    }

    /** @return the tie rule */
    public TieMode tie() {
        return tie;
    }

    /** @return whether every margin {@code y_i <w_T, x_i>} is positive */
    public boolean converged() {
        return converged;
    }

    /** @return {@code w_t} rounded to the nearest doubles, ties to even (to compare with a double implementation) */
    public double[] nearestDoubles(int t) {
        return iterates.get(t).stream().mapToDouble(Binary64::nearest).toArray();
    }

    /** One line per iterate: {@code w_1 = (1/3, -1/3) ~ (0.3333333333333333, -0.3333333333333333)} (exact, then the nearest doubles). */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("perceptron trajectory (linear model, tie " + tie.label() + ", " + steps() + " steps, "
                + (converged ? "converged" : "not converged") + "):");
        for (int t = 0; t < iterates.size(); t++) {
            b.append("\n  w_").append(t).append(" = (");
            List<Rational> w = iterates.get(t);
            for (int j = 0; j < w.size(); j++) {
                b.append(j == 0 ? "" : ", ").append(w.get(j));
            }
            b.append(") ~ (");
            double[] d = nearestDoubles(t);
            for (int j = 0; j < d.length; j++) {
                b.append(j == 0 ? "" : ", ").append(d[j]);
            }
            b.append(')');
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PerceptronTrajectory p && iterates.equals(p.iterates) && tie == p.tie && converged == p.converged;
    }

    @Override
    public int hashCode() {
        return Objects.hash(iterates, tie, converged);
    }
}
