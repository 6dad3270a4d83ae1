package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.verify.ClaimResult;
import dev.percept.verify.Ledger;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code percept verify}: run every implemented claim on built-in instances and print the ledger. */
@Command(name = "verify", header = "Check every claim on built-in instances and print the ledger.",
        mixinStandardHelpOptions = true,
        description = {"Check every claim percept implements on built-in instances (deterministic seeds, every case, d up to 10^5) and "
                + "print the ledger.",
            "Exit 0 iff every claim holds; 1 with the counterexample otherwise."},
        footer = {"", "Examples:", "  percept verify", "  percept verify --json ledger.json"})
public final class VerifyCommand extends PerceptCommand {

    @Mixin
    CommonOptions.Quiet quiet;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        List<Ledger.Row> rows;
        try (ProgressDisplay progress = ProgressDisplay.open(spec, quiet.quiet)) {
            rows = Ledger.standard().run(progress);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        boolean all = rows.stream().allMatch(Ledger.Row::holds);
        PrintWriter out = out();
        json.write(out, toJson(rows, all, ms));
        if (json.text()) {
            printHuman(out, rows, all, ms);
        }
        out.flush();
        if (!all) {
            Ledger.Row bad = rows.stream().filter(r -> !r.holds()).findFirst().orElseThrow();
            throw new ClaimFailure(bad.claim().id() + " fails: " + bad.counterexample());
        }
        return Main.OK;
    }

    static ObjectNode toJson(List<Ledger.Row> rows, boolean all, long ms) {
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
        o.put("allHold", all);
        o.put("millis", ms);
        return o;
    }

    /**
     * The human ledger: one line per claim (id, source, result, instances, statement), then each
     * piece of evidence on its own indented line, then the counterexample if any.
     */
    private static void printHuman(PrintWriter out, List<Ledger.Row> rows, boolean all, long ms) {
        // The source column is as wide as the longest source tag (spec/claims.md, "Sources").
        int w = java.util.Arrays.stream(dev.percept.spec.Source.values()).mapToInt(x -> x.tag().length()).max().orElse(6);
        String indent = " ".repeat(6 + 1 + w + 1 + 7 + 1 + 9 + 1);
        out.printf("%-6s %-" + w + "s %-7s %-9s %s%n", "claim", "source", "result", "instances", "statement / evidence");
        for (Ledger.Row r : rows) {
            out.printf("%-6s %-" + w + "s %-7s %-9d %s%n", r.claim().id(), r.claim().source().tag(), r.holds() ? "holds" : "FAILS",
                    r.instances(), r.claim().statement());
            for (ClaimResult res : r.results()) {
                out.printf("%s%s%s%n", indent, res.holds() ? "" : "FAILS: ", res.evidence().summary());
            }
            if (r.counterexample() != null) {
                out.printf("%scounterexample: %s%n", indent, r.counterexample());
            }
        }
        out.printf("%n%s: %d of %d claims hold (%d ms)%n", all ? "ALL HOLD" : "FAILED", rows.stream().filter(Ledger.Row::holds).count(),
                rows.size(), ms);
    }
}
