package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.model.ModelKind;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.Model;
import dev.percept.dynamics.Perceptron;
import dev.percept.dynamics.Reduction;
import dev.percept.exact.Rational;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code percept reduce}: GD against the exact perceptron, with the proven bound (claims R1, R2). */
@Command(name = "reduce", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Claims R1 (linear) and R2 (two-layer, tied): per gamma, the enclosed max_t ||theta_GD,t - theta_P,t|| and the bound B_T",
            "of Theorem R (spec/reduction.md). Linear: GD with step gamma from 0 vs the perceptron with eta = gamma/n from 0.",
            "Two-layer/tied: gamma is the init scale: GD with step n*eta from gamma*theta0 vs the perceptron with step eta from gamma*theta0",
            "(margins grow like gamma^2). Both trajectories scale like gamma; 'normalized' is the distance divided by gamma.",
            "Exit 1 if a measured distance exceeds its bound.",
            "Exact only (no --engine): its point is an exact comparison of the two trajectories, which double rounding would blur."})
public final class ReduceCommand implements Callable<Integer> {

    @Mixin
    ModelOptions opts;

    @Option(names = "--gammas", required = true, paramLabel = "g1,g2,...", description = "Scales gamma > 0, exact rationals.")
    String gammas;

    @Option(names = "--steps", required = true, paramLabel = "T", description = "Number of steps compared (>= 0).")
    int steps;

    @Option(names = "--eta", paramLabel = "q", defaultValue = "1", description = "Two-layer/tied: perceptron step (GD step n*eta); default ${DEFAULT-VALUE}.")
    String eta;

    @Option(names = "--digits", paramLabel = "N", defaultValue = "30", description = "Working digits of the GD enclosure of the distance (default ${DEFAULT-VALUE}).")
    int digits;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (steps < 0) {
            throw new InputException("--steps: must be >= 0, got " + steps);
        }
        if (digits < 10 || digits > 2000) {
            throw new InputException("--digits: must be between 10 and 2000, got " + digits);
        }
        Rational[] gs = Inputs.rationalList(gammas, "--gammas");
        for (int i = 0; i < gs.length; i++) {
            if (gs[i].signum() <= 0) {
                throw new InputException("--gammas: entry " + (i + 1) + " must be > 0, got " + gs[i]);
            }
        }
        Rational e = Inputs.rational(eta, "--eta");
        if (e.signum() <= 0) {
            throw new InputException("--eta: must be > 0, got " + eta);
        }
        Dataset data = opts.dataset();
        Model m = opts.build(data.d());
        Rational[] theta0 = opts.theta0(m);
        Perceptron.Result p = Reduction.normalizedPerceptron(m, data, e, theta0, steps, opts.tieMode());
        int horizon = Reduction.horizon(p, steps);
        List<Reduction.Row> rows = new ArrayList<>();
        for (Rational g : gs) {
            Reduction.Row r = Reduction.compare(m, data, e, theta0, p, steps, opts.tieMode(), g, digits);
            // An undecided comparison only means the enclosure is too wide: retry at more digits.
            for (int d = 2 * digits; r.verdict() == Reduction.Verdict.UNDECIDED && d <= 8 * digits; d *= 2) {
                r = Reduction.compare(m, data, e, theta0, p, steps, opts.tieMode(), g, d);
            }
            rows.add(r);
        }
        String claim = Reduction.claimFor(m);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = Json.object();
            o.put("claim", claim);
            o.put("model", m.name());
            o.put("steps", horizon);
            o.put("perceptronConverged", p.converged());
            o.put("perceptronIterations", p.iterations());
            o.put("scaling", m.kind() == ModelKind.LINEAR ? "GD step gamma, perceptron eta = gamma/n, both from 0"
                    : "GD step n*eta from gamma*theta0, perceptron step eta from gamma*theta0");
            ArrayNode rs = o.putArray("rows");
            for (Reduction.Row r : rows) {
                ObjectNode ro = rs.addObject();
                ro.put("gamma", r.gamma().toString());
                ro.put("distance", up(r.maxDistanceUpper()));
                ro.put("distanceLower", down(r.maxDistanceLower()));
                ro.put("normalized", up(r.maxDistanceUpper().multiply(new BigDecimal(r.gamma().denominator()))
                        .divide(new BigDecimal(r.gamma().numerator()), new MathContext(4, RoundingMode.UP))));
                ro.put("bound", up(r.maxBound()));
                ro.put("holds", r.verdict().label());
            }
            out.println(Json.compact(o));
        } else {
            out.printf("reduce (claim %s): model %s on %s, %d step(s); perceptron %s after %d update(s)%n", claim, m.name(), data.name(), horizon,
                    p.converged() ? "converged" : "did not converge", p.iterations());
            out.printf("  %s%n", m.kind() == ModelKind.LINEAR ? "GD step gamma vs perceptron eta = gamma/n, both from 0"
                    : "GD step n*eta from gamma*theta0 vs perceptron step eta from gamma*theta0");
            out.printf("  %-10s %-26s %-14s %-14s %s%n", "gamma", "max_t ||GD - P|| (encl.)", "normalized", "bound B_T", "bound holds");
            for (Reduction.Row r : rows) {
                BigDecimal norm = r.maxDistanceUpper().multiply(new BigDecimal(r.gamma().denominator()))
                        .divide(new BigDecimal(r.gamma().numerator()), new MathContext(4, RoundingMode.UP));
                out.printf("  %-10s %-26s %-14s %-14s %s%n", r.gamma(), "[" + down(r.maxDistanceLower()) + ", " + up(r.maxDistanceUpper()) + "]",
                        up(norm), up(r.maxBound()), r.verdict());
            }
        }
        out.flush();
        for (Reduction.Row r : rows) {
            if (r.verdict() != Reduction.Verdict.HOLDS) {
                throw new ClaimFailure(claim + " bound " + r.verdict() + " at gamma = " + r.gamma() + ": distance <= " + up(r.maxDistanceUpper())
                        + ", bound " + up(r.maxBound()));
            }
        }
        return Main.OK;
    }

    static String up(BigDecimal x) {
        return x.signum() == 0 ? "0" : x.round(new MathContext(4, RoundingMode.UP)).toString();
    }

    static String down(BigDecimal x) {
        return x.signum() == 0 ? "0" : x.round(new MathContext(4, RoundingMode.DOWN)).toString();
    }
}
