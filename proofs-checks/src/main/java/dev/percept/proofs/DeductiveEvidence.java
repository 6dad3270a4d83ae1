package dev.percept.proofs;

import dev.percept.check.Progress;
import dev.percept.spec.Claim;
import dev.percept.spec.Claims;
import dev.percept.spec.KernelUse;
import dev.percept.verify.Checkout;
import dev.percept.verify.ClaimResult;
import dev.percept.verify.Evidence;
import dev.percept.verify.EvidenceSource;
import dev.percept.verify.RunOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Evidence kind {@code deductive}: the KeY proofs of the JML kernels, listed under a claim exactly
 * when that claim's exact check executed the kernel ({@link KernelUse}, measured in this very run).
 * Each listed contract comes with the statement it proves ({@link KernelContracts}) and the reason it
 * matters to the claim (the role of the site that executed it). The claim's deductive evidence holds
 * iff every listed contract closed and every negative control stayed open.
 *
 * <p>Where the proofs come from follows {@link RunOptions#deductive()}: the record of an earlier run
 * ({@link KeyRecord}, by the build or by a live run) while its {@link KeySources#digest} matches the
 * sources in the checkout next to the jar, or a live run of KeY on the sources inside the jar (the
 * very sources the kernels were compiled from), started in the background when the ledger prepares
 * its sources, and then recorded.
 */
public final class DeductiveEvidence implements EvidenceSource {

    /** System property naming the record file to read and write instead of the one next to the jar. */
    public static final String RECORD_PROPERTY = "percept.key.record";

    private final Path record;
    private final Path checkout;
    private KeyRecord recorded;
    private String noteShort;
    private String note;
    private FutureTask<KeyRecord> live;

    /** The evidence of the checkout holding this class (or the record named by {@value #RECORD_PROPERTY}). */
    public DeductiveEvidence() {
        this(recordOf(checkoutRoot()), checkoutRoot());
    }

    /**
     * @param record the record file to read and write, or {@code null} if it cannot be located
     * @param checkout the checkout whose sources a record must match, or {@code null} if unknown
     */
    DeductiveEvidence(Path record, Path checkout) {
        this.record = record;
        this.checkout = checkout;
    }

    private static Path recordOf(Path checkout) {
        String override = System.getProperty(RECORD_PROPERTY);
        return override != null ? Path.of(override) : checkout == null ? null : checkout.resolve(KeyRecord.RELATIVE_PATH);
    }

    @Override
    public String name() {
        return "deductive proofs (KeY)";
    }

    @Override
    public int rank() {
        return 150;
    }

    /** Reads the record, decides whether it is fresh, and starts a live run when the options call for one. */
    @Override
    public void prepare(RunOptions options) {
        recorded = null;
        live = null;
        noteShort = null;
        note = null;
        if (options.deductive() != RunOptions.Mode.LIVE) {
            readRecord();
        }
        if (recorded == null && options.deductive() != RunOptions.Mode.RECORDED) {
            live = new FutureTask<>(() -> KeyRun.run(KeyRecord.BY_LIVE_RUN, new ProgressLines(options)));
            Thread t = new Thread(live, "percept-key");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Sets {@link #recorded} to the record if it matches the checkout's sources, else a note saying why not. */
    private void readRecord() {
        KeyRecord r;
        try {
            r = record == null ? null : KeyRecord.read(record);
        } catch (RuntimeException e) {
            noteShort = "deductive: KeY record unreadable";
            note = "the KeY record " + record + " cannot be read (" + e.getMessage() + "); deductive evidence omitted";
            return;
        }
        if (r == null) {
            noteShort = "deductive: no KeY run recorded";
            note = "no recorded KeY run next to this jar (mvn verify or a live run writes " + KeyRecord.RELATIVE_PATH + "); deductive evidence omitted";
            return;
        }
        KeySources now = checkout == null ? null : KeySources.fromCheckout(checkout);
        if (now == null) {
            noteShort = "deductive: KeY record stale";
            note = "the kernel sources the KeY record (" + r.date() + ") was made from are not next to this jar, so it cannot be checked; deductive evidence omitted";
            return;
        }
        if (!now.digest().equals(r.sourcesSha256())) {
            noteShort = "deductive: KeY record stale";
            note = "the recorded KeY run (" + r.date() + ") proved other sources than the current kernels, assumptions and negative controls; deductive evidence omitted";
            return;
        }
        recorded = r;
    }

    @Override
    public List<ClaimResult> run(Progress progress, RunOptions options, List<ClaimResult> earlier) {
        if (live == null && recorded == null && noteShort == null) {
            prepare(options); // run without prepare (a caller outside the ledger)
        }
        KeyRecord rec = recorded;
        String failure = null;
        if (live != null) {
            try {
                rec = live.get();
                if (record != null && checkout != null) {
                    rec.write(record);
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                failure = "the live KeY run failed: " + cause;
                noteShort = "deductive: KeY run failed";
                note = failure + "; deductive evidence omitted";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                noteShort = "deductive: KeY run interrupted";
                note = "the live KeY run was interrupted; deductive evidence omitted";
            }
        }
        Map<String, Set<KernelUse.Site>> sitesByClaim = new LinkedHashMap<>();
        for (ClaimResult r : earlier) {
            if (!r.sites().isEmpty()) {
                sitesByClaim.computeIfAbsent(r.claim().id(), k -> EnumSet.noneOf(KernelUse.Site.class)).addAll(r.sites());
            }
        }
        List<ClaimResult> out = new ArrayList<>();
        for (Claim c : Claims.all()) {
            Set<KernelUse.Site> sites = sitesByClaim.get(c.id());
            if (sites == null) {
                continue; // the claim's check executed no proved kernel: nothing deductive to list
            }
            if (rec == null) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("source", "no KeY run");
                d.put("note", note);
                d.put("kernelsExecuted", contractsOf(sites).keySet());
                out.add(ClaimResult.note(c, new Evidence("deductive", "KeY", noteShort, d)));
            } else {
                out.add(evidence(c, sites, rec));
            }
        }
        return out;
    }

    /** The contracts the sites execute, each with the roles of the sites that execute it, in contract order. */
    private static Map<String, List<String>> contractsOf(Set<KernelUse.Site> sites) {
        Map<String, List<String>> m = new TreeMap<>();
        for (KernelUse.Site s : sites) {
            for (String id : s.contracts()) {
                m.computeIfAbsent(id, k -> new ArrayList<>()).add(s.role());
            }
        }
        return m;
    }

    /** The deductive evidence of one claim from a KeY run. */
    static ClaimResult evidence(Claim claim, Set<KernelUse.Site> sites, KeyRecord rec) {
        Map<String, List<String>> contracts = contractsOf(sites);
        List<Map<String, Object>> entries = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int closed = 0;
        String firstOpen = null;
        for (Map.Entry<String, List<String>> e : contracts.entrySet()) {
            KeyRecord.Entry k = rec.contract(e.getKey());
            KernelContracts kc = KernelContracts.byId(e.getKey()).orElse(null);
            String statement = kc == null ? "(not a listed kernel contract)" : kc.statement();
            boolean ok = k != null && k.closed() && kc != null;
            closed += ok ? 1 : 0;
            if (!ok && firstOpen == null) {
                firstOpen = e.getKey() + (k == null ? " is not in the KeY run" : kc == null ? " is not listed" : " stayed open ("
                        + k.nodes() + " nodes, budget " + k.budget() + " steps)");
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("contract", e.getKey());
            m.put("closed", ok);
            m.put("statement", statement);
            m.put("route", kc == null ? "?" : kc.route().description());
            m.put("executedBy", e.getValue());
            if (k != null) {
                m.put("nodes", k.nodes());
                m.put("budgetSteps", k.budget());
                m.put("arithmetic", k.arithmetic());
                m.put("millis", k.millis());
                m.put("cpuMillis", k.cpuMillis());
            }
            entries.add(m);
            lines.add((ok ? "closed " : "OPEN ") + e.getKey() + (k == null ? "" : " (" + k.nodes() + " nodes of " + k.budget() + ", "
                    + seconds(k.millis()) + "; " + (kc == null ? "?" : kc.route() == KernelContracts.Route.INTEGER ? "int/long kernel" : "BigInteger kernel")
                    + "): ") + statement);
            lines.add("  executed by: " + String.join("; ", e.getValue()));
        }
        boolean negOk = rec.negativeControlsOpen();
        boolean holds = negOk && closed == contracts.size();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("source", rec.by());
        d.put("date", rec.date());
        d.put("intRules", "javaSemantics (overflow checked)");
        d.put("contracts", entries);
        d.put("allKernelContracts", rec.closed() + " of " + rec.contracts().size() + " closed");
        d.put("negativeControlsOpen", rec.negativeControls().stream().filter(n -> !n.closed()).count() + " of " + rec.negativeControls().size());
        String summary = "deductive (" + rec.tool() + ", " + when(rec) + ": " + closed + " of " + contracts.size()
                + (contracts.size() == 1 ? " contract" : " contracts") + " closed; " + (negOk ? rec.negativeControls().size() + " negative controls open"
                        : "a NEGATIVE CONTROL CLOSED") + ")";
        String counter = holds ? null : "KeY: " + (negOk ? firstOpen : "a negative control closed, so the run proves false statements");
        return new ClaimResult(claim, holds, 0, new Evidence("deductive", rec.tool(), summary, d, lines), counter);
    }

    /** {@code run 2026-11-30 11:08 UTC} (live) or {@code build run ...} (the build's record). */
    private static String when(KeyRecord rec) {
        String d = rec.date();
        String at = d.length() >= 16 ? d.substring(0, 10) + " " + d.substring(11, 16) + " UTC" : d;
        return (rec.by().equals(KeyRecord.BY_BUILD) ? "build run " : "run ") + at;
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** The checkout this class was loaded from ({@link Checkout}), or {@code null}. */
    static Path checkoutRoot() {
        return Checkout.of(DeductiveEvidence.class);
    }

    /** Progress of a live run, one line per contract, through {@link RunOptions#log}. */
    private static final class ProgressLines implements KeyProver.Listener {
        private final RunOptions options;

        ProgressLines(RunOptions options) {
            this.options = options;
        }

        @Override
        public void loaded(int contracts, long millis) {
            options.log("KeY: read the kernels in " + seconds(millis) + "; proving " + contracts + " contracts (budgets in steps, not seconds)");
        }

        @Override
        public void proved(int index, int total, KeyProver.Outcome o) {
            boolean negative = o.className().startsWith("neg.");
            String verdict = negative ? (o.closed() ? "CLOSED (negative control!)" : "open (negative control, as it must)") : o.closed() ? "closed" : "OPEN";
            options.log(String.format(Locale.ROOT, "KeY %2d/%d %s %s (%d nodes, %s)", index, total, o.id(), verdict, o.nodes(), seconds(o.millis())));
        }
    }
}
