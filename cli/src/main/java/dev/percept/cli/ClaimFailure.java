package dev.percept.cli;

/** Signals that a checked claim or a tolerance failed: exit code 1 (the output says which). */
public final class ClaimFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message the counterexample or the exceeded tolerance */
    public ClaimFailure(String message) {
        super(message);
    }
}
