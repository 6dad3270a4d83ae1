package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.binary64.Binary64;
import dev.percept.exact.Decimals;
import dev.percept.exact.Rational;
import dev.percept.exact.SurdVector;
import dev.percept.structured.DenseInvolution;
import dev.percept.structured.Eigenpair;
import dev.percept.structured.Eigenvalue;
import dev.percept.structured.PermutationInvolution;
import dev.percept.structured.Prop41;
import dev.percept.structured.StructuredMatrix;
import dev.percept.structured.StructuredSpectrum;
import dev.percept.structured.SymmetricInvolution;
import dev.percept.check.Check;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code percept spectrum}: the exact spectrum of a Proposition 4.1 matrix, certified, in O(d). */
@Command(name = "spectrum", mixinStandardHelpOptions = true,
        description = {"Exact spectrum of A = [[0,0,a^T],[0,0,(Pa)^T],[a,Pa,0]] (Proposition 4.1) in O(d), with checked certificates.",
            "Give a by --a or --a-file, and P by --perm, --perm-file (1-based involution) or --P-file (symmetric orthogonal matrix)."},
        sortOptions = false)
public final class SpectrumCommand implements Callable<Integer> {

    @Option(names = "--a", paramLabel = "r1,...,rd", description = "The vector a: comma-separated rationals (p/q, integers, decimals).")
    String a;

    @Option(names = "--a-file", paramLabel = "FILE", description = "CSV file holding a (one row or one column).")
    Path aFile;

    @Option(names = "--perm", paramLabel = "p1,...,pd", description = "Involutive permutation, 1-based image of each index.")
    String perm;

    @Option(names = "--perm-file", paramLabel = "FILE", description = "CSV file holding the 1-based permutation.")
    Path permFile;

    @Option(names = "--P-file", paramLabel = "FILE", description = "CSV file holding a symmetric orthogonal rational matrix P.")
    Path pFile;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Option(names = "--vectors", description = "Also print the exact eigenvectors.")
    boolean vectors;

    @Option(names = "--digits", paramLabel = "N", defaultValue = "40", description = "Significant digits of decimal expansions (default ${DEFAULT-VALUE}).")
    int digits;

