package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.exact.Rational;
import dev.percept.minimal.ComplexityExperiment;
import dev.percept.minimal.ComplexityExperiment.Init;
import dev.percept.minimal.ComplexityExperiment.Row;
import dev.percept.minimal.ReducedLogisticGd;
import dev.percept.minimal.M1Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code percept complexity}: the exact complexity separation on the minimal example (claim M1). */
@Command(name = "complexity", header = "The sqrt(d) separation on the minimal example (claim M1).",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Claim M1: exact iteration counts of the linear batch perceptron and the tied two-layer perceptron on the "
                + "minimal example, per d.",
            "Writes complexity.csv, complexity.json and complexity.png (log-log) to --out and prints the fitted log-log "
                + "slopes.",
            "Exact only (no --engine): its point is an exact comparison of iteration counts, which rounded margins could "
                + "change."},
        footer = {"", "Examples:", "  percept complexity --out out/", "  percept complexity --d 16,64,256 --init random --seeds 20 --out out/"})
public final class ComplexityCommand extends PerceptCommand {

    /** The family needs d >= 3 (two coupled coordinates and a tail). */
    static final int MIN_D = 3;
    /** Larger d is taken for a typo: the exact runs grow like d (linear) and sqrt(d) (two-layer) steps. */
    static final int MAX_D = 1_000_000;
    /** More random starts than this are taken for a typo (each is a full exact run per d). */
    static final int MAX_SEEDS = 100_000;

    @Option(names = "--d", defaultValue = "16,64,256,1024,4096", paramLabel = "d1,d2,...",
            description = "Dimensions, comma-separated, at least two distinct (a slope needs two points), each from 3 to 1000000 (default"
                    + " ${DEFAULT-VALUE}): the family needs d >= 3; a larger d is taken for a typo (the linear run alone takes about d steps)."
                    + " A verdict on M1 needs at least 3 distinct d spanning a factor of 10; with fewer the counts and slopes are printed"
                    + " without one.")
    String ds;

    @Option(names = "--mu", defaultValue = "1", paramLabel = "q", description = "The family parameter mu > 0 (default ${DEFAULT-VALUE}).")
    String mu;

    @Option(names = "--init", defaultValue = "adversarial", paramLabel = "adversarial|random",
            description = "Two-layer start: adversarial (vmu- + eps g, fixed seed) or random (unit directions, seeds 1..K).")
    String init;

    @Option(names = "--eps", defaultValue = "1/100", paramLabel = "q",
            description = "eps > 0 of the adversarial start (--init adversarial, and the tied start of --gd; default ${DEFAULT-VALUE}).")
    String eps;

    @Option(names = "--seeds", defaultValue = "100", paramLabel = "K",
            description = "Number of random starts with --init random, from 1 to 100000 (default ${DEFAULT-VALUE}): more is taken for a typo.")
    int seeds;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory for complexity.csv/.json/.png.")
    Path out;

    @Option(names = "--gd", description = "Also run logistic GD (linear model per --gd-gammas; tied model from the adversarial start per --gd-scales) and count its steps.")
    boolean gd;

    @Option(names = "--gd-gammas", defaultValue = "1,10,100,10000", paramLabel = "g1,...", description = "With --gd: linear GD steps gamma (default ${DEFAULT-VALUE}).")
    String gdGammas;

    @Option(names = "--gd-scales", defaultValue = "1,100,10000", paramLabel = "c1,...",
            description = "With --gd: tied GD init scales, the start is c * (vmu- + eps g)/||vmu- + eps g|| (default ${DEFAULT-VALUE}).")
    String gdScales;

    @Mixin
    CommonOptions.WorkingDigits digits = new CommonOptions.WorkingDigits(40);

    @Mixin
    CommonOptions.Quiet quiet;

