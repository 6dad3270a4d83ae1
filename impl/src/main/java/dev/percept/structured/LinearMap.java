package dev.percept.structured;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;

/**
 * A rational linear map {@code Q} of {@code R^d} (a square matrix): the second input transform of
 * the tied model {@code f = u1 phi(w^T x) + u2 phi(w^T Q x)}, whose step matrix on the identity
 * pattern is the general pair {@code M(a, Q a)} (claim P41.G). {@link OrthogonalMap} is the
 * special case Proposition 4.1 needs.
 */
public interface LinearMap {

    /** @return the dimension d */
    int dimension();

    /**
     * @return {@code Q a}, exactly
     * @throws IllegalArgumentException if {@code a} does not have d entries
     */
    Rational[] apply(Rational[] a);

    /** @return the dense matrix of the map (for the dense referee path) */
    RationalMatrix toMatrix();

    /** @return a short human description, e.g. {@code permutation, 1 cycle of length 3} */
    String describe();
}
