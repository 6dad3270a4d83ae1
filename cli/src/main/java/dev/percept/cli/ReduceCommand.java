package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.Model;
import dev.percept.dynamics.Perceptron;
import dev.percept.dynamics.Reduction;
import dev.percept.exact.Rational;
import dev.percept.minimal.MainBound;
import dev.percept.minimal.MainBoundAlongGd;
import dev.percept.minimal.MinimalFamily;
import dev.percept.model.ModelKind;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
            "Each GD step is also read as a perceptron step plus an explicit error (spec/main-bound.md): theta_{t+1} = theta_t + eta "
                + "sum_i omega_i g_i(theta_t) + xi_t, with the option o_t the perceptron would take at the GD iterate and a certified "
                + "enclosure of ||xi_t|| (JSON: asPerceptron; text: --explain). On the minimal family (tied model, identity, P = swap 1 "
                + "2, points (1,..,1) +1 and (1+mu,1,..,1) -1) the bound of o_t (claims L2, L2.A1, L2.B) is checked where its "
                + "hypotheses hold.",
            "Exit 1 if a measured distance exceeds its bound, or a main-bound step fails where its hypotheses hold.",
            "Exact only (no --engine): its point is an exact comparison of the two trajectories, which double rounding "
                + "would blur.",
            BoundedInput.LIMITS},
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

    @Option(names = "--explain", description = "Text output: also print every GD step as a perceptron step plus an error xi_t (option, ||xi_t||, main bound).")
    boolean explain;

    @Mixin
    CommonOptions.Quiet quiet;

    @Override
    public Integer call() {
        int t = steps.value();
        int wd = digits.value();
        if (!json.text()) {
            Given.reject(spec, "applies to the text output (--json always carries asPerceptron)", "--explain");
        }
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
        opts.numbers.checkApplies();
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
        Optional<MinimalFamily> family = MinimalFamily.recognize(m, data);
        List<List<MainBoundAlongGd.Step>> views = new ArrayList<>();
        for (Reduction.Row r : rows) {
            views.add(MainBoundAlongGd.of(family, e, r));
        }
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
            o.put("minimalFamily", family.map(f -> "d=" + f.d() + " mu=" + f.mu()).orElse(null));
            ArrayNode rs = o.putArray("rows");
            for (int i = 0; i < rows.size(); i++) {
                Reduction.Row r = rows.get(i);
                ObjectNode ro = rs.addObject();
                ro.put("gamma", r.gamma().toString());
                ro.put("distance", up(r.maxDistanceUpper()));
                ro.put("distanceLower", down(r.maxDistanceLower()));
                ro.put("normalized", up(normalized(r)));
                ro.put("bound", up(r.maxBound()));
                ro.put("holds", r.verdict().label());
                asPerceptronJson(ro.putObject("asPerceptron"), views.get(i));
            }
            opts.numbers.toJson(o);
            json.write(out, o);
        }
        if (json.text()) {
            out.printf("reduce (claim %s): model %s on %s, %d step(s); perceptron %s after %d update(s)%n", claim, m.name(), data.name(), horizon,
                    p.converged() ? "converged" : "did not converge", p.iterations());
            out.printf("  %s%n", opts.numbers.line());
            out.printf("  %s%n", m.kind() == ModelKind.LINEAR ? "GD step gamma vs perceptron eta = gamma/n, both from 0"
                    : "GD step n*eta from gamma*theta0 vs perceptron step eta from gamma*theta0");
            out.printf("  %-10s %-26s %-14s %-14s %s%n", "gamma", "max_t ||GD - P|| (encl.)", "normalized", "bound B_T", "bound holds");
            for (Reduction.Row r : rows) {
                out.printf("  %-10s %-26s %-14s %-14s %s%n", r.gamma(), "[" + down(r.maxDistanceLower()) + ", " + up(r.maxDistanceUpper()) + "]",
                        up(normalized(r)), up(r.maxBound()), r.verdict());
            }
            if (explain) {
                for (int i = 0; i < rows.size(); i++) {
                    explainText(out, rows.get(i).gamma(), views.get(i), family.isPresent());
                }
            }
        }
        out.flush();
        for (Reduction.Row r : rows) {
            if (r.verdict() != Reduction.Verdict.HOLDS) {
                throw new ClaimFailure(claim + " bound " + r.verdict() + " at gamma = " + r.gamma() + ": distance <= " + up(r.maxDistanceUpper())
                        + ", bound " + up(r.maxBound()));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            for (MainBoundAlongGd.Step st : views.get(i)) {
                MainBound.Certified b = st.bound();
                if (b != null && b.hypothesis().equals("holds") && b.verdict().equals("fails")) {
                    throw new ClaimFailure(b.option().claim() + " fails along GD at gamma = " + rows.get(i).gamma() + ", t = " + st.t()
                            + ": ||theta_{t+1}||^2 >= " + down(b.lhsUpper()) + " > inf_s RHS");
                }
            }
        }
        return Main.OK;
    }

    /** The JSON of one row's steps as a perceptron plus an error (the documented addition to reduce --json). */
    private static void asPerceptronJson(ObjectNode o, List<MainBoundAlongGd.Step> steps) {
        MainBoundAlongGd.Summary sum = MainBoundAlongGd.summarize(steps);
        o.put("maxXi", up(MainBoundAlongGd.maxXiUpper(steps)));
        o.put("maxRelativeXi", up(MainBoundAlongGd.maxRelativeXiUpper(steps)));
        o.put("boundChecked", sum.checked());
        o.put("boundHolds", sum.holds());
        o.put("boundFails", sum.fails());
        o.put("hypothesisFails", sum.hypothesisFails());
        o.put("undecided", sum.undecided());
        ArrayNode a = o.putArray("steps");
        for (MainBoundAlongGd.Step st : steps) {
            ObjectNode so = a.addObject();
            so.put("t", st.t());
            so.put("option", st.option());
            so.put("xiLower", st.xiLower() == null ? null : down(st.xiLower()));
            so.put("xiUpper", st.xiUpper() == null ? null : up(st.xiUpper()));
            so.put("relativeXi", st.relativeXiUpper() == null ? null : up(st.relativeXiUpper()));
            MainBound.Certified b = st.bound();
            if (b != null) {
                ObjectNode bo = so.putObject("bound");
                bo.put("claim", b.option().claim());
                bo.put("hypothesis", b.hypothesis());
                bo.put("fragmentStep", b.fragmentStep());
                bo.put("verdict", b.verdict());
                bo.put("lhs", up(b.lhsUpper()));
                bo.put("rhs", down(b.rhsLower()));
                bo.put("ratio", b.ratioUpper() == null ? null : b.ratioUpper().toString());
            }
        }
    }

    /** {@code holds -> hold}, {@code fails -> fail} (for "hypotheses ..."). */
    private static String plural(String verdict) {
        return verdict.equals("holds") ? "hold" : verdict.equals("fails") ? "fail" : verdict;
    }

    /** The text of one row's steps (--explain). */
    private static void explainText(PrintWriter out, Rational gamma, List<MainBoundAlongGd.Step> steps, boolean family) {
        MainBoundAlongGd.Summary sum = MainBoundAlongGd.summarize(steps);
        out.printf("  gamma = %s: each GD step as a perceptron step plus an error, theta_{t+1} = theta_t + eta sum_i omega_i g_i(theta_t) + xi_t%n", gamma);
        out.printf("    %-4s %-9s %-28s %-14s %s%n", "t", "option", "||xi_t|| (encl.)", "/||theta_t||",
                family ? "main bound of the option (LHS = ||theta_{t+1}||^2, RHS its bound)" : "");
        for (MainBoundAlongGd.Step st : steps) {
            String xi = st.xiUpper() == null ? "-" : "[" + down(st.xiLower()) + ", " + up(st.xiUpper()) + "]";
            String rel = st.relativeXiUpper() == null ? "-" : up(st.relativeXiUpper());
            MainBound.Certified b = st.bound();
            String bound = b == null ? "" : b.option().claim() + ": hypotheses " + plural(b.hypothesis()) + "; bound " + b.verdict()
                    + (b.ratioUpper() == null ? "" : " (LHS / inf_s RHS <= " + b.ratioUpper() + ")");
            out.printf("    %-4d %-9s %-28s %-14s %s%n", st.t(), st.option(), xi, rel, bound);
        }
        out.printf("    max ||xi_t|| <= %s, max ||xi_t||/||theta_t|| <= %s%s%n", up(MainBoundAlongGd.maxXiUpper(steps)),
                up(MainBoundAlongGd.maxRelativeXiUpper(steps)), family ? "; main bound checked at " + sum.checked() + " step(s) with its hypotheses: "
                        + sum.holds() + " hold, " + sum.fails() + " fail; hypotheses fail at " + sum.hypothesisFails() + ", undecided " + sum.undecided() : "");
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
