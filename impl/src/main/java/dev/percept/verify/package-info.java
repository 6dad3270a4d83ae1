/**
 * The claims layer, above the mathematics: the exact suites that check each claim on built-in
 * instances (P41.x, C1-C3, R1, R2, M1, Q1), the evidence they produce, the recorded property runs,
 * and the ledger that gathers every evidence source (found through {@link java.util.ServiceLoader})
 * under its claim.
 */
package dev.percept.verify;
