package dev.percept.dynamics;

import dev.percept.exact.Rational;
import dev.percept.model.ModelKind;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A model {@code f(x; theta)} whose signed gradient {@code g_i(theta) = y_i grad_theta f(x_i; theta)}
 * is, on each activation pattern, linear in theta (two-layer and tied models) or constant (linear
 * model). Exact methods use {@link Rational}; ball methods enclose GD iterates written as
 * {@code theta_G = theta_R + e} around an exact reference {@code theta_R} (spec/gd-precision.md).
 */
public interface Model {

    /** @return which model this is */
    ModelKind kind();

    /** @return the printed name: {@code linear}, {@code two-layer} or {@code tied} ({@link ModelKind#label()}) */
    default String name() {
        return kind().label();
    }

    /** @return a one-line description of the parameter order of theta */
    String parameterOrder();

    /** @return the number of parameters */
    int parameterCount();

    /** @return the data dimension d the model expects */
    int inputDimension();

    /** @return the margin {@code y_i f(x_i; theta)}, exact */
    Rational margin(Rational[] theta, Dataset data, int i);

    /** @return {@code y_i grad f(x_i; theta)} by the chain rule, exact */
    Rational[] signedGradient(Rational[] theta, Dataset data, int i);

    /**
     * The pattern matrix {@code A = sum_i c_i A_i} with {@code A_i} the matrix of point i on the
     * activation pattern of {@code theta} ({@code g_i(theta) = A_i theta} on that pattern);
     * {@code null} for the linear model (its signed gradient does not depend on theta).
     */
    PatternMatrix patternMatrix(Rational[] theta, Dataset data, Rational[] c);

    /** @return an upper bound of {@code ||A_i||} over every activation pattern (0 for linear) */
    BigDecimal patternNormBound(Dataset data, int i);

    /**
     * @return {@code true} if every theta within distance {@code delta} of {@code theta} has the same
     *     activation pattern at point i as {@code theta} (always for linear/identity models)
     */
    boolean patternCertain(Rational[] theta, Dataset data, int i, BigDecimal delta);

    /** @return a ball vector containing {@code g_i(thetaR + e) - g_i(thetaR)} for every e in the balls */
    Ball[] gradientDifference(Rational[] thetaR, Ball[] e, Dataset data, int i, MathContext mc);

    /** @return a ball containing {@code y_i (f(x_i; thetaR + e) - f(x_i; thetaR))} */
    Ball marginDifference(Rational[] thetaR, Ball[] e, Dataset data, int i, MathContext mc);
}
