package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.exact.Decimals;
import dev.percept.exact.QuadraticSurd;
import dev.percept.exact.Rational;
import dev.percept.exact.SurdVector;
import dev.percept.structured.DenseOrthogonal;
import dev.percept.structured.Eigenpair;
import dev.percept.structured.Eigenvalue;
import dev.percept.structured.GeneralPair;
import dev.percept.structured.OrthogonalMap;
import dev.percept.structured.PairEigenpair;
import dev.percept.structured.PairEigenvalue;
import dev.percept.structured.PairSpectrum;
import dev.percept.structured.Permutation;
import dev.percept.structured.Prop41;
import dev.percept.structured.StructuredMatrix;
import dev.percept.structured.StructuredSpectrum;
import dev.percept.check.Check;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code percept spectrum}: the exact spectrum of a Proposition 4.1 matrix {@code M(a, Pa)} for any
 * orthogonal P, or of the general pair {@code M(a, b)} (claim P41.G), certified, in O(d).
 */
@Command(name = "spectrum", header = "Proposition 4.1, exactly, in O(d).", mixinStandardHelpOptions = true,
        description = {"Exact spectrum of A = [[0,0,a^T],[0,0,(Pa)^T],[a,Pa,0]] (Proposition 4.1) in O(d), with checked certificates.",
            "Give a by --a or --a-file, and P by --perm or --perm-file (any permutation, one-line or cycle notation) or --P-file "
                + "(any rational orthogonal matrix, P^T P = I checked exactly).",
            "With --b or --b-file instead of P: the general pair A = [[0,0,a^T],[0,0,b^T],[a,b,0]] for any b (claim P41.G), "
                + "eigenvalues +-sqrt(q) for the roots q of q^2 - (s+t) q + (s t - p^2), nested radicals in general.",
            "--engine fast (permutation P only): the eigenvalues in double, O(d), with their relative error bound.",
            BoundedInput.LIMITS},
        sortOptions = false,
        footer = {"", "Examples:", "  percept spectrum --a -1/2,3,5/2 --perm 2,1,3 --digits 20",
            "  percept spectrum --a 1,2,3 --perm 2,3,1", "  percept spectrum --a 1,1,1,-1 --perm 2,1,3,4 --vectors --json",
            "  percept spectrum --a 1,2,3 --b 4,-1,2"})
public final class SpectrumCommand extends PerceptCommand {

    @Option(names = "--a", paramLabel = "r1,...,rd", description = "The vector a: comma-separated rationals (p/q, integers, decimals).")
    String a;

    @Option(names = "--a-file", paramLabel = "FILE", description = "CSV file holding a (one row or one column).")
    Path aFile;

    @Option(names = "--b", paramLabel = "r1,...,rd", description = "The second vector b of the general pair M(a, b) (claim P41.G), instead of P.")
    String b;

    @Option(names = "--b-file", paramLabel = "FILE", description = "CSV file holding b (one row or one column).")
    Path bFile;

    @Option(names = "--perm", paramLabel = "PERM",
            description = {"Any permutation P, (Pa)_i = a_pi(i): one-line notation pi(1),...,pi(d) (e.g. 2,3,1)",
                "or cycle notation with fixed points implicit (e.g. \"(1 2 3)(4 5)\"; (1 2 3) is 2,3,1)."})
    String perm;

    @Option(names = "--perm-file", paramLabel = "FILE", description = "File holding the permutation: CSV one-line notation (one row or one column) or cycle notation.")
    Path permFile;

    @Option(names = "--P-file", paramLabel = "FILE", description = "CSV file holding a rational orthogonal matrix P (P^T P = I; symmetry not required).")
    Path pFile;

    @Option(names = "--vectors", description = "Also print the exact eigenvectors.")
    boolean vectors;

    @Mixin
    CommonOptions.Digits digits = new CommonOptions.Digits(40);

    @Mixin
    CommonOptions.EngineChoice engine;

    @Mixin
    CommonOptions.Full full;

