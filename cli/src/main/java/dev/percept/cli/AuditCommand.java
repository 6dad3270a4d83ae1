package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.binary64.Binary64;
import dev.percept.audit.Audit;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.fast.FastSymmetricEigen;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code percept audit}: rigorous errors of eigenvalues another library printed for a symmetric
 * rational matrix, against the exact spectrum ({@link Audit}). With {@code --engine fast} the
 * eigenvalues are instead computed by EJML and audited (a self-audit of the fast path).
 */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Audit eigenvalues printed by another library against the exact spectrum of a symmetric rational matrix.",
            "Every error printed is a rigorous enclosure (lower and upper bounds) known to >= 3 significant digits."})
public final class AuditCommand implements Callable<Integer> {

    @Option(names = "--matrix", paramLabel = "M.csv", required = true, description = "Symmetric matrix, CSV of rationals or decimals (read exactly).")
    Path matrix;

    @Option(names = "--eigenvalues", paramLabel = "E.txt", description = "Eigenvalues to audit, one per line, any order (decimal or p/q, read exactly).")
    Path eigenvalues;

    @Option(names = "--engine", paramLabel = "exact|fast", defaultValue = "exact",
            description = "exact (default): audit the given file; fast: audit EJML's own eigenvalues of the matrix (no --eigenvalues).")
    String engine;

