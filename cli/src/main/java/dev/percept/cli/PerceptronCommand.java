package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.dynamics.Activation;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.Model;
import dev.percept.dynamics.Perceptron;
import dev.percept.exact.QuadraticSurd;
import dev.percept.exact.Rational;
import dev.percept.fast.FastData;
import dev.percept.fast.FastLinearRuns;
import dev.percept.model.MistakeLog;
import dev.percept.model.ModelKind;
import dev.percept.model.PerceptronStop;
import dev.percept.structured.Eigenpair;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code percept perceptron}: the exact generalized (batch) perceptron. */
@Command(name = "perceptron", header = "The exact generalized perceptron (claims R1, R2).",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Exact generalized batch perceptron theta <- theta + eta sum_i omega(y_i f(x_i)) y_i grad f(x_i), in rationals, "
                + "with step eta = --step-size (default 1). Stops when every margin y_i f(x_i) is positive (converged), when an iterate "
                + "repeats (a fixed point, or a cycle: the run would repeat forever), or after --steps updates. Memory stays bounded: "
                + "beyond 10000 updates the mistakes per update are summarised (first and last 100, histogram).",
            "For two-layer and tied models each step is checked to equal (I + eta A_t) theta on the current activation "
                + "pattern (exit 1 if not); for tied, A_t is checked to have the Proposition 4.1 form M(b) and --explain prints "
                + "the iterate's components along its certified eigenvectors.",
            "--engine fast (linear model only): the same run in IEEE double (dev.percept.fast), not exact; margins whose "
                + "sign rounding could flip (|z| <= gamma_d sum_j |theta_j x_ij|) are reported as uncertain.",
            BoundedInput.LIMITS},
        footer = {"", "Examples:", "  percept perceptron --data builtin:toy2d --model linear --steps 20",
            "  percept perceptron --data builtin:minimal4 --model tied --init seed:1 \\",
            "      --step-size 1/4 --steps 20 --explain"})
public final class PerceptronCommand extends PerceptCommand {

    @Mixin
    ModelOptions opts;

    @Mixin
    CommonOptions.Tie tie;

    @Mixin
    CommonOptions.Steps steps;

    @Mixin
    CommonOptions.StepSize step = new CommonOptions.StepSize("1");

    @Option(names = "--explain", description = "Tied model: per step, eigenvalues of A_t and the growth along each eigenvector.")
    boolean explain;

    @Mixin
    CommonOptions.EngineChoice engine;

    @Mixin
    CommonOptions.Full full;

    @Mixin
    CommonOptions.Quiet quiet;

    /** Steps --explain prints at most (each is a line): the run goes on, later steps are counted, not printed. */
    static final int EXPLAIN_KEPT = MistakeLog.KEEP_ALL;

    @Override
    public Integer call() {
        int maxSteps = steps.value();
        Rational e = step.value();
        Dataset data = opts.dataset();
        Model m = opts.build(data.d());
        Rational[] theta0 = opts.theta0(m);
        engine.rejectWithFast(spec, "it prints certified exact eigenvectors", "--explain");
        engine.rejectWithFast(spec, "doubles are printed whole", "--full");
        if (explain && m.kind() != ModelKind.TIED) {
            throw new InputException("--explain: applies to --model tied only (its steps have the Proposition 4.1 form), got " + m.name());
        }
        NumberText num = full.text(spec, json);
        if (engine.fast()) {
            if (m.kind() != ModelKind.LINEAR) {
                throw new InputException("--engine fast: supports --model linear only (got " + m.name() + "); use --engine exact");
            }
            return fast(m, data, e, maxSteps);
        }
        opts.numbers.checkApplies();
        Perceptron.Result r;
        try (ProgressDisplay progress = ProgressDisplay.open(spec, quiet.quiet)) {
            // Bounded memory however many --steps: mistakes summarised beyond MistakeLog.KEEP_ALL, steps retained only for --explain.
            r = Perceptron.run(m, data, e, theta0, maxSteps, tie.mode(), explain,
                    new Perceptron.Options(explain ? EXPLAIN_KEPT : 0, true, MistakeLog.standard(), progress));
        }
        PrintWriter out = out();
        if (json.on()) {
            ObjectNode o = toJson(m, e, r, explain);
            opts.numbers.toJson(o);
            json.write(out, o);
        }
        if (json.text()) {
            printHuman(out, num, m, data, e, r);
        }
        out.flush();
        if (!r.identitiesHold()) {
            throw new ClaimFailure("R2 per-pattern identity fails: a perceptron step differs from (I + eta A_t) theta");
        }
        return Main.OK;
    }

