package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.exact.Rational;
import dev.percept.minimal.ComplexityExperiment;
import dev.percept.minimal.ComplexityExperiment.Init;
import dev.percept.minimal.ComplexityExperiment.Row;
import dev.percept.minimal.M1Verdict;
import dev.percept.minimal.ReducedLogisticGd;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code percept complexity}: the exact complexity separation on the minimal example (claim M1). */
@Command(name = "complexity", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Claim M1: exact iteration counts of the linear batch perceptron and the tied two-layer perceptron on the minimal example, per d.",
            "Writes complexity.csv, complexity.json and complexity.png (log-log) to --out and prints the fitted log-log slopes.",
            "Exact only (no --engine): its point is an exact comparison of iteration counts, which rounded margins could change."})
public final class ComplexityCommand implements Callable<Integer> {

    @Option(names = "--d", defaultValue = "16,64,256,1024,4096", paramLabel = "d1,d2,...",
            description = "Dimensions, comma-separated, each >= 3 (default ${DEFAULT-VALUE}).")
    String ds;

    @Option(names = "--mu", defaultValue = "1", paramLabel = "q", description = "The family parameter mu > 0 (default ${DEFAULT-VALUE}).")
    String mu;

    @Option(names = "--init", defaultValue = "adversarial", paramLabel = "adversarial|random",
            description = "Two-layer start: adversarial (vmu- + eps g, fixed seed) or random (unit directions, seeds 1..K).")
    String init;

    @Option(names = "--eps", defaultValue = "1/100", paramLabel = "q", description = "eps of the adversarial start (default ${DEFAULT-VALUE}).")
    String eps;

    @Option(names = "--seeds", defaultValue = "100", paramLabel = "K", description = "Number of random starts (default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory for complexity.csv/.json/.png.")
    Path out;

    @Option(names = "--gd", description = "Also run logistic GD (linear model per --gd-gammas; tied model from the adversarial start per --gd-scales) and count its steps.")
    boolean gd;

    @Option(names = "--gd-gammas", defaultValue = "1,10,100,10000", paramLabel = "g1,...", description = "Linear GD steps gamma (default ${DEFAULT-VALUE}).")
    String gdGammas;

    @Option(names = "--gd-scales", defaultValue = "1,100,10000", paramLabel = "c1,...",
            description = "Tied GD init scales: the start is c * (vmu- + eps g)/||vmu- + eps g|| (default ${DEFAULT-VALUE}).")
    String gdScales;

