package dev.percept.dynamics;

import dev.percept.exact.Rational;
import dev.percept.model.ModelKind;
import java.math.BigDecimal;
import java.math.MathContext;

/** {@code f(x; theta) = theta^T x}; theta = (theta_1, ..., theta_d). Signed gradient {@code y_i x_i}. */
public final class LinearModel implements Model {
    private final int d;

    /** A linear model on R^d. */
    public LinearModel(int d) {
        this.d = d;
    }

    @Override
    public ModelKind kind() {
        return ModelKind.LINEAR;
    }

    @Override
    public String parameterOrder() {
        return "theta = (theta_1, ..., theta_d)";
    }

    @Override
    public int parameterCount() {
        return d;
    }

    @Override
    public int inputDimension() {
        return d;
    }

    @Override
    public Rational margin(Rational[] theta, Dataset data, int i) {
        Rational f = Vec.dot(theta, data.x(i));
        return data.y(i) > 0 ? f : f.negate();
    }

    @Override
    public Rational[] signedGradient(Rational[] theta, Dataset data, int i) {
        return data.signed(i);
    }

    @Override
    public PatternMatrix patternMatrix(Rational[] theta, Dataset data, Rational[] c) {
        return null;
    }

    @Override
    public BigDecimal patternNormBound(Dataset data, int i) {
        return BigDecimal.ZERO;
    }

    @Override
    public boolean patternCertain(Rational[] theta, Dataset data, int i, BigDecimal delta) {
        return true;
    }

    @Override
    public Ball[] gradientDifference(Rational[] thetaR, Ball[] e, Dataset data, int i, MathContext mc) {
        Ball[] z = new Ball[d];
        java.util.Arrays.fill(z, Ball.ZERO);
        return z;
    }

    @Override
    public Ball marginDifference(Rational[] thetaR, Ball[] e, Dataset data, int i, MathContext mc) {
        Rational[] a = data.signed(i);
        Ball s = Ball.ZERO;
        for (int k = 0; k < d; k++) {
            s = s.add(e[k].multiply(a[k], mc), mc);
        }
        return s;
    }
}
