package dev.percept.proofs;

import dev.percept.check.Progress;
import dev.percept.spec.Claims;
import dev.percept.verify.Checkout;
import dev.percept.verify.ClaimResult;
import dev.percept.verify.Evidence;
import dev.percept.verify.EvidenceSource;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Evidence for {@code percept verify} from the proofs module: the dimension-free Z3 proofs are run
 * live (with their false variants), the polynomial normal forms and exact instances too; the KeY
 * proofs of the JML kernels are reported from the build's recorded run
 * ({@code proofs-checks/target/proofs/key-record.properties}, written by {@code mvn verify}), with
 * its date, and only when that record exists.
 */
public final class ProofsEvidence implements EvidenceSource {

    /**
     * The KeY-proved kernels each claim's computation calls: the case and multiplicity bookkeeping
     * of Proposition 4.1 and the permutation check (bijection and inverse, for every P given as a
     * permutation); the tie rule omega of every perceptron step (R1, R2 and the exact runs of M1);
     * the activation pattern of the two-layer models (R2). P41.G calls none of them.
     */
    private static final Map<String, List<String>> KERNELS_BY_CLAIM = kernelsByClaim();

    private static Map<String, List<String>> kernelsByClaim() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String c : List.of("P41.1", "P41.2", "P41.3", "P41.4")) {
            m.put(c, List.of("Prop41Kernel", "Permutations"));
        }
        m.put("R1", List.of("TieRule"));
        m.put("R2", List.of("TieRule", "ActivationPatterns"));
        m.put("M1", List.of("TieRule"));
        return m;
    }

    @Override
    public String name() {
        return "symbolic and deductive proofs";
    }

    @Override
    public List<ClaimResult> run(Progress progress) {
        List<Obligation> obs = new ArrayList<>(DimensionFree.all());
        obs.addAll(MainBoundObligations.all());
        progress.update(name(), 0, obs.size());
        List<Z3Prover.Result> results = Z3Prover.run(obs, null);
        progress.update(name(), obs.size(), obs.size());
        String z3 = "z3 " + Z3Prover.version();
        Map<String, List<Z3Prover.Result>> byClaim = new LinkedHashMap<>();
        for (Z3Prover.Result r : results) {
            byClaim.computeIfAbsent(r.obligation().claim, k -> new ArrayList<>()).add(r);
        }
        Properties key = keyRecord();
        String keyNote = null;
        String keyShort = null;
        if (key == null) {
            keyShort = "deductive: no KeY run recorded";
            keyNote = "no recorded KeY run next to this jar (mvn verify writes proofs-checks/target/proofs/key-record.properties); deductive evidence omitted";
        } else {
            String now = currentKernelDigest();
            if (now != null && !now.equals(key.getProperty("kernelsSha256"))) {
                keyShort = "deductive: KeY record stale";
                keyNote = "the recorded KeY run (" + key.getProperty("date") + ") is for other kernel sources than the current ones; deductive evidence omitted";
                key = null;
            }
        }
        List<ClaimResult> out = new ArrayList<>();
        for (Map.Entry<String, List<Z3Prover.Result>> e : byClaim.entrySet()) {
            List<Z3Prover.Result> rs = e.getValue();
            String bad = rs.stream().filter(r -> !r.asExpected()).map(r -> r.obligation() + ": z3 " + r.z3() + ", " + r.detail())
                    .findFirst().orElse(null);
            List<Z3Prover.Result> attempts = rs.stream().filter(r -> r.obligation().attempt).toList();
            long proofs = rs.stream().filter(r -> r.obligation().expectTrue && !r.obligation().attempt).count();
            long negatives = rs.stream().filter(r -> !r.obligation().expectTrue).count();
            long micros = rs.stream().mapToLong(Z3Prover.Result::micros).sum();
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("proved", proofs);
            d.put("falseVariantsRefuted", negatives);
            d.put("micros", micros);
            d.put("statements", rs.stream().map(r -> (r.obligation().attempt ? "[attempt: " + r.detail() + "] "
                    : r.obligation().expectTrue ? "" : "[negative control] ") + r.obligation().name).toList());
            // An attempt's outcome (unsat, unknown, timeout) is recorded, not required; only sat (a counterexample) fails it.
            boolean z3ok = rs.stream().allMatch(r -> r.obligation().attempt ? r.asExpected() : r.z3() == (r.obligation().expectTrue
                    ? com.microsoft.z3.Status.UNSATISFIABLE : com.microsoft.z3.Status.SATISFIABLE));
            String attemptNote = attempts.stream().map(r -> "; one-query attempt: " + (r.z3() == com.microsoft.z3.Status.UNSATISFIABLE ? "proved"
                    : r.z3() == com.microsoft.z3.Status.UNKNOWN ? "unknown after " + r.obligation().timeoutMillis / 1000 + " s" : "sat"))
                    .reduce("", String::concat);
            out.add(new ClaimResult(Claims.byId(e.getKey()), z3ok, (int) proofs,
                    new Evidence("symbolic", z3, "symbolic (" + z3 + ", " + proofs + " proved, " + negatives
                            + (negatives == 1 ? " false variant" : " false variants") + " refuted" + attemptNote + ")", d), bad));
            List<Z3Prover.Result> ids = rs.stream().filter(r -> r.independentKind().equals("polynomial identity")).toList();
            if (!ids.isEmpty()) {
                boolean ok = ids.stream().allMatch(Z3Prover.Result::asExpected);
                long n = ids.stream().filter(r -> r.obligation().expectTrue).count();
                out.add(new ClaimResult(Claims.byId(e.getKey()), ok, (int) n, new Evidence("polynomial identity", "percept MPoly normal form",
                        "polynomial identity (" + n + ")", Map.of("identities", n, "falseVariantsNonzero", ids.size() - n)), ok ? null : bad));
            }
            List<Z3Prover.Result> inst = rs.stream().filter(r -> r.independentKind().equals("exact")).toList();
            if (!inst.isEmpty()) {
                boolean ok = inst.stream().allMatch(Z3Prover.Result::asExpected);
                int n = inst.stream().filter(r -> r.obligation().expectTrue).mapToInt(Z3Prover.Result::instances).sum();
                boolean sampled = inst.stream().anyMatch(r -> !r.obligation().points.isEmpty());
                String grid = inst.stream().anyMatch(r -> r.obligation().gridOverT) ? "(s, p, t)" : "(s, p)";
                out.add(new ClaimResult(Claims.byId(e.getKey()), ok, n, new Evidence("exact", "percept Rational",
                        sampled ? "exact (" + n + " instances of the proof's inequalities)" : "exact (" + n + " " + grid + " instances)",
                        Map.of("instances", n, "of", sampled ? "the inequality lemmas of the proof at seeded random rational points satisfying their hypotheses"
                                : "inequalities on a rational " + grid + " grid, at the points that satisfy each inequality's hypotheses")),
                        ok ? null : bad));
            }
        }
        for (Map.Entry<String, List<String>> e : KERNELS_BY_CLAIM.entrySet()) {
            if (key != null) {
                out.add(deductive(e.getKey(), e.getValue(), key));
            } else {
                // No (fresh) KeY record: say so in the claim's row, as a note rather than evidence.
                Map<String, Object> nd = new LinkedHashMap<>();
                nd.put("source", "recorded by the build (mvn verify, KeyContractsTest), not re-run by verify");
                nd.put("note", keyNote);
                out.add(ClaimResult.note(Claims.byId(e.getKey()), new Evidence("deductive", "KeY", keyShort, nd)));
            }
        }
        return out;
    }

    /**
     * The deductive evidence for a claim resting on the contracts of {@code kernels}, from the
     * recorded KeY run: holds iff every one of those contracts closed and every negative control
     * stayed open.
     */
    private static ClaimResult deductive(String claim, List<String> kernels, Properties key) {
        List<String> relevant = new ArrayList<>();
        for (String name : key.stringPropertyNames()) {
            String v = key.getProperty(name);
            if (name.startsWith("contract.") && kernels.stream().anyMatch(c -> v.contains("." + c + "::"))) {
                relevant.add(v);
            }
        }
        relevant.sort(null);
        long closed = relevant.stream().filter(v -> v.startsWith("closed ")).count();
        boolean negOk = key.getProperty("negativeControls", "0").equals(key.getProperty("negativeControlsOpen", "-1"));
        boolean ok = negOk && !relevant.isEmpty() && closed == relevant.size();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("source", "recorded by the build (mvn verify, KeyContractsTest), not re-run by verify");
        d.put("date", key.getProperty("date"));
        d.put("intRules", key.getProperty("intRules"));
        d.put("timeoutMillisPerProof", key.getProperty("timeoutMillisPerProof"));
        d.put("contracts", relevant);
        d.put("allKernelContracts", key.getProperty("closed") + " of " + key.getProperty("contracts") + " closed");
        d.put("negativeControlsOpen", key.getProperty("negativeControlsOpen") + " of " + key.getProperty("negativeControls"));
        String date = key.getProperty("date", "?");
        String when = date.length() >= 16 ? date.substring(0, 10) + " " + date.substring(11, 16) + " UTC" : date;
        String tool = key.getProperty("tool", "KeY");
        return new ClaimResult(Claims.byId(claim), ok, (int) closed, new Evidence("deductive", tool,
                "deductive (" + tool + ": " + closed + (closed == 1 ? " contract" : " contracts") + " closed, build run " + when + ")", d),
                ok ? null : "KeY: " + (negOk ? closed + " of " + relevant.size() + " kernel contracts closed" : "a negative control closed"));
    }

    /** The digest of the kernel sources in this checkout, or {@code null} if they cannot be found. */
    static String currentKernelDigest() {
        Path root = Checkout.of(ProofsEvidence.class);
        if (root == null) {
            return null;
        }
        Path dir = root.resolve("spec/src/main/java/dev/percept/spec/kernels");
        try {
            return Files.isDirectory(dir) ? KernelDigest.of(dir) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The recorded KeY run of this checkout's build ({@link Checkout}), or {@code null} if there is none. */
    static Properties keyRecord() {
        String override = System.getProperty("percept.key.record");
        Path root = Checkout.of(ProofsEvidence.class);
        Path file = override != null ? Path.of(override)
                : root == null ? null : root.resolve("proofs-checks/target/proofs/key-record.properties");
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            return null;
        }
        return p;
    }
}
