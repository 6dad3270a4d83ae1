package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.binary64.Binary64;
import dev.percept.dynamics.Activation;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.Model;
import dev.percept.dynamics.Perceptron;
import dev.percept.exact.QuadraticSurd;
import dev.percept.exact.Rational;
import dev.percept.exact.SurdVector;
import dev.percept.fast.FastLinearRuns;
import dev.percept.model.ModelKind;
import dev.percept.structured.Eigenpair;
import dev.percept.structured.StructuredSpectrum;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code percept perceptron}: the exact generalized (batch) perceptron. */
@Command(name = "perceptron", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Exact generalized batch perceptron theta <- theta + eta sum_i omega(y_i f(x_i)) y_i grad f(x_i), in rationals.",
            "Stops when every margin y_i f(x_i) is positive (converged) or after --steps updates. For two-layer and tied models each",
            "step is checked to equal (I + eta A_t) theta on the current activation pattern (exit 1 if not); for tied, A_t is checked",
            "to have the Proposition 4.1 form M(b) and --explain prints the iterate's components along its certified eigenvectors.",
            "--engine fast (linear model only): the same run in IEEE double (dev.percept.fast), not exact; margins whose sign rounding",
            "could flip (|z| <= gamma_d sum_j |theta_j x_ij|) are reported as uncertain."})
public final class PerceptronCommand implements Callable<Integer> {

    @Mixin
    ModelOptions opts;

    @Option(names = "--steps", required = true, paramLabel = "T", description = "Maximum number of updates (>= 0).")
    int steps;

    @Option(names = "--eta", paramLabel = "q", defaultValue = "1", description = "Step size, exact rational > 0 (default ${DEFAULT-VALUE}).")
    String eta;

