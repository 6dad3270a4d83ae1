package dev.percept.structured;

/**
 * A rational orthogonal matrix {@code P} ({@code P^T P = I}), the ingredient of Proposition 4.1:
 * every permutation matrix ({@link Permutation}) and every rational orthogonal matrix
 * ({@link DenseOrthogonal}, e.g. a Householder reflection or a Cayley transform). Implementations
 * verify orthogonality exactly when constructed; neither symmetry ({@code P = P^T}) nor
 * {@code P^2 = I} is assumed anywhere: the proposition uses only {@code ||Pa|| = ||a||}.
 */
public interface OrthogonalMap extends LinearMap {
}
