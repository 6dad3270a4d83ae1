package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.audit.RunAudit;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.Model;
import dev.percept.exact.Rational;
import dev.percept.model.TieMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code percept audit-run}: audits the iterates of a floating-point training run (PyTorch,
 * numpy, ...) step by step against the exact map and the exact run from the same start
 * ({@link RunAudit}).
 */
@Command(name = "audit-run", header = "Audit a float training run step by step against the exact GD or perceptron.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads the iterates x_0..x_T of a run computed in floating point (one row per step, e.g. saved from PyTorch or numpy; "
                + ".npy is read exactly, CSV as --numbers says) and, for each step, with rigorous bounds:",
            "  local error: x_t - F(x_{t-1}), the float iterate against the exact map applied to the previous float iterate "
                + "(norm, relative to ||F||, and in ulps of the run's format);",
            "  global drift: x_t - y_t, against the exact run y_0 = x_0, y_t = F(y_{t-1}) (relative to ||y_t||);",
            "  the first step at which the run's margin signs, perceptron option (A1/A2/brake on the minimal example) or activation "
                + "pattern differ from the exact run's.",
            "The map: --gamma G (or --map gd --step-size G) is logistic GD theta <- theta - G grad L, L = (1/n) sum log(1 + exp(-y f)), "
                + "enclosed in ball arithmetic (exp and log); --eta E (or --map perceptron --step-size E) is the exact generalized "
                + "perceptron with --tie. Give the step the run used exactly: 1/4, or a hexadecimal float (float.hex(np.float32(0.1)) "
                + "is 0x1.99999a0000000p-4).",
            "Ulps are counted in the run's format: float32 for a float32 .npy (or CSV with --numbers float), else float64; --format "
                + "overrides. --tolerance T exits 1 when a local error is proven above T ulps. Text prints a summary and the first "
                + "divergence; --json the whole table; --plot DIR writes DIR/audit-run.png (local error and drift against t, log scale)."},
        footer = {"", "Examples (run.npy: 13 iterates of a float32 GD run of the tied model on builtin:minimal4, step 1/4):",
            "  percept audit-run --data builtin:minimal4 --model tied --gamma 1/4 \\",
            "      --trajectory run.npy",
            "  percept audit-run --data builtin:minimal4 --model tied --gamma 1/4 \\",
            "      --trajectory run.npy --tolerance 16 --plot out/"})
public final class AuditRunCommand extends PerceptCommand {

    @Mixin
    ModelOptions opts;

    @Option(names = "--map", paramLabel = "gd|perceptron", description = "The map the run applied (set by --gamma or --eta when those are used).")
    String map;

    @Mixin
    CommonOptions.StepSize step = new CommonOptions.StepSize(null);

    /** {@code --gamma G}: {@code --map gd --step-size G}. */
    @Option(names = "--gamma", paramLabel = "G", description = "Logistic GD with step G: the same as --map gd --step-size G.")
    void gamma(String value) {
        step.alias("--gamma", value);
    }

    @Option(names = "--trajectory", required = true, paramLabel = "T.npy|T.csv",
            description = "The run's iterates, one row per step from x_0, each in the model's parameter order: a 2-D .npy (float32/64, read"
                    + " exactly) or CSV.")
    Path trajectory;

    @Mixin
    CommonOptions.Tie tie;

    @Option(names = "--format", paramLabel = "float32|float64", description = "The run's format, for ulps (default: float32 for a float32 .npy"
            + " or --numbers float, else float64).")
    String format;

    @Option(names = "--tolerance", paramLabel = "T", description = "Exit 1 when some local error is proven above T ulps (T >= 0).")
    String tolerance;

    @Mixin
    CommonOptions.WorkingDigits working = new CommonOptions.WorkingDigits(40);

    @Option(names = "--plot", paramLabel = "DIR", description = "Write DIR/audit-run.png: local error and drift (relative, upper bounds) against t, log scale.")
    Path plot;

    @Mixin
    CommonOptions.Quiet quiet;

    /** More iterates than this are taken for a typo: each costs a GD step in ball arithmetic. */
    static final int MAX_ROWS = 100_000;