    @Override
    public Integer call() {
        int n = digits.value();
        engine.rejectWithFast(spec, "--engine fast prints doubles with their error bound", "--digits", "--vectors", "--full");
        NumberText num = full.text(spec, json);
        Rational[] av = readA();
        boolean fastEngine = engine.fast();
        if (b != null || bFile != null) {
            return pair(av, fastEngine, num, n);
        }
        OrthogonalMap p = readP(av.length);
        StructuredMatrix m;
        try {
            m = StructuredMatrix.of(av, p);
        } catch (IllegalArgumentException e) {
            throw new InputException((a != null ? "--a" : "--a-file") + ": " + e.getMessage());
        }
        if (fastEngine) {
            return fast(av, p);
        }
        requireMemory(av, vectors);
        StructuredSpectrum s = Prop41.analyze(m, Prop41.DEFAULT_DENSE_LIMIT);
        PrintWriter out = out();
        if (json.on()) {
            json.write(out, toJson(s, n, vectors));
        }
        if (json.text()) {
            printHuman(out, num, s, n);
        }
        out.flush();
        return verdict(s.checks());
    }

    /**
     * Heap per coordinate of the exact spectrum with small entries, measured from the live heap
     * after GC at d = 10^6 (about 340 MB; 450 MB at d = 5 * 10^5 with --vectors), rounded up.
     */
    static final long BYTES_PER_COORDINATE = 400;
    /** The same with --vectors (every eigenvector's d exact components). */
    static final long BYTES_PER_COORDINATE_WITH_VECTORS = 1000;

    /**
     * Refuses, before it starts, a spectrum whose estimated heap exceeds what this JVM may use
     * ({@link MemoryBudget}): per coordinate a measured constant plus the entries' own digits,
     * which every derived vector repeats (at d = 10^7 the default 2 GiB heap ran out).
     */
    static void requireMemory(Rational[] a, boolean vectors) {
        long digitBytes = 0;
        for (Rational q : a) {
            digitBytes += (q.numerator().bitLength() + q.denominator().bitLength()) / 8;
        }
        long bytes = a.length * (vectors ? BYTES_PER_COORDINATE_WITH_VECTORS : BYTES_PER_COORDINATE) + digitBytes * (vectors ? 12 : 4);
        MemoryBudget.require(bytes, "the exact spectrum at d = " + a.length + (vectors ? " with --vectors" : ""));
    }

    /** Exit 0 if every certificate held, else the first failing one as a claim failure (exit 1). */
    private static Integer verdict(java.util.List<Check> checks) {
        for (Check c : checks) {
            if (!c.holds()) {
                throw new ClaimFailure(c.claim() + " " + c.name() + " fails: " + c.detail());
            }
        }
        return Main.OK;
    }

    /** {@code --b}: the general pair M(a, b) of claim P41.G. */
    private Integer pair(Rational[] av, boolean fastEngine, NumberText num, int n) {
        if (perm != null || permFile != null || pFile != null) {
            throw new InputException((b != null ? "--b" : "--b-file") + ": cannot be combined with --perm, --perm-file or --P-file"
                    + " (b takes the place of Pa)");
        }
        if (b != null && bFile != null) {
            throw new InputException("give at most one of --b and --b-file");
        }
        if (fastEngine) {
            throw new InputException("--engine fast: not available for the general pair (--b, --b-file); use --engine exact");
        }
        String opt = b != null ? "--b" : "--b-file";
        Rational[] bv = b != null ? Inputs.rationalList(b, "--b") : Inputs.csvVector(bFile, "--b-file");
        StructuredMatrix m;
        try {
            m = StructuredMatrix.pair(av, bv);
        } catch (IllegalArgumentException e) {
            throw new InputException(opt + ": " + e.getMessage());
        }
        requireMemory(av, vectors);
        PairSpectrum s = GeneralPair.analyze(m, Prop41.DEFAULT_DENSE_LIMIT);
        PrintWriter out = out();
        if (json.on()) {
            json.write(out, pairJson(s, n, vectors));
        }
        if (json.text()) {
            printPair(out, num, s, n);
        }
        out.flush();
        return verdict(s.checks());
    }