    /** At most this many uncertain margins are listed in JSON (all are counted). */
    static final int UNCERTAIN_LISTED = 20;

    /** {@code --engine fast}: the linear batch perceptron in double ({@link FastLinearRuns#perceptron}). */
    private Integer fast(Model m, Dataset data, Rational eta, int maxSteps) {
        FastData in = fastData(data, eta);
        FastLinearRuns.LongRun r;
        try (ProgressDisplay progress = ProgressDisplay.open(spec, quiet.quiet)) {
            r = Engine.inDoubleRange(() -> FastLinearRuns.perceptron(new double[data.d()], in.x(), in.y(), in.step(), tie.mode(), maxSteps,
                    MistakeLog.standard(), UNCERTAIN_LISTED, true, progress));
        }
        PrintWriter out = out();
        if (json.on()) {
            ObjectNode o = Json.object();
            o.put("engine", "fast");
            o.put("model", m.name());
            o.put("iterations", r.iterations());
            o.put("converged", r.converged());
            ArrayNode th = o.putArray("theta");
            for (double v : r.theta()) {
                th.add(v);
            }
            o.put("stop", r.stop().label());
            if (r.period() > 0) {
                o.put("period", r.period());
            }
            putMistakes(o, r.mistakes());
            o.put("parameterOrder", m.parameterOrder());
            o.put("eta", eta.toString());
            o.put("etaDouble", in.step());
            o.put("tie", tie.mode().label());
            o.put("inputsExactInDouble", in.exact());
            o.put("uncertainMarginCount", r.uncertainCount());
            ArrayNode um = o.putArray("uncertainMargins");
            for (FastLinearRuns.UncertainMargin u : r.uncertain()) {
                ObjectNode x = um.addObject();
                x.put("step", u.step());
                x.put("point", u.point() + 1);
                x.put("margin", u.margin());
                x.put("bound", u.bound());
            }
            o.put("note", FAST_NOTE);
            opts.numbers.toJson(o);
            json.write(out, o);
        }
        if (json.text()) {
            out.printf("perceptron (engine fast: IEEE double, not exact): model %s on %s (n = %d, d = %d), eta = %s, tie = %s%n", m.name(),
                    data.name(), data.n(), data.d(), in.step(), tie.mode().label());
            out.printf("  %s%n", opts.numbers.line());
            if (!in.exact()) {
                out.println("  note: the data or eta are not exactly representable in double and were rounded to nearest");
            }
            out.printf("  %s; mistakes per update: %s%n", outcome(r.stop(), r.period(), r.iterations()), mistakesText(r.mistakes()));
            out.printf("  parameter order: %s%n", m.parameterOrder());
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.theta().size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(r.theta().get(i));
            }
            out.printf("  theta = (%s) (doubles)%n", sb);
            if (r.uncertain().isEmpty()) {
                out.println("  every margin's sign is certified (|z| > gamma_d sum_j |theta_j x_ij|, or an exact 0): same omegas as exact"
                        + " arithmetic on these double iterates");
            } else {
                FastLinearRuns.UncertainMargin u = r.uncertain().get(0);
                out.printf("  WARNING: %d margin(s) within the rounding bound of 0, their omegas are NOT certified (first: iterate %d, point %d,"
                        + " margin %s, bound %s%s); rerun with --engine exact%n", r.uncertainCount(), u.step(), u.point() + 1, u.margin(), u.bound(),
                        u.bound() < 0x1p-1000 ? ": the margin underflows, below the precision of doubles, so even its sign is unknown"
                                : !Double.isFinite(u.margin()) || Double.isInfinite(u.bound()) ? ": the margin overflows a double" : "");
            }
        }
        out.flush();
        return Main.OK;
    }

    static final String FAST_NOTE = "engine fast: IEEE double results, not exact (Double.toString); a margin is listed as uncertain when"
            + " |z| <= gamma_d sum_j |theta_j x_ij| (+ (d+2) 2^-1074 when below 2^-1000: underflow), or it overflows"
            + " (its sign, hence omega, may differ from exact arithmetic); step t is the iterate theta_t";

    /** The data and a step rounded to double for the fast engine ({@link FastData}); overflow is the user's input error. */
    static FastData fastData(Dataset data, Rational step) {
        Rational[][] x = new Rational[data.n()][];
        int[] y = new int[data.n()];
        for (int i = 0; i < data.n(); i++) {
            x[i] = data.x(i);
            y[i] = data.y(i);
        }
        return Engine.inDoubleRange(() -> FastData.of(x, y, step));
    }

    ObjectNode toJson(Model m, Rational eta, Perceptron.Result r, boolean explain) {
        ObjectNode o = Json.object();
        o.put("model", m.name());
        o.put("iterations", r.iterations());
        o.put("converged", r.converged());
        ArrayNode th = o.putArray("theta");
        for (Rational q : r.theta()) {
            th.add(q.toString());
        }
        o.put("stop", r.stop().label());
        if (r.period() > 0) {
            o.put("period", r.period());
        }
        putMistakes(o, r.mistakeLog());
        o.put("parameterOrder", m.parameterOrder());
        o.put("eta", eta.toString());
        o.put("tie", tie.mode().label());
        if (m.kind() != ModelKind.LINEAR) {
            o.put("activation", opts.activationName(m));
            o.put("activationConvention", Activation.CONVENTION);
            o.put("perPatternIdentity", r.identitiesHold());
        }
        if (m.kind() == ModelKind.TIED) {
            o.put("prop41FormSteps", r.prop41Steps());
            if (explain) {
                ArrayNode ex = o.putArray("explain");
                for (int t = 0; t < r.steps().size(); t++) {
                    Perceptron.Step s = r.steps().get(t);
                    ObjectNode so = ex.addObject();
                    so.put("step", t);
                    so.put("prop41Form", s.prop41Form() == Perceptron.Prop41Form.PROP41);
                    if (s.spectrum() != null) {
                        so.put("case", s.spectrum().kase().label());
                        so.put("certified", s.spectrum().allHold());
                        ArrayNode comps = so.putArray("components");
                        for (Eigenpair p : s.spectrum().eigenpairs()) {
                            ObjectNode c = comps.addObject();
                            c.put("eigenvalue", p.label());
                            c.put("growth", "1 + eta*" + p.label());
                            c.put("component", decimal(p.componentOf(s.theta()), 12));
                        }
                    }
                }
            }
        }
        return o;
    }

    /** The outcome of a run in words: converged, a fixed point, or the step cap, after how many updates. */
    static String outcome(PerceptronStop stop, int period, int iterations) {
        switch (stop) {
            case CONVERGED:
                return "converged after " + iterations + " update(s)";
            case FIXED_POINT:
                return "NOT converged: fixed point after " + iterations + " update(s) (the last update left theta unchanged, so every"
                        + " later one would too; the run stops)";
            case CYCLE:
                return "NOT converged: cycle of period " + period + " found after " + iterations + " update(s) (theta_" + iterations
                        + " = theta_" + (iterations - period) + ", so the run repeats forever; it stops)";
            default:
                return "NOT converged after " + iterations + " update(s)";
        }
    }

    /** The mistakes per update: all of them up to {@link MistakeLog#KEEP_ALL} updates, else the first and last ones and a histogram. */
    static String mistakesText(MistakeLog log) {
        if (log.complete()) {
            return Arrays.toString(log.all());
        }
        return "first " + log.first().length + " " + Arrays.toString(log.first()) + ", last " + log.last().length + " "
                + Arrays.toString(log.last()) + "; histogram (mistakes=updates) " + log.histogram();
    }

    /**
     * JSON {@code mistakes}: the array of every count up to {@link MistakeLog#KEEP_ALL} updates
     * (as always); beyond, {@code mistakesSummary} with the update count, the first and last
     * counts and the histogram, and no {@code mistakes}.
     */
    static void putMistakes(ObjectNode o, MistakeLog log) {
        if (log.complete()) {
            ArrayNode mi = o.putArray("mistakes");
            for (int k : log.all()) {
                mi.add(k);
            }
            return;
        }
        ObjectNode sum = o.putObject("mistakesSummary");
        sum.put("updates", log.count());
        ArrayNode first = sum.putArray("first");
        for (int k : log.first()) {
            first.add(k);
        }
        ArrayNode last = sum.putArray("last");
        for (int k : log.last()) {
            last.add(k);
        }
        ObjectNode h = sum.putObject("histogram");
        log.histogram().forEach((k, v) -> h.put(Integer.toString(k), v));
    }

    /** Correctly rounded decimal of an exact surd (0 printed as 0, which toDecimal cannot round). */
    static String decimal(QuadraticSurd x, int digits) {
        return x.isZero() ? "0" : x.toDecimal(digits).toString();
    }

    private void printHuman(PrintWriter out, NumberText num, Model m, Dataset data, Rational eta, Perceptron.Result r) {
        out.printf("perceptron: model %s on %s (n = %d, d = %d), eta = %s, tie = %s%n", m.name(), data.name(), data.n(), data.d(), num.of(eta),
                tie.mode().label());
        out.printf("  %s%n", opts.numbers.line());
        if (m.kind() != ModelKind.LINEAR) {
            out.printf("  activation %s (%s)%n", opts.activationName(m), Activation.CONVENTION);
        }
        out.printf("  %s; mistakes per update: %s%n", outcome(r.stop(), r.period(), r.iterations()), mistakesText(r.mistakeLog()));
        out.printf("  parameter order: %s%n", m.parameterOrder());
        out.printf("  theta = %s%n", num.vector(r.theta()));
        if (m.kind() != ModelKind.LINEAR) {
            out.printf("  every step equals (I + eta A_t) theta: %s%n", r.identitiesHold() ? "yes (checked exactly)" : "NO");
        }
        if (m.kind() == ModelKind.TIED) {
            out.printf("  A_t of Proposition 4.1 form M(b): %d of %d steps%n", r.prop41Steps(), r.iterations());
            if (explain) {
                for (int t = 0; t < r.steps().size(); t++) {
                    Perceptron.Step s = r.steps().get(t);
                    if (s.spectrum() == null) {
                        out.printf("  step %d: A_t not of Prop 4.1 form%n", t);
                        continue;
                    }
                    StringBuilder c = new StringBuilder();
                    for (Eigenpair p : s.spectrum().eigenpairs()) {
                        c.append(String.format("  [lambda %s: %s]", num.sqrt(p.sign(), p.square()), decimal(p.componentOf(s.theta()), 8)));
                    }
                    out.printf("  step %d (%s, certified %s): components of theta_t along unit eigenvectors%s%n", t, s.spectrum().kase().label(),
                            s.spectrum().allHold(), c);
                }
                if (r.steps().size() < r.iterations()) {
                    out.printf("  (steps %d to %d not shown: --explain prints the first %d)%n", r.steps().size(), r.iterations() - 1, EXPLAIN_KEPT);
                }
                out.println("  (along an eigenvector with eigenvalue lambda one step multiplies the component by 1 + eta*lambda)");
            }
        }
        num.note(out);
    }
}
