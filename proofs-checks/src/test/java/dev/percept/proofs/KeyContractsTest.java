package dev.percept.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * KeY proves every JML contract of the integer kernels in {@code spec} (the same source files the
 * production code runs), with overflow checking; the negative controls stay open. The run is
 * recorded in {@code target/proofs/key-record.properties}, which {@code percept verify} reports
 * with its date.
 */
class KeyContractsTest {

    private static final Path PROOFS = Path.of(System.getProperty("percept.proofs.dir", "target/proofs"));
    private static final long TIMEOUT = Long.getLong("percept.key.timeout.ms", 60_000L);

    @Test
    void everyKernelContractClosesAndEveryWrongContractStaysOpen() throws Exception {
        File kernels = new File(System.getProperty("percept.kernels.dir", "../spec/src/main/java/dev/percept/spec/kernels"));
        Path work = Files.createTempDirectory(Path.of("target"), "key-");
        Path root = KeyProver.stage(kernels, "dev/percept/spec/kernels", work.resolve("kernels"));
        long t0 = System.nanoTime();
        List<KeyProver.Outcome> proved = KeyProver.proveAll(root, work.resolve("settings"), TIMEOUT);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        File negDir = new File(getClass().getResource("/key-negative/neg").toURI());
        Path negRoot = KeyProver.stage(negDir, "neg", work.resolve("negative"));
        List<KeyProver.Outcome> negative = KeyProver.proveAll(negRoot, work.resolve("settings"), TIMEOUT);

        for (KeyProver.Outcome o : proved) {
            System.out.printf("KeY %-8s %5d nodes %6d ms %s %s%n", o.closed() ? "closed" : "OPEN", o.nodes(), o.millis(), o.arith(), o.contract());
        }
        for (KeyProver.Outcome o : negative) {
            System.out.printf("KeY negative %-8s %5d nodes %6d ms  %s%n", o.closed() ? "CLOSED" : "open", o.nodes(), o.millis(), o.contract());
        }
        record(proved, negative, ms, KernelDigest.of(kernels.toPath()));

        List<String> kernelTypes = proved.stream().map(KeyProver.Outcome::type).distinct().sorted().collect(Collectors.toList());
        assertEquals(List.of("ActivationPatterns", "IntegerKernels", "Permutations", "Prop41Kernel", "TieRule"),
                kernelTypes.stream().map(t -> t.substring(t.lastIndexOf('.') + 1)).collect(Collectors.toList()),
                "every kernel class has contracts KeY found");
        for (KeyProver.Outcome o : proved) {
            assertTrue(o.closed(), "KeY left " + o.openGoals() + " goals open in " + o.contract());
        }
        assertEquals(2, negative.size(), "both negative controls were attempted");
        for (KeyProver.Outcome o : negative) {
            assertFalse(o.closed(), "negative control closed (the harness proves false contracts): " + o.contract());
        }
    }

    private static void record(List<KeyProver.Outcome> proved, List<KeyProver.Outcome> negative, long ms, String digest) throws Exception {
        Files.createDirectories(PROOFS);
        Properties p = new Properties();
        p.setProperty("tool", "KeY " + KeyVersion.VERSION);
        p.setProperty("date", Instant.now().toString());
        p.setProperty("intRules", "javaSemantics");
        p.setProperty("kernelsSha256", digest);
        p.setProperty("timeoutMillisPerProof", Long.toString(TIMEOUT));
        p.setProperty("maxStepsPerProof", Integer.toString(KeyProver.MAX_STEPS));
        p.setProperty("millis", Long.toString(ms));
        p.setProperty("contracts", Integer.toString(proved.size()));
        p.setProperty("closed", Long.toString(proved.stream().filter(KeyProver.Outcome::closed).count()));
        p.setProperty("negativeControls", Integer.toString(negative.size()));
        p.setProperty("negativeControlsOpen", Long.toString(negative.stream().filter(o -> !o.closed()).count()));
        for (int i = 0; i < proved.size(); i++) {
            KeyProver.Outcome o = proved.get(i);
            p.setProperty("contract." + i, (o.closed() ? "closed " : "open ") + o.nodes() + " nodes " + o.millis() + " ms " + o.arith() + " " + o.contract());
        }
        try (var w = Files.newBufferedWriter(PROOFS.resolve("key-record.properties"))) {
            p.store(w, "KeY run of the spec kernels' JML contracts (written by KeyContractsTest)");
        }
    }
}