    /** {@code --engine fast}: {@link dev.percept.fast.FastStructuredSpectrum}, eigenvalues increasing, with the bound. */
    private Integer fast(Rational[] av, OrthogonalMap p) {
        if (!(p instanceof Permutation)) {
            throw new InputException("--engine fast: needs a permutation (--perm or --perm-file), not --P-file");
        }
        Permutation perm = (Permutation) p;
        int[] img = new int[av.length];
        for (int i = 0; i < img.length; i++) {
            img[i] = perm.image(i);
        }
        String what = a != null ? "--a" : "--a-file";
        double[] ad = Engine.inDoubleRange(() -> dev.percept.fast.FastData.vectorInRange(av, what));
        double[] ev = Engine.inDoubleRange(() -> dev.percept.fast.FastStructuredSpectrum.eigenvalues(ad, img));
        double bound = dev.percept.fast.FastStructuredSpectrum.relativeErrorBound(ad.length);
        PrintWriter out = out();
        if (json.on()) {
            ObjectNode o = Json.object();
            o.put("engine", "fast");
            o.put("d", ad.length);
            ArrayNode arr = o.putArray("eigenvalues");
            for (double v : ev) {
                arr.add(v);
            }
            o.put("relativeErrorBound", bound);
            o.put("note", "|lambda_hat - lambda| <= relativeErrorBound * |lambda| for the matrix of the double-rounded a");
            json.write(out, o);
        }
        if (json.text()) {
            out.printf("fast (double) spectrum, d = %d, each eigenvalue within relative %.3g of the exact one for the double-rounded a:%n", ad.length, bound);
            for (double v : ev) {
                out.println("  " + v);
            }
        }
        out.flush();
        return Main.OK;
    }

    private Rational[] readA() {
        if ((a == null) == (aFile == null)) {
            throw new InputException("give exactly one of --a and --a-file");
        }
        Rational[] v = a != null ? Inputs.rationalList(a, "--a") : Inputs.csvVector(aFile, "--a-file");
        if (v.length == 0) {
            throw new InputException("--a: empty vector");
        }
        return v;
    }

    /** P from exactly one of --perm, --perm-file, --P-file, for a vector of length d. */
    private OrthogonalMap readP(int d) {
        int given = (perm != null ? 1 : 0) + (permFile != null ? 1 : 0) + (pFile != null ? 1 : 0);
        if (given != 1) {
            throw new InputException("give exactly one of --perm, --perm-file and --P-file (or --b / --b-file for the general pair)");
        }
        String opt = pFile != null ? "--P-file" : (perm != null ? "--perm" : "--perm-file");
        try {
            if (pFile != null) {
                return DenseOrthogonal.of(Inputs.csvMatrix(pFile, "--P-file"));
            }
            return perm != null ? Permutation.parse(perm, d) : Inputs.permutationFile(permFile, "--perm-file", d);
        } catch (IllegalArgumentException e) {
            throw new InputException(opt + ": " + e.getMessage());
        }
    }

    /** The JSON contract of {@code spectrum --json} (see README). */
    static ObjectNode toJson(StructuredSpectrum s, int digits, boolean withVectors) {
        ObjectNode o = Json.object();
        o.put("d", s.d());
        o.put("case", s.kase().label());
        o.put("s", s.s().toString());
        o.put("p", s.p().toString());
        ArrayNode ev = o.putArray("eigenvalues");
        for (Eigenvalue v : s.eigenvalues()) {
            ObjectNode e = ev.addObject();
            e.put("sign", v.sign());
            e.put("square", v.square().toString());
            e.put("multiplicity", v.multiplicity());
            e.put("exact", v.exact());
            e.put("decimal", v.decimal(digits).toString());
        }
        ObjectNode norm = o.putObject("spectralNorm");
        norm.put("square", s.spectralNormSquare().toString());
        norm.put("decimal", Decimals.sqrt(1, s.spectralNormSquare(), digits).toString());
        if (withVectors) {
            ArrayNode vs = o.putArray("eigenvectors");
            for (Eigenpair e : s.eigenpairs()) {
                ObjectNode vo = vs.addObject();
                vo.put("eigenvalue", e.label());
                vo.put("sign", e.sign());
                vo.put("square", e.square().toString());
                vo.put("note", "component i is x_i + y_i*sqrt(square), listed as [x_i, y_i]");
                ArrayNode comps = vo.putArray("vector");
                SurdVector x = e.vector();
                for (int i = 0; i < x.length(); i++) {
                    ArrayNode c = comps.addArray();
                    c.add(x.rationalPart(i).toString());
                    c.add(x.surdPart(i).toString());
                }
            }
        }
        putChecks(o, s.checks());
        return o;
    }

