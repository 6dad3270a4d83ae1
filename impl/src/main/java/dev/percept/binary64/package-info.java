/**
 * The one boundary between IEEE-754 binary64 and exact rationals ({@link dev.percept.binary64.Binary64}):
 * the exact value of a double, the correctly rounded double of a rational, and the ulp of the
 * nearest double. Beside {@code dev.percept.exact}, which may hold no floating-point type; used by
 * the fast path, the audit, the oracle API and the command line. No claim of its own: it is how
 * the fast path's inputs and the audit's given values enter the exact world (spec/audit.md).
 */
package dev.percept.binary64;
