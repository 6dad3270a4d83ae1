/**
 * The oracle API for other projects' tests: exact spectra, audits of given eigenvalues and exact
 * perceptron trajectories, with doubles taken as the exact binary numbers they are.
 */
package dev.percept.oracle;
