package dev.percept.cli;

import dev.percept.model.ModelKind;
import dev.percept.check.Progress;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.dynamics.Ball;
import dev.percept.dynamics.CertifiedDecimal;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.LogisticGd;
import dev.percept.dynamics.Model;
import dev.percept.exact.Rational;
import dev.percept.fast.FastLinearRuns;
import dev.percept.verify.EvidenceSource;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code percept gd}: logistic-loss gradient descent in ball arithmetic, every printed digit certified. */
@Command(name = "gd", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Gradient descent theta <- theta - gamma grad L, L = (1/n) sum_i log(1 + exp(-y_i f(x_i))), in BigDecimal ball arithmetic",
            "(big-math exp/log). Each printed number has N significant digits and differs from the exact GD value by at most one unit",
            "in its last digit (spec/gd-precision.md); guard digits are doubled until that is proven, else exit 1.",
            "--engine fast (linear model only): the same GD in IEEE double (dev.percept.fast), not certified: per-step error bound in",
            "spec/audit.md; --digits then does not apply (giving it is an error)."})
public final class GdCommand implements Callable<Integer> {

    @Mixin
    ModelOptions opts;

    @Option(names = "--gamma", required = true, paramLabel = "g", description = "Step size gamma > 0, exact rational.")
    String gamma;

    @Option(names = "--steps", required = true, paramLabel = "T", description = "Number of GD steps (>= 0).")
    int steps;

    @Option(names = "--digits", paramLabel = "N", defaultValue = "50", description = "Significant digits printed (default ${DEFAULT-VALUE}).")
    int digits;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Option(names = "--engine", paramLabel = "exact|fast", defaultValue = "exact",
            description = "exact (default): certified digits in ball arithmetic; fast: double precision, linear model only (no --digits).")
    String engine;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (steps < 0) {
            throw new InputException("--steps: must be >= 0, got " + steps);
        }
        if (digits < 1 || digits > 10_000) {
            throw new InputException("--digits: must be between 1 and 10000, got " + digits);
        }
        boolean fast = Inputs.fastEngine(engine);
        if (fast && spec.commandLine().getParseResult().hasMatchedOption("--digits")) {
            throw new InputException("--digits: applies to --engine exact only (--engine fast prints doubles)");
        }
        Rational g = Inputs.rational(gamma, "--gamma");
        if (g.signum() <= 0) {
            throw new InputException("--gamma: must be > 0, got " + gamma);
        }
        Dataset data = opts.dataset();
        Model m = opts.build(data.d());
        Rational[] theta0 = opts.theta0(m);
        if (fast) {
            if (m.kind() != ModelKind.LINEAR) {
                throw new InputException("--engine fast: supports --model linear only (got " + m.name() + "); use --engine exact");
            }
            return fast(m, data, g);
        }
        Result r = run(m, data, g, theta0, steps, digits, progress());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = Json.object();
            ArrayNode th = o.putArray("theta");
            for (String s : r.theta) {
                th.add(s);
            }
            o.put("loss", r.loss);
            o.put("digits", digits);
            o.put("model", m.name());
            o.put("parameterOrder", m.parameterOrder());
            o.put("gamma", g.toString());
            o.put("steps", steps);
            o.put("workingDigits", r.workingDigits);
            o.put("guarantee", "|exact - printed| <= 1 unit in the last printed digit");
            out.println(Json.compact(o));
        } else {
            out.printf("gd: model %s on %s, gamma = %s, %d steps, %d digits (working precision %d)%n", m.name(), data.name(), g, steps, digits,
                    r.workingDigits);
            out.printf("  parameter order: %s%n", m.parameterOrder());
            for (int k = 0; k < r.theta.length; k++) {
                out.printf("  theta[%d] = %s%n", k + 1, r.theta[k]);
            }
            out.printf("  loss     = %s%n", r.loss);
        }
        out.flush();
        return Main.OK;
    }

    /** {@code --engine fast}: {@link FastLinearRuns#logisticGd} from theta = 0, loss by {@link FastLinearRuns#logisticLoss}. */
    private Integer fast(Model m, Dataset data, Rational g) {
        PerceptronCommand.FastInput in = PerceptronCommand.FastInput.of(data, g);
        double[] th = FastLinearRuns.logisticGd(new double[data.d()], in.x, in.y, in.eta, steps);
        double loss = FastLinearRuns.logisticLoss(th, in.x, in.y);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
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
            o.put("gammaDouble", in.eta);
            o.put("steps", steps);
            o.put("inputsExactInDouble", in.exact);
            o.put("note", FAST_NOTE);
            out.println(Json.compact(o));
        } else {
            out.printf("gd (engine fast: IEEE double, not certified): model %s on %s, gamma = %s, %d steps%n", m.name(), data.name(), in.eta, steps);
            if (!in.exact) {
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

    private Progress progress() {
        if (System.console() == null) {
            return Progress.NONE;
        }
        PrintWriter err = spec.commandLine().getErr();
        return (w, d, t) -> {
            if (t >= 50 && (d % Math.max(1, t / 50) == 0 || d == t)) {
                err.printf("\rgd step %d/%d", d, t);
                if (d == t) {
                    err.print("\r                         \r");
                }
                err.flush();
            }
        };
    }

    /** Certified GD output. */
    static final class Result {
        final String[] theta;
        final String loss;
        final int workingDigits;

        Result(String[] theta, String loss, int workingDigits) {
            this.theta = theta;
            this.loss = loss;
            this.workingDigits = workingDigits;
        }
    }

    /**
     * Runs GD at {@code digits + guard} working digits, doubling the guard (from 20 up to
     * {@code 4 digits + 400}) until every output ball certifies {@code digits} significant digits.
     *
     * @throws ClaimFailure if the enclosures stay too wide (e.g. a component whose exact value is 0)
     */
    static Result run(Model m, Dataset data, Rational gamma, Rational[] theta0, int steps, int digits, Progress progress) {
        Rational eta = gamma.multiply(Rational.of(1, data.n()));
        String why = "";
        for (int guard = 20; guard <= 4 * digits + 400; guard *= 2) {
            MathContext mc = new MathContext(digits + guard, RoundingMode.HALF_EVEN);
            Ball[] e0 = new Ball[theta0.length];
            java.util.Arrays.fill(e0, Ball.ZERO);
            LogisticGd.Run run = LogisticGd.run(m, data, eta, LogisticGd.constant(theta0, data.n()), e0, steps, mc, true, progress);
            Ball[] last = new Ball[theta0.length];
            for (int k = 0; k < last.length; k++) {
                last[k] = Ball.of(theta0[k], mc).add(run.e(steps)[k], mc); // theta_G,T = theta0 + e_T
            }
            String[] th = new String[last.length];
            boolean ok = true;
            for (int k = 0; k < last.length && ok; k++) {
                BigDecimal c = CertifiedDecimal.certify(last[k], digits);
                if (c == null) {
                    ok = false;
                    why = "theta[" + (k + 1) + "] = " + last[k];
                } else {
                    th[k] = c.toString();
                }
            }
            BigDecimal l = ok ? CertifiedDecimal.certify(run.loss(), digits) : null;
            if (ok && l == null) {
                ok = false;
                why = "loss = " + run.loss();
            }
            if (ok) {
                return new Result(th, l.toString(), digits + guard);
            }
        }
        throw new ClaimFailure("cannot certify " + digits + " significant digits (" + why + "); a component whose exact value is 0 has no significant digits");
    }
}
