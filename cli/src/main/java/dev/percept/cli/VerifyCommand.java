package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.verify.ClaimResult;
import dev.percept.verify.ContractReport;
import dev.percept.verify.Ledger;
import dev.percept.verify.PropertyRecord;
import dev.percept.verify.RunOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code percept verify}: run every implemented claim on built-in instances, with every kind of
 * evidence, and print the ledger (spec/evidence.md).
 */
@Command(name = "verify", header = "Check every claim on built-in instances and print the ledger.",
        mixinStandardHelpOptions = true,
        description = {"Check every claim percept implements on built-in instances (deterministic seeds, every case, d up to 10^5) and "
                + "print the ledger:",
            "exact checks and Z3 proofs run every time; the KeY proofs of the kernels and the claim-tagged jqwik properties are taken from "
                    + "the record of an earlier run while it matches the sources, and run live (and recorded) otherwise "
                    + "(a fresh clone's first run builds the jar and runs both: KeY about 2 minutes of CPU, jqwik about 40 s; later runs: about 15 s).",
            "Exit 0 iff every claim holds; 1 with the counterexample otherwise."},
        footer = {"", "Examples:", "  percept verify", "  percept verify --deductive", "  percept verify --recorded --json ledger.json"})
public final class VerifyCommand extends PerceptCommand {

    @Mixin
    CommonOptions.Quiet quiet;

    @Option(names = "--deductive", description = "Run the KeY proofs now (about 2 minutes), even if a matching record exists.")
    boolean deductive;

    @Option(names = "--properties", description = "Run the claim-tagged jqwik properties now (about 40 s), even if a matching record exists.")
    boolean properties;

    @Option(names = "--recorded", description = "Never run KeY or jqwik: show their records only (a note replaces missing or stale evidence, "
            + "and the last line says how to bring it back).")
    boolean recorded;

    @Override
    public Integer call() {
        if (recorded && (deductive || properties)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--recorded cannot be combined with --deductive or --properties");
        }
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        Ledger ledger = Ledger.standard();
        List<Ledger.Row> rows;
        try (ProgressDisplay progress = ProgressDisplay.open(spec, quiet.quiet)) {
            // A live KeY or jqwik run reports one line per contract or property on stderr (a progress
            // bar on a terminal is cleared first), unless --quiet.
            Consumer<String> log = quiet.quiet ? line -> {
            } : line -> {
                synchronized (progress) {
                    err.printf(progress.active() ? "\r%-79s%n" : "%s%n", line);
                    err.flush();
                }
            };
            RunOptions.Mode auto = recorded ? RunOptions.Mode.RECORDED : RunOptions.Mode.RECORD_OR_LIVE;
            RunOptions options = new RunOptions(deductive ? RunOptions.Mode.LIVE : auto, properties ? RunOptions.Mode.LIVE : auto, log);
            rows = ledger.run(progress, options);
        }
        ContractReport contracts = ledger.contracts();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        boolean all = rows.stream().allMatch(Ledger.Row::holds) && (contracts == null || contracts.holds());
        String hint = hint(rows);
        PrintWriter out = out();
        json.write(out, toJson(rows, contracts, all, ms, hint));
        if (json.text()) {
            printHuman(out, rows, contracts, all, ms, hint);
        }
        out.flush();
        if (!all) {
            Ledger.Row bad = rows.stream().filter(r -> !r.holds()).findFirst().orElse(null);
            if (bad == null) {
                PropertyRecord.Run f = contracts.runs().stream().filter(r -> !r.passed()).findFirst().orElseThrow();
                throw new ClaimFailure("the contract clause " + ContractReport.clause(f) + " fails: " + f.failure());
            }
            throw new ClaimFailure(bad.claim().id() + " fails: " + bad.counterexample());
        }
        return Main.OK;
    }

    /**
     * The one line that says how to bring back evidence the ledger could not show (a note in place of
     * deductive or property evidence), or {@code null} when nothing is missing.
     */
    static String hint(List<Ledger.Row> rows) {
        Map<String, String> missing = new LinkedHashMap<>();
        for (Ledger.Row r : rows) {
            for (ClaimResult res : r.results()) {
                if (res.isNote()) {
                    missing.putIfAbsent(res.evidence().kind(), res.evidence().summary());
                }
            }
        }
        List<String> flags = new ArrayList<>();
        if (missing.containsKey("deductive")) {
            flags.add("--deductive");
        }
        if (missing.containsKey("property")) {
            flags.add("--properties");
        }
        if (flags.isEmpty()) {
            return null;
        }
        return "missing evidence (" + String.join("; ", missing.values()) + "): run `percept verify " + String.join(" ", flags)
                + "` to produce it (KeY about 2 minutes, jqwik about 40 s)";
    }

