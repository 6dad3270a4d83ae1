package dev.percept.proofs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One complete KeY run, the same in the build ({@code KeyContractsTest}) and live in
 * {@code percept verify}: the kernel sources, the negative controls and the BigInteger assumptions
 * are taken from the class path ({@link KeySources}), written to a scratch directory together with
 * KeY's own library stubs (the assumptions replace KeY's stub of {@code java.math.BigInteger}), and
 * every contract is proved with its budget ({@link KernelContracts}, {@link NegativeControls}).
 */
public final class KeyRun {

    /** Budget of a contract that is in neither registry (the test fails on such a contract anyway). */
    static final KeyBudget UNLISTED = new KeyBudget(20_000, KeyBudget.Arithmetic.DEFINED_OPS);

    /** Where KeY keeps its library stubs, inside its jar. */
    private static final String KEY_LIBRARY = "de/uka/ilkd/key/java/JavaRedux/";

    private KeyRun() {
    }

    /**
     * Proves every kernel contract and every negative control.
     *
     * @param by who runs it ({@link KeyRecord#BY_BUILD} or {@link KeyRecord#BY_LIVE_RUN})
     * @param listener progress receiver (one call per contract)
     * @return the record of the run (not yet written anywhere)
     */
    public static KeyRecord run(String by, KeyProver.Listener listener) throws Exception {
        KeySources sources = KeySources.fromClassPath();
        Path work = Files.createTempDirectory("percept-key-");
        try {
            Path root = sources.stage(KeySources.KERNELS, work.resolve("src"));
            sources.stage(KeySources.NEGATIVE, root);
            Path boot = work.resolve("boot");
            KeySources.resources(de.uka.ilkd.key.java.Recoder2KeY.class, KEY_LIBRARY, (name, bytes) -> {
                try {
                    Path f = boot.resolve(name);
                    Files.createDirectories(f.getParent());
                    Files.write(f, bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (!Files.isRegularFile(boot.resolve("java/lang/Object.java"))) {
                throw new IllegalStateException("KeY's library stubs (" + KEY_LIBRARY + ") are not on the class path");
            }
            sources.stage(KeySources.BOOT, boot);
            KeyProver.Run run = KeyProver.proveAll(root, boot, work.resolve("settings"), KeyRun::budget, listener);
            List<KeyRecord.Entry> contracts = new ArrayList<>();
            List<KeyRecord.Entry> negative = new ArrayList<>();
            for (KeyProver.Outcome o : run.outcomes()) {
                (o.className().startsWith("neg.") ? negative : contracts).add(KeyRecord.Entry.of(o));
            }
            return new KeyRecord("KeY " + KeyVersion.VERSION, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), by, sources.digest(),
                    run.loadMillis(), contracts, negative);
        } finally {
            deleteTree(work);
        }
    }

    /** The budget of contract {@code id}: from its registry, or {@link #UNLISTED}. */
    static KeyBudget budget(String id) {
        return KernelContracts.byId(id).map(KernelContracts::budget)
                .orElseGet(() -> NegativeControls.byId(id).map(n -> NegativeControls.BUDGET).orElse(UNLISTED));
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A scratch directory left behind in the temporary directory is harmless.
        }
    }
}
