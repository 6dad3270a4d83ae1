package dev.percept.bench;

import dev.percept.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Commands of other issues, benchmarked through the command line in-process ({@link Main#run}:
 * parsing of the input files included, stdout discarded), so that they are measured as soon as
 * the command exists without this module depending on their classes. A task whose command (or
 * option) is not there yet fails its setup with "not available yet (issue N)"; JMH reports that
 * and goes on with the other benchmarks.
 *
 * <p>Tasks: {@code audit-N}: {@code percept audit} of a random symmetric integer matrix (entries
 * -100..100) against its double eigenvalues (Jacobi, as another library would print them):
 * exact characteristic polynomial, root isolation and refinement (issue 4).
 * {@code perceptron-S} and {@code gd50-S}: S exact batch-perceptron steps and S logistic-GD steps at
 * 50 digits on n = 100 points, d = 100 integer features (issue 3); the cost of one step is the
 * difference of S = 11 and S = 1, divided by 10. The fast path has no command of its own: see
 * {@link FastPathBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseSerialGC")
public class CliBench {

    @Param({"audit-20", "audit-50", "audit-100", "perceptron-1", "perceptron-11", "gd50-1", "gd50-11"})
    public String task;

    private Path dir;
    private String[] args;
    private final PrintStream nullOut = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("percept-clibench");
        String kind = task.substring(0, task.lastIndexOf('-'));
        int k = Integer.parseInt(task.substring(task.lastIndexOf('-') + 1));
        switch (kind) {
            case "audit" -> {
                Path m = dir.resolve("M.csv");
                Path e = dir.resolve("E.txt");
                double[][] a = BenchInputs.symmetricDoubles(k);
                Files.writeString(m, BenchInputs.csv(BenchInputs.symmetricIntegers(k)));
                StringBuilder sb = new StringBuilder();
                for (double v : Jacobi.eigenvalues(a)) {
                    sb.append(v).append('\n');
                }
                Files.writeString(e, sb.toString());
                args = require(4, "audit", List.of("--matrix", "--eigenvalues"),
                        "audit", "--matrix", m.toString(), "--eigenvalues", e.toString(), "--json");
            }
            case "perceptron", "gd50" -> {
                Path data = dir.resolve("data.csv");
                Files.writeString(data, BenchInputs.classificationCsv(100, 100));
                args = kind.equals("perceptron")
                        ? require(3, "perceptron", List.of("--data", "--steps"), "perceptron", "--data", data.toString(),
                                "--model", "linear", "--steps", String.valueOf(k), "--json")
                        : require(3, "gd", List.of("--data", "--digits"), "gd", "--data", data.toString(), "--model", "linear",
                                "--gamma", "1", "--steps", String.valueOf(k), "--digits", "50", "--json");
            }
            default -> throw new IllegalArgumentException("unknown task " + task);
        }
        run(); // fail here, in setup, if the command rejects its input
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public int run() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, nullOut, new PrintStream(err, true, StandardCharsets.UTF_8));
        if (code != 0) {
            throw new IllegalStateException("percept " + String.join(" ", args) + " exited " + code + ": "
                    + err.toString(StandardCharsets.UTF_8).strip());
        }
        return code;
    }

    /** The arguments, once {@code percept SUB --help} shows that the command and its options exist. */
    private static String[] require(int issue, String sub, List<String> options, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {sub, "--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
        String help = out.toString(StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (String o : options) {
            if (!help.contains(o)) {
                missing.add(o);
            }
        }
        if (code != 0 || !missing.isEmpty()) {
            throw new IllegalStateException("percept " + sub + " " + String.join(" ", options)
                    + ": not available yet (issue " + issue + ")");
        }
        return args;
    }
}