    @Override
    public Integer call() {
        RunAudit.MapKind kind = mapKind();
        Rational s = step.value();
        Dataset data = opts.dataset();
        Model m = opts.build(data.d());
        Given.reject(spec, "the start is the trajectory's first row", "--init");
        if (kind == RunAudit.MapKind.GD) {
            Given.reject(spec, "GD has no tie rule: the logistic loss weighs a zero margin by sigma(0) = 1/2 (the tie rule is the perceptron's)",
                    "--tie");
        } else {
            Given.reject(spec, "the perceptron map is exact (no ball arithmetic)", "--working-digits", "--digits");
        }
        int wd = working.value();
        Rational tol = tolerance == null ? null : Inputs.rational(tolerance, "--tolerance");
        if (tol != null && tol.signum() < 0) {
            throw new InputException("--tolerance: must be >= 0, got " + tolerance);
        }
        List<Rational[]> traj = opts.numbers.rows(trajectory, "--trajectory");
        if (traj.size() > MAX_ROWS) {
            throw new InputException("--trajectory: " + trajectory + ": " + traj.size() + " rows, more than " + MAX_ROWS);
        }
        if (traj.get(0).length != m.parameterCount()) {
            throw new InputException("--trajectory: " + trajectory + ": rows have " + traj.get(0).length + " entries, the " + m.name() + " model on d = "
                    + data.d() + " has " + m.parameterCount() + " parameters (" + m.parameterOrder() + ")");
        }
        opts.numbers.checkApplies();
        RunAudit.Format fmt = format(traj);
        TieMode tm = kind == RunAudit.MapKind.GD ? TieMode.HALF : tie.mode();
        RunAudit.Report r;
        try (ProgressDisplay progress = ProgressDisplay.open(spec, quiet.quiet)) {
            r = RunAudit.run(m, data, kind, s, tm, traj, fmt, wd, progress);
        }
        if (plot != null) {
            plot(r, plot);
        }
        PrintWriter out = out();
        if (json.on()) {
            json.write(out, toJson(r, m, data, tol));
        }
        if (json.text()) {
            printHuman(out, r, m, data, tol);
        }
        out.flush();
        if (tol != null && !r.localAbove(dec(tol)).isEmpty()) {
            List<Integer> above = r.localAbove(dec(tol));
            throw new ClaimFailure("audit-run: the local error is proven above " + tolerance + " ulps at " + above.size() + " step(s), first t = "
                    + above.get(0));
        }
        return Main.OK;
    }

    /** A tolerance as a decimal rounded down (so "proven above" stays proven). */
    private static BigDecimal dec(Rational q) {
        return dev.percept.audit.Audit.round(q, 30, java.math.RoundingMode.FLOOR);
    }

    private RunAudit.MapKind mapKind() {
        boolean g = Given.has(spec, "--gamma");
        boolean e = Given.has(spec, "--eta");
        if (g && e) {
            throw new InputException("--eta: give one of --gamma (GD) and --eta (perceptron)");
        }
        RunAudit.MapKind fromAlias = g ? RunAudit.MapKind.GD : e ? RunAudit.MapKind.PERCEPTRON : null;
        RunAudit.MapKind fromMap = null;
        if (map != null) {
            fromMap = switch (map.strip()) {
                case "gd" -> RunAudit.MapKind.GD;
                case "perceptron" -> RunAudit.MapKind.PERCEPTRON;
                default -> throw new InputException("--map: expected gd or perceptron, got '" + map + "'");
            };
        }
        if (fromAlias != null && fromMap != null && fromAlias != fromMap) {
            throw new InputException("--map: " + map + " contradicts " + (g ? "--gamma (GD)" : "--eta (perceptron)"));
        }
        if (fromAlias == null && fromMap == null) {
            throw new InputException("missing the map: give --gamma G (logistic GD), --eta E (perceptron), or --map gd|perceptron --step-size q");
        }
        return fromAlias != null ? fromAlias : fromMap;
    }

    private RunAudit.Format format(List<Rational[]> traj) {
        if (format != null) {
            return switch (format.strip()) {
                case "float32" -> RunAudit.Format.FLOAT32;
                case "float64" -> RunAudit.Format.FLOAT64;
                default -> throw new InputException("--format: expected float32 or float64, got '" + format + "'");
            };
        }
        NumericInput.Source src = opts.numbers.sources().get(opts.numbers.sources().size() - 1);
        boolean f32 = src.npy() != null ? src.npy().isFloat32() : src.reading() == NumericInput.Reading.FLOAT;
        return f32 ? RunAudit.Format.FLOAT32 : RunAudit.Format.FLOAT64;
    }

    static String b(BigDecimal x) {
        return x == null ? "unbounded" : x.stripTrailingZeros().toString();
    }

    static String pair(RunAudit.Bounds x) {
        return x == null ? "-" : "[" + b(x.lower()) + ", " + b(x.upper()) + "]";
    }

