package dev.percept.structured;

import dev.percept.exact.QuadraticSurd;
import dev.percept.exact.Rational;
import dev.percept.exact.SurdVector;

/**
 * An exact eigenpair of Proposition 4.1: eigenvalue {@code sign * sqrt(s + tau p)} and the
 * eigenvector {@code [sign sqrt(q), sign tau sqrt(q), a + tau Pa]} with {@code q = s + tau p}.
 * (For {@code a = ±Pa} this is the proposition's vector times {@code sqrt 2}; see spec/claims.md.)
 */
public final class Eigenpair {
    private final int sign;
    private final int tau;
    private final Rational square;
    // Set when the pair is Proposition 4.1's own vector for this matrix, held by its structure
    // (head sign sqrt(q) (1, tau), tail a + tau Pa); the explicit vector is then built on first use.
    private final StructuredMatrix source;
    private SurdVector vector;

    Eigenpair(int sign, int tau, SurdVector vector) {
        this.sign = sign;
        this.tau = tau;
        this.square = vector.radicand();
        this.source = null;
        this.vector = vector;
    }

    /** The structured eigenpair {@code [sign sqrt(q), sign tau sqrt(q), a + tau Pa]} of {@code m}, {@code q = square > 0}. */
    Eigenpair(int sign, int tau, Rational square, StructuredMatrix m) {
        this.sign = sign;
        this.tau = tau;
        this.square = square;
        this.source = m;
    }

    /** @return the matrix whose structured eigenvector this is, or {@code null} for an explicit vector */
    StructuredMatrix structuredOf() {
        return source;
    }

    /** @return the sign of the eigenvalue */
    public int sign() {
        return sign;
    }

    /** @return +1 for the {@code s+p} branch, -1 for {@code s-p} */
    public int tau() {
        return tau;
    }

    /** @return {@code lambda^2 = s + tau p} */
    public Rational square() {
        return square;
    }

    /** @return the eigenvector, coordinates in {@code Q(sqrt(square))} */
    public synchronized SurdVector vector() {
        if (vector == null) {
            vector = Prop41.explicitVector(source, sign, tau, square);
        }
        return vector;
    }

    /** @return a copy with another vector (used by tests that falsify a certificate) */
    public Eigenpair withVector(SurdVector v) {
        return new Eigenpair(sign, tau, v);
    }

    /** @return a copy with another eigenvalue sign (used by tests that falsify a certificate) */
    public Eigenpair withSign(int s) {
        return new Eigenpair(s, tau, vector());
    }

    /**
     * The component {@code <theta, v / ||v||>} of {@code theta} along this eigenvector, exactly in
     * {@code Q(sqrt q)}, {@code q = lambda^2}: with {@code v = (x + y sqrt q) / den} (the vector's
     * common denominator) and {@code ||v||^2 = 4q}, it is
     * {@code (<theta, x> + <theta, y> sqrt q) / (2 den sqrt q) = y'/2 + (x' / (2q)) sqrt q}, where
     * {@code x' = <theta, x> / den}, {@code y' = <theta, y> / den}. Used by {@code perceptron --explain}:
     * one tied perceptron step multiplies it by {@code 1 + eta lambda}.
     */
    public QuadraticSurd componentOf(Rational[] theta) {
        Rational x = Rational.ZERO;
        Rational y = Rational.ZERO;
        SurdVector vector = vector();
        for (int i = 0; i < theta.length; i++) {
            x = x.add(theta[i].multiply(vector.x(i)));
            y = y.add(theta[i].multiply(vector.y(i)));
        }
        Rational den = Rational.of(vector.denominator());
        x = x.divide(den);
        y = y.divide(den);
        Rational q = square();
        return QuadraticSurd.of(y.multiply(Rational.of(1, 2)), x.divide(q.multiply(Rational.TWO)), q);
    }

    /** @return the eigenvalue as text, e.g. {@code -sqrt(5)} */
    public String label() {
        return (sign < 0 ? "-" : "") + "sqrt(" + square() + ")";
    }
}
