package dev.percept.verify;

import dev.percept.check.Progress;
import dev.percept.spec.Claim;
import dev.percept.spec.Claims;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Evidence kind {@code property} for {@code percept verify}: the jqwik properties tagged with each
 * claim's ID. Where the run comes from follows {@link RunOptions#properties()}: the
 * {@link PropertyRecord} of an earlier run (by the build's properties module or a live run) while it
 * matches the current sources, or a live run through the {@link PropertyRunner} of the properties
 * module, which is then recorded. Per claim: {@code property (jqwik <version>, k tries, <when>)}
 * with k the tries summed over the claim's properties; the claim fails if one of them failed.
 * Without a run (no record, a stale one: the {@link SourceDigest} of the checkout differs from the
 * recorded one, and no live run asked for) or when the run does not cover the claim, the ledger
 * shows a note instead of evidence.
 */
public final class PropertyEvidence implements EvidenceSource {

    /** System property naming the record file to read instead of the one next to the jar. */
    public static final String RECORD_PROPERTY = "percept.property.record";

    /** The source named in a note when there is no run at all. */
    static final String SOURCE_NONE = "no jqwik run";

    private final Path record;
    private final Path root;
    private PropertyRecord used;

    /**
     * @param record the record file, or {@code null} if it cannot be located
     * @param root the checkout whose sources the record must match, or {@code null} if unknown
     */
    public PropertyEvidence(Path record, Path root) {
        this.record = record;
        this.root = root;
    }

    /**
     * The record of this checkout: {@code tests/target/properties/property-record.properties} under
     * the checkout holding this class's jar or classes directory ({@link Checkout}), or the file
     * named by the system property {@value #RECORD_PROPERTY}.
     */
    public static PropertyEvidence standard() {
        Path root = Checkout.of(PropertyEvidence.class);
        String override = System.getProperty(RECORD_PROPERTY);
        Path record = override != null ? Path.of(override) : root == null ? null : root.resolve(PropertyRecord.RELATIVE_PATH);
        return new PropertyEvidence(record, root);
    }

    @Override
    public String name() {
        return "property tests";
    }

    @Override
    public int rank() {
        return 200;
    }

    @Override
    public List<ClaimResult> run(Progress progress, RunOptions options, List<ClaimResult> earlier) {
        PropertyRecord rec = null;
        String shortNote = null;
        String note = null;
        String now = root == null ? null : currentDigest(root);
        if (options.properties() != RunOptions.Mode.LIVE) {
            try {
                rec = record == null ? null : PropertyRecord.read(record);
                if (rec == null) {
                    shortNote = "property: no jqwik run recorded";
                    note = "no recorded jqwik run next to this jar (mvn verify or a live run writes " + PropertyRecord.RELATIVE_PATH
                            + "); property evidence omitted";
                }
            } catch (RuntimeException e) {
                shortNote = "property: jqwik record unreadable";
                note = "the jqwik record " + record + " cannot be read (" + e.getMessage() + "); property evidence omitted";
            }
            if (rec != null && (now == null || !now.equals(rec.sourcesSha256()))) {
                shortNote = "property: jqwik record stale";
                note = now == null
                        ? "the sources the jqwik record (" + rec.date() + ") was made from are not next to this jar, so it cannot be checked; property evidence omitted"
                        : "the recorded jqwik run (" + rec.date() + ") tested other sources than the current ones (" + String.join(", ", SourceDigest.TREES)
                                + "); property evidence omitted";
                rec = null;
            }
        }
        if (rec == null && options.properties() != RunOptions.Mode.RECORDED) {
            PropertyRunner runner = ServiceLoader.load(PropertyRunner.class).findFirst().orElse(null);
            if (runner == null) {
                shortNote = "property: no jqwik runner";
                note = "the properties module is not on the class path, so the properties cannot be run live; property evidence omitted";
            } else {
                rec = runner.run(options, now);
                if (record != null && now != null) {
                    rec.write(record);
                }
            }
        }
        used = rec;
        List<ClaimResult> out = new ArrayList<>();
        for (Claim c : Claims.all()) {
            if (rec == null) {
                out.add(ClaimResult.note(c, new Evidence("property", "jqwik", shortNote, details(SOURCE_NONE, null, note))));
                continue;
            }
            List<PropertyRecord.Run> runs = rec.runsFor(c.id()).stream().filter(r -> !r.status().equals("SKIPPED")).toList();
            if (runs.isEmpty()) {
                out.add(ClaimResult.note(c, new Evidence("property", rec.tool(), "property: none in the jqwik run",
                        details(source(rec), rec.date(), "the jqwik run has no property tagged " + c.id() + "; property evidence omitted"))));
                continue;
            }
            out.add(evidence(c, rec, runs));
        }
        return out;
    }

    /**
     * The exact API's contract clauses checked by property in the run the last {@link #run} used, or
     * {@code null} when it had no run or the run has no contract property.
     */
    public ContractReport contracts() {
        if (used == null) {
            return null;
        }
        List<PropertyRecord.Run> runs = used.runsFor(PropertyRecord.CONTRACT_KEY);
        return runs.isEmpty() ? null : new ContractReport(used.tool(), source(used), used.date(), runs);
    }

    /** What the evidence comes from: a live run now, or the record of an earlier run (by the build or a live run). */
    static String source(PropertyRecord rec) {
        return rec.by().equals(PropertyRecord.BY_LIVE_RUN) ? "jqwik run by percept verify" : "recorded by the build (mvn verify)";
    }

    /** The property evidence for one claim from its recorded runs: holds iff every run succeeded. */
    private static ClaimResult evidence(Claim c, PropertyRecord rec, List<PropertyRecord.Run> runs) {
        long tries = runs.stream().mapToLong(PropertyRecord.Run::tries).sum();
        long checks = runs.stream().mapToLong(PropertyRecord.Run::checks).sum();
        List<PropertyRecord.Run> failed = runs.stream().filter(r -> !r.passed()).toList();
        List<Map<String, Object>> props = new ArrayList<>();
        for (PropertyRecord.Run r : runs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("property", r.label());
            m.put("tries", r.tries());
            m.put("checks", r.checks());
            m.put("status", r.status());
            if (!r.passed() && r.failure() != null) {
                m.put("failure", r.failure());
            }
            if (!r.passed() && r.seed() != null) {
                m.put("seed", r.seed());
            }
            props.add(m);
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("source", source(rec));
        d.put("date", rec.date());
        d.put("tries", tries);
        d.put("checks", checks);
        d.put("properties", props);
        String summary = "property (" + rec.tool() + ", " + tries + " tries"
                + (failed.isEmpty() ? "" : "; " + failed.size() + " of " + runs.size() + " properties FAILED") + ", " + when(rec) + ")";
        String counter = null;
        if (!failed.isEmpty()) {
            PropertyRecord.Run f = failed.get(0);
            counter = "jqwik property " + f.label() + " " + f.status().toLowerCase(java.util.Locale.ROOT) + " in the run of " + rec.date()
                    + (f.failure() != null ? ": " + f.failure() : "") + (f.seed() != null ? " (seed " + f.seed() + ")" : "");
        }
        return new ClaimResult(c, failed.isEmpty(), 0, new Evidence("property", rec.tool(), summary, d), counter);
    }

    /** {@code live run} or {@code build run 2026-11-30 11:05 UTC} / {@code run of 2026-11-30 11:05 UTC}, for a summary line. */
    static String when(PropertyRecord rec) {
        String d = rec.date();
        String at = d.length() >= 16 ? d.substring(0, 10) + " " + d.substring(11, 16) + " UTC" : d;
        return rec.by().equals(PropertyRecord.BY_LIVE_RUN) ? "run " + at : "build run " + at;
    }

    /** The details of a note, in a fixed order. */
    private static Map<String, Object> details(String source, String date, String note) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("source", source);
        if (date != null) {
            d.put("date", date);
        }
        d.put("note", note);
        return d;
    }

    /** The digest of the checkout's sources, or {@code null} if they cannot be read. */
    private static String currentDigest(Path root) {
        try {
            return SourceDigest.of(root);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