    private void printHuman(PrintWriter out, RunAudit.Report r, Model m, Dataset data, Rational tol) {
        int tMax = r.steps().size() - 1;
        out.printf("audit-run: %s (%s = %s) of model %s on %s%s, %d step(s) of a %s run (ulps of %s)%n", r.map().label(),
                r.map() == RunAudit.MapKind.GD ? "gamma" : "eta", r.step(), m.name(), data.name(),
                r.minimalFamily() == null ? "" : " (minimal example " + r.minimalFamily() + ")", tMax, r.format().label(), r.format().label());
        out.printf("  %s%n", opts.numbers.line());
        out.printf("  exact run from the run's x_0: %s%n", r.map() == RunAudit.MapKind.GD
                ? "logistic GD in ball arithmetic, " + r.workingDigits() + " working digits (every bound rigorous)"
                : "the generalized perceptron in rationals (tie " + tie.mode().label() + ")");
        RunAudit.Step worst = null;
        for (RunAudit.Step s : r.steps()) {
            if (s.localUlps() != null && (worst == null || s.localUlps().upper().compareTo(worst.localUlps().upper()) > 0)) {
                worst = s;
            }
        }
        if (worst != null) {
            out.printf("  local error x_t - F(x_{t-1}): max <= %s ulps, relative <= %s (largest at t = %d: %s ulps, relative %s)%n",
                    b(r.maxLocalUlps()), b(r.maxLocalRelative()), worst.t(), pair(worst.localUlps()), pair(worst.localRelative()));
        }
        RunAudit.Step last = r.steps().get(tMax);
        out.printf("  global drift x_t - y_t: max ||.|| <= %s, relative <= %s; at t = %d: %s, relative %s%n", b(r.maxDrift()),
                b(r.maxDriftRelative()), tMax, pair(last.drift()), pair(last.driftRelative()));
        int first = r.firstDivergence();
        int und = r.firstUndecided();
        if (first < 0) {
            out.printf("  no divergence in %d step(s): margin signs, options%s agree at every step%s%n", tMax,
                    last.run().pattern().isEmpty() ? "" : " and activation patterns",
                    und < 0 ? "" : " where the exact run's enclosures decide them (undecided from t = " + und + ")");
        } else {
            RunAudit.Step s = r.steps().get(first);
            out.printf("  FIRST DIVERGENCE at t = %d: %s differ%n", first, String.join(", ", s.differences()));
            out.printf("    run:   margin signs %s, option %s%s%n", signs(s.run().margins()), s.run().option(),
                    s.run().pattern().isEmpty() ? "" : ", pattern " + s.run().pattern());
            out.printf("    exact: margin signs %s, option %s%s%n", signs(s.exact().margins()), s.exact().option(),
                    s.exact().pattern().isEmpty() ? "" : ", pattern " + s.exact().pattern());
            out.printf("    local error there %s ulps, drift relative %s%n", pair(s.localUlps()), pair(s.driftRelative()));
        }
        if (tol != null) {
            List<Integer> above = r.localAbove(dec(tol));
            out.printf("  tolerance %s ulps: %s%n", tolerance, above.isEmpty() ? "no local error proven above it"
                    : "EXCEEDED at " + above.size() + " step(s), first t = " + above.get(0));
        }
        out.println("  (--json prints every step)");
    }

