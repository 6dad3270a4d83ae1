package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.exact.Decimals;
import dev.percept.exact.Rational;
import dev.percept.exact.SurdVector;
import dev.percept.fast.FastData;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code percept spectrum}: the exact spectrum of a Proposition 4.1 matrix, certified, in O(d). */
@Command(name = "spectrum", header = "Proposition 4.1, exactly, in O(d).",
        mixinStandardHelpOptions = true,
        description = {"Exact spectrum of A = [[0,0,a^T],[0,0,(Pa)^T],[a,Pa,0]] (Proposition 4.1) in O(d), with checked certificates.",
            "Give a by --a or --a-file, and P by --perm, --perm-file (1-based involution) or --P-file (symmetric orthogonal "
                + "matrix).",
            "--engine fast (permutation P only): the eigenvalues in double, O(d), with their relative error bound."},
        sortOptions = false,
        footer = {"", "Examples:", "  percept spectrum --a -1/2,3,5/2 --perm 2,1,3 --digits 20",
            "  percept spectrum --a 1,1,1,-1 --perm 2,1,3,4 --vectors --json"})
public final class SpectrumCommand extends PerceptCommand {

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
        SymmetricInvolution p = readP();
        StructuredMatrix m;
        try {
            m = StructuredMatrix.of(av, p);
        } catch (IllegalArgumentException e) {
            throw new InputException((a != null ? "--a" : "--a-file") + ": " + e.getMessage());
        }
        if (engine.fast()) {
            return fast(av, p);
        }
        StructuredSpectrum s = Prop41.analyze(m, Prop41.DEFAULT_DENSE_LIMIT);
        PrintWriter out = out();
        if (json.on()) {
            json.write(out, toJson(s, n, vectors));
        }
        if (json.text()) {
            printHuman(out, num, s, n);
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
        double[] a = FastData.vector(av);
        int[] img = new int[av.length];
        for (int i = 0; i < a.length; i++) {
            img[i] = perm.image(i);
        }
        double[] ev = dev.percept.fast.FastStructuredSpectrum.eigenvalues(a, img);
        double bound = dev.percept.fast.FastStructuredSpectrum.relativeErrorBound(a.length);
        PrintWriter out = out();
        if (json.on()) {
            ObjectNode o = Json.object();
            o.put("engine", "fast");
            o.put("d", a.length);
            ArrayNode arr = o.putArray("eigenvalues");
            for (double v : ev) {
                arr.add(v);
            }
            o.put("relativeErrorBound", bound);
            o.put("note", "|lambda_hat - lambda| <= relativeErrorBound * |lambda| for the matrix of the double-rounded a");
            json.write(out, o);
        }
        if (json.text()) {
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
        out.println();
        out.println("  checks:");
        for (Check c : s.checks()) {
            out.printf("    %-6s %-62s %s%n", c.claim(), c.name(), c.holds() ? "holds" : "FAILS: " + c.detail());
        }
        num.note(out);
    }
}
