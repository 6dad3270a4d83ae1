package dev.percept.proofs;

import dev.percept.check.Progress;
import dev.percept.spec.Claims;
import dev.percept.verify.ClaimResult;
import dev.percept.verify.Evidence;
import dev.percept.verify.EvidenceSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Symbolic evidence for {@code percept verify} from the proofs module: the dimension-free Z3 proofs
 * are run live (with their false variants), the polynomial normal forms and exact instances too.
 * The KeY proofs of the JML kernels are {@link DeductiveEvidence}.
 */
public final class ProofsEvidence implements EvidenceSource {

    @Override
    public String name() {
        return "symbolic proofs";
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
        return out;
    }
}
