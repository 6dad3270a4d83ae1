package dev.percept.properties;

import dev.percept.check.Progress;
import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.spec.Claims;
import dev.percept.verify.ClaimResult;
import dev.percept.verify.Evidence;
import dev.percept.verify.EvidenceSource;
import dev.percept.verify.Ledger;
import dev.percept.verify.PropertyEvidence;
import dev.percept.verify.PropertyRecord;
import dev.percept.verify.SourceDigest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PropertyEvidence} reading a {@link PropertyRecord} of a checkout: a fresh record gives
 * {@code property (jqwik v, k tries)} per claim with k summed over the claim's properties; a failing
 * property makes the claim fail with the property as counterexample; a missing, stale (sources
 * changed) or unreadable record, or a claim the record does not cover, gives a note that is no
 * evidence and leaves the verdict to the other evidence.
 */
class PropertyEvidenceTest {

    @TempDir
    Path checkout;

    private Path record;

    @BeforeEach
    void sources() throws IOException {
        for (String tree : SourceDigest.TREES) {
            Files.createDirectories(checkout.resolve(tree).resolve("dev"));
            Files.writeString(checkout.resolve(tree).resolve("dev/A.java"), "class A {} // " + tree + "\n");
        }
        record = checkout.resolve(PropertyRecord.RELATIVE_PATH);
    }

    private static PropertyRecord.Run run(String method, List<String> claims, int tries, String status) {
        return new PropertyRecord.Run("dev.percept.structured.Prop41Properties", method, claims, tries, tries, status,
                status.equals(PropertyRecord.SUCCESSFUL) ? null : "-123", status.equals(PropertyRecord.SUCCESSFUL) ? null : "AssertionError: boom");
    }

    private void write(PropertyRecord.Run... runs) {
        new PropertyRecord("jqwik 1.9.3", "2026-01-02T03:04:05Z", SourceDigest.of(checkout), List.of(runs)).write(record);
    }

    private Map<String, ClaimResult> results() {
        List<ClaimResult> rs = new PropertyEvidence(record, checkout).run(Progress.NONE);
        // One result per claim, whatever the record says.
        assertThat(rs).extracting(r -> r.claim().id()).containsExactlyElementsOf(Claims.all().stream().map(c -> c.id()).toList());
        assertThat(rs).allSatisfy(r -> assertThat(r.evidence().kind()).isEqualTo("property"));
        return rs.stream().collect(Collectors.toMap(r -> r.claim().id(), r -> r));
    }

    @Test
    void freshRecordGivesTriesPerClaim() {
        write(run("a", List.of("P41.1", "P41.2"), 3000, PropertyRecord.SUCCESSFUL), run("b", List.of("P41.1"), 40, PropertyRecord.SUCCESSFUL),
                run("c", List.of("P41.5"), 600, PropertyRecord.SUCCESSFUL));
        Map<String, ClaimResult> rs = results();
        ClaimResult p1 = rs.get("P41.1");
        assertThat(p1.isNote()).isFalse();
        assertThat(p1.holds()).isTrue();
        assertThat(p1.counterexample()).isNull();
        assertThat(p1.evidence().tool()).isEqualTo("jqwik 1.9.3");
        assertThat(p1.evidence().summary()).isEqualTo("property (jqwik 1.9.3, 3040 tries, build run 2026-01-02 03:04 UTC)");
        assertThat(p1.evidence().details()).containsEntry("tries", 3040L).containsEntry("checks", 3040L)
                .containsEntry("date", "2026-01-02T03:04:05Z").containsEntry("source", "recorded by the build (mvn verify)");
        assertThat(p1.evidence().details().get("properties").toString()).contains("Prop41Properties#a").contains("Prop41Properties#b");
        assertThat(rs.get("P41.2").evidence().summary()).isEqualTo("property (jqwik 1.9.3, 3000 tries, build run 2026-01-02 03:04 UTC)");
        assertThat(rs.get("P41.5").evidence().summary()).isEqualTo("property (jqwik 1.9.3, 600 tries, build run 2026-01-02 03:04 UTC)");
        // A claim the record does not cover: a note, no evidence.
        assertThat(rs.get("Q1").isNote()).isTrue();
        assertThat(rs.get("Q1").evidence().summary()).isEqualTo("property: none in the jqwik run");
    }