    @Option(names = "--digits", defaultValue = "40", paramLabel = "N",
            description = "GD working precision (ball arithmetic); a count is reported only when the enclosures decide every margin's sign up to it (default ${DEFAULT-VALUE}).")
    int digits;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int[] dims = Inputs.intList(ds, "--d");
        for (int d : dims) {
            if (d < 3 || d > 1_000_000) {
                throw new InputException("--d: every d must be between 3 and 1000000, got " + d);
            }
        }
        if (dims.length < 2) {
            throw new InputException("--d: need at least two dimensions to fit a slope");
        }
        Rational m = Inputs.rational(mu, "--mu");
        if (m.signum() <= 0) {
            throw new InputException("--mu: must be positive, got " + m);
        }
        Rational e = Inputs.rational(eps, "--eps");
        if (e.signum() <= 0) {
            throw new InputException("--eps: must be positive, got " + e);
        }
        Init kind;
        switch (init) {
            case "adversarial" -> kind = Init.ADVERSARIAL;
            case "random" -> kind = Init.RANDOM;
            default -> throw new InputException("--init: expected adversarial or random, got '" + init + "'");
        }
        if (seeds < 1 || seeds > 100_000) {
            throw new InputException("--seeds: must be between 1 and 100000, got " + seeds);
        }
        Rational[] gammas = Inputs.rationalList(gdGammas, "--gd-gammas");
        Rational[] scales = Inputs.rationalList(gdScales, "--gd-scales");
        for (Rational q : gammas) {
            if (q.signum() <= 0) {
                throw new InputException("--gd-gammas: every gamma must be positive, got " + q);
            }
        }
        for (Rational q : scales) {
            if (q.signum() <= 0) {
                throw new InputException("--gd-scales: every scale must be positive, got " + q);
            }
        }
        if (digits < 10 || digits > 1000) {
            throw new InputException("--digits: must be between 10 and 1000, got " + digits);
        }
        long t0 = System.nanoTime();
        List<ObjectNode> gdRows = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        boolean interactive = System.console() != null;
        ProgressBar bar = interactive ? new ProgressBarBuilder().setTaskName("complexity").setInitialMax(dims.length)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build() : null;
        try {
            for (int d : dims) {
                rows.add(ComplexityExperiment.run(d, m, kind, e, seeds));
                if (gd) {
                    gdRows.add(gdRow(d, m, e, gammas, scales, digits));
                }
                if (bar != null) {
                    bar.step();
                    bar.setExtraMessage("d=" + d);
                }
            }
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        M1Verdict v = M1Verdict.of(rows, kind);
        ObjectNode o = toJson(m, kind, e, seeds, rows, v, ms);
        if (gd) {
            ObjectNode g = o.putObject("gd");
            g.put("digits", digits);
            g.put("loss", "sum_i log(1 + exp(-margin_i)); -1 = no separation within the cap, -2 = a margin's sign not decided by its enclosure at N digits");
            g.put("tiedStart", "scale * (vmu- + eps g) / ||vmu- + eps g||, step 1/ceil(lambda2)");
            ArrayNode gr = g.putArray("rows");
            gdRows.forEach(gr::add);
        }
        try {
            Files.createDirectories(out);
        } catch (IOException ex) {
            throw new InputException("--out: cannot create " + out + " (" + ex.getMessage() + ")");
        }
        Json.writeAtomically(out.resolve("complexity.json"), Json.pretty(o));
        Json.writeAtomically(out.resolve("complexity.csv"), csv(rows, kind));
        plot(rows, kind, v, out.resolve("complexity.png"));
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(Json.compact(o));
        } else {
            w.println(csv(rows, kind).replace(",", "\t").stripTrailing());
            for (ObjectNode g : gdRows) {
                w.println("GD " + Json.compact(g));
            }
            w.printf(Locale.ROOT, "log-log slopes: linear %.3f, two-layer %.3f -> M1 %s%n", v.linearSlope(), v.twoLayerSlope(), v.summary());
            w.printf("wrote %s, %s, %s (%d ms)%n", out.resolve("complexity.csv"), out.resolve("complexity.json"), out.resolve("complexity.png"), ms);
        }
        w.flush();
        return Main.OK;
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
        o.put("m1", v.reproduced() ? "reproduced" : "not reproduced");
        o.put("m1Detail", v.summary());
        o.put("millis", ms);
        return o;
    }

    /** Logistic GD counts at one d ({@link ReducedLogisticGd}), each certified by ball arithmetic at {@code digits}. */
    static ObjectNode gdRow(int d, Rational mu, Rational eps, Rational[] gammas, Rational[] scales, int digits) {
        dev.percept.minimal.MinimalFamily fam = dev.percept.minimal.MinimalFamily.of(d, mu);
        ObjectNode r = Json.object();
        r.put("d", d);
        ObjectNode lin = r.putObject("linear");
        for (Rational g : gammas) {
            lin.put(g.toString(), ReducedLogisticGd.linear(fam, g, ComplexityExperiment.linearCap(d), new java.math.MathContext(digits)));
        }
        ObjectNode tied = r.putObject("tied");
        java.math.BigInteger[] start = dev.percept.minimal.Starts.adversarial(d, eps, ComplexityExperiment.ADVERSARIAL_SEED);
        for (Rational c : scales) {
            tied.put(c.toString(), ReducedLogisticGd.tied(fam, start, c, ComplexityExperiment.twoLayerCap(d), new java.math.MathContext(digits)));
        }
        return r;
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

    /** Log-log plot of both counts with reference lines of slope 1 and 1/2 through the first points. */
    static void plot(List<Row> rows, Init kind, M1Verdict v, Path file) {
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
            Json.writeAtomically(file, BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
