package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.audit.Audit;
import dev.percept.audit.ExactSpectrum;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.binary64.Binary64;
import dev.percept.fast.FastData;
import dev.percept.fast.FastSymmetricEigen;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code percept audit}: rigorous errors of eigenvalues another library printed for a symmetric
 * rational matrix, against the exact spectrum ({@link Audit}). With {@code --engine fast} the
 * eigenvalues are instead computed by the fast path ({@code FastSymmetricEigen}) and audited (a self-audit of the fast path).
 */
@Command(name = "audit", header = "The exact error of another library's eigenvalues.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Audit eigenvalues printed by another library against the exact spectrum of a symmetric rational matrix.",
            "Every error printed is a rigorous enclosure (lower and upper bounds) known to >= 3 significant digits; ulps "
                + "are units in the last place of the double nearest the true eigenvalue ('n/a' when the error exceeds half the "
                + "eigenvalue: no bit is right; '-' for an exactly-zero eigenvalue unless the given value is below 2^-1022). "
                + "A rational eigenvalue is shown exactly.",
            "--engine fast: audit percept's own double eigenvalues of the matrix (FastSymmetricEigen; no --eigenvalues).",
            "Inputs as the library saw them: give the matrix as the .npy the library read (np.save), or its CSV with --numbers double"
                + " (float for a float32 library); every value is then the binary number the library had. The output says which reading"
                + " was used.",
            "Cost: a matrix of the Proposition 4.1 form takes O(n); any other takes about n^4 operations (characteristic polynomial"
                + " modulo about n primes, then root isolation; 2.55 s at n = 200 as measured in the README), with progress on a"
                + " terminal. n above " + AuditCommand.MAX_GENERIC_N + " is refused.",
            BoundedInput.LIMITS},
        footer = {"", "Examples (M.csv a symmetric matrix, E.txt one eigenvalue per line, e.g. numpy's eigvalsh output):",
            "  percept audit --matrix M.csv --eigenvalues E.txt", "  percept audit --matrix M.csv --eigenvalues E.txt --numbers double",
            "  percept audit --matrix M.npy --eigenvalues E.npy", "  percept audit --matrix M.csv --engine fast"})
public final class AuditCommand extends PerceptCommand {

    @Mixin
    CommonOptions.SymmetricMatrixFile matrix;

    @Option(names = "--eigenvalues", paramLabel = "E.txt",
            description = "Eigenvalues to audit, any order: a .npy vector (read exactly), or text, one per line: decimals (read as --numbers"
                    + " says), p/q, or hexadecimal floats (0x1.8p+1, as float.hex() prints: exact).")
    Path eigenvalues;

    @Mixin
    NumericInput numbers;

    @Mixin
    CommonOptions.EngineChoice engine;

    @Option(names = "--tolerance", paramLabel = "T", description = "Fail (exit 1) when some absolute error is proven to exceed T.")
    String tolerance;

    @Mixin
    CommonOptions.Full full;

    @Mixin
    CommonOptions.Quiet quiet;

    /** Largest generic matrix audited: the exact spectrum costs about n^4 operations (16 times n = 1000's at 2000, growing from there). */
    static final int MAX_GENERIC_N = 2000;

