/**
 * Proposition 4.1 and its corollary in O(d): the structured matrix {@code M(a) = [[0,0,a^T],[0,0,(Pa)^T],[a,Pa,0]]},
 * its exact spectrum with eigenvectors in {@code Q(sqrt q)}, and the certificates that prove the
 * stated list is the whole spectrum (claims P41.1-P41.5), and the minimal example's matrices
 * {@code A1}, {@code A2} (claims C1-C3).
 */
package dev.percept.structured;