    @Override
    public Integer call() {
        OutputSet.check(out, "--out");
        int[] dims = Inputs.intList(ds, "--d");
        for (int d : dims) {
            if (d < MIN_D || d > MAX_D) {
                throw new InputException("--d: every d must be between " + MIN_D + " and " + MAX_D + ", got " + d);
            }
        }
        if (java.util.Arrays.stream(dims).distinct().count() < 2) {
            throw new InputException("--d: a slope needs at least two distinct dimensions, got " + ds.strip()
                    + " (a verdict on M1 needs " + M1Verdict.MIN_SIZES + " spanning a factor of " + M1Verdict.MIN_SPAN + ")");
        }
        Rational m = Inputs.rational(mu, "--mu");
        if (m.signum() <= 0) {
            throw new InputException("--mu: must be positive, got " + m);
        }
        Init kind;
        switch (init) {
            case "adversarial" -> kind = Init.ADVERSARIAL;
            case "random" -> kind = Init.RANDOM;
            default -> throw new InputException("--init: expected adversarial or random, got '" + init + "'");
        }
        if (!gd) {
            Given.reject(spec, "applies with --gd only", "--gd-gammas", "--gd-scales", "--working-digits", "--digits");
        }
        if (kind == Init.ADVERSARIAL) {
            Given.reject(spec, "applies with --init random only (the adversarial start is one run)", "--seeds");
        } else if (!gd) {
            Given.reject(spec, "applies to the adversarial start (--init adversarial, or the tied start of --gd)", "--eps");
        }
        Rational e = Inputs.rational(eps, "--eps");
        if (e.signum() <= 0) {
            throw new InputException("--eps: must be positive, got " + e);
        }
        if (seeds < 1 || seeds > MAX_SEEDS) {
            throw new InputException("--seeds: must be between 1 and " + MAX_SEEDS + ", got " + seeds);
        }
        List<Rational> gammas = positive(gdGammas, "--gd-gammas", "gamma");
        List<Rational> scales = positive(gdScales, "--gd-scales", "scale");
        int wd = digits.value();
        long t0 = System.nanoTime();
        List<ReducedLogisticGd.Counts> gdRows = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (ProgressDisplay progress = ProgressDisplay.open(spec, quiet.quiet)) {
            progress.update("complexity", 0, dims.length);
            for (int d : dims) {
                rows.add(ComplexityExperiment.run(d, m, kind, e, seeds));
                if (gd) {
                    gdRows.add(ReducedLogisticGd.countsAt(d, m, e, gammas, scales, wd));
                }
                progress.update("complexity", rows.size(), dims.length);
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        M1Verdict v = M1Verdict.of(rows, kind);
        ObjectNode o = toJson(m, kind, e, seeds, rows, v, ms);
        List<ObjectNode> gdJson = new ArrayList<>();
        if (gd) {
            ObjectNode g = o.putObject("gd");
            g.put("digits", wd);
            g.put("loss", "sum_i log(1 + exp(-margin_i)); -1 = no separation within the cap, -2 = a margin's sign not decided by its enclosure at N digits");
            g.put("tiedStart", "scale * (vmu- + eps g) / ||vmu- + eps g||, step 1/ceil(lambda2)");
            ArrayNode gr = g.putArray("rows");
            for (ReducedLogisticGd.Counts c : gdRows) {
                ObjectNode r = gr.addObject();
                r.put("d", c.d());
                ObjectNode lin = r.putObject("linear");
                c.linear().forEach(x -> lin.put(x.parameter().toString(), x.steps()));
                ObjectNode tied = r.putObject("tied");
                c.tied().forEach(x -> tied.put(x.parameter().toString(), x.steps()));
                gdJson.add(r);
            }
        }
        // The three files are complete or absent: a new JSON never sits next to an old CSV.
        try (OutputSet set = OutputSet.open(out, "--out")) {
            set.add("complexity.json", Json.pretty(o).getBytes(StandardCharsets.UTF_8));
            set.add("complexity.csv", csv(rows, kind).getBytes(StandardCharsets.UTF_8));
            set.add("complexity.png", plot(rows, kind, v));
            set.commit();
        }
        PrintWriter w = out();
        json.write(w, o);
        if (json.text()) {
            w.println(csv(rows, kind).replace(",", "\t").stripTrailing());
            for (ObjectNode g : gdJson) {
                w.println("GD " + Json.compact(g));
            }
            w.printf(Locale.ROOT, "log-log slopes: linear %.3f, two-layer %.3f -> M1%s %s%n", v.linearSlope(), v.twoLayerSlope(),
                    v.enoughSizes() ? "" : ":", v.summary());
            w.printf("wrote %s, %s, %s (%d ms)%n", out.resolve("complexity.csv"), out.resolve("complexity.json"), out.resolve("complexity.png"), ms);
        }
        w.flush();
        return Main.OK;
    }

    /** A comma-separated list of positive rationals; {@code what} names an entry in the error. */
    private static List<Rational> positive(String list, String option, String what) {
        Rational[] q = Inputs.rationalList(list, option);
        for (Rational x : q) {
            if (x.signum() <= 0) {
                throw new InputException(option + ": every " + what + " must be positive, got " + x);
            }
        }
        return List.of(q);
    }

    static ObjectNode toJson(Rational mu, Init kind, Rational eps, int seeds, List<Row> rows, M1Verdict v, long ms) {
        ObjectNode o = Json.object();
        o.put("mu", mu.toString());
        o.put("init", kind == Init.ADVERSARIAL ? "adversarial" : "random");
        if (kind == Init.ADVERSARIAL) {
            o.put("eps", eps.toString());
            o.put("seed", ComplexityExperiment.ADVERSARIAL_SEED);
        } else {
            o.put("seeds", seeds);
        }
        ArrayNode rs = o.putArray("rows");
        for (Row r : rows) {
            ObjectNode x = rs.addObject();
            x.put("d", r.d());
            x.put("linear", r.linear());
            if (kind == Init.ADVERSARIAL) {
                x.put("twoLayer", r.twoLayer().get(0));
            } else {
                ObjectNode t = x.putObject("twoLayer");
                t.put("median", r.median());
                t.put("mean", r.mean().toString());
                t.put("p90", r.p90());
            }
            x.put("gamma", "1/" + r.stepInverse());
            x.put("linearConverged", r.linearConverged());
            x.put("twoLayerUnconverged", r.twoLayerUnconverged());
            x.put("maxBits", r.maxBits());
        }
        ObjectNode sl = o.putObject("slopes");
        sl.put("linear", dev.percept.minimal.LogLogFit.round(v.linearSlope(), 3));
        sl.put("twoLayer", dev.percept.minimal.LogLogFit.round(v.twoLayerSlope(), 3));
        o.put("m1", v.label());
        o.put("m1Detail", v.summary());
        o.put("millis", ms);
        return o;
    }

    static String csv(List<Row> rows, Init kind) {
        StringBuilder b = new StringBuilder(kind == Init.ADVERSARIAL ? "d,linear,twoLayer,gammaInverse\n"
                : "d,linear,twoLayerMedian,twoLayerMean,twoLayerP90,gammaInverse\n");
        for (Row r : rows) {
            b.append(r.d()).append(',').append(r.linear()).append(',');
            if (kind == Init.ADVERSARIAL) {
                b.append(r.twoLayer().get(0));
            } else {
                b.append(r.median()).append(',').append(r.mean()).append(',').append(r.p90());
            }
            b.append(',').append(r.stepInverse()).append('\n');
        }
        return b.toString();
    }

    /** Log-log plot of both counts with reference lines of slope 1 and 1/2 through the first points, as PNG bytes. */
    static byte[] plot(List<Row> rows, Init kind, M1Verdict v) {
        System.setProperty("java.awt.headless", "true");
        int n = rows.size();
        double[] x = new double[n];
        double[] lin = new double[n];
        double[] two = new double[n];
        double[] ref1 = new double[n];
        double[] refHalf = new double[n];
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            x[i] = r.d();
            lin[i] = Math.max(1, r.linear());
            two[i] = Math.max(1, M1Verdict.twoLayerStatistic(r, kind));
        }
        for (int i = 0; i < n; i++) {
            ref1[i] = lin[0] * x[i] / x[0];
            refHalf[i] = two[0] * Math.sqrt(x[i] / x[0]);
        }
        XYChart c = new XYChartBuilder().width(800).height(560).title("Minimal example: exact perceptron iterations (M1)")
                .xAxisTitle("d").yAxisTitle("iterations").build();
        c.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true).setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        c.addSeries(String.format(Locale.ROOT, "linear (slope %.2f)", v.linearSlope()), x, lin).setMarker(SeriesMarkers.CIRCLE);
        c.addSeries(String.format(Locale.ROOT, "two-layer %s (slope %.2f)", kind == Init.ADVERSARIAL ? "adversarial" : "mean",
                v.twoLayerSlope()), x, two).setMarker(SeriesMarkers.DIAMOND);
        c.addSeries("reference slope 1", x, ref1).setMarker(SeriesMarkers.NONE);
        c.addSeries("reference slope 1/2", x, refHalf).setMarker(SeriesMarkers.NONE);
        try {
            return BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
