package dev.percept.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.percept.check.Progress;
import dev.percept.spec.Claims;
import dev.percept.spec.KernelUse;
import dev.percept.verify.ClaimResult;
import dev.percept.verify.Evidence;
import dev.percept.verify.RunOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DeductiveEvidence} on hand-made KeY records (no KeY run): a claim lists exactly the
 * contracts its check executed, each with its statement and the reason; an open contract or a
 * closed negative control fails the claim; a missing or stale record, or sources not next to the
 * jar, give a note instead of evidence, and only for claims whose checks executed a kernel.
 */
class DeductiveEvidenceTest {

    @TempDir
    Path dir;

    private static final Path CHECKOUT = Path.of("..").toAbsolutePath().normalize();

    private static KeyRecord record(String digest, boolean gcdClosed, boolean negativeClosed) {
        List<KeyRecord.Entry> contracts = new ArrayList<>();
        for (KernelContracts k : KernelContracts.values()) {
            boolean closed = !(k == KernelContracts.GCD && !gcdClosed);
            contracts.add(new KeyRecord.Entry(k.id(), closed, 100, 100, 10, 10, k.budget().steps(), k.budget().arithmetic().name()));
        }
        List<KeyRecord.Entry> negatives = new ArrayList<>();
        for (NegativeControls n : NegativeControls.values()) {
            negatives.add(new KeyRecord.Entry(n.id(), negativeClosed && n == NegativeControls.OVERFLOW, 50, 50, 5, 5, 15000, "DEFINED_OPS"));
        }
        return new KeyRecord("KeY 2.12.3", "2026-01-02T03:04:05Z", KeyRecord.BY_BUILD, digest, 1000, contracts, negatives);
    }

    /** Exact results as a suite would give them: P41.4 executed the gcd and the case, Q1 only the gcd, C1 nothing. */
    private static List<ClaimResult> earlier() {
        Evidence e = new Evidence("exact", "percept", "exact (1 instances)", Map.of("instances", 1));
        return List.of(
                new ClaimResult(Claims.P41_4, true, 1, e, null).withSites(Set.of(KernelUse.Site.RATIONAL_REDUCTION, KernelUse.Site.PROP41_CASE)),
                new ClaimResult(Claims.Q1, true, 1, e, null).withSites(Set.of(KernelUse.Site.RATIONAL_REDUCTION)),
                new ClaimResult(Claims.C1, true, 1, e, null));
    }

    private List<ClaimResult> run(KeyRecord rec, Path checkout) {
        Path file = dir.resolve("key-record.properties");
        if (rec != null) {
            rec.write(file);
        }
        return new DeductiveEvidence(file, checkout).run(Progress.NONE, RunOptions.RECORDED, earlier());
    }

    @Test
    void aFreshRecordListsExactlyTheContractsEachCheckExecuted() {
        List<ClaimResult> rs = run(record(KeySources.fromCheckout(CHECKOUT).digest(), true, false), CHECKOUT);
        assertEquals(List.of("P41.4", "Q1"), rs.stream().map(r -> r.claim().id()).toList(), "claims whose checks executed no kernel get nothing");
        ClaimResult p = rs.get(0);
        assertTrue(p.holds());
        assertFalse(p.isNote());
        assertEquals(0, p.instances(), "contracts are not instances");
        assertTrue(p.evidence().summary().startsWith("deductive (KeY 2.12.3, build run 2026-01-02 03:04 UTC: 2 of 2 contracts closed"),
                p.evidence().summary());
        List<String> lines = p.evidence().lines();
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("closed IntegerKernels::gcd (100 nodes of 8000"), lines.get(0));
        assertTrue(lines.get(0).endsWith(KernelContracts.GCD.statement()));
        assertEquals("  executed by: " + KernelUse.Site.RATIONAL_REDUCTION.role(), lines.get(1));
        assertTrue(lines.get(2).contains("Prop41Kernel::caseOf"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> details = (List<Map<String, Object>>) p.evidence().details().get("contracts");
        assertEquals(List.of("IntegerKernels::gcd", "Prop41Kernel::caseOf"), details.stream().map(m -> m.get("contract")).toList());
        assertEquals(KernelContracts.CASE_OF.statement(), details.get(1).get("statement"));
        assertEquals(List.of(KernelUse.Site.PROP41_CASE.role()), details.get(1).get("executedBy"));
        ClaimResult q = rs.get(1);
        assertTrue(q.evidence().summary().contains("1 of 1 contract closed"), q.evidence().summary());
    }

    @Test
    void anOpenContractOrAClosedNegativeControlFailsTheClaim() {
        String digest = KeySources.fromCheckout(CHECKOUT).digest();
        ClaimResult open = run(record(digest, false, false), CHECKOUT).get(0);
        assertFalse(open.holds());
        assertTrue(open.counterexample().contains("IntegerKernels::gcd stayed open"), open.counterexample());
        assertTrue(open.evidence().lines().get(0).startsWith("OPEN IntegerKernels::gcd"));
        ClaimResult vacuous = run(record(digest, true, true), CHECKOUT).get(0);
        assertFalse(vacuous.holds());
        assertTrue(vacuous.counterexample().contains("negative control closed"), vacuous.counterexample());
        assertTrue(vacuous.evidence().summary().contains("NEGATIVE CONTROL CLOSED"));
    }

    @Test
    void missingStaleOrUncheckableRecordsGiveNotes() {
        List<ClaimResult> none = run(null, CHECKOUT);
        assertEquals(2, none.size());
        assertTrue(none.stream().allMatch(ClaimResult::isNote));
        assertEquals("deductive: no KeY run recorded", none.get(0).evidence().summary());

        List<ClaimResult> stale = run(record("0".repeat(64), true, false), CHECKOUT);
        assertTrue(stale.stream().allMatch(ClaimResult::isNote));
        assertEquals("deductive: KeY record stale", stale.get(0).evidence().summary());
        assertTrue(stale.get(0).evidence().details().get("note").toString().contains("proved other sources"));

        // A record that would match, but no sources next to the jar to check it against: stale too.
        List<ClaimResult> elsewhere = run(record(KeySources.fromCheckout(CHECKOUT).digest(), true, false), dir.resolve("no-checkout"));
        assertTrue(elsewhere.stream().allMatch(ClaimResult::isNote));
        assertEquals("deductive: KeY record stale", elsewhere.get(0).evidence().summary());
        assertTrue(elsewhere.get(0).evidence().details().get("note").toString().contains("not next to this jar"));
    }

    @Test
    void theRecordRoundTrips() {
        KeyRecord rec = record("ab".repeat(32), true, false);
        Path file = dir.resolve("r.properties");
        rec.write(file);
        assertEquals(rec, KeyRecord.read(file));
        assertNull(KeyRecord.read(dir.resolve("absent")));
        assertNotNull(rec.contract("IntegerKernels::gcd"));
    }
}
