package dev.percept.verify;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One kind of evidence for a claim, as the ledger shows it: a kind ({@code exact},
 * {@code symbolic}, {@code deductive}, {@code property}, {@code polynomial identity}), the tool
 * that produced it with its version, and details (counts, queries, timings).
 */
public final class Evidence {
    private final String kind;
    private final String tool;
    private final String summary;
    private final Map<String, Object> details;

    /** Records a piece of evidence. */
    public Evidence(String kind, String tool, String summary, Map<String, Object> details) {
        this.kind = Objects.requireNonNull(kind);
        this.tool = Objects.requireNonNull(tool);
        this.summary = Objects.requireNonNull(summary);
        this.details = new LinkedHashMap<>(details);
    }

    /** @return the kind, e.g. {@code exact} */
    public String kind() {
        return kind;
    }

    /** @return the tool and version, e.g. {@code percept 0.1.0} */
    public String tool() {
        return tool;
    }

    /** @return the one-line summary for the human ledger, e.g. {@code exact (123 instances)} */
    public String summary() {
        return summary;
    }

    /** @return details for the JSON ledger */
    public Map<String, Object> details() {
        return details;
    }
}
