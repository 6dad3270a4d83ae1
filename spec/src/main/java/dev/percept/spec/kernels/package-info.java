/**
 * The kernels with JML contracts that KeY proves (overflow checked, runtime exceptions banned, a
 * step budget per proof; spec/deductive.md): the integer arithmetic and bookkeeping the exact checks
 * call (square root, gcd, permutations, the case and multiplicities of Proposition 4.1, the tie
 * rule, the activation pattern) on {@code int}/{@code long}, and the BigInteger code the
 * certificates rest on (the rows of the structured product, the Gram sums and the trace, the sign of
 * a quadratic surd), proved under the BigInteger assumptions of spec/deductive.md. Plain Java with
 * no dependency beyond {@code java.math.BigInteger}, so that a deductive verifier reads them whole;
 * the build ships these sources inside the jar ({@code percept-key/}) for live KeY runs.
 */
package dev.percept.spec.kernels;
