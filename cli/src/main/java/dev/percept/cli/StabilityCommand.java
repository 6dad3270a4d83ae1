package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.binary64.Binary64;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.stability.FastQuadraticStability;
import dev.percept.stability.Inertia;
import dev.percept.stability.QuadraticStability;
import dev.percept.stability.QuadraticStability.Decision;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code percept stability}: claim Q1, exact stability of GD on a quadratic. */
@Command(name = "stability", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Claim Q1: decide exactly whether GD w <- w - eta S w converges from every start (every eigenvalue of S in (0, 2/eta)).",
            "Exact inertia of S and (2/eta) I - S (Sylvester's law, symmetric elimination); rigorous rational enclosure of lambda_max by bisection.",
            "--engine fast: eigenvalues of S in double (EJML), each within 10 n u ||S||_F (+ input rounding); the verdict is",
            "'undecided (within rounding)' when that bound cannot separate lambda_min from 0 or eta lambda_max from 2."})
public final class StabilityCommand implements Callable<Integer> {

    @Option(names = "--S-file", required = true, paramLabel = "FILE", description = "CSV file holding the symmetric rational matrix S.")
    Path sFile;

    @Option(names = "--eta", required = true, paramLabel = "q", description = "The step eta > 0 (rational).")
    String eta;

    @Option(names = "--trajectory", defaultValue = "0", paramLabel = "K", description = "Also print K exact iterates from --start.")
    int trajectory;

    @Option(names = "--start", paramLabel = "r1,...,rn", description = "Start of the trajectory (default all ones).")
    String start;

    @Option(names = "--bisections", defaultValue = "40", paramLabel = "N",
            description = "Bisection steps of the lambda_max enclosure (default ${DEFAULT-VALUE}).")
    int bisections;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Option(names = "--engine", paramLabel = "exact|fast", defaultValue = "exact",
            description = "exact (default): exact inertia; fast: EJML eigenvalues in double with their error bound, verdict or 'undecided'"
                    + " (no --trajectory, --start, --bisections).")
    String engine;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RationalMatrix s = Inputs.csvMatrix(sFile, "--S-file");
        if (!s.isSquare()) {
            throw new InputException("--S-file: " + sFile + ": S is " + s.rows() + "x" + s.cols() + ", not square");
        }
        int[] asym = s.firstAsymmetry();
        if (asym != null) {
            throw new InputException("--S-file: " + sFile + ": S is not symmetric: S[" + (asym[0] + 1) + "," + (asym[1] + 1) + "] = "
                    + s.get(asym[0], asym[1]) + " but S[" + (asym[1] + 1) + "," + (asym[0] + 1) + "] = " + s.get(asym[1], asym[0]));
        }
        Rational e = Inputs.rational(eta, "--eta");
        if (e.signum() <= 0) {
            throw new InputException("--eta: must be positive, got " + e);
        }
        if (trajectory < 0 || trajectory > 10_000) {
            throw new InputException("--trajectory: must be between 0 and 10000, got " + trajectory);
        }
        if (bisections < 0 || bisections > 10_000) {
            throw new InputException("--bisections: must be between 0 and 10000, got " + bisections);
        }
        if (Inputs.fastEngine(engine)) {
            for (String opt : new String[] {"--trajectory", "--start", "--bisections"}) {
                if (spec.commandLine().getParseResult().hasMatchedOption(opt)) {
                    throw new InputException(opt + ": applies to --engine exact only");
                }
            }
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
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
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
            out.println(Json.compact(o));
        } else {
            out.println((dec.converges() ? "converges: " : "does not converge: ") + dec.reason());
            out.println("lambda_max in [" + dec.lambdaMaxLower() + ", " + dec.lambdaMaxUpper() + "], 2/eta = " + Rational.TWO.divide(e));
            for (int t = 0; t < traj.size(); t++) {
                out.println("w_" + t + " = (" + String.join(", ", Arrays.stream(traj.get(t)).map(Rational::toString).toList()) + ")");
            }
        }
        out.flush();
        return Main.OK;
    }

    /** {@code --engine fast}: {@link FastQuadraticStability}. */
    private Integer fast(RationalMatrix s, Rational e) {
        FastQuadraticStability.Decision dec = FastQuadraticStability.decide(s, e);
        PrintWriter out = spec.commandLine().getOut();
        double etaD = Binary64.nearest(e);
        if (json) {
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
            o.put("etaTimesLambdaMax", etaD * dec.lambdaMax());
            o.put("note", "engine fast: EJML eigenvalues in IEEE double (Double.toString), each within errorBound = (10 n u + u) ||S||_F"
                    + " of an exact eigenvalue; converges is null when that bound cannot decide (use --engine exact)");
            out.println(Json.compact(o));
        } else {
            out.println("engine fast (IEEE double, EJML symmetric QR), not exact:");
            out.println(dec.verdict().label() + ": " + dec.reason());
            out.println("lambda_max ~ " + dec.lambdaMax() + " +- " + dec.errorBound() + ", eta * lambda_max ~ " + etaD * dec.lambdaMax()
                    + ", 2/eta = " + Rational.TWO.divide(e));
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
