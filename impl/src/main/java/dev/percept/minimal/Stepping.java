package dev.percept.minimal;

/**
 * An exact perceptron on the minimal example (claim M1) that makes one update at a time; the
 * reduced O(1)-per-step and the direct O(d) implementations share it, so the cross-checks can
 * drive either the same way.
 */
public interface Stepping {

    /** @return whether every margin is positive (the run is over) */
    boolean separated();

    /** Makes one update. */
    void step();

    /**
     * Steps until every margin is positive or {@code maxSteps} updates were made.
     *
     * @return the number of updates made by this call
     */
    default int run(int maxSteps) {
        int t = 0;
        while (t < maxSteps && !separated()) {
            step();
            t++;
        }
        return t;
    }
}