    static ObjectNode toJson(List<Ledger.Row> rows, ContractReport contracts, boolean all, long ms, String hint) {
        ObjectNode o = Json.object();
        ArrayNode cs = o.putArray("claims");
        for (Ledger.Row r : rows) {
            ObjectNode c = cs.addObject();
            c.put("id", r.claim().id());
            c.put("statement", r.claim().statement());
            c.put("source", r.claim().source().tag());
            c.put("holds", r.holds());
            c.put("instances", r.instances());
            ArrayNode ev = c.putArray("evidence");
            ArrayNode details = c.putArray("evidenceDetails");
            List<String> kinds = new ArrayList<>();
            for (ClaimResult res : r.results()) {
                if (!res.isNote() && !kinds.contains(res.evidence().kind())) {
                    kinds.add(res.evidence().kind());
                    ev.add(res.evidence().kind());
                }
                ObjectNode d = details.addObject();
                d.put("kind", res.evidence().kind());
                d.put("tool", res.evidence().tool());
                d.put("summary", res.evidence().summary());
                if (res.isNote()) {
                    // Not evidence (e.g. no recorded run): says why the kind is missing, holds nothing.
                    d.put("omitted", true);
                } else {
                    d.put("holds", res.holds());
                }
                for (Map.Entry<String, Object> e : res.evidence().details().entrySet()) {
                    d.set(e.getKey(), Json.MAPPER.valueToTree(e.getValue()));
                }
            }
            if (r.counterexample() != null) {
                c.put("counterexample", r.counterexample());
            }
        }
        if (contracts != null) {
            ObjectNode k = o.putObject("contracts");
            k.put("summary", contracts.summary());
            k.put("holds", contracts.holds());
            k.put("tool", contracts.tool());
            k.put("source", contracts.source());
            k.put("date", contracts.date());
            k.put("tries", contracts.tries());
            ArrayNode cl = k.putArray("clauses");
            for (PropertyRecord.Run r : contracts.runs()) {
                ObjectNode c = cl.addObject();
                c.put("clause", ContractReport.clause(r));
                c.put("checkedBy", "property " + r.label());
                c.put("proved", false);
                c.put("tries", r.tries());
                c.put("status", r.status());
                if (!r.passed() && r.failure() != null) {
                    c.put("failure", r.failure());
                }
            }
        }
        o.put("allHold", all);
        o.put("millis", ms);
        if (hint != null) {
            o.put("hint", hint);
        }
        return o;
    }

    /**
     * The human ledger: one line per claim (id, source, result, exact instances, statement), then
     * each piece of evidence on its own indented line (with its further lines below it, e.g. one per
     * proved contract), then the counterexample if any; then the exact API's contracts; at the end
     * the verdict and, when evidence is missing, the one line that says how to bring it back.
     */
    private static void printHuman(PrintWriter out, List<Ledger.Row> rows, ContractReport contracts, boolean all, long ms, String hint) {
        // The source column is as wide as the longest source tag (spec/claims.md, "Sources").
        int w = java.util.Arrays.stream(dev.percept.spec.Source.values()).mapToInt(x -> x.tag().length()).max().orElse(6);
        String indent = " ".repeat(6 + 1 + w + 1 + 7 + 1 + 9 + 1);
        out.printf("%-6s %-" + w + "s %-7s %-9s %s%n", "claim", "source", "result", "instances", "statement / evidence");
        for (Ledger.Row r : rows) {
            out.printf("%-6s %-" + w + "s %-7s %-9d %s%n", r.claim().id(), r.claim().source().tag(), r.holds() ? "holds" : "FAILS",
                    r.instances(), r.claim().statement());
            for (ClaimResult res : r.results()) {
                out.printf("%s%s%s%n", indent, res.holds() ? "" : "FAILS: ", res.evidence().summary());
                for (String line : res.evidence().lines()) {
                    out.printf("%s  %s%n", indent, line);
                }
            }
            if (r.counterexample() != null) {
                out.printf("%scounterexample: %s%n", indent, r.counterexample());
            }
        }
        if (contracts != null) {
            out.printf("%n%s%n", contracts.summary());
            for (PropertyRecord.Run r : contracts.runs()) {
                if (!r.passed()) {
                    out.printf("  FAILS: %s (property %s): %s%n", ContractReport.clause(r), r.label(), r.failure());
                }
            }
        }
        out.printf("%n%s: %d of %d claims hold (%d ms)%n", all ? "ALL HOLD" : "FAILED", rows.stream().filter(Ledger.Row::holds).count(),
                rows.size(), ms);
        if (hint != null) {
            out.println(hint);
        }
    }
}