    /** The {@code checks} array and {@code allHold}, shared by both JSON contracts. */
    private static void putChecks(ObjectNode o, java.util.List<Check> checks) {
        ArrayNode cs = o.putArray("checks");
        for (Check c : checks) {
            ObjectNode co = cs.addObject();
            co.put("claim", c.claim());
            co.put("name", c.name());
            co.put("holds", c.holds());
            co.put("detail", c.detail());
        }
        o.put("allHold", checks.stream().allMatch(Check::holds));
    }

    /** The JSON contract of {@code spectrum --b ... --json}, the general pair of claim P41.G (see README). */
    static ObjectNode pairJson(PairSpectrum s, int digits, boolean withVectors) {
        ObjectNode o = Json.object();
        o.put("claim", "P41.G");
        o.put("d", s.d());
        o.put("case", s.kase().label());
        o.put("s", s.s().toString());
        o.put("t", s.t().toString());
        o.put("p", s.p().toString());
        o.put("discriminant", s.discriminant().toString());
        o.put("field", s.field().toString());
        o.put("fieldNote", "every square is x + y*sqrt(field), listed as squareParts [x, y]; field 0: the squares are rational");
        ArrayNode ev = o.putArray("eigenvalues");
        for (PairEigenvalue v : s.eigenvalues()) {
            ObjectNode e = ev.addObject();
            e.put("sign", v.sign());
            e.put("square", v.squareText());
            e.putArray("squareParts").add(v.square().rationalPart().toString()).add(v.square().surdPartIn(s.field()).toString());
            e.put("multiplicity", v.multiplicity());
            e.put("exact", v.exact());
            e.put("decimal", v.decimal(digits).toString());
        }
        ObjectNode norm = o.putObject("spectralNorm");
        norm.put("square", GeneralPair.format(s.spectralNormSquare(), s.field()));
        norm.put("decimal", Decimals.sqrt(1, s.spectralNormSquare(), digits).toString());
        if (withVectors) {
            ArrayNode vs = o.putArray("eigenvectors");
            for (PairEigenpair e : s.eigenpairs()) {
                ObjectNode vo = vs.addObject();
                vo.put("eigenvalue", e.label());
                vo.put("sign", e.sign());
                vo.put("square", GeneralPair.format(e.square(), s.field()));
                vo.put("note", "component i is (x_i + y_i*sqrt(field)) + sqrt(square)*(X_i + Y_i*sqrt(field)), listed as [x_i, y_i, X_i, Y_i]");
                ArrayNode comps = vo.putArray("vector");
                for (int i = 0; i < e.base().length(); i++) {
                    ArrayNode c = comps.addArray();
                    c.add(e.base().rationalPart(i).toString());
                    c.add(e.base().surdPart(i).toString());
                    c.add(e.coefficient().rationalPart(i).toString());
                    c.add(e.coefficient().surdPart(i).toString());
                }
            }
        }
        putChecks(o, s.checks());
        return o;
    }

