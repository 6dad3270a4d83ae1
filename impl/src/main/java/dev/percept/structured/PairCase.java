package dev.percept.structured;

/**
 * The cases of the general pair {@code M(a, b)} (claim P41.G), by the rank of {@code B = [a, b]}
 * and the discriminant {@code D = (s-t)^2 + 4p^2} of {@code q^2 - (s+t) q + (s t - p^2)}.
 */
public enum PairCase {
    /** {@code a = b = 0}: {@code M = 0}. */
    ZERO("zero"),
    /**
     * {@code a}, {@code b} linearly dependent, not both zero ({@code s t = p^2}: {@code b = 0},
     * {@code a = 0}, or {@code b} parallel to {@code a}): {@code ±sqrt(s+t)} once each, 0 with
     * multiplicity d.
     */
    RANK_ONE("rank one"),
    /**
     * {@code a ⟂ b}, {@code ||a|| = ||b|| != 0} ({@code D = 0}): {@code ±sqrt(s)}, each with
     * multiplicity 2.
     */
    DOUBLE("double"),
    /** {@code a}, {@code b} independent and {@code D > 0}: four simple nonzero eigenvalues. */
    GENERAL("general");

    private final String label;

    PairCase(String label) {
        this.label = label;
    }

    /** @return the label used in output ({@code rank one}, ...) */
    public String label() {
        return label;
    }
}
