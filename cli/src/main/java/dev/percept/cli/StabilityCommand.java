package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.binary64.Binary64;
import dev.percept.stability.FastQuadraticStability;
import dev.percept.stability.Inertia;
import dev.percept.stability.QuadraticStability;
import dev.percept.stability.QuadraticStability.Decision;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code percept stability}: claim Q1, exact stability of GD on a quadratic. */
@Command(name = "stability", header = "GD on a quadratic, decided exactly (claim Q1).",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Claim Q1: decide exactly whether GD w <- w - eta S w converges from every start (every eigenvalue of S in (0, "
                + "2/eta)).",
            "Exact inertia of S and (2/eta) I - S (Sylvester's law, symmetric elimination); rigorous rational enclosure of "
                + "lambda_max by bisection.",
            "--engine fast: eigenvalues of S in double (FastSymmetricEigen), each within 10 n u ||S||_F (+ input rounding); the verdict "
                + "is 'undecided (within rounding)' when that bound cannot separate lambda_min from 0 or eta lambda_max from 2.",
            BoundedInput.LIMITS},
        footer = {"", "Examples (S.csv holds the rows 2,1 and 1,2):", "  percept stability --matrix S.csv --step-size 1/2",
            "  percept stability --matrix S.csv --step-size 2/3 --trajectory 3",
            "  percept stability --matrix S.csv --step-size 2/3 --engine fast"})
public final class StabilityCommand extends PerceptCommand {

    @Mixin
    CommonOptions.SymmetricMatrixFile matrix;

    /** The old name of {@code --matrix}. */
    @Option(names = "--S-file", hidden = true)
    void sFile(Path file) {
        matrix.alias("--S-file", file);
    }

    @Mixin
    CommonOptions.StepSize step = new CommonOptions.StepSize(null);

    @Mixin
    NumericInput numbers;

    /** More iterates than this are taken for a typo: each is a line of exact rationals whose size grows with k. */
    static final int MAX_TRAJECTORY = 10_000;
    /** Each bisection halves the enclosure: 10000 are about 3000 decimal digits, more is taken for a typo. */
    static final int MAX_BISECTIONS = 10_000;

    @Option(names = "--trajectory", defaultValue = "0", paramLabel = "K",
            description = "Also print K exact iterates from --start, from 0 to 10000 (default 0): more is taken for a typo, each iterate being"
                    + " a line of exact rationals that grow with k.")
    int trajectory;

    @Option(names = "--start", paramLabel = "r1,...,rn", description = "Start of the --trajectory (default all ones).")
    String start;

    @Option(names = "--bisections", defaultValue = "40", paramLabel = "N",
            description = "Bisection steps of the lambda_max enclosure, from 0 to 10000 (default ${DEFAULT-VALUE}): each halves it; 10000 are"
                    + " about 3000 decimal digits, more is taken for a typo.")
    int bisections;

    @Mixin
    CommonOptions.EngineChoice engine;

    @Mixin
    CommonOptions.Full full;

    @Override
    public Integer call() {
        RationalMatrix s = matrix.read(numbers);
        numbers.checkApplies();
        Rational e = step.value();
        if (trajectory < 0 || trajectory > MAX_TRAJECTORY) {
            throw new InputException("--trajectory: must be between 0 and " + MAX_TRAJECTORY + ", got " + trajectory);
        }
        if (bisections < 0 || bisections > MAX_BISECTIONS) {
            throw new InputException("--bisections: must be between 0 and " + MAX_BISECTIONS + ", got " + bisections);
        }
        engine.rejectWithFast(spec, "the fast engine decides from double eigenvalues, with no iterates or bisection",
                "--trajectory", "--start", "--bisections");
        engine.rejectWithFast(spec, "doubles are printed whole", "--full");
        if (trajectory == 0) {
            Given.reject(spec, "applies with --trajectory K > 0 (it is the trajectory's start)", "--start");
        }
        NumberText num = full.text(spec, json);
        if (engine.fast()) {
            return fast(s, e);
        }
        Rational[] w0 = new Rational[s.rows()];
        Arrays.fill(w0, Rational.ONE);
        if (start != null) {
            w0 = Inputs.rationalList(start, "--start");
            if (w0.length != s.rows()) {
                throw new InputException("--start: has " + w0.length + " entries, S is " + s.rows() + "x" + s.rows());
            }
        }
        Decision dec = QuadraticStability.decide(s, e, bisections);
        List<Rational[]> traj = trajectory > 0 ? QuadraticStability.trajectory(s, e, w0, trajectory) : List.of();
        PrintWriter out = out();
        if (json.on()) {
            ObjectNode o = Json.object();
            o.put("converges", dec.converges());
            o.put("reason", dec.reason());
            ObjectNode lm = o.putObject("lambdaMax");
            lm.put("lower", dec.lambdaMaxLower().toString());
            lm.put("upper", dec.lambdaMaxUpper().toString());
            o.put("eta", e.toString());
            o.put("twoOverEta", Rational.TWO.divide(e).toString());
            o.set("inertiaS", inertia(dec.inertiaS()));
            o.set("inertiaTwoOverEtaMinusS", inertia(dec.inertiaGap()));
            if (!traj.isEmpty()) {
                ArrayNode t = o.putArray("trajectory");
                for (Rational[] w : traj) {
                    ArrayNode row = t.addArray();
                    for (Rational x : w) {
                        row.add(x.toString());
                    }
                }
            }
            numbers.toJson(o);
            json.write(out, o);
        }
        if (json.text()) {
            out.println((dec.converges() ? "converges: " : "does not converge: ") + dec.reason());
            out.println("lambda_max in [" + num.of(dec.lambdaMaxLower()) + ", " + num.of(dec.lambdaMaxUpper()) + "], 2/eta = "
                    + num.of(Rational.TWO.divide(e)));
            for (int t = 0; t < traj.size(); t++) {
                out.println("w_" + t + " = " + num.vector(traj.get(t)));
            }
            out.println(numbers.line());
            num.note(out);
        }
        out.flush();
        return Main.OK;
    }

    /** {@code --engine fast}: {@link FastQuadraticStability}. */
    private Integer fast(RationalMatrix s, Rational e) {
        FastQuadraticStability.Decision dec = Engine.inDoubleRange(() -> FastQuadraticStability.decide(s, e));
        PrintWriter out = out();
        double etaD = Binary64.nearest(e);
        if (json.on()) {
            ObjectNode o = Json.object();
            o.put("engine", "fast");
            if (dec.verdict() == FastQuadraticStability.Verdict.UNDECIDED) {
                o.putNull("converges");
            } else {
                o.put("converges", dec.verdict() == FastQuadraticStability.Verdict.CONVERGES);
            }
            o.put("verdict", dec.verdict().label());
            o.put("reason", dec.reason());
            o.put("lambdaMin", dec.lambdaMin());
            o.put("lambdaMax", dec.lambdaMax());
            ArrayNode ev = o.putArray("eigenvalues");
            for (double v : dec.eigenvalues()) {
                ev.add(v);
            }
            o.put("errorBound", dec.errorBound());
            o.put("eta", e.toString());
            o.put("twoOverEta", Rational.TWO.divide(e).toString());
            double etaLambda = etaD * dec.lambdaMax();
            if (Double.isFinite(etaLambda)) {
                o.put("etaTimesLambdaMax", etaLambda);
            } else {
                o.putNull("etaTimesLambdaMax"); // beyond the double range; the verdict was decided exactly
            }
            o.put("note", "engine fast: IEEE double eigenvalues (Householder tridiagonalisation, then EJML symmetric QR), printed by Double.toString, each within errorBound = (10 n u + u) ||S||_F"
                    + " (+ n 2^-1074 + 2^-1073 for underflow) of an exact eigenvalue; converges is null when that bound cannot decide (use --engine exact)");
            numbers.toJson(o);
            json.write(out, o);
        }
        if (json.text()) {
            out.println("engine fast (IEEE double, Householder tridiagonalisation and symmetric QR), not exact:");
            out.println(dec.verdict().label() + ": " + dec.reason());
            double etaLambda = etaD * dec.lambdaMax();
            out.println("lambda_max ~ " + dec.lambdaMax() + " +- " + dec.errorBound() + ", eta * lambda_max ~ "
                    + (Double.isFinite(etaLambda) ? String.valueOf(etaLambda) : "(beyond the double range)")
                    + ", 2/eta = " + Rational.TWO.divide(e));
            out.println(numbers.line());
        }
        out.flush();
        return Main.OK;
    }

    private static ObjectNode inertia(Inertia in) {
        ObjectNode o = Json.object();
        o.put("positive", in.positive());
        o.put("negative", in.negative());
        o.put("zero", in.zero());
        return o;
    }
}