    @Option(names = "--explain", description = "Tied model: per step, eigenvalues of A_t and the growth along each eigenvector.")
    boolean explain;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Option(names = "--engine", paramLabel = "exact|fast", defaultValue = "exact",
            description = "exact (default): rational arithmetic, every step checked; fast: double precision, linear model only, with the margins"
                    + " whose sign is not certified by the rounding bound.")
    String engine;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (steps < 0) {
            throw new InputException("--steps: must be >= 0, got " + steps);
        }
        boolean fast = Inputs.fastEngine(engine);
        Rational e = Inputs.rational(eta, "--eta");
        if (e.signum() <= 0) {
            throw new InputException("--eta: must be > 0, got " + eta);
        }
        Dataset data = opts.dataset();
        Model m = opts.build(data.d());
        Rational[] theta0 = opts.theta0(m);
        if (fast) {
            if (m.kind() != ModelKind.LINEAR) {
                throw new InputException("--engine fast: supports --model linear only (got " + m.name() + "); use --engine exact");
            }
            if (explain) {
                throw new InputException("--explain: needs --engine exact (it prints certified exact eigenvectors)");
            }
            return fast(m, data, e);
        }
        Perceptron.Result r = Perceptron.run(m, data, e, theta0, steps, opts.tieMode(), explain && m.kind() == ModelKind.TIED);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.compact(toJson(m, opts, e, r, explain)));
        } else {
            printHuman(out, m, data, e, r);
        }
        out.flush();
        if (!r.identitiesHold()) {
            throw new ClaimFailure("R2 per-pattern identity fails: a perceptron step differs from (I + eta A_t) theta");
        }
        return Main.OK;
    }

    /** At most this many uncertain margins are listed (all are counted). */
    static final int UNCERTAIN_LISTED = 20;

    /** {@code --engine fast}: the linear batch perceptron in double ({@link FastLinearRuns#perceptron}). */
    private Integer fast(Model m, Dataset data, Rational eta) {
        FastInput in = FastInput.of(data, eta);
        FastLinearRuns.PerceptronRun r = FastLinearRuns.perceptron(new double[data.d()], in.x, in.y, in.eta, opts.tieMode(), steps);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = Json.object();
            o.put("engine", "fast");
            o.put("model", m.name());
            o.put("iterations", r.iterations());
            o.put("converged", r.converged());
            ArrayNode th = o.putArray("theta");
            for (double v : r.theta()) {
                th.add(v);
            }
            ArrayNode mi = o.putArray("mistakes");
            for (int k : r.mistakes()) {
                mi.add(k);
            }
            o.put("parameterOrder", m.parameterOrder());
            o.put("eta", eta.toString());
            o.put("etaDouble", in.eta);
            o.put("tie", opts.tieMode().label());
            o.put("inputsExactInDouble", in.exact);
            o.put("uncertainMarginCount", r.uncertain().size());
            ArrayNode um = o.putArray("uncertainMargins");
            for (FastLinearRuns.UncertainMargin u : r.uncertain().subList(0, Math.min(UNCERTAIN_LISTED, r.uncertain().size()))) {
                ObjectNode x = um.addObject();
                x.put("step", u.step());
                x.put("point", u.point() + 1);
                x.put("margin", u.margin());
                x.put("bound", u.bound());
            }
            o.put("note", FAST_NOTE);
            out.println(Json.compact(o));
        } else {
            out.printf("perceptron (engine fast: IEEE double, not exact): model %s on %s (n = %d, d = %d), eta = %s, tie = %s%n", m.name(),
                    data.name(), data.n(), data.d(), in.eta, opts.tieMode().label());
            if (!in.exact) {
                out.println("  note: the data or eta are not exactly representable in double and were rounded to nearest");
            }
            out.printf("  %s after %d update(s); mistakes per update: %s%n", r.converged() ? "converged" : "NOT converged", r.iterations(),
                    r.mistakes());
            out.printf("  parameter order: %s%n", m.parameterOrder());
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.theta().size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(r.theta().get(i));
            }
            out.printf("  theta = (%s) (doubles)%n", SpectrumCommand.abbreviate(sb.toString()));
            if (r.uncertain().isEmpty()) {
                out.println("  every margin's sign is certified (|z| > gamma_d sum_j |theta_j x_ij|, or an exact 0): same omegas as exact"
                        + " arithmetic on these double iterates");
            } else {
                FastLinearRuns.UncertainMargin u = r.uncertain().get(0);
                out.printf("  WARNING: %d margin(s) within the rounding bound of 0, their omegas are NOT certified (first: iterate %d, point %d,"
                        + " margin %s, bound %s); rerun with --engine exact%n", r.uncertain().size(), u.step(), u.point() + 1, u.margin(), u.bound());
            }
        }
        out.flush();
        return Main.OK;
    }

    static final String FAST_NOTE = "engine fast: IEEE double results, not exact (Double.toString); a margin is listed as uncertain when"
            + " |z| <= gamma_d sum_j |theta_j x_ij| (its sign, hence omega, may differ from exact arithmetic); step t is the iterate theta_t";

    /** The data and step rounded to double, for the fast engines. */
    static final class FastInput {
        final double[][] x;
        final int[] y;
        final double eta;
        final boolean exact;

        private FastInput(double[][] x, int[] y, double eta, boolean exact) {
            this.x = x;
            this.y = y;
            this.eta = eta;
            this.exact = exact;
        }

        static FastInput of(Dataset data, Rational eta) {
            double[][] x = new double[data.n()][data.d()];
            int[] y = new int[data.n()];
            double e = Binary64.nearest(eta);
            boolean exact = Binary64.isDouble(eta);
            for (int i = 0; i < data.n(); i++) {
                Rational[] xi = data.x(i);
                for (int j = 0; j < xi.length; j++) {
                    x[i][j] = Binary64.nearest(xi[j]);
                    if (Double.isInfinite(x[i][j])) {
                        throw new InputException("--engine fast: data point " + (i + 1) + " coordinate " + (j + 1) + " overflows a double;"
                                + " use --engine exact");
                    }
                    exact &= Binary64.isDouble(xi[j]);
                }
                y[i] = data.y(i);
            }
            if (!(e > 0) || Double.isInfinite(e)) {
                throw new InputException("--engine fast: the step " + eta + " is not a positive finite double; use --engine exact");
            }
            return new FastInput(x, y, e, exact);
        }
    }

    static ObjectNode toJson(Model m, ModelOptions opts, Rational eta, Perceptron.Result r, boolean explain) {
        ObjectNode o = Json.object();
        o.put("model", m.name());
        o.put("iterations", r.iterations());
        o.put("converged", r.converged());
        ArrayNode th = o.putArray("theta");
        for (Rational q : r.theta()) {
            th.add(q.toString());
        }
        ArrayNode mi = o.putArray("mistakes");
        for (int k : r.mistakes()) {
            mi.add(k);
        }
        o.put("parameterOrder", m.parameterOrder());
        o.put("eta", eta.toString());
        o.put("tie", opts.tieMode().label());
        if (m.kind() != ModelKind.LINEAR) {
            o.put("activation", opts.activationName(m));
            o.put("activationConvention", Activation.CONVENTION);
            o.put("perPatternIdentity", r.identitiesHold());
        }
        if (m.kind() == ModelKind.TIED) {
            o.put("prop41FormSteps", r.steps().stream().filter(s -> s.prop41Form() == Perceptron.Prop41Form.PROP41).count());
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
                            c.put("component", decimal(component(s.theta(), p), 12));
                        }
                    }
                }
            }
        }
        return o;
    }

    /**
     * The component {@code <theta, v/||v||>} of theta along a Prop 4.1 eigenvector
     * {@code v = x + y sqrt(q)} (over a common denominator), with {@code ||v||^2 = 4q}: exact in Q(sqrt q).
     */
    static QuadraticSurd component(Rational[] theta, Eigenpair p) {
        SurdVector v = p.vector();
        Rational x = Rational.ZERO;
        Rational y = Rational.ZERO;
        for (int i = 0; i < theta.length; i++) {
            x = x.add(theta[i].multiply(v.x(i)));
            y = y.add(theta[i].multiply(v.y(i)));
        }
        Rational den = Rational.of(v.denominator());
        x = x.divide(den);
        y = y.divide(den);
        Rational q = p.square();
        // (x + y sqrt q) / (2 sqrt q) = y/2 + (x / (2q)) sqrt q
        return QuadraticSurd.of(y.multiply(Rational.of(1, 2)), x.divide(q.multiply(Rational.TWO)), q);
    }

    /** Correctly rounded decimal of an exact surd (0 printed as 0, which toDecimal cannot round). */
    static String decimal(QuadraticSurd x, int digits) {
        return x.isZero() ? "0" : x.toDecimal(digits).toString();
    }

    private void printHuman(PrintWriter out, Model m, Dataset data, Rational eta, Perceptron.Result r) {
        out.printf("perceptron: model %s on %s (n = %d, d = %d), eta = %s, tie = %s%n", m.name(), data.name(), data.n(), data.d(), eta,
                opts.tieMode().label());
        if (m.kind() != ModelKind.LINEAR) {
            out.printf("  activation %s (%s)%n", opts.activationName(m), Activation.CONVENTION);
        }
        out.printf("  %s after %d update(s); mistakes per update: %s%n", r.converged() ? "converged" : "NOT converged", r.iterations(),
                java.util.Arrays.toString(r.mistakes()));
        out.printf("  parameter order: %s%n", m.parameterOrder());
        StringBuilder sb = new StringBuilder();
        Rational[] theta = r.theta();
        for (int i = 0; i < theta.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(theta[i]);
        }
        out.printf("  theta = (%s)%n", SpectrumCommand.abbreviate(sb.toString()));
        if (m.kind() != ModelKind.LINEAR) {
            out.printf("  every step equals (I + eta A_t) theta: %s%n", r.identitiesHold() ? "yes (checked exactly)" : "NO");
        }
        if (m.kind() == ModelKind.TIED) {
            long k = r.steps().stream().filter(s -> s.prop41Form() == Perceptron.Prop41Form.PROP41).count();
            out.printf("  A_t of Proposition 4.1 form M(b): %d of %d steps%n", k, r.steps().size());
            if (explain) {
                for (int t = 0; t < r.steps().size(); t++) {
                    Perceptron.Step s = r.steps().get(t);
                    if (s.spectrum() == null) {
                        out.printf("  step %d: A_t not of Prop 4.1 form%n", t);
                        continue;
                    }
                    StringBuilder c = new StringBuilder();
                    for (Eigenpair p : s.spectrum().eigenpairs()) {
                        c.append(String.format("  [lambda %s: %s]", SpectrumCommand.abbreviate(p.label()), decimal(component(s.theta(), p), 8)));
                    }
                    out.printf("  step %d (%s, certified %s): components of theta_t along unit eigenvectors%s%n", t, s.spectrum().kase().label(),
                            s.spectrum().allHold(), c);
                }
                out.println("  (along an eigenvector with eigenvalue lambda one step multiplies the component by 1 + eta*lambda)");
            }
        }
    }
}
