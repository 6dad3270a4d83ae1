package dev.percept.verify;

import dev.percept.check.Progress;
import dev.percept.spec.Claim;
import dev.percept.spec.Claims;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evidence kind {@code property} for {@code percept verify}: the jqwik properties tagged with each
 * claim's ID, as the build ran them ({@link PropertyRecord}, written by the tests module during
 * {@code mvn verify}). It reads that record and never re-runs a property, so it costs a file read
 * and a digest of the sources. Per claim: {@code property (jqwik <version>, k tries)} with k the
 * tries summed over the claim's properties; the claim fails if one of them failed. Without a
 * record, with a stale one (the {@link SourceDigest} of the checkout differs from the recorded one)
 * or when the record does not cover the claim, the ledger shows a note instead of evidence.
 */
public final class PropertyEvidence implements EvidenceSource {

    /** System property naming the record file to read instead of the one next to the jar. */
    public static final String RECORD_PROPERTY = "percept.property.record";

    /** What the record is, in every evidence entry. */
    static final String SOURCE = "recorded by the build (mvn verify), not re-run by verify";

    private final Path record;
    private final Path root;

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
        return "recorded property tests";
    }

    @Override
    public int rank() {
        return 200;
    }

    @Override
    public List<ClaimResult> run(Progress progress) {
        PropertyRecord rec = null;
        String shortNote = null;
        String note = null;
        try {
            rec = record == null ? null : PropertyRecord.read(record);
            if (rec == null) {
                shortNote = "property: no jqwik run recorded";
                note = "no recorded jqwik run next to this jar (mvn verify writes " + PropertyRecord.RELATIVE_PATH + "); property evidence omitted";
            }
        } catch (RuntimeException e) {
            shortNote = "property: jqwik record unreadable";
            note = "the jqwik record " + record + " cannot be read (" + e.getMessage() + "); property evidence omitted";
        }
        if (rec != null) {
            String now = root == null ? null : currentDigest(root);
            if (now == null || !now.equals(rec.sourcesSha256())) {
                shortNote = "property: jqwik record stale";
                note = now == null
                        ? "the sources the jqwik record (" + rec.date() + ") was made from are not next to this jar, so it cannot be checked; property evidence omitted"
                        : "the recorded jqwik run (" + rec.date() + ") tested other sources than the current ones (" + String.join(", ", SourceDigest.TREES)
                                + "); property evidence omitted";
                rec = null;
            }
        }
        List<ClaimResult> out = new ArrayList<>();
        for (Claim c : Claims.all()) {
            if (rec == null) {
                out.add(ClaimResult.note(c, new Evidence("property", "jqwik", shortNote, details(SOURCE, null, note))));
                continue;
            }
            List<PropertyRecord.Run> runs = rec.runsFor(c.id()).stream().filter(r -> !r.status().equals("SKIPPED")).toList();
            if (runs.isEmpty()) {
                out.add(ClaimResult.note(c, new Evidence("property", rec.tool(), "property: none in the recorded jqwik run",
                        details(SOURCE, rec.date(), "the recorded jqwik run has no property tagged " + c.id() + "; property evidence omitted"))));
                continue;
            }
            out.add(evidence(c, rec, runs));
        }
        return out;
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
        d.put("source", SOURCE);
        d.put("date", rec.date());
        d.put("tries", tries);
        d.put("checks", checks);
        d.put("properties", props);
        String summary = "property (" + rec.tool() + ", " + tries + " tries"
                + (failed.isEmpty() ? "" : "; " + failed.size() + " of " + runs.size() + " properties FAILED") + ")";
        String counter = null;
        if (!failed.isEmpty()) {
            PropertyRecord.Run f = failed.get(0);
            counter = "jqwik property " + f.label() + " " + f.status().toLowerCase(java.util.Locale.ROOT) + " in the build run of " + rec.date()
                    + (f.failure() != null ? ": " + f.failure() : "") + (f.seed() != null ? " (seed " + f.seed() + ")" : "");
        }
        return new ClaimResult(c, failed.isEmpty(), 0, new Evidence("property", rec.tool(), summary, d), counter);
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
