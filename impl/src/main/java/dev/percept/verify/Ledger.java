package dev.percept.verify;

import dev.percept.check.Progress;
import dev.percept.spec.Claim;
import dev.percept.spec.Claims;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The claim ledger behind {@code percept verify}: runs every evidence source and groups the
 * results by claim, in the order of {@link Claims#all()}.
 */
public final class Ledger {

    /** One claim's row: all evidence for it and the combined verdict. */
    public static final class Row {
        private final Claim claim;
        private final List<ClaimResult> results;

        Row(Claim claim, List<ClaimResult> results) {
            this.claim = claim;
            this.results = List.copyOf(results);
        }

        /** @return the claim */
        public Claim claim() {
            return claim;
        }

        /** @return every result for this claim, one per evidence source */
        public List<ClaimResult> results() {
            return results;
        }

        /** @return {@code true} iff there is evidence (notes are none) and all of it holds */
        public boolean holds() {
            return results.stream().anyMatch(r -> !r.isNote()) && results.stream().allMatch(ClaimResult::holds);
        }

        /**
         * @return the number of exact instances checked for this claim (evidence kind {@code exact}
         *     only: proofs, contracts and property tries are counted in their own lines)
         */
        public int instances() {
            return results.stream().filter(r -> !r.isNote() && r.evidence().kind().equals("exact")).mapToInt(ClaimResult::instances).sum();
        }

        /** @return the first counterexample, or {@code null} */
        public String counterexample() {
            return results.stream().map(ClaimResult::counterexample).filter(c -> c != null).findFirst().orElse(null);
        }
    }

    private final List<EvidenceSource> sources;

    /** A ledger over the given sources. */
    public Ledger(List<EvidenceSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /**
     * The standard ledger: every evidence source registered with {@link ServiceLoader} (the exact
     * suites of this module, the proofs module's symbolic and deductive evidence) and the property
     * evidence ({@link PropertyEvidence}: the recorded jqwik run, or a live one through the
     * properties module's {@link PropertyRunner}), ordered by {@link EvidenceSource#rank()} and name.
     */
    public static Ledger standard() {
        List<EvidenceSource> s = new ArrayList<>();
        for (EvidenceSource src : ServiceLoader.load(EvidenceSource.class)) {
            s.add(src);
        }
        s.add(PropertyEvidence.standard());
        s.sort(Comparator.comparingInt(EvidenceSource::rank).thenComparing(EvidenceSource::name));
        return new Ledger(s);
    }

    /**
     * The exact API's JML contracts as checked by the property run of the last {@link #run} (from
     * its {@link PropertyEvidence}), or {@code null} when there is none.
     */
    public ContractReport contracts() {
        for (EvidenceSource s : sources) {
            if (s instanceof PropertyEvidence p) {
                return p.contracts();
            }
        }
        return null;
    }

    /** Runs every source with recorded long-running evidence only ({@link RunOptions#RECORDED}). */
    public List<Row> run(Progress progress) {
        return run(progress, RunOptions.RECORDED);
    }

    /**
     * Runs every source, in rank order, and returns one row per claim that received evidence. Each
     * source is first {@linkplain EvidenceSource#prepare prepared} (so background work overlaps)
     * and then sees the results of the sources before it.
     */
    public List<Row> run(Progress progress, RunOptions options) {
        for (EvidenceSource src : sources) {
            src.prepare(options);
        }
        List<ClaimResult> all = new ArrayList<>();
        Map<String, List<ClaimResult>> byClaim = new LinkedHashMap<>();
        for (EvidenceSource src : sources) {
            for (ClaimResult r : src.run(progress, options, List.copyOf(all))) {
                all.add(r);
                byClaim.computeIfAbsent(r.claim().id(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Claim c : Claims.all()) {
            List<ClaimResult> rs = byClaim.get(c.id());
            if (rs != null) {
                rows.add(new Row(c, rs));
            }
        }
        return rows;
    }
}
