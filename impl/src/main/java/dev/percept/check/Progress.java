package dev.percept.check;

/**
 * A progress callback for long computations (a certified GD run, a suite of checks): the maths
 * reports {@code (done, total)} and the caller decides whether and how to show it.
 */
@FunctionalInterface
public interface Progress {
    /** Reports that {@code done} of {@code total} units of {@code what} are finished. */
    void update(String what, int done, int total);

    /** A listener that ignores updates. */
    Progress NONE = (w, d, t) -> { };
}
