/**
 * The vocabulary the mathematics, the oracle API and the command line share: which model
 * ({@link dev.percept.model.ModelKind}: linear, two-layer, tied) and which tie rule
 * ({@link dev.percept.model.TieMode}, carrying the KeY-proved kernel's code; claims R1, R2, M1).
 * Beside {@code dev.percept.exact} at the bottom of the layering; exported, because the oracle's
 * perceptron takes a tie rule.
 */
package dev.percept.model;