    @Test
    void failingPropertyFailsTheClaimInTheLedger() {
        write(run("a", List.of("P41.1"), 3000, PropertyRecord.SUCCESSFUL), run("bad", List.of("P41.1"), 17, "FAILED"));
        ClaimResult p1 = results().get("P41.1");
        assertThat(p1.isNote()).isFalse();
        assertThat(p1.holds()).isFalse();
        assertThat(p1.evidence().summary()).isEqualTo("property (jqwik 1.9.3, 3017 tries; 1 of 2 properties FAILED, build run 2026-01-02 03:04 UTC)");
        assertThat(p1.counterexample()).contains("Prop41Properties#bad").contains("failed").contains("AssertionError: boom").contains("seed -123");
        // Through the ledger: exact evidence that holds does not outvote the failed property.
        Ledger.Row row = ledgerRow("P41.1");
        assertThat(row.holds()).isFalse();
        assertThat(row.counterexample()).contains("Prop41Properties#bad");
    }

    @Test
    void staleRecordIsOmitted() throws IOException {
        write(run("a", List.of("P41.1"), 3000, PropertyRecord.SUCCESSFUL));
        assertThat(results().get("P41.1").isNote()).isFalse();
        // Any change to a digested tree (here the properties) makes the record describe other sources.
        Files.writeString(checkout.resolve("properties/src/main/dev/A.java"), "class A { int changed; }\n");
        Map<String, ClaimResult> rs = results();
        assertThat(rs.values()).allSatisfy(r -> {
            assertThat(r.isNote()).isTrue();
            assertThat(r.evidence().summary()).isEqualTo("property: jqwik record stale");
            assertThat(r.evidence().details().get("note").toString()).contains("2026-01-02T03:04:05Z").contains("omitted");
        });
        // A failure recorded for other sources does not fail the claim either.
        write(run("bad", List.of("P41.1"), 1, "FAILED"));
        Files.writeString(checkout.resolve("impl/src/main/dev/B.java"), "class B {}\n");
        assertThat(results().get("P41.1").holds()).isTrue();
        assertThat(ledgerRow("P41.1").holds()).isTrue();
    }

    @Test
    void missingRecordIsANote() {
        Map<String, ClaimResult> rs = results();
        assertThat(rs.values()).allSatisfy(r -> {
            assertThat(r.isNote()).isTrue();
            assertThat(r.evidence().summary()).isEqualTo("property: no jqwik run recorded");
            assertThat(r.instances()).isZero();
        });
        // A note is no evidence: alone it does not make a claim hold; beside exact evidence it changes nothing.
        Ledger.Row alone = new Ledger(List.of(new PropertyEvidence(record, checkout))).run(Progress.NONE).get(0);
        assertThat(alone.holds()).isFalse();
        assertThat(ledgerRow("P41.1").holds()).isTrue();
    }

    @Test
    void unreadableRecordIsANote() throws IOException {
        Files.createDirectories(record.getParent());
        Files.writeString(record, "tool=jqwik 1.9.3\n");
        assertThat(results().get("C1").evidence().summary()).isEqualTo("property: jqwik record unreadable");
        assertThat(results().get("C1").isNote()).isTrue();
    }

    @Test
    void recordRoundTrips() {
        PropertyRecord.Run r = new PropertyRecord.Run("a.B", "m", List.of("C1", "C2"), 5, 4, "FAILED", "42", "x=1, \u00e9 \\ y");
        write(r);
        PropertyRecord back = PropertyRecord.read(record);
        assertThat(back.runs()).containsExactly(r);
        assertThat(back.sourcesSha256()).isEqualTo(SourceDigest.of(checkout));
        assertThat(back.tool()).isEqualTo("jqwik 1.9.3");
    }

    /** The row of a claim in a ledger of one holding exact result per claim and this record's property evidence. */
    private Ledger.Row ledgerRow(String id) {
        EvidenceSource exact = new EvidenceSource() {
            @Override
            public String name() {
                return "stub exact";
            }

            @Override
            public List<ClaimResult> run(Progress progress) {
                return Claims.all().stream().map(c -> new ClaimResult(c, true, 1, new Evidence("exact", "stub", "exact (1 instances)", Map.of()), null))
                        .toList();
            }
        };
        return new Ledger(List.of(exact, new PropertyEvidence(record, checkout))).run(Progress.NONE).stream()
                .filter(r -> r.claim().id().equals(id)).findFirst().orElseThrow();
    }
}
