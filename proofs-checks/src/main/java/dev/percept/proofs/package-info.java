/**
 * Symbolic and deductive evidence: dimension-free proofs of P41.1-P41.5 and C1-C3 as Z3 obligations
 * (each with a false variant that must be refuted), polynomial identities normalised by percept's
 * own arithmetic, and the report of the KeY proofs of the JML kernels. Registered with the ledger
 * as an evidence source.
 */
package dev.percept.proofs;
