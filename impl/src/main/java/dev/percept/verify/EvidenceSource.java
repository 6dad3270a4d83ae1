package dev.percept.verify;

import dev.percept.check.Progress;
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
     * Where this source's evidence lines go under a claim: the ledger orders sources by rank, then
     * by name, so that the output does not depend on the class path. Exact suites use 0-99,
     * symbolic and deductive sources 100-199, recorded property runs 200 and up.
     */
    default int rank() {
        return 100;
    }

    /**
     * Called once for every source before the ledger runs any of them: a source whose evidence
     * takes long (a live KeY run) starts it here in the background, so it overlaps the others.
     */
    default void prepare(RunOptions options) {
    }

    /**
     * Runs every check of this source. Implement this or {@link #run(Progress, RunOptions, List)}.
     *
     * @param progress receives {@code (done, total)} updates; may be ignored
     */
    default List<ClaimResult> run(Progress progress) {
        return run(progress, RunOptions.RECORDED, List.of());
    }

    /**
     * Runs every check of this source, given how long-running evidence is obtained and the results
     * of the sources ranked before this one (the deductive evidence lists under a claim the proved
     * kernels that claim's exact check executed, {@link ClaimResult#sites()}).
     */
    default List<ClaimResult> run(Progress progress, RunOptions options, List<ClaimResult> earlier) {
        return run(progress);
    }
}
