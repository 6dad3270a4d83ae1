package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.percept.binary64.Binary64;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.LinearModel;
import dev.percept.dynamics.Perceptron;
import dev.percept.exact.Rational;
import dev.percept.model.TieMode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code percept audit-run} end to end: an exact run audits to zero everywhere (the negative
 * control), a single iterate moved by a known number of ulps is measured as exactly that many, a
 * wrong option is found at the step it happens, a float64 GD run of the tied model computed here
 * in plain doubles stays within a few ulps per step, and every bad input exits 2 with one line.
 */
class AuditRunCommandTest {

    @TempDir
    Path dir;

    static final Path F32_RUN = NpyInputTest.fixture("tied_minimal4_gd_f32.npy");

    /** The exact linear perceptron on toy2d (eta 1, tie half, from 0): halves and integers, all exact doubles. */
    static List<Rational[]> exactPerceptronRun() {
        Dataset toy = new NumericInput().dataset("builtin:toy2d", "--data");
        return Perceptron.run(new LinearModel(2), toy, Rational.ONE, new Rational[] {Rational.ZERO, Rational.ZERO}, 20, TieMode.HALF, false)
                .iterates();
    }

    Path csv(String name, List<Rational[]> rows) {
        StringBuilder b = new StringBuilder("# iterates\n");
        for (Rational[] r : rows) {
            for (int k = 0; k < r.length; k++) {
                b.append(k == 0 ? "" : ",").append(Double.toHexString(Binary64.nearest(r[k])));
            }
            b.append('\n');
        }
        return Cli.write(dir, name, b.toString());
    }

