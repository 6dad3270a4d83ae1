/**
 * The vocabulary shared by the mathematics and the claim ledger, beside the exact layer: the
 * outcome of one certificate on one instance ({@link dev.percept.check.Check}, tagged with the
 * claim ID it supports) and a progress callback for long computations. Depends on nothing, so the
 * mathematics can state its certificates without knowing about the ledger.
 */
package dev.percept.check;
