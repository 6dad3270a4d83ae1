package dev.percept.model;

/**
 * The three models of the paper that percept runs: {@code linear} ({@code f = theta^T x}, claim
 * R1), {@code two-layer} ({@code f = sum_j v_j phi(w_j^T x)}, claim R2) and {@code tied}
 * ({@code f = u1 phi(w^T x) + u2 phi(w^T P x)}, claims R2, M1 and Proposition 4.1's form of the
 * pattern matrix). Code compares kinds, never names.
 */
public enum ModelKind {
    /** {@code f = theta^T x}. */
    LINEAR("linear"),
    /** {@code f = sum_j v_j phi(w_j^T x)}, width m. */
    TWO_LAYER("two-layer"),
    /** {@code f = u1 phi(w^T x) + u2 phi(w^T P x)}. */
    TIED("tied");

    private final String label;

    ModelKind(String label) {
        this.label = label;
    }

    /** @return the name used on the command line and in JSON ({@code linear}, {@code two-layer}, {@code tied}) */
    public String label() {
        return label;
    }

    /** Parses a label, exactly as {@link #label()} spells it. @throws IllegalArgumentException naming the choices */
    public static ModelKind parse(String s) {
        for (ModelKind k : values()) {
            if (k.label.equals(s)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown model '" + s + "' (linear, two-layer, tied)");
    }

    @Override
    public String toString() {
        return label;
    }
}
