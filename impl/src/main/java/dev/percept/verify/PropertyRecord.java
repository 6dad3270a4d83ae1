package dev.percept.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The record of one run of the claim-tagged properties ({@code properties/target/properties/property-record.properties},
 * written by the properties module during {@code mvn verify} or by a live run of
 * {@code percept verify}, read by {@code percept verify}): who ran it, the jqwik version, the date,
 * the {@link SourceDigest} of the sources tested, and for every property tagged with a claim ID its
 * claims, tries, checks and outcome. One class writes and reads the format, so
 * the two sides cannot drift apart.
 */
public final class PropertyRecord {

    /** Where the record lies relative to the checkout root. */
    public static final String RELATIVE_PATH = "properties/target/properties/property-record.properties";

    /** {@link #by()} of a record the build wrote. */
    public static final String BY_BUILD = "mvn verify";
    /** {@link #by()} of a record a live run of {@code percept verify} wrote. */
    public static final String BY_LIVE_RUN = "percept verify (live run)";

    /**
     * The key under which the properties checking the exact API's JML contracts are recorded (their
     * jqwik tag), in place of claim IDs.
     */
    public static final String CONTRACT_KEY = "contract";

    /** The outcome of a property that held on every try. */
    public static final String SUCCESSFUL = "SUCCESSFUL";

    /** One property run: where it is, the claims it is tagged with, and how it went. */
    public record Run(String className, String method, List<String> claims, int tries, int checks, String status, String seed,
            String failure) {

        /** Validates and copies. */
        public Run {
            Objects.requireNonNull(className);
            Objects.requireNonNull(method);
            claims = List.copyOf(claims);
            Objects.requireNonNull(status);
        }

        /** @return whether the property held on every try */
        public boolean passed() {
            return status.equals(SUCCESSFUL);
        }

        /** @return {@code SimpleClassName#method}, e.g. {@code Prop41Properties#spectralNorm} */
        public String label() {
            return className.substring(className.lastIndexOf('.') + 1) + "#" + method;
        }
    }

    private final String tool;
    private final String date;
    private final String by;
    private final String sourcesSha256;
    private final List<Run> runs;

    /**
     * @param tool the property tool and its version, e.g. {@code jqwik 1.9.3}
     * @param date the ISO-8601 instant the run finished
     * @param sourcesSha256 the {@link SourceDigest} of the sources tested, or {@code null} if unknown
     * @param runs the claim-tagged properties run, in execution order
     */
    public PropertyRecord(String tool, String date, String sourcesSha256, List<Run> runs) {
        this(tool, date, BY_BUILD, sourcesSha256, runs);
    }

    /**
     * @param by who ran the properties ({@link #BY_BUILD} or {@link #BY_LIVE_RUN})
     * @see #PropertyRecord(String, String, String, List)
     */
    public PropertyRecord(String tool, String date, String by, String sourcesSha256, List<Run> runs) {
        this.tool = Objects.requireNonNull(tool);
        this.date = Objects.requireNonNull(date);
        this.by = Objects.requireNonNull(by);
        this.sourcesSha256 = sourcesSha256;
        this.runs = List.copyOf(runs);
    }

    /** @return who ran the properties: {@link #BY_BUILD} or {@link #BY_LIVE_RUN} */
    public String by() {
        return by;
    }

    /** @return the tool and version, e.g. {@code jqwik 1.9.3} */
    public String tool() {
        return tool;
    }

    /** @return the ISO-8601 instant the run finished */
    public String date() {
        return date;
    }

    /** @return the digest of the sources tested, or {@code null} */
    public String sourcesSha256() {
        return sourcesSha256;
    }

    /** @return every recorded property run */
    public List<Run> runs() {
        return runs;
    }

    /** @return the runs tagged with this claim ID */
    public List<Run> runsFor(String claimId) {
        return runs.stream().filter(r -> r.claims().contains(claimId)).toList();
    }

    /** Writes the record as a properties file, atomically (a reader sees the old file or the new one). */
    public void write(Path file) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("tool", tool);
        p.put("date", date);
        p.put("by", by);
        if (sourcesSha256 != null) {
            p.put("sourcesSha256", sourcesSha256);
        }
        p.put("properties", Integer.toString(runs.size()));
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            String k = String.format("property.%04d.", i);
            p.put(k + "class", r.className());
            p.put(k + "method", r.method());
            p.put(k + "claims", String.join(",", r.claims()));
            p.put(k + "tries", Integer.toString(r.tries()));
            p.put(k + "checks", Integer.toString(r.checks()));
            p.put(k + "status", r.status());
            if (r.seed() != null) {
                p.put(k + "seed", r.seed());
            }
            if (r.failure() != null) {
                p.put(k + "failure", r.failure());
            }
        }
        RecordFile.write(file, "percept property-test record: the claim-tagged jqwik properties of the last test run (spec/evidence.md)", p);
    }

    /**
     * Reads a record.
     *
     * @return the record, or {@code null} if the file does not exist
     * @throws IllegalArgumentException if the file exists but is not a complete record
     */
    public static PropertyRecord read(Path file) {
        Properties p = RecordFile.read(file);
        if (p == null) {
            return null;
        }
        String tool = required(p, "tool");
        String date = required(p, "date");
        int n = integer(p, "properties");
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String k = String.format("property.%04d.", i);
            String claims = required(p, k + "claims");
            runs.add(new Run(required(p, k + "class"), required(p, k + "method"),
                    claims.isEmpty() ? List.of() : Arrays.asList(claims.split(",")), integer(p, k + "tries"), integer(p, k + "checks"),
                    required(p, k + "status"), p.getProperty(k + "seed"), p.getProperty(k + "failure")));
        }
        return new PropertyRecord(tool, date, p.getProperty("by", BY_BUILD), p.getProperty("sourcesSha256"), runs);
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("property record lacks " + key);
        }
        return v;
    }

    private static int integer(Properties p, String key) {
        try {
            return Integer.parseInt(required(p, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("property record: " + key + " is not a number", e);
        }
    }
}