    static Cli.Result perceptronAudit(Path traj, String... more) {
        String[] base = {"audit-run", "--data", "builtin:toy2d", "--model", "linear", "--eta", "1", "--trajectory", traj.toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return Cli.run(all);
    }

    /** Negative control: the exact run audits to exactly zero local error and drift, and never diverges. */
    @Test
    void theExactRunAuditsToZero() {
        List<Rational[]> run = exactPerceptronRun();
        assertThat(run.size()).isGreaterThan(3);
        JsonNode j = perceptronAudit(csv("exact.csv", run), "--json").json();
        assertThat(j.get("maxLocalUlps").asText()).isEqualTo("0");
        assertThat(j.get("maxDrift").asText()).isEqualTo("0");
        assertThat(j.get("firstDivergence").isNull()).isTrue();
        assertThat(j.get("table")).hasSize(run.size());
        assertThat(j.get("table").get(0).get("local").isNull()).isTrue();
        assertThat(j.get("format").asText()).isEqualTo("float64");
    }

    /**
     * One coordinate of x_2 moved up by exactly 3 ulps: the local error at t = 2 is 3 ulps (both
     * bounds enclose 3), at t = 3 the exact map is applied to the moved iterate, and --tolerance 2
     * exits 1 while a tolerance at the largest upper bound does not.
     */
    @Test
    void aKnownPerturbationIsMeasuredExactly() {
        List<Rational[]> run = new java.util.ArrayList<>(exactPerceptronRun());
        Rational[] x2 = run.get(2).clone();
        double v = Binary64.nearest(x2[0]);
        double moved = Math.nextUp(Math.nextUp(Math.nextUp(v)));
        x2[0] = Binary64.exact(moved);
        run.set(2, x2);
        Path traj = csv("moved.csv", run);
        JsonNode j = perceptronAudit(traj, "--json").json();
        JsonNode row = j.get("table").get(2);
        assertThat(new BigDecimal(row.get("localUlps").get(0).asText())).isLessThanOrEqualTo(new BigDecimal(3));
        assertThat(new BigDecimal(row.get("localUlps").get(1).asText())).isGreaterThanOrEqualTo(new BigDecimal(3));
        assertThat(new BigDecimal(row.get("localUlps").get(1).asText())).isLessThan(new BigDecimal("3.001"));
        assertThat(j.get("table").get(1).get("localUlps").get(1).asText()).isEqualTo("0");
        assertThat(perceptronAudit(traj, "--tolerance", "2").code()).isEqualTo(Main.CLAIM_FAILED);
        // nothing is proven above the largest upper bound (t = 3 applies the exact map to the moved iterate)
        assertThat(perceptronAudit(traj, "--tolerance", j.get("maxLocalUlps").asText()).code()).isEqualTo(Main.OK);
    }

    /** An iterate with a flipped coordinate changes a margin's sign and the option: found at that step, and said in text. */
    @Test
    void aWrongOptionIsTheFirstDivergence() {
        List<Rational[]> run = new java.util.ArrayList<>(exactPerceptronRun());
        Rational[] x1 = run.get(1).clone();
        x1[1] = x1[1].negate();
        run.set(1, x1);
        Path traj = csv("flipped.csv", run);
        JsonNode j = perceptronAudit(traj, "--json").json();
        assertThat(j.get("firstDivergence").get("t").asInt()).isEqualTo(1);
        assertThat(j.get("firstDivergence").get("what").toString()).contains("margin sign");
        Cli.Result text = perceptronAudit(traj);
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("FIRST DIVERGENCE at t = 1");
    }

    /**
     * A float64 GD run of the tied model on the minimal example, computed here in plain doubles:
     * each step is a handful of roundings of quantities of size about 1, so a local error of more
     * than 16 ulps would mean the audit (or this run) is wrong; and the audit must see that the run
     * is not exact (some local error is positive).
     */
    @Test
    void aFloat64GdRunStaysWithinAFewUlpsPerStep() {
        double[] th = {0.5, -0.25, 1, -1, 0.5, 0.25};
        double[][] x = {{1, 1, 1, 1}, {2, 1, 1, 1}};
        double[] y = {1, -1};
        StringBuilder b = new StringBuilder();
        for (int t = 0; t <= 15; t++) {
            for (int k = 0; k < 6; k++) {
                b.append(k == 0 ? "" : ",").append(Double.toHexString(th[k]));
            }
            b.append('\n');
            double[] g = new double[6];
            for (int i = 0; i < 2; i++) {
                double h1 = th[2] * x[i][0] + th[3] * x[i][1] + th[4] * x[i][2] + th[5] * x[i][3];
                double h2 = th[2] * x[i][1] + th[3] * x[i][0] + th[4] * x[i][2] + th[5] * x[i][3];
                double z = y[i] * (th[0] * h1 + th[1] * h2);
                double c = y[i] / (1 + Math.exp(z)) / 2;
                g[0] += c * h1;
                g[1] += c * h2;
                double[] px = {x[i][1], x[i][0], x[i][2], x[i][3]};
                for (int k = 0; k < 4; k++) {
                    g[2 + k] += c * (th[0] * x[i][k] + th[1] * px[k]);
                }
            }
            for (int k = 0; k < 6; k++) {
                th[k] += 0.25 * g[k];
            }
        }
        Path traj = Cli.write(dir, "gd64.csv", b.toString());
        JsonNode j = Cli.run("audit-run", "--data", "builtin:minimal4", "--model", "tied", "--gamma", "1/4", "--trajectory", traj.toString(), "--json")
                .json();
        assertThat(j.get("format").asText()).isEqualTo("float64");
        assertThat(j.get("minimalFamily").asText()).isEqualTo("d=4 mu=1");
        assertThat(new BigDecimal(j.get("maxLocalUlps").asText())).isPositive().isLessThan(new BigDecimal(16));
        assertThat(new BigDecimal(j.get("maxDriftRelative").asText())).isLessThan(new BigDecimal("1e-13"));
        assertThat(j.get("firstDivergence").isNull()).isTrue();
    }

    /** numpy's float32 run (fixture): ulps counted in float32, options named A1/A2/brake, a plot written. */
    @Test
    void numpyFloat32RunWithPlot() throws Exception {
        Path out = dir.resolve("plots");
        Cli.Result r = Cli.run("audit-run", "--data", "builtin:minimal4", "--model", "tied", "--gamma", "1/4", "--trajectory", F32_RUN.toString(),
                "--plot", out.toString(), "--json");
        JsonNode j = r.json();
        assertThat(j.get("format").asText()).isEqualTo("float32");
        assertThat(j.get("table")).hasSize(13);
        assertThat(new BigDecimal(j.get("maxLocalUlps").asText())).isPositive().isLessThan(new BigDecimal(64));
        String options = j.get("table").toString();
        assertThat(options).containsAnyOf("\"option\":\"A1\"", "\"option\":\"A2\"", "\"option\":\"brake\"");
        byte[] png = Files.readAllBytes(out.resolve("audit-run.png"));
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        JsonNode f64 = Cli.run("audit-run", "--data", "builtin:minimal4", "--model", "tied", "--gamma", "1/4", "--trajectory", F32_RUN.toString(),
                "--format", "float64", "--json").json();
        // the same errors counted in float64 ulps: 2^29 times as many, up to the ulp boundaries
        assertThat(new BigDecimal(f64.get("maxLocalUlps").asText())).isGreaterThan(new BigDecimal(j.get("maxLocalUlps").asText())
                .multiply(BigDecimal.valueOf(1L << 28)));
    }

    static final Path TORCH_RUN = NpyInputTest.fixture("torch_minimal4_gd_f32.npy");

    /**
     * PyTorch's float32 run from 1e-7 off the saddle vmu- (fixture, make_torch_fixture.py): the audit
     * finds a first divergence, no difference before it, and at it the run's margin sign of x_1 is
     * the opposite of the exact run's. Both signs are recomputed here independently of RunAudit: the
     * margin of x_1 = (1,1,1,1) (y_1 = 1, P x_1 = x_1) is (u1 + u2)(w1 + w2 + w3 + w4), from the
     * fixture's exact row for the run and from {@code percept gd} (30 digits, each within 10^-30,
     * far below the margin's size) for the exact run from the same start.
     */
    @Test
    void pytorchFloat32RunDivergesFromTheExactRun() {
        String[] args = {"audit-run", "--data", "builtin:minimal4", "--model", "tied", "--gamma", "1/4", "--trajectory", TORCH_RUN.toString()};
        JsonNode j = Cli.run(cat(args, "--json")).json();
        assertThat(j.get("format").asText()).isEqualTo("float32");
        assertThat(j.get("table")).hasSize(41);
        // normwise, each step is a dozen float32 roundings of quantities of the size of theta: 16 u (u = 2^-24) is generous
        assertThat(new BigDecimal(j.get("maxLocalRelative").asText())).isPositive().isLessThan(new BigDecimal(16.0 / (1 << 24)));
        JsonNode fd = j.get("firstDivergence");
        assertThat(fd.isNull()).as("PyTorch's run takes another side of a margin than the exact run").isFalse();
        int t = fd.get("t").asInt();
        assertThat(t).isPositive();
        for (int s = 0; s < t; s++) {
            assertThat(j.get("table").get(s).get("differences")).as("t = %d", s).isEmpty();
        }
        JsonNode row = j.get("table").get(t);
        assertThat(fd.get("what").toString()).contains("margin sign");
        int runSign = row.get("run").get("marginSigns").get(0).asInt();
        int exactSign = row.get("exact").get("marginSigns").get(0).asInt();
        assertThat(runSign).isEqualTo(-exactSign).isNotZero();

        List<Rational[]> rows = new NumericInput().rows(TORCH_RUN, "--trajectory");
        Rational[] xt = rows.get(t);
        assertThat(margin1(xt[0], xt[1], xt[2], xt[3], xt[4], xt[5]).signum()).isEqualTo(runSign);
        StringBuilder x0 = new StringBuilder();
        for (Rational v : rows.get(0)) {
            x0.append(Double.toHexString(Binary64.nearest(v))).append('\n'); // float32 values: exact doubles
        }
        Path init = Cli.write(dir, "x0.csv", x0.toString());
        JsonNode gd = Cli.run("gd", "--data", "builtin:minimal4", "--model", "tied", "--init", init.toString(), "--step-size", "1/4", "--steps",
                Integer.toString(t), "--digits", "30", "--json").json();
        BigDecimal[] y = new BigDecimal[6];
        for (int k = 0; k < 6; k++) {
            y[k] = new BigDecimal(gd.get("theta").get(k).asText());
        }
        BigDecimal m = y[0].add(y[1]).multiply(y[2].add(y[3]).add(y[4]).add(y[5]));
        assertThat(m.abs()).isGreaterThan(new BigDecimal("1e-25")); // decided: the printed digits' errors are below 1e-29
        assertThat(m.signum()).isEqualTo(exactSign);
        assertThat(Cli.run(args).out()).contains("FIRST DIVERGENCE at t = " + t);
    }

    static Rational margin1(Rational u1, Rational u2, Rational... w) {
        Rational s = Rational.ZERO;
        for (Rational v : w) {
            s = s.add(v);
        }
        return u1.add(u2).multiply(s);
    }

    @Test
    void badInputsExitTwo() throws Exception {
        String[] base = {"audit-run", "--data", "builtin:minimal4", "--model", "tied"};
        // dimension mismatch: the linear model has 4 parameters, the run 6
        Cli.Result r = Cli.run("audit-run", "--data", "builtin:minimal4", "--model", "linear", "--gamma", "1/4", "--trajectory", F32_RUN.toString())
                .assertCleanInputError();
        assertThat(r.err()).contains("--trajectory").contains("rows have 6 entries, the linear model on d = 4 has 4 parameters");
        // NaN in a CSV trajectory and in a .npy trajectory
        Path nanCsv = Cli.write(dir, "nan.csv", "1,2,3,4,5,6\n1,2,NaN,4,5,6\n");
        r = Cli.run(cat(base, "--gamma", "1/4", "--trajectory", nanCsv.toString())).assertCleanInputError();
        assertThat(r.err()).contains("line 2, column 3").contains("not a finite number");
        r = Cli.run(cat(base, "--gamma", "1/4", "--trajectory", NpyInputTest.fixture("bad_nan.npy").toString())).assertCleanInputError();
        assertThat(r.err()).contains("row 2, column 3: NaN");
        Path infCsv = Cli.write(dir, "inf.csv", "1,2,3,4,5,6\n1,2,3,4,5,-inf\n");
        r = Cli.run(cat(base, "--gamma", "1/4", "--trajectory", infCsv.toString())).assertCleanInputError();
        assertThat(r.err()).contains("--trajectory").contains("line 2, column 6").contains("not a finite number");
        r = Cli.run(cat(base, "--gamma", "1/4", "--trajectory", NpyInputTest.fixture("bad_inf.npy").toString())).assertCleanInputError();
        assertThat(r.err()).contains("row 1, column 2: -infinity");
        // a trajectory that is not a table
        r = Cli.run(cat(base, "--gamma", "1/4", "--trajectory", NpyInputTest.fixture("bad_3d.npy").toString())).assertCleanInputError();
        assertThat(r.err()).contains("3-dimensional");
        // the map: both, neither, contradicting
        assertThat(Cli.run(cat(base, "--gamma", "1", "--eta", "1", "--trajectory", F32_RUN.toString())).assertCleanInputError().err())
                .contains("give one of --gamma (GD) and --eta (perceptron)");
        assertThat(Cli.run(cat(base, "--trajectory", F32_RUN.toString())).assertCleanInputError().err()).contains("missing the map");
        assertThat(Cli.run(cat(base, "--gamma", "1", "--map", "perceptron", "--trajectory", F32_RUN.toString())).assertCleanInputError().err())
                .contains("contradicts");
        // options that do not apply
        assertThat(Cli.run(cat(base, "--gamma", "1", "--tie", "mistake", "--trajectory", F32_RUN.toString())).assertCleanInputError().err())
                .startsWith("percept: --tie:");
        assertThat(Cli.run(cat(base, "--gamma", "1", "--init", "seed:1", "--trajectory", F32_RUN.toString())).assertCleanInputError().err())
                .contains("--init: the start is the trajectory's first row");
        assertThat(Cli.run(cat(base, "--eta", "1", "--working-digits", "50", "--trajectory", F32_RUN.toString())).assertCleanInputError().err())
                .contains("--working-digits");
        assertThat(Cli.run(cat(base, "--gamma", "1", "--tolerance", "-1", "--trajectory", F32_RUN.toString())).assertCleanInputError().err())
                .contains("--tolerance: must be >= 0");
        assertThat(Cli.run(cat(base, "--gamma", "1", "--trajectory", NpyInputTest.fixture("bad_truncated.npy").toString())).assertCleanInputError()
                .err()).contains("truncated");
    }

    static String[] cat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
