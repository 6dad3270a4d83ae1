package dev.percept.verify;

import java.util.List;

/**
 * Something that produces evidence for claims when {@code percept verify} runs: exact checks on
 * built-in instances, symbolic proofs, deductive proofs. Sources in other modules register through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.percept.verify.EvidenceSource}).
 */
public interface EvidenceSource {

    /** @return a short name shown in progress output, e.g. {@code Proposition 4.1 instances} */
    String name();

    /**
     * Runs every check of this source.
     *
     * @param progress receives {@code (done, total)} updates; may be ignored
     */
    List<ClaimResult> run(Progress progress);

    /** Progress callback. */
    interface Progress {
        /** Reports that {@code done} of {@code total} units are finished. */
        void update(String what, int done, int total);

        /** A listener that ignores updates. */
        Progress NONE = (w, d, t) -> { };
    }
}