    @Override
    public Integer call() {
        RationalMatrix m = matrix.read(numbers);
        if (m.rows() > MAX_GENERIC_N && !ExactSpectrum.isStructured(m)) {
            throw new InputException(matrix.name + ": the matrix is " + m.rows() + "x" + m.rows() + ": the exact spectrum of a matrix without the"
                    + " Proposition 4.1 form costs about n^4 operations; audit at most "
                    + MAX_GENERIC_N + "x" + MAX_GENERIC_N);
        }
        Rational tol = tolerance == null ? null : Inputs.rational(tolerance, "--tolerance");
        if (tol != null && tol.signum() < 0) {
            throw new InputException("--tolerance: must be >= 0, got " + tolerance);
        }
        NumberText num = full.text(spec, json);
        List<Rational> given = new ArrayList<>();
        if (engine.fast()) {
            if (eigenvalues != null) {
                throw new InputException("--eigenvalues: --engine fast computes the eigenvalues itself; drop --eigenvalues");
            }
            double[] ev = Engine.inDoubleRange(() -> FastSymmetricEigen.eigenvalues(FastData.matrixInRange(m, "--matrix")));
            for (double v : ev) {
                given.add(Binary64.exact(v));
            }
        } else {
            if (eigenvalues == null) {
                throw new InputException("--eigenvalues: required with --engine exact");
            }
            given.addAll(List.of(numbers.vector(eigenvalues, "--eigenvalues")));
            if (given.size() != m.rows()) {
                throw new InputException("--eigenvalues: " + eigenvalues + ": expected " + m.rows() + " eigenvalues for a "
                        + m.rows() + "x" + m.rows() + " matrix, found " + given.size());
            }
        }
        numbers.checkApplies();
        Audit.Report r;
        try (ProgressDisplay progress = ProgressDisplay.open(spec, quiet.quiet)) {
            r = Audit.run(m, given, tol, progress);
        }
        PrintWriter out = out();
        if (json.on()) {
            ObjectNode o = toJson(r);
            numbers.toJson(o);
            json.write(out, o);
        }
        if (json.text()) {
            printHuman(out, num, r, numbers.line());
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
                putCount(x, "ulps", Audit.round(e.ulps().hi(), 4, RoundingMode.CEILING));
                putCount(x, "ulpsLower", Audit.round(e.ulps().lo(), 4, RoundingMode.FLOOR));
            }
        }
        o.put("maxAbsError", up(r.maxAbsError()));
        Rational mu = r.maxUlps();
        if (mu == null) {
            o.putNull("maxUlps");
        } else {
            putCount(o, "maxUlps", Audit.round(mu, 4, RoundingMode.CEILING));
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

    /** The largest JSON number percept writes: a standard reader holds numbers as doubles, and beyond this one reads infinity. */
    static final BigDecimal JSON_MAX = new BigDecimal(Double.MAX_VALUE);

    /**
     * {@code o.field = v} as a JSON number, or null when v is beyond the double range (an ulp
     * count of a given value far from a tiny eigenvalue, up to about 10^632 ulps of 2^-1074 per
     * unit of error): no standard reader can hold it, and it measures no rounding.
     */
    static void putCount(ObjectNode o, String field, BigDecimal v) {
        if (v.abs().compareTo(JSON_MAX) > 0) {
            o.putNull(field);
        } else {
            o.put(field, v);
        }
    }

    private static void printHuman(PrintWriter out, NumberText num, Audit.Report r, String inputs) {
        out.printf("audit of %d eigenvalues (exact spectrum by %s); errors are rigorous [lower, upper] bounds%n", r.n(), r.method());
        out.printf("%s%n", inputs);
        out.printf("%-26s %-24s %-24s %-22s %-10s %s%n", "given", "true in [lower,", "upper]", "abs error", "LRE >=", "ulps");
        boolean allUlps = true;
        for (Audit.Entry e : r.entries()) {
            BigDecimal[] lre = e.lre();
            allUlps &= ulpsMeaningful(e);
            out.printf("%-26s %-24s %-24s %-22s %-10s %s%n", given(num, e.given()),
                    bound(e, RoundingMode.FLOOR), bound(e, RoundingMode.CEILING),
                    "[" + down(e.absError().lo()) + ", " + up(e.absError().hi()) + "]",
                    lre != null ? lre[0].toPlainString() : (e.relError() != null ? "exact" : "n/a"), ulps(e));
        }
        Rational mu = r.maxUlps();
        String maxUlps = mu == null ? "max ulps <= -" : allUlps ? "max ulps <= " + count(Audit.round(mu, 4, RoundingMode.CEILING))
                : "max ulps n/a (some error > |true|/2)";
        out.printf("max abs error <= %s, %s%s%n", up(r.maxAbsError()), maxUlps,
                r.tolerance() == null ? "" : (r.withinTolerance() ? ", within tolerance " : ", EXCEEDS tolerance ") + r.tolerance());
        num.note(out);
    }

    /** {@code 2^52}: an error of at least this many ulps of the true eigenvalue exceeds half of it. */
    static final Rational TWO_POW_52 = Rational.of(java.math.BigInteger.ONE.shiftLeft(52));

    /**
     * Whether the ulp count says something: false when its lower bound is at least {@code 2^52}.
     * With {@code ulp = 2^(E-52)} for the largest possible true value {@code |v| < 2^(E+1)}, that
     * lower bound means an error of at least {@code 2^E > |v| / 2}: no bit of the given value is
     * right, and the count (about {@code 2^52 |error / v|}) only restates the relative error.
     */
    static boolean ulpsMeaningful(Audit.Entry e) {
        return e.ulps() == null || e.ulps().lo().compareTo(TWO_POW_52) < 0;
    }

    /** The ulps column: {@code <= bound}, {@code n/a (...)} when no bit is right, {@code -} when undefined. */
    static String ulps(Audit.Entry e) {
        if (e.ulps() == null) {
            return "-";
        }
        if (!ulpsMeaningful(e)) {
            return "n/a (error > |true|/2)";
        }
        return "<= " + count(Audit.round(e.ulps().hi(), 4, RoundingMode.CEILING));
    }

    /** An ulp count to 4 digits: plain below 10^6 ({@code 4.925}), in scientific notation from there ({@code 2.327E+7}). */
    static String count(BigDecimal x) {
        BigDecimal d = x.stripTrailingZeros();
        return d.abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0 ? d.toPlainString() : d.toString();
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

    /** The given value: its terminating decimal (plain when short), shortened by {@link NumberText} beyond its width; else p/q. */
    private static String given(NumberText num, Rational q) {
        try {
            return num.of(new BigDecimal(q.numerator()).divide(new BigDecimal(q.denominator())).stripTrailingZeros());
        } catch (ArithmeticException nonTerminating) {
            return num.of(q);
        }
    }
}
