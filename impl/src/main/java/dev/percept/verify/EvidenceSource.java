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
     * Runs every check of this source.
     *
     * @param progress receives {@code (done, total)} updates; may be ignored
     */
    List<ClaimResult> run(Progress progress);
}
