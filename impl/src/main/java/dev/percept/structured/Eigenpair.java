package dev.percept.structured;

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
    private final SurdVector vector;

    Eigenpair(int sign, int tau, SurdVector vector) {
        this.sign = sign;
        this.tau = tau;
        this.vector = vector;
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
        return vector.radicand();
    }

    /** @return the eigenvector, coordinates in {@code Q(sqrt(square))} */
    public SurdVector vector() {
        return vector;
    }

    /** @return a copy with another vector (used by tests that falsify a certificate) */
    public Eigenpair withVector(SurdVector v) {
        return new Eigenpair(sign, tau, v);
    }

    /** @return a copy with another eigenvalue sign (used by tests that falsify a certificate) */
    public Eigenpair withSign(int s) {
        return new Eigenpair(s, tau, vector);
    }

    /** @return the eigenvalue as text, e.g. {@code -sqrt(5)} */
    public String label() {
        return (sign < 0 ? "-" : "") + "sqrt(" + square() + ")";
    }
}
