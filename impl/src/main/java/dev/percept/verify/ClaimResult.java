package dev.percept.verify;

import dev.percept.check.Check;
import dev.percept.spec.Claim;
import dev.percept.spec.KernelUse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one evidence source established about one claim: whether every check held, how many
 * instances (or proofs) it covered, the evidence kind, the first counterexample if any, and (for
 * exact checks) which KeY-proved kernels the check executed ({@link KernelUse}).
 */
public final class ClaimResult {
    private final Claim claim;
    private final boolean holds;
    private final int instances;
    private final Evidence evidence;
    private final String counterexample;
    private final boolean note;
    private final Set<KernelUse.Site> sites;

    /** Records a result. */
    public ClaimResult(Claim claim, boolean holds, int instances, Evidence evidence, String counterexample) {
        this(claim, holds, instances, evidence, counterexample, false, Set.of());
    }

    private ClaimResult(Claim claim, boolean holds, int instances, Evidence evidence, String counterexample, boolean note,
            Set<KernelUse.Site> sites) {
        this.claim = claim;
        this.holds = holds;
        this.instances = instances;
        this.evidence = evidence;
        this.counterexample = counterexample;
        this.note = note;
        this.sites = sites.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(sites));
    }

    /** @return this result, stating that its check executed the kernels of {@code executed} */
    public ClaimResult withSites(Set<KernelUse.Site> executed) {
        return new ClaimResult(claim, holds, instances, evidence, counterexample, note, executed);
    }

    /** @return the sites of KeY-proved kernels this result's check executed (empty if not measured) */
    public Set<KernelUse.Site> sites() {
        return sites;
    }

    /**
     * A note in place of evidence a source could not give (no recorded run, or a stale one): shown in
     * the ledger, but no evidence, so it neither supports nor refutes the claim.
     */
    public static ClaimResult note(Claim claim, Evidence evidence) {
        return new ClaimResult(claim, true, 0, evidence, null, true, Set.of());
    }

    /** @return whether this is a {@link #note} rather than evidence */
    public boolean isNote() {
        return note;
    }

    /**
     * Folds per-instance checks into one result per claim: an instance counts once for every claim
     * it produced checks for; the first failing check is the counterexample.
     */
    public static List<ClaimResult> fold(List<Claim> claims, List<List<Check>> perInstance, List<String> instanceNames,
            String kind, String tool) {
        return fold(claims, perInstance, instanceNames, null, kind, tool);
    }

    /**
     * As {@link #fold(List, List, List, String, String)}, with the kernel sites each instance
     * executed ({@link KernelUse#capture}): a claim's result carries the union over the instances
     * that produced checks for it.
     *
     * @param perInstanceSites the sites per instance, or {@code null} if not measured
     */
    public static List<ClaimResult> fold(List<Claim> claims, List<List<Check>> perInstance, List<String> instanceNames,
            List<Set<KernelUse.Site>> perInstanceSites, String kind, String tool) {
        List<ClaimResult> out = new ArrayList<>();
        for (Claim c : claims) {
            int n = 0;
            boolean holds = true;
            String counter = null;
            Set<KernelUse.Site> sites = EnumSet.noneOf(KernelUse.Site.class);
            for (int i = 0; i < perInstance.size(); i++) {
                boolean seen = false;
                for (Check ch : perInstance.get(i)) {
                    if (!ch.claim().equals(c.id())) {
                        continue;
                    }
                    seen = true;
                    if (!ch.holds() && holds) {
                        holds = false;
                        counter = instanceNames.get(i) + ": " + ch.name() + " fails (" + ch.detail() + ")";
                    }
                }
                if (seen) {
                    n++;
                    if (perInstanceSites != null) {
                        sites.addAll(perInstanceSites.get(i));
                    }
                }
            }
            if (n > 0) {
                Evidence e = new Evidence(kind, tool, kind + " (" + n + " instances)", java.util.Map.of("instances", n));
                out.add(new ClaimResult(c, holds, n, e, counter).withSites(sites));
            }
        }
        return out;
    }

    /** @return the claim */
    public Claim claim() {
        return claim;
    }

    /** @return whether every check held */
    public boolean holds() {
        return holds;
    }

    /** @return the number of instances or proofs */
    public int instances() {
        return instances;
    }

    /** @return the evidence */
    public Evidence evidence() {
        return evidence;
    }

    /** @return the first counterexample, or {@code null} */
    public String counterexample() {
        return counterexample;
    }
}
