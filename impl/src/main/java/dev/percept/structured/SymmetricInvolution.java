package dev.percept.structured;

import dev.percept.exact.Rational;

/**
 * A symmetric orthogonal matrix {@code P} ({@code P = P^T}, {@code P^2 = I}), the ingredient of
 * Proposition 4.1. Implementations verify both properties exactly when constructed; nothing is
 * assumed.
 */
public interface SymmetricInvolution {

    /** @return the dimension d */
    int dimension();

    /** @return {@code P a}, exactly */
    Rational[] apply(Rational[] a);

    /** @return the dense matrix of P (for the dense referee path) */
    dev.percept.exact.RationalMatrix toMatrix();

    /** @return a short human description, e.g. {@code permutation (2 1 3)} */
    String describe();
}
