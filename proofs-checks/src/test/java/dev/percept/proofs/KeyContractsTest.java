package dev.percept.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * KeY proves every JML contract of the kernels in {@code spec} (the sources the jar carries, which
 * the production code was compiled from), with overflow checking and the BigInteger assumptions,
 * each within its step budget; every negative control stays open. This is the same run
 * ({@link KeyRun}) as {@code percept verify --deductive}; it is recorded in
 * {@code target/proofs/key-record.properties}, which {@code percept verify} shows while the sources
 * match.
 */
class KeyContractsTest {

    private static final Path PROOFS = Path.of(System.getProperty("percept.proofs.dir", "target/proofs"));

    @Test
    void everyKernelContractClosesWithinItsBudgetAndEveryWrongContractStaysOpen() throws Exception {
        long t0 = System.nanoTime();
        KeyRecord rec = KeyRun.run(KeyRecord.BY_BUILD, new KeyProver.Listener() {
            @Override
            public void loaded(int contracts, long millis) {
                System.out.printf("KeY read the sources in %d ms: %d contracts%n", millis, contracts);
            }

            @Override
            public void proved(int index, int total, KeyProver.Outcome o) {
                System.out.printf(Locale.ROOT, "KeY %-7s %6d nodes (budget %6d, %s) %7d ms %7d ms cpu  %s%n", o.closed() ? "closed" : "OPEN",
                        o.nodes(), o.budget().steps(), o.budget().arithmetic(), o.millis(), o.cpuMillis(), o.id());
            }
        });
        System.out.printf("KeY run: %d ms in all%n", (System.nanoTime() - t0) / 1_000_000);
        rec.write(PROOFS.resolve("key-record.properties"));

        Set<String> found = rec.contracts().stream().map(KeyRecord.Entry::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = Arrays.stream(KernelContracts.values()).map(KernelContracts::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(listed, found, "KeY finds exactly the contracts KernelContracts lists (statements and budgets)");
        for (KeyRecord.Entry e : rec.contracts()) {
            assertTrue(e.closed(), "KeY left " + e.id() + " open after " + e.steps() + " of " + e.budget() + " steps");
            // A budget within 10% of the proof's size would make the proof fragile to any change of KeY's search.
            assertTrue(e.nodes() * 11L <= e.budget() * 10L, e.id() + " needs " + e.nodes() + " nodes, too close to its budget " + e.budget());
        }
        Set<String> negatives = rec.negativeControls().stream().map(KeyRecord.Entry::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Arrays.stream(NegativeControls.values()).map(NegativeControls::id).collect(Collectors.toCollection(TreeSet::new)), negatives,
                "every negative control was attempted");
        for (KeyRecord.Entry e : rec.negativeControls()) {
            assertFalse(e.closed(), "negative control closed (the harness proves false contracts): " + e.id());
        }
        assertTrue(rec.negativeControlsOpen());
        assertEquals(KeySources.fromClassPath().digest(), rec.sourcesSha256());
    }

    @Test
    void theDigestOfTheJarsSourcesIsTheDigestOfTheCheckout() {
        // The build copies the checkout's kernels, assumptions and negative controls into the jars;
        // a record is fresh exactly when the two digests agree (DeductiveEvidence).
        KeySources jar = KeySources.fromClassPath();
        KeySources checkout = KeySources.fromCheckout(Path.of("..").toAbsolutePath().normalize());
        assertEquals(jar.files().keySet(), checkout.files().keySet());
        assertEquals(jar.digest(), checkout.digest());
        List<String> kernels = jar.files().keySet().stream().filter(k -> k.startsWith(KeySources.KERNELS)).toList();
        assertTrue(kernels.contains("kernels/dev/percept/spec/kernels/TieRule.java"), kernels.toString());
        assertTrue(jar.files().containsKey("boot/java/math/BigInteger.java"));
    }
}
