package dev.percept.minimal;

import dev.percept.dynamics.Activation;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.LinearModel;
import dev.percept.dynamics.Model;
import dev.percept.dynamics.Perceptron;
import dev.percept.dynamics.UnitModel;
import dev.percept.exact.Rational;
import dev.percept.model.TieMode;
import dev.percept.structured.LinearMap;
import java.util.Arrays;

/**
 * The direct O(d)-per-point stepping that {@link ReducedLinearPerceptron} and
 * {@link ReducedTiedPerceptron} are cross-checked against (claim M1's exactness): the full
 * rational iterate, stepped by the one exact perceptron {@link Perceptron#step} on the signed
 * points {@code a_i} (labels +1, so every margin is {@code f(a_i)}).
 * <ul>
 *   <li>{@link #linear}: {@code v <- v + sum_i omega(a_i^T v) a_i} from {@code v = 0} (step 1: from
 *   zero the step size only scales the iterates).</li>
 *   <li>{@link #tied}: the tied model with the identity activation, {@code theta = (u1, u2, w)},
 *   margin {@code (1/2) theta^T M(a_i) theta = u1 a_i^T w + u2 (P a_i)^T w}, step
 *   {@code theta <- theta + gamma sum_i omega(margin_i) M(a_i) theta}.</li>
 * </ul>
 */
public final class DirectPerceptron implements Stepping {
    private final Model model;
    private final Dataset data;
    private final Rational eta;
    private final TieMode tie;
    private Rational[] theta;

    private DirectPerceptron(Model model, Rational[][] signedPoints, Rational eta, Rational[] theta0, TieMode tie) {
        int[] plus = new int[signedPoints.length];
        Arrays.fill(plus, 1);
        this.model = model;
        this.data = new Dataset("signed points", signedPoints, plus);
        this.eta = eta;
        this.tie = tie;
        this.theta = theta0.clone();
    }

    /** The linear perceptron from 0 with step 1 on the signed points {@code a_i}. */
    public static DirectPerceptron linear(Rational[][] signedPoints, TieMode tie) {
        Rational[] zero = new Rational[signedPoints[0].length];
        Arrays.fill(zero, Rational.ZERO);
        return new DirectPerceptron(new LinearModel(zero.length), signedPoints, Rational.ONE, zero, tie);
    }

    /** The tied perceptron (identity activation, any map {@code p}: a permutation in the minimal family) from {@code theta0} with step {@code gamma}. */
    public static DirectPerceptron tied(Rational[][] signedPoints, LinearMap p, Rational[] theta0, Rational gamma, TieMode tie) {
        return new DirectPerceptron(UnitModel.tied(p, Activation.IDENTITY), signedPoints, gamma, theta0, tie);
    }

    /** @return the margin of point i at the current iterate ({@code a_i^T v}, or {@code u1 a_i^T w + u2 (P a_i)^T w}) */
    public Rational margin(int i) {
        return model.margin(theta, data, i);
    }

    /** @return whether every margin is positive */
    @Override
    public boolean separated() {
        return Arrays.stream(Perceptron.margins(model, data, theta)).allMatch(z -> z.signum() > 0);
    }

    /** Makes one update. */
    @Override
    public void step() {
        theta = Perceptron.step(model, data, eta, theta, tie);
    }

    /** @return a copy of the current iterate */
    public Rational[] theta() {
        return theta.clone();
    }
}
