package dev.percept.check;

import java.util.Objects;

/**
 * The outcome of one certificate evaluated on one instance: which claim it supports, what was
 * checked, whether it held, and a detail line (the counterexample when it did not).
 */
public final class Check {
    private final String claim;
    private final String name;
    private final boolean holds;
    private final String detail;

    /** Records a check outcome. */
    public Check(String claim, String name, boolean holds, String detail) {
        this.claim = Objects.requireNonNull(claim);
        this.name = Objects.requireNonNull(name);
        this.holds = holds;
        this.detail = detail == null ? "" : detail;
    }

    /** @return the claim ID this check is evidence for */
    public String claim() {
        return claim;
    }

    /** @return what was checked, e.g. {@code A v = lambda v} */
    public String name() {
        return name;
    }

    /** @return whether it held */
    public boolean holds() {
        return holds;
    }

    /** @return a detail line (the counterexample when it failed) */
    public String detail() {
        return detail;
    }

    @Override
    public String toString() {
        return claim + " " + name + ": " + (holds ? "holds" : "FAILS") + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
