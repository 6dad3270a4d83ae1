package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.Model;
import dev.percept.dynamics.Perceptron;
import dev.percept.dynamics.Reduction;
import dev.percept.exact.Rational;
import dev.percept.model.ModelKind;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code percept reduce}: GD against the exact perceptron, with the proven bound (claims R1, R2). */
@Command(name = "reduce", header = "How far GD is from the perceptron, with a proven bound (claims R1, R2).",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Claims R1 (linear) and R2 (two-layer, tied): per gamma, the enclosed max_t ||theta_GD,t - theta_P,t|| and the "
                + "bound B_T of Theorem R (spec/reduction.md). Linear: GD with step gamma from 0 vs the perceptron with eta = "
                + "gamma/n from 0.",
            "Two-layer/tied: gamma is the init scale: GD with step n*eta from gamma*theta0 vs the perceptron with step eta "
                + "= --step-size (default 1) from gamma*theta0 (margins grow like gamma^2). Both trajectories scale like gamma; "
                + "'normalized' is the distance divided by gamma.",
            "Exit 1 if a measured distance exceeds its bound.",
            "Exact only (no --engine): its point is an exact comparison of the two trajectories, which double rounding "
                + "would blur."},
        footer = {"", "Examples:", "  percept reduce --data builtin:toy2d --model linear \\",
            "      --gammas 1,10,100,1000,10000 --steps 6",
            "  percept reduce --data builtin:minimal4 --model tied --init seed:1 \\",
            "      --step-size 1/4 --gammas 1,10,100 --steps 6"})
public final class ReduceCommand extends PerceptCommand {

    @Mixin
    ModelOptions opts;

    @Mixin
    CommonOptions.Tie tie;

    @Option(names = "--gammas", required = true, paramLabel = "g1,g2,...", description = "Scales gamma > 0, exact rationals.")
    String gammas;

    @Mixin
    CommonOptions.Steps steps;

    @Mixin
    CommonOptions.StepSize step = new CommonOptions.StepSize("1");

    @Mixin
    CommonOptions.WorkingDigits digits = new CommonOptions.WorkingDigits(30);

    @Mixin
    CommonOptions.Quiet quiet;

    @Override
    public Integer call() {
        int t = steps.value();
        int wd = digits.value();
        Rational[] gs = Inputs.rationalList(gammas, "--gammas");
        for (int i = 0; i < gs.length; i++) {
            if (gs[i].signum() <= 0) {
                throw new InputException("--gammas: entry " + (i + 1) + " must be > 0, got " + gs[i]);
            }
        }
        Dataset data = opts.dataset();
        Model m = opts.build(data.d());
        if (m.kind() == ModelKind.LINEAR) {
            Given.reject(spec, "applies to two-layer and tied models; linear uses the perceptron step gamma/n", "--step-size", "--eta");
        }
        Rational e = step.value();
        Rational[] theta0 = opts.theta0(m);
        Perceptron.Result p = Reduction.normalizedPerceptron(m, data, e, theta0, t, tie.mode());
        int horizon = Reduction.horizon(p, t);
        List<Reduction.Row> rows = new ArrayList<>();
        try (ProgressDisplay progress = ProgressDisplay.open(spec, quiet.quiet)) {
            progress.update("reduce", 0, gs.length);
            for (Rational g : gs) {
                rows.add(Reduction.compareDecided(m, data, e, theta0, p, t, tie.mode(), g, wd));
                progress.update("reduce", rows.size(), gs.length);
            }
        }
        String claim = Reduction.claimFor(m);
        String scaling = m.kind() == ModelKind.LINEAR ? "GD step gamma, perceptron eta = gamma/n, both from 0"
                : "GD step n*eta from gamma*theta0, perceptron step eta from gamma*theta0";
        PrintWriter out = out();
        if (json.on()) {
            ObjectNode o = Json.object();
            o.put("claim", claim);
            o.put("model", m.name());
            o.put("steps", horizon);
            o.put("perceptronConverged", p.converged());
            o.put("perceptronIterations", p.iterations());
            o.put("scaling", scaling);
            ArrayNode rs = o.putArray("rows");
            for (Reduction.Row r : rows) {
                ObjectNode ro = rs.addObject();
                ro.put("gamma", r.gamma().toString());
                ro.put("distance", up(r.maxDistanceUpper()));
                ro.put("distanceLower", down(r.maxDistanceLower()));
                ro.put("normalized", up(normalized(r)));
                ro.put("bound", up(r.maxBound()));
                ro.put("holds", r.verdict().label());
            }
            json.write(out, o);
        }
        if (json.text()) {
            out.printf("reduce (claim %s): model %s on %s, %d step(s); perceptron %s after %d update(s)%n", claim, m.name(), data.name(), horizon,
                    p.converged() ? "converged" : "did not converge", p.iterations());
            out.printf("  %s%n", m.kind() == ModelKind.LINEAR ? "GD step gamma vs perceptron eta = gamma/n, both from 0"
                    : "GD step n*eta from gamma*theta0 vs perceptron step eta from gamma*theta0");
            out.printf("  %-10s %-26s %-14s %-14s %s%n", "gamma", "max_t ||GD - P|| (encl.)", "normalized", "bound B_T", "bound holds");
            for (Reduction.Row r : rows) {
                out.printf("  %-10s %-26s %-14s %-14s %s%n", r.gamma(), "[" + down(r.maxDistanceLower()) + ", " + up(r.maxDistanceUpper()) + "]",
                        up(normalized(r)), up(r.maxBound()), r.verdict());
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

    /** The distance's upper enclosure divided by gamma, rounded up to 4 digits: both trajectories scale like gamma. */
    private static BigDecimal normalized(Reduction.Row r) {
        return r.maxDistanceUpper().multiply(new BigDecimal(r.gamma().denominator()))
                .divide(new BigDecimal(r.gamma().numerator()), new MathContext(4, RoundingMode.UP));
    }

    static String up(BigDecimal x) {
        return x.signum() == 0 ? "0" : x.round(new MathContext(4, RoundingMode.UP)).toString();
    }

    static String down(BigDecimal x) {
        return x.signum() == 0 ? "0" : x.round(new MathContext(4, RoundingMode.DOWN)).toString();
    }
}