    @Option(names = "--engine", paramLabel = "exact|fast", defaultValue = "exact",
            description = "exact (default): certified exact spectrum; fast: double precision O(d) with its relative error bound (permutation P only).")
    String engine;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (digits < 1 || digits > 100_000) {
            throw new InputException("--digits: must be between 1 and 100000, got " + digits);
        }
        Rational[] av = readA();
        SymmetricInvolution p = readP();
        StructuredMatrix m;
        try {
            m = StructuredMatrix.of(av, p);
        } catch (IllegalArgumentException e) {
            throw new InputException((a != null ? "--a" : "--a-file") + ": " + e.getMessage());
        }
        if ("fast".equals(engine)) {
            return fast(av, p);
        }
        if (!"exact".equals(engine)) {
            throw new InputException("--engine: expected exact or fast, got '" + engine + "'");
        }
        StructuredSpectrum s = Prop41.analyze(m, Prop41.DEFAULT_DENSE_LIMIT);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.compact(toJson(s, digits, vectors)));
        } else {
            printHuman(out, s);
        }
        out.flush();
        if (!s.allHold()) {
            Check bad = s.checks().stream().filter(c -> !c.holds()).findFirst().orElseThrow();
            throw new ClaimFailure(bad.claim() + " " + bad.name() + " fails: " + bad.detail());
        }
        return Main.OK;
    }

    /** {@code --engine fast}: {@link dev.percept.fast.FastStructuredSpectrum}, eigenvalues increasing, with the bound. */
    private Integer fast(Rational[] av, SymmetricInvolution p) {
        if (!(p instanceof PermutationInvolution)) {
            throw new InputException("--engine fast: needs a permutation (--perm or --perm-file), not --P-file");
        }
        PermutationInvolution perm = (PermutationInvolution) p;
        double[] a = new double[av.length];
        int[] img = new int[av.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = Binary64.nearest(av[i]);
            img[i] = perm.image(i);
        }
        double[] ev = dev.percept.fast.FastStructuredSpectrum.eigenvalues(a, img);
        double bound = dev.percept.fast.FastStructuredSpectrum.relativeErrorBound(a.length);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = Json.object();
            o.put("engine", "fast");
            o.put("d", a.length);
            ArrayNode arr = o.putArray("eigenvalues");
            for (double v : ev) {
                arr.add(v);
            }
            o.put("relativeErrorBound", bound);
            o.put("note", "|lambda_hat - lambda| <= relativeErrorBound * |lambda| for the matrix of the double-rounded a");
            out.println(Json.compact(o));
        } else {
            out.printf("fast (double) spectrum, d = %d, each eigenvalue within relative %.3g of the exact one for the double-rounded a:%n", a.length, bound);
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

    private SymmetricInvolution readP() {
        int given = (perm != null ? 1 : 0) + (permFile != null ? 1 : 0) + (pFile != null ? 1 : 0);
        if (given != 1) {
            throw new InputException("give exactly one of --perm, --perm-file and --P-file");
        }
        try {
            if (pFile != null) {
                return DenseInvolution.of(Inputs.csvMatrix(pFile, "--P-file"));
            }
            int[] img = perm != null ? Inputs.intList(perm, "--perm") : Inputs.csvIntegers(permFile, "--perm-file");
            return PermutationInvolution.ofOneBased(img);
        } catch (IllegalArgumentException e) {
            String opt = pFile != null ? "--P-file" : (perm != null ? "--perm" : "--perm-file");
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
        ArrayNode cs = o.putArray("checks");
        for (Check c : s.checks()) {
            ObjectNode co = cs.addObject();
            co.put("claim", c.claim());
            co.put("name", c.name());
            co.put("holds", c.holds());
            co.put("detail", c.detail());
        }
        o.put("allHold", s.allHold());
        return o;
    }

    private void printHuman(PrintWriter out, StructuredSpectrum s) {
        out.printf("Proposition 4.1: d = %d, A is %dx%d, case %s (claim %s)%n", s.d(), s.d() + 2, s.d() + 2, s.kase().label(),
                s.kase().claim().id());
        out.printf("  s = ||a||^2 = %s%n  p = a^T P a = %s%n%n", abbreviate(s.s().toString()), abbreviate(s.p().toString()));
        out.printf("  %-4s %-30s %-12s %s%n", "#", "eigenvalue (exact)", "multiplicity", "decimal (" + digits + " digits)");
        int k = 1;
        for (Eigenvalue v : s.eigenvalues()) {
            out.printf("  %-4d %-30s %-12d %s%n", k++, abbreviate(v.exact()), v.multiplicity(), v.decimal(digits));
        }
        out.printf("%n  ||A|| = sqrt(s + |p|) = sqrt(%s) = %s%n", abbreviate(s.spectralNormSquare().toString()),
                Decimals.sqrt(1, s.spectralNormSquare(), digits));
        if (vectors) {
            out.println();
            out.println("  eigenvectors (component = x + y*sqrt(lambda^2)):");
            for (Eigenpair e : s.eigenpairs()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < e.vector().length(); i++) {
                    sb.append(i == 0 ? "" : ", ").append(e.vector().get(i));
                }
                out.printf("    lambda = %s: [%s]%n", abbreviate(e.label()), sb);
            }
        }
        out.println();
        out.println("  checks:");
        for (Check c : s.checks()) {
            out.printf("    %-6s %-62s %s%n", c.claim(), c.name(), c.holds() ? "holds" : "FAILS: " + c.detail());
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 28) + "..." + s.substring(s.length() - 28) + " (" + s.length() + " chars)";
    }
}