    @Option(names = "--tolerance", paramLabel = "T", description = "Fail (exit 1) when some absolute error is proven to exceed T.")
    String tolerance;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RationalMatrix m = Inputs.csvMatrix(matrix, "--matrix");
        if (!m.isSquare()) {
            throw new InputException("--matrix: " + matrix + ": matrix is " + m.rows() + "x" + m.cols() + ", not square");
        }
        int[] asym = m.firstAsymmetry();
        if (asym != null) {
            throw new InputException("--matrix: " + matrix + ": not symmetric: entry (" + (asym[0] + 1) + "," + (asym[1] + 1)
                    + ") = " + m.get(asym[0], asym[1]) + " but entry (" + (asym[1] + 1) + "," + (asym[0] + 1) + ") = " + m.get(asym[1], asym[0]));
        }
        Rational tol = tolerance == null ? null : Inputs.rational(tolerance, "--tolerance");
        if (tol != null && tol.signum() < 0) {
            throw new InputException("--tolerance: must be >= 0, got " + tolerance);
        }
        List<Rational> given = new ArrayList<>();
        if ("fast".equals(engine)) {
            if (eigenvalues != null) {
                throw new InputException("--engine fast computes the eigenvalues itself; drop --eigenvalues");
            }
            for (double v : FastSymmetricEigen.eigenvalues(Binary64.nearest(m))) {
                given.add(Binary64.exact(v));
            }
        } else if ("exact".equals(engine)) {
            if (eigenvalues == null) {
                throw new InputException("--eigenvalues: required with --engine exact");
            }
            List<String> lines = Inputs.lines(eigenvalues, "--eigenvalues");
            for (int ln = 0; ln < lines.size(); ln++) {
                String t = lines.get(ln).strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                given.add(Inputs.rational(t, "--eigenvalues: " + eigenvalues + ": line " + (ln + 1)));
            }
            if (given.size() != m.rows()) {
                throw new InputException("--eigenvalues: " + eigenvalues + ": expected " + m.rows() + " eigenvalues for a "
                        + m.rows() + "x" + m.rows() + " matrix, found " + given.size());
            }
        } else {
            throw new InputException("--engine: expected exact or fast, got '" + engine + "'");
        }
        Audit.Report r = Audit.run(m, given, tol);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.compact(toJson(r)));
        } else {
            printHuman(out, r);
        }
        out.flush();
        if (!r.withinTolerance()) {
            throw new ClaimFailure("audit: some absolute error exceeds the tolerance " + tolerance + " (max abs error <= "
                    + Audit.round(r.maxAbsError(), 4, RoundingMode.CEILING).toPlainString() + ")");
        }
        return Main.OK;
    }

    static String up(Rational q) {
        return Audit.round(q, 4, RoundingMode.CEILING).toString();
    }

    static String down(Rational q) {
        return Audit.round(q, 4, RoundingMode.FLOOR).toString();
    }

    /** The JSON contract of {@code audit --json}; error fields are upper bounds, {@code *Lower} fields lower bounds. */
    static ObjectNode toJson(Audit.Report r) {
        ObjectNode o = Json.object();
        o.put("n", r.n());
        o.put("method", r.method());
        ArrayNode ev = o.putArray("eigenvalues");
        for (Audit.Entry e : r.entries()) {
            ObjectNode x = ev.addObject();
            x.put("given", plain(e.given()));
            x.put("trueLower", bound(e, RoundingMode.FLOOR));
            x.put("trueUpper", bound(e, RoundingMode.CEILING));
            x.put("multiplicity", e.multiplicity());
            x.put("absError", up(e.absError().hi()));
            x.put("absErrorLower", down(e.absError().lo()));
            if (e.relError() == null) {
                x.putNull("relError");
                x.putNull("relErrorLower");
            } else {
                x.put("relError", up(e.relError().hi()));
                x.put("relErrorLower", down(e.relError().lo()));
            }
            BigDecimal[] lre = e.lre();
            if (lre == null) {
                x.putNull("lre");
                x.putNull("lreUpper");
            } else {
                x.put("lre", lre[0]);
                x.put("lreUpper", lre[1]);
            }
            if (e.ulps() == null) {
                x.putNull("ulps");
                x.putNull("ulpsLower");
            } else {
                x.put("ulps", Audit.round(e.ulps().hi(), 4, RoundingMode.CEILING));
                x.put("ulpsLower", Audit.round(e.ulps().lo(), 4, RoundingMode.FLOOR));
            }
        }
        o.put("maxAbsError", up(r.maxAbsError()));
        Rational mu = r.maxUlps();
        if (mu == null) {
            o.putNull("maxUlps");
        } else {
            o.put("maxUlps", Audit.round(mu, 4, RoundingMode.CEILING));
        }
        if (r.tolerance() == null) {
            o.putNull("tolerance");
        } else {
            o.put("tolerance", r.tolerance().toString());
        }
        o.put("withinTolerance", r.withinTolerance());
        o.put("note", "absError/relError/ulps are rigorous upper bounds, *Lower fields lower bounds; lre = [lre, lreUpper] digits");
        return o;
    }

    private static void printHuman(PrintWriter out, Audit.Report r) {
        out.printf("audit of %d eigenvalues (exact spectrum by %s); errors are rigorous [lower, upper] bounds%n", r.n(), r.method());
        out.printf("%-26s %-24s %-24s %-22s %-10s %s%n", "given", "true in [lower,", "upper]", "abs error", "LRE >=", "ulps");
        for (Audit.Entry e : r.entries()) {
            BigDecimal[] lre = e.lre();
            out.printf("%-26s %-24s %-24s %-22s %-10s %s%n", shorten(e.given()),
                    bound(e, RoundingMode.FLOOR), bound(e, RoundingMode.CEILING),
                    "[" + down(e.absError().lo()) + ", " + up(e.absError().hi()) + "]",
                    lre != null ? lre[0].toPlainString() : (e.relError() != null ? "exact" : "n/a"),
                    e.ulps() == null ? "-" : "<= " + compact(Audit.round(e.ulps().hi(), 4, RoundingMode.CEILING)));
        }
        Rational mu = r.maxUlps();
        out.printf("max abs error <= %s, max ulps <= %s%s%n", up(r.maxAbsError()),
                mu == null ? "-" : compact(Audit.round(mu, 4, RoundingMode.CEILING)),
                r.tolerance() == null ? "" : (r.withinTolerance() ? ", within tolerance " : ", EXCEEDS tolerance ") + r.tolerance());
    }

    /**
     * An end of the enclosure as a decimal rounded outward; an exact eigenvalue with a terminating
     * decimal expansion is printed exactly.
     */
    static String bound(Audit.Entry e, RoundingMode mode) {
        Rational q = mode == RoundingMode.FLOOR ? e.trueLower() : e.trueUpper();
        if (e.trueLower().equals(e.trueUpper())) {
            try {
                return new BigDecimal(q.numerator()).divide(new BigDecimal(q.denominator())).stripTrailingZeros().toPlainString();
            } catch (ArithmeticException nonTerminating) {
                // fall through to outward rounding
            }
        }
        int places = Audit.placesFor(e.trueLower(), e.trueUpper(), e.given());
        return Audit.roundPlaces(q, places, mode).toPlainString();
    }

    /**
     * A rational as its terminating decimal when it has one (values read from decimals do), plain
     * when short, else in scientific notation; {@code p/q} when the expansion does not terminate.
     */
    static String plain(Rational q) {
        try {
            return compact(new BigDecimal(q.numerator()).divide(new BigDecimal(q.denominator())));
        } catch (ArithmeticException nonTerminating) {
            return q.toString();
        }
    }

    /** Plain notation up to 30 characters, scientific beyond. */
    static String compact(BigDecimal d) {
        String p = d.stripTrailingZeros().toPlainString();
        return p.length() <= 30 ? p : d.stripTrailingZeros().toString();
    }

    private static String shorten(Rational q) {
        String s = plain(q);
        return s.length() <= 26 ? s : Audit.round(q, 17, RoundingMode.HALF_EVEN).toString();
    }
}