    private void printPair(PrintWriter out, NumberText num, PairSpectrum s, int digits) {
        out.printf("General pair (claim P41.G): d = %d, A = M(a, b) is %dx%d, case %s%s%n", s.d(), s.d() + 2, s.d() + 2, s.kase().label(),
                s.eigenvalues().stream().anyMatch(v -> !v.square().isRational())
                        ? ", nested radicals over Q(sqrt(" + num.of(s.field()) + "))" : "");
        out.printf("  s = ||a||^2 = %s%n  t = ||b||^2 = %s%n  p = a^T b = %s%n  D = (s-t)^2 + 4p^2 = %s%n%n", num.of(s.s()), num.of(s.t()),
                num.of(s.p()), num.of(s.discriminant()));
        out.printf("  %-4s %-30s %-12s %s%n", "#", "eigenvalue (exact)", "multiplicity", "decimal (" + digits + " digits)");
        int k = 1;
        for (PairEigenvalue v : s.eigenvalues()) {
            out.printf("  %-4d %-30s %-12d %s%n", k++, sqrt(num, v.sign(), v.square(), s.field()), v.multiplicity(), v.decimal(digits));
        }
        out.printf("%n  ||A|| = %s = %s%n", sqrt(num, 1, s.spectralNormSquare(), s.field()), Decimals.sqrt(1, s.spectralNormSquare(), digits));
        if (vectors) {
            out.println();
            out.println("  eigenvectors (component = u + sqrt(lambda^2)*c, u and c in Q(sqrt(" + num.of(s.field()) + ")), shown as u | c):");
            for (PairEigenpair e : s.eigenpairs()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < e.base().length(); i++) {
                    sb.append(i == 0 ? "" : ", ").append(inField(num, e.base().get(i), s.field())).append(" | ")
                            .append(inField(num, e.coefficient().get(i), s.field()));
                }
                out.printf("    lambda = %s: [%s]%n", sqrt(num, e.sign(), e.square(), s.field()), sb);
            }
        }
        printChecks(out, s.checks());
        num.note(out);
    }

    /** {@code x + y*sqrt(field)} in the text output ({@link NumberText}: each number whole up to its width). */
    private static String inField(NumberText num, QuadraticSurd q, Rational field) {
        return num.surd(q.rationalPart(), q.surdPartIn(field), field);
    }

    /** {@code sign*sqrt(q)} for {@code q} in {@code Q(sqrt(field))}: the rational root when there is one, else the (nested) radical. */
    private static String sqrt(NumberText num, int sign, QuadraticSurd q, Rational field) {
        if (q.isRational()) {
            return num.sqrt(sign, q.rationalPart());
        }
        return (sign < 0 ? "-" : "") + "sqrt(" + inField(num, q, field) + ")";
    }

    private void printHuman(PrintWriter out, NumberText num, StructuredSpectrum s, int digits) {
        out.printf("Proposition 4.1: d = %d, A is %dx%d, case %s (claim %s)%n", s.d(), s.d() + 2, s.d() + 2, s.kase().label(),
                s.kase().claim().id());
        out.printf("  s = ||a||^2 = %s%n  p = a^T P a = %s%n%n", num.of(s.s()), num.of(s.p()));
        out.printf("  %-4s %-30s %-12s %s%n", "#", "eigenvalue (exact)", "multiplicity", "decimal (" + digits + " digits)");
        int k = 1;
        for (Eigenvalue v : s.eigenvalues()) {
            out.printf("  %-4d %-30s %-12d %s%n", k++, num.sqrt(v.sign(), v.square()), v.multiplicity(), v.decimal(digits));
        }
        out.printf("%n  ||A|| = sqrt(s + |p|) = %s = %s%n", num.sqrt(1, s.spectralNormSquare()), Decimals.sqrt(1, s.spectralNormSquare(), digits));
        if (vectors) {
            out.println();
            out.println("  eigenvectors (component = x + y*sqrt(lambda^2)):");
            for (Eigenpair e : s.eigenpairs()) {
                StringBuilder sb = new StringBuilder();
                SurdVector v = e.vector();
                for (int i = 0; i < v.length(); i++) {
                    sb.append(i == 0 ? "" : ", ").append(num.surd(v.rationalPart(i), v.surdPart(i), e.square()));
                }
                out.printf("    lambda = %s: [%s]%n", num.sqrt(e.sign(), e.square()), sb);
            }
        }
        printChecks(out, s.checks());
        num.note(out);
    }

    private static void printChecks(PrintWriter out, java.util.List<Check> checks) {
        out.println();
        out.println("  checks:");
        for (Check c : checks) {
            out.printf("    %-6s %-62s %s%n", c.claim(), c.name(), c.holds() ? "holds" : "FAILS: " + c.detail());
        }
    }
}
