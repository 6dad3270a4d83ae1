package dev.percept.model;

/** Why a perceptron run stopped (exact and fast engines alike). */
public enum PerceptronStop {
    /** Every margin is positive. */
    CONVERGED("converged"),
    /** An update left theta unchanged: the update is a function of theta alone, so every later update does too. */
    FIXED_POINT("fixed point"),
    /** An iterate came back: the run is periodic from there on and never converges. */
    CYCLE("cycle"),
    /** The step cap was reached. */
    STEP_CAP("step cap");

    private final String label;

    PerceptronStop(String label) {
        this.label = label;
    }

    /** @return the name used in text and JSON output ({@code converged}, {@code fixed point}, {@code step cap}) */
    public String label() {
        return label;
    }
}