    static String signs(List<Integer> z) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < z.size(); i++) {
            Integer s = z.get(i);
            b.append(i == 0 ? "" : ", ").append(s == null ? "?" : s > 0 ? "+" : s < 0 ? "-" : "0");
        }
        return b.append(')').toString();
    }

    private ObjectNode toJson(RunAudit.Report r, Model m, Dataset data, Rational tol) {
        ObjectNode o = Json.object();
        o.put("map", r.map().label());
        o.put(r.map() == RunAudit.MapKind.GD ? "gamma" : "eta", r.step().toString());
        if (r.map() == RunAudit.MapKind.PERCEPTRON) {
            o.put("tie", tie.mode().label());
        } else {
            o.put("workingDigits", r.workingDigits());
        }
        o.put("model", m.name());
        o.put("parameterOrder", m.parameterOrder());
        o.put("data", data.name());
        o.put("minimalFamily", r.minimalFamily());
        o.put("format", r.format().label());
        o.put("steps", r.steps().size() - 1);
        o.put("maxLocalUlps", r.maxLocalUlps().toString());
        o.put("maxLocalRelative", r.maxLocalRelative().toString());
        o.put("maxDrift", r.maxDrift().toString());
        o.put("maxDriftRelative", r.maxDriftRelative().toString());
        int first = r.firstDivergence();
        if (first < 0) {
            o.putNull("firstDivergence");
        } else {
            ObjectNode d = o.putObject("firstDivergence");
            d.put("t", first);
            ArrayNode w = d.putArray("what");
            r.steps().get(first).differences().forEach(w::add);
        }
        if (r.firstUndecided() < 0) {
            o.putNull("firstUndecided");
        } else {
            o.put("firstUndecided", r.firstUndecided());
        }
        if (tol == null) {
            o.putNull("tolerance");
        } else {
            o.put("tolerance", tol.toString());
            o.put("withinTolerance", r.localAbove(dec(tol)).isEmpty());
        }
        ArrayNode rows = o.putArray("table");
        for (RunAudit.Step s : r.steps()) {
            ObjectNode x = rows.addObject();
            x.put("t", s.t());
            bounds(x, "local", s.localNorm());
            bounds(x, "localRelative", s.localRelative());
            bounds(x, "localUlps", s.localUlps());
            bounds(x, "drift", s.drift());
            bounds(x, "driftRelative", s.driftRelative());
            signs(x.putObject("run"), s.run());
            signs(x.putObject("exact"), s.exact());
            ArrayNode diff = x.putArray("differences");
            s.differences().forEach(diff::add);
        }
        o.put("note", "every [lower, upper] encloses the exact quantity; local = x_t - F(x_{t-1}) (F the exact map), drift = x_t - y_t"
                + " (y the exact run from x_0), ulps of the format's number nearest to F_k, maximised over k; margin signs +1/-1/0 (null:"
                + " undecided); pattern: " + RunAudit.patternConvention());
        opts.numbers.toJson(o);
        return o;
    }

    private static void bounds(ObjectNode x, String name, RunAudit.Bounds b) {
        if (b == null) {
            x.putNull(name);
            return;
        }
        ArrayNode a = x.putArray(name);
        a.add(b.lower().toString());
        if (b.upper() == null) {
            a.addNull();
        } else {
            a.add(b.upper().toString());
        }
    }

    private static void signs(ObjectNode x, RunAudit.Signs s) {
        ArrayNode z = x.putArray("marginSigns");
        for (Integer v : s.margins()) {
            if (v == null) {
                z.addNull();
            } else {
                z.add(v);
            }
        }
        if (s.option() == null) {
            x.putNull("option");
        } else {
            x.put("option", s.option());
        }
        x.put("pattern", s.pattern());
    }

    /** Local error and drift (relative upper bounds) against t on a log axis; zeros (exact steps) are left out. */
    private static void plot(RunAudit.Report r, Path dir) {
        System.setProperty("java.awt.headless", "true");
        List<Double> tl = new ArrayList<>();
        List<Double> local = new ArrayList<>();
        List<Double> td = new ArrayList<>();
        List<Double> drift = new ArrayList<>();
        for (RunAudit.Step s : r.steps()) {
            if (s.localRelative() != null && s.localRelative().upper() != null && s.localRelative().upper().signum() > 0) {
                tl.add((double) s.t());
                local.add(s.localRelative().upper().doubleValue());
            }
            if (s.driftRelative().upper() != null && s.driftRelative().upper().signum() > 0 && s.t() > 0) {
                td.add((double) s.t());
                drift.add(s.driftRelative().upper().doubleValue());
            }
        }
        XYChart c = new XYChartBuilder().width(800).height(560)
                .title("audit-run: " + r.format().label() + " " + r.map().label() + " run against the exact run").xAxisTitle("step t")
                .yAxisTitle("relative error (upper bound)").build();
        c.getStyler().setYAxisLogarithmic(true).setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        if (!tl.isEmpty()) {
            c.addSeries("local error ||x_t - F(x_{t-1})|| / ||F(x_{t-1})||", tl, local).setMarker(SeriesMarkers.CIRCLE);
        }
        if (!td.isEmpty()) {
            c.addSeries("drift ||x_t - y_t|| / ||y_t||", td, drift).setMarker(SeriesMarkers.DIAMOND);
        }
        if (tl.isEmpty() && td.isEmpty()) {
            c.addSeries("every error is exactly 0", List.of(0.0), List.of(1.0));
            c.getStyler().setYAxisLogarithmic(false);
        }
        byte[] png;
        try {
            Files.createDirectories(dir);
            png = BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException ex) {
            throw new InputException("--plot: cannot write to " + dir + " (" + ex.getMessage() + ")");
        }
        OutputFiles.write(dir.resolve("audit-run.png"), png, "--plot");
    }
}
