/**
 * The oracle API for other projects' tests ({@link dev.percept.oracle.Oracle}): exact spectra of
 * symmetric matrices (the O(d) Proposition 4.1 path, claims P41.1-P41.5, when the structure is
 * there), rigorous audits of given eigenvalues, and exact perceptron trajectories (claim R1's
 * perceptron), with doubles taken as the exact binary numbers they are. Results are small
 * immutable values ({@link dev.percept.oracle.Spectrum}, {@link dev.percept.oracle.ExactEigenvalue},
 * {@link dev.percept.oracle.EigenvalueAudit}, {@link dev.percept.oracle.EigenvalueError},
 * {@link dev.percept.oracle.PerceptronTrajectory}) that print exact values and correctly rounded
 * decimals; no internal type appears in a public signature.
 */
package dev.percept.oracle;
