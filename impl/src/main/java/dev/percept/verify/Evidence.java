package dev.percept.verify;

import java.util.LinkedHashMap;
import java.util.List;
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
    private final List<String> lines;

    /** Records a piece of evidence. */
    public Evidence(String kind, String tool, String summary, Map<String, Object> details) {
        this(kind, tool, summary, details, List.of());
    }

    /**
     * Records a piece of evidence whose human form needs more than the summary line: {@code lines}
     * are printed below it (e.g. one per proved contract) and say the same as {@code details}.
     */
    public Evidence(String kind, String tool, String summary, Map<String, Object> details, List<String> lines) {
        this.kind = Objects.requireNonNull(kind);
        this.tool = Objects.requireNonNull(tool);
        this.summary = Objects.requireNonNull(summary);
        this.details = new LinkedHashMap<>(details);
        this.lines = List.copyOf(lines);
    }

    /** @return further lines of the human ledger below the summary (often none) */
    public List<String> lines() {
        return lines;
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
