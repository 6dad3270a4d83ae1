package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.dynamics.CertifiedGd;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.Model;
import dev.percept.exact.Rational;
import dev.percept.fast.FastData;
import dev.percept.fast.FastLinearRuns;
import dev.percept.model.ModelKind;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code percept gd}: logistic-loss gradient descent in ball arithmetic, every printed digit certified. */
@Command(name = "gd", header = "Logistic GD with every printed digit guaranteed.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Gradient descent theta <- theta - gamma grad L, L = (1/n) sum_i log(1 + exp(-y_i f(x_i))), with step gamma = "
                + "--step-size, in ball arithmetic (linear model: binary balls with exact integer dot products; other models: "
                + "BigDecimal balls, big-math exp/log). Each printed number has N = --digits "
                + "significant digits and differs from the exact GD value by at most one unit in its last digit "
                + "(spec/gd-precision.md); guard digits are doubled until that is proven, else exit 1. The work grows fast with N "
                + "(20 steps on builtin:toy2d, linear model: about 1 s at 1000 digits, half a minute at 10000).",
            "--engine fast (linear model only): the same GD in IEEE double (dev.percept.fast), not certified: per-step "
                + "error bound in spec/audit.md; --digits then does not apply (giving it is an error).",
            BoundedInput.LIMITS},
        footer = {"", "Examples:", "  percept gd --data builtin:toy2d --model linear --step-size 10 --steps 20 \\",
            "      --digits 30",
            "  percept gd --data builtin:toy2d --model linear --step-size 10 --steps 20 \\",
            "      --engine fast"})
public final class GdCommand extends PerceptCommand {

    @Mixin
    ModelOptions opts;

    @Mixin
    CommonOptions.StepSize step = new CommonOptions.StepSize(null);

    /** The old name of {@code --step-size}. */
    @Option(names = "--gamma", hidden = true)
    void gamma(String value) {
        step.alias("--gamma", value);
    }

    /** Not an option of gd: given, it is rejected with the reason (perceptron and reduce have it). */
    @Option(names = "--tie", hidden = true)
    String tie;

    @Mixin
    CommonOptions.Steps steps;

    @Mixin
    CommonOptions.Digits digits = new CommonOptions.Digits(50);

    @Mixin
    CommonOptions.EngineChoice engine;

    @Mixin
    CommonOptions.Quiet quiet;

    @Override
    public Integer call() {
        Given.reject(spec, "gd has no tie rule: the logistic loss weighs a zero margin by sigma(0) = 1/2 (the tie rule is the"
                + " perceptron's: perceptron, reduce)", "--tie");
        Given.reject(spec, "gd's step is gamma, given by --step-size (eta = gamma/n is the per-point step)", "--eta");
        int t = steps.value();
        int n = digits.value();
        engine.rejectWithFast(spec, "--engine fast prints doubles", "--digits");
        Rational g = step.value();
        Dataset data = opts.dataset();
        Model m = opts.build(data.d());
        Rational[] theta0 = opts.theta0(m);
        opts.numbers.checkApplies();
        if (engine.fast()) {
            if (m.kind() != ModelKind.LINEAR) {
                throw new InputException("--engine fast: supports --model linear only (got " + m.name() + "); use --engine exact");
            }
            return fast(m, data, g, t);
        }
        CertifiedGd.Result r;
        try (ProgressDisplay progress = ProgressDisplay.open(spec, quiet.quiet)) {
            r = CertifiedGd.run(m, data, g, theta0, t, n, CertifiedGd.Iterates.LAST, progress);
        }
        if (!r.certified()) {
            throw new ClaimFailure("cannot certify " + n + " significant digits (" + r.failure() + ")"
                    + (r.failure().startsWith("theta") ? "; a component whose exact value is 0 has no significant digits" : ""));
        }
        List<BigDecimal> theta = r.theta().get(0);
        BigDecimal loss = r.loss().get(0);
        PrintWriter out = out();
        if (json.on()) {
            ObjectNode o = Json.object();
            ArrayNode th = o.putArray("theta");
            for (BigDecimal v : theta) {
                th.add(v.toString());
            }
            o.put("loss", loss.toString());
            o.put("digits", n);
            o.put("model", m.name());
            o.put("parameterOrder", m.parameterOrder());
            o.put("gamma", g.toString());
            o.put("steps", t);
            o.put("workingDigits", r.workingDigits());
            o.put("guarantee", "|exact - printed| <= 1 unit in the last printed digit");
            opts.numbers.toJson(o);
            json.write(out, o);
        }
        if (json.text()) {
            out.printf("gd: model %s on %s, gamma = %s, %d steps, %d digits (working precision %d)%n", m.name(), data.name(), g, t, n,
                    r.workingDigits());
            out.printf("  %s%n", opts.numbers.line());
            out.printf("  parameter order: %s%n", m.parameterOrder());
            for (int k = 0; k < theta.size(); k++) {
                out.printf("  theta[%d] = %s%n", k + 1, theta.get(k));
            }
            out.printf("  loss     = %s%n", loss);
        }
        out.flush();
        return Main.OK;
    }

    /** {@code --engine fast}: {@link FastLinearRuns#logisticGd} from theta = 0, loss by {@link FastLinearRuns#logisticLoss}. */
    private Integer fast(Model m, Dataset data, Rational g, int t) {
        FastData in = PerceptronCommand.fastData(data, g);
        double[] th = Engine.inDoubleRange(() -> FastLinearRuns.logisticGd(new double[data.d()], in.x(), in.y(), in.step(), t));
        double loss = Engine.inDoubleRange(() -> FastLinearRuns.logisticLoss(th, in.x(), in.y()));
        PrintWriter out = out();
        if (json.on()) {
            ObjectNode o = Json.object();
            o.put("engine", "fast");
            ArrayNode a = o.putArray("theta");
            for (double v : th) {
                a.add(v);
            }
            o.put("loss", loss);
            o.put("model", m.name());
            o.put("parameterOrder", m.parameterOrder());
            o.put("gamma", g.toString());
            o.put("gammaDouble", in.step());
            o.put("steps", t);
            o.put("inputsExactInDouble", in.exact());
            o.put("note", FAST_NOTE);
            opts.numbers.toJson(o);
            json.write(out, o);
        }
        if (json.text()) {
            out.printf("gd (engine fast: IEEE double, not certified): model %s on %s, gamma = %s, %d steps%n", m.name(), data.name(), in.step(), t);
            out.printf("  %s%n", opts.numbers.line());
            if (!in.exact()) {
                out.println("  note: the data or gamma are not exactly representable in double and were rounded to nearest");
            }
            out.printf("  parameter order: %s%n", m.parameterOrder());
            for (int k = 0; k < th.length; k++) {
                out.printf("  theta[%d] = %s%n", k + 1, th[k]);
            }
            out.printf("  loss     = %s%n", loss);
            out.println("  (doubles; per-step forward-error bound in spec/audit.md; --engine exact certifies digits)");
        }
        out.flush();
        return Main.OK;
    }

    static final String FAST_NOTE = "engine fast: IEEE double results, not certified (Double.toString); per-step forward-error bound of"
            + " FastLinearSteps.logisticGd in spec/audit.md, loss = mean of max(t,0) + log1p(exp(-|t|)), t = -y_i theta^T x_i";
}
