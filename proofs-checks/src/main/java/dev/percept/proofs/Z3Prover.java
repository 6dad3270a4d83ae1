package dev.percept.proofs;

import com.microsoft.z3.Context;
import com.microsoft.z3.Model;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import com.microsoft.z3.Version;
import dev.percept.exact.Rational;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides each {@link Obligation} with Z3 over the reals (the negation of the goal under the
 * hypotheses must be {@code unsat}; {@code unknown} is a failure) and confirms it independently:
 * identities by percept's polynomial normal form, inequalities on exact rational instances. A
 * negative control passes when both refute it ({@code sat} with a model, a nonzero residue or a
 * failing instance).
 */
public final class Z3Prover {

    /** Result of one obligation. */
    public record Result(Obligation obligation, Status z3, boolean independent, String independentKind, int instances,
            String detail, long micros, String smtFile) {
        /** @return whether the outcome is the expected one (proved for true claims, refuted for false ones) */
        public boolean asExpected() {
            if (obligation.attempt) {
                return z3 != Status.SATISFIABLE;
            }
            if (obligation.expectTrue) {
                return z3 == Status.UNSATISFIABLE && independent;
            }
            return z3 == Status.SATISFIABLE && !independent;
        }
    }

    private Z3Prover() {
    }

    /** @return the Z3 version string, e.g. {@code 4.14.1} */
    public static String version() {
        return Version.getMajor() + "." + Version.getMinor() + "." + Version.getBuild();
    }

    /**
     * Proves every obligation.
     *
     * @param smtDir where each query is written as SMT-LIB 2 ({@code null}: not written)
     */
    public static List<Result> run(List<Obligation> obligations, Path smtDir) {
        List<Result> out = new ArrayList<>();
        Map<String, String> cfg = new HashMap<>();
        cfg.put("model", "true");
        try (Context ctx = new Context(cfg)) {
            int i = 0;
            for (Obligation ob : obligations) {
                long t0 = System.nanoTime();
                Solver s = ctx.mkSolver();
                if (ob.timeoutMillis > 0) {
                    com.microsoft.z3.Params params = ctx.mkParams();
                    params.add("timeout", ob.timeoutMillis);
                    s.setParameters(params);
                }
                s.add(ob.hypotheses(ctx));
                s.add(ctx.mkNot(ob.goal(ctx)));
                Status st = s.check();
                String model = st == Status.SATISFIABLE ? String.valueOf(s.getModel()).replace('\n', ' ') : "";
                String file = null;
                if (smtDir != null) {
                    file = String.format("%02d-%s-%s.smt2", i, ob.claim, ob.expectTrue ? "proof" : "negative");
                    write(smtDir.resolve(file), "; Z3 " + Version.getFullVersion() + "\n; " + ob + "\n; expected: "
                            + (ob.expectTrue ? "unsat (the negated goal has no model)" : "sat (false variant)") + ", got: " + st + "\n"
                            + s.toString() + "(check-sat)\n");
                }
                boolean indep;
                String kind;
                int n = 0;
                String detail;
                if (ob.attempt) {
                    indep = true;
                    kind = "attempt";
                    detail = st == Status.UNKNOWN ? "unknown (" + s.getReasonUnknown() + ", limit " + ob.timeoutMillis + " ms)" : String.valueOf(st);
                } else if (ob.isIdentity()) {
                    List<MPoly> res = ob.residues();
                    indep = res.stream().allMatch(MPoly::isZero);
                    kind = "polynomial identity";
                    detail = indep ? res.size() + " residues reduce to 0"
                            : "nonzero residue " + res.stream().filter(x -> !x.isZero()).findFirst().orElseThrow();
                } else {
                    int[] counts = instances(ob);
                    n = counts[0];
                    // No instance satisfies the assumptions: no evidence either way (fails both a proof and a negative control).
                    indep = counts[0] == 0 ? !ob.expectTrue : counts[1] == 0;
                    kind = "exact";
                    detail = counts[1] + " of " + n + " instances fail";
                }
                long us = (System.nanoTime() - t0) / 1000;
                out.add(new Result(ob, st, indep, kind, n, detail + (model.isEmpty() ? "" : "; z3 model " + model), us, file));
                i++;
            }
        }
        return out;
    }

    /**
     * Evaluates an inequality goal (or its squared form) on the obligation's own points if it has
     * any, else on a grid of exact (s, p), and t when the obligation asks for it
     * ({@link Obligation#overT()}, t over the values of s), keeping the points that satisfy the
     * assumptions; {total, failures}.
     */
    private static int[] instances(Obligation ob) {
        Cond goal = ob.squared != null ? ob.squared : ob.inequality;
        if (!ob.roots.isEmpty() && ob.squared == null) {
            throw new IllegalStateException("inequality with square roots needs a squared form: " + ob);
        }
        List<Map<String, Rational>> points = ob.points;
        if (points.isEmpty()) {
            points = new ArrayList<>();
            for (int sn = 0; sn <= 12; sn++) {
                for (int den = 1; den <= 3; den++) {
                    for (int pn = -14; pn <= 14; pn++) {
                        for (int tn = 0; tn <= (ob.gridOverT ? 12 : 0); tn++) {
                            Map<String, Rational> at = new HashMap<>();
                            at.put("s", Rational.of(sn, den));
                            at.put("p", Rational.of(pn, den));
                            if (ob.gridOverT) {
                                at.put("t", Rational.of(tn, den));
                            }
                            points.add(at);
                        }
                    }
                }
            }
        }
        int total = 0;
        int fail = 0;
        for (Map<String, Rational> at : points) {
            if (!ob.assumptions.stream().allMatch(a -> a.holdsAt(at))) {
                continue;
            }
            total++;
            if (!goal.holdsAt(at)) {
                fail++;
            }
        }
        return new int[] {total, fail};
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
