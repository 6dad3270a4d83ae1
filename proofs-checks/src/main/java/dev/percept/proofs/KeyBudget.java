package dev.percept.proofs;

import de.uka.ilkd.key.strategy.StrategyProperties;

/**
 * How much KeY may do for one contract: at most {@code steps} rule applications in auto mode, with
 * the given treatment of nonlinear arithmetic. A step budget makes the outcome a property of the
 * proof, not of the machine's load (a wall-clock limit near a proof's own running time makes it
 * flaky); each budget is set well above the nodes the proof needs (recorded per run).
 */
public record KeyBudget(int steps, Arithmetic arithmetic) {

    /** KeY's nonlinear-arithmetic strategies used here. */
    public enum Arithmetic {
        /** Expands the definitions of division and modulo; no products of inequations. */
        DEFINED_OPS(StrategyProperties.NON_LIN_ARITH_DEF_OPS),
        /** Also multiplies inequations (needed for bounds such as {@code m * m <= N}); explores more. */
        COMPLETION(StrategyProperties.NON_LIN_ARITH_COMPLETION);

        private final String key;

        Arithmetic(String key) {
            this.key = key;
        }

        /** @return KeY's name of the strategy option */
        public String key() {
            return key;
        }
    }

    /** Validates. */
    public KeyBudget {
        if (steps <= 0) {
            throw new IllegalArgumentException("step budget must be positive");
        }
    }
}
