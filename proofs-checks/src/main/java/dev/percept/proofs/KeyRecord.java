package dev.percept.proofs;

import dev.percept.verify.RecordFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The record of one KeY run over the kernels and the negative controls
 * ({@code proofs-checks/target/proofs/key-record.properties}): who ran it (the build's
 * {@code KeyContractsTest} or a live run of {@code percept verify}), the KeY version, the date, the
 * {@link KeySources#digest} of the sources proved, and per contract its outcome, proof nodes,
 * steps, time and budget. One class writes and reads the format.
 */
public record KeyRecord(String tool, String date, String by, String sourcesSha256, long loadMillis, List<Entry> contracts,
        List<Entry> negativeControls) {

    /** Where the record lies relative to the checkout root. */
    public static final String RELATIVE_PATH = "proofs-checks/target/proofs/key-record.properties";
    /** {@link #by()} of a record the build wrote. */
    public static final String BY_BUILD = "mvn verify (KeyContractsTest)";
    /** {@link #by()} of a record a live run of {@code percept verify} wrote. */
    public static final String BY_LIVE_RUN = "percept verify (live run)";

    /** One contract's outcome. */
    public record Entry(String id, boolean closed, int nodes, int steps, long millis, long cpuMillis, int budget, String arithmetic) {

        /** The entry of a prover outcome. */
        static Entry of(KeyProver.Outcome o) {
            return new Entry(o.id(), o.closed(), o.nodes(), o.steps(), o.millis(), o.cpuMillis(), o.budget().steps(),
                    o.budget().arithmetic().name());
        }
    }

    /** Copies the lists. */
    public KeyRecord {
        contracts = List.copyOf(contracts);
        negativeControls = List.copyOf(negativeControls);
    }

    /** @return the entry of contract {@code id} ({@code Class::method}), or {@code null} */
    public Entry contract(String id) {
        return contracts.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    /** @return whether every negative control stayed open (and there is at least one) */
    public boolean negativeControlsOpen() {
        return !negativeControls.isEmpty() && negativeControls.stream().noneMatch(Entry::closed);
    }

    /** @return the number of contracts that closed */
    public long closed() {
        return contracts.stream().filter(Entry::closed).count();
    }

    /** Writes the record atomically (a reader sees the old file or the new one). */
    public void write(Path file) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("tool", tool);
        p.put("date", date);
        p.put("by", by);
        p.put("sourcesSha256", sourcesSha256);
        p.put("intRules", "javaSemantics");
        p.put("loadMillis", Long.toString(loadMillis));
        put(p, "contract", contracts);
        put(p, "negative", negativeControls);
        RecordFile.write(file, "percept KeY record: the JML kernels' contracts and the negative controls (spec/evidence.md)", p);
    }

    private static void put(Map<String, String> p, String prefix, List<Entry> entries) {
        p.put(prefix + "s", Integer.toString(entries.size()));
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String k = String.format("%s.%02d.", prefix, i);
            p.put(k + "id", e.id());
            p.put(k + "closed", Boolean.toString(e.closed()));
            p.put(k + "nodes", Integer.toString(e.nodes()));
            p.put(k + "steps", Integer.toString(e.steps()));
            p.put(k + "millis", Long.toString(e.millis()));
            p.put(k + "cpuMillis", Long.toString(e.cpuMillis()));
            p.put(k + "budget", Integer.toString(e.budget()));
            p.put(k + "arithmetic", e.arithmetic());
        }
    }

    /**
     * Reads a record.
     *
     * @return the record, or {@code null} if the file does not exist
     * @throws IllegalArgumentException if the file exists but is not a complete record
     */
    public static KeyRecord read(Path file) {
        Properties p = RecordFile.read(file);
        if (p == null) {
            return null;
        }
        return new KeyRecord(required(p, "tool"), required(p, "date"), required(p, "by"), required(p, "sourcesSha256"),
                number(p, "loadMillis"), entries(p, "contract"), entries(p, "negative"));
    }

    private static List<Entry> entries(Properties p, String prefix) {
        int n = (int) number(p, prefix + "s");
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String k = String.format("%s.%02d.", prefix, i);
            out.add(new Entry(required(p, k + "id"), Boolean.parseBoolean(required(p, k + "closed")), (int) number(p, k + "nodes"),
                    (int) number(p, k + "steps"), number(p, k + "millis"), number(p, k + "cpuMillis"), (int) number(p, k + "budget"),
                    required(p, k + "arithmetic")));
        }
        return out;
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("KeY record lacks " + key);
        }
        return v;
    }

    private static long number(Properties p, String key) {
        try {
            return Long.parseLong(required(p, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("KeY record: " + key + " is not a number", e);
        }
    }
}
