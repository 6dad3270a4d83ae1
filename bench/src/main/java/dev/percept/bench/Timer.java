package dev.percept.bench;

import dev.percept.cli.Inputs;
import dev.percept.cli.Main;
import dev.percept.exact.Polynomial;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.structured.DenseOrthogonal;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * The percept side of {@code bench/compare}: times one task inside a warm JVM and prints one JSON
 * line {@code {"task":..,"exit":..,"warm":..,"median_s":..,"min_s":..,"runs":[..],"digest":..}}.
 *
 * <p>Tasks: {@code cli ARGS...} runs {@code percept ARGS...} in-process through
 * {@link Main#run} (argument parsing, input files, computation and printing included; stdout is
 * discarded); {@code charpoly FILE} reads a CSV matrix exactly (not timed) and times
 * {@link RationalMatrix#charPoly()}, printing a SHA-256 digest of the coefficients (lowest first,
 * comma-separated) so the harness can compare them with SymPy's and FLINT's; {@code fast-structured},
 * {@code fast-eigen}, {@code fast-gd}: the double fast path's library calls (see {@link FastPath}),
 * printing {@code {"unavailable": ...}} when it has not landed; {@code orthogonality-modular FILE}
 * and {@code orthogonality-rational FILE}: the exact check {@code P^T P = I} of a CSV matrix read
 * beforehand (not timed), modulo primes ({@link DenseOrthogonal#firstNonOrthogonality}) or by
 * rational inner products of the columns (the referee), digest {@code orthogonal} or the first
 * failing entry.
 *
 * <p>Protocol: untimed warm-up runs until {@code --warmup-s} seconds have passed (at least one);
 * then timed runs until {@code --budget-s} seconds or {@code --max-runs} runs. If the first run
 * alone exceeds the budget it is reported as the only (cold) run, {@code "warm": false}.
 */
public final class Timer {

    private Timer() {
    }

    /**
     * Entry point: {@code Timer [--warmup-s S] [--budget-s S] [--max-runs K] [--inner K] TASK ARGS...};
     * with {@code --inner K} each timed run makes K calls and the time of one call is reported.
     */
    public static void main(String[] args) throws Exception {
        double warmupS = 2;
        double budgetS = 5;
        int maxRuns = 7;
        int inner = 1;
        int i = 0;
        while (i < args.length && args[i].startsWith("--")) {
            switch (args[i]) {
                case "--warmup-s" -> warmupS = Double.parseDouble(args[++i]);
                case "--budget-s" -> budgetS = Double.parseDouble(args[++i]);
                case "--max-runs" -> maxRuns = Integer.parseInt(args[++i]);
                case "--inner" -> inner = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        if (i >= args.length) {
            throw new IllegalArgumentException("usage: Timer [options] (cli ARGS... | charpoly FILE)");
        }
        String task = args[i];
        String[] rest = Arrays.copyOfRange(args, i + 1, args.length);
        Supplier<Result> body;
        switch (task) {
            case "cli" -> body = () -> cli(rest);
            case "charpoly" -> {
                RationalMatrix m = Inputs.csvMatrix(Path.of(rest[0]), "charpoly");
                body = () -> new Result(0, digest(m.charPoly()), "");
            }
            case "orthogonality-modular", "orthogonality-rational" -> {
                RationalMatrix m = Inputs.csvMatrix(Path.of(rest[0]), task);
                boolean modular = task.equals("orthogonality-modular");
                body = () -> {
                    String bad = modular ? DenseOrthogonal.firstNonOrthogonality(m) : DenseOrthogonal.firstNonOrthogonalityByRationals(m);
                    return new Result(bad == null ? 0 : 1, bad == null ? "orthogonal" : bad, "");
                };
            }
            case "fast-structured", "fast-eigen", "fast-gd" -> {
                try {
                    body = fastTask(task, rest);
                } catch (FastPath.NotAvailable e) {
                    System.out.println("{\"task\":\"" + task + "\",\"unavailable\":\"" + jsonEscape(e.getMessage()) + "\"}");
                    return;
                }
            }
            default -> throw new IllegalArgumentException("unknown task " + task);
        }
        if (inner > 1) {
            // short calls: each timed run makes `inner` calls and records the time of one
            Supplier<Result> once = body;
            int k = inner;
            body = () -> {
                Result last = null;
                for (int j = 0; j < k; j++) {
                    last = once.get();
                }
                return last;
            };
        }
        List<Double> runs = new ArrayList<>();
        long t0 = System.nanoTime();
        Result r = body.get();
        double first = (System.nanoTime() - t0) / 1e9;
        boolean warm = first <= budgetS;
        if (!warm) {
            runs.add(first);
        } else {
            double warmed = first;
            while (warmed < warmupS) {
                long t = System.nanoTime();
                body.get();
                warmed += (System.nanoTime() - t) / 1e9;
            }
            double spent = 0;
            while (runs.size() < Math.max(1, maxRuns) && (runs.isEmpty() || spent < budgetS)) {
                long t = System.nanoTime();
                r = body.get();
                double s = (System.nanoTime() - t) / 1e9;
                runs.add(s);
                spent += s;
            }
        }
        final int perCall = inner;
        double[] sorted = runs.stream().mapToDouble(x -> x / perCall).sorted().toArray();
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        StringBuilder sb = new StringBuilder();
        sb.append("{\"task\":\"").append(task).append("\",\"exit\":").append(r.exit).append(",\"warm\":").append(warm)
                .append(",\"median_s\":").append(median).append(",\"min_s\":").append(sorted[0]).append(",\"runs\":[");
        for (int k = 0; k < runs.size(); k++) {
            sb.append(k == 0 ? "" : ",").append(runs.get(k) / inner);
        }
        sb.append("],\"digest\":\"").append(r.digest).append("\",\"stderr\":\"").append(jsonEscape(r.stderr)).append("\"}");
        System.out.println(sb);
    }

    private record Result(int exit, String digest, String stderr) {
    }

    /**
     * The fast-path library calls alone (inputs read and rounded to double beforehand, not timed):
     * {@code fast-structured A.csv PERM.csv}, {@code fast-eigen M.csv} (digest: the largest
     * eigenvalue) and {@code fast-gd DATA.csv} (one logistic-GD step from a small nonzero start,
     * gamma = 1; digest: the first coordinate of the result).
     */
    private static Supplier<Result> fastTask(String task, String[] rest) {
        switch (task) {
            case "fast-structured" -> {
                java.lang.invoke.MethodHandle h = FastPath.structured();
                double[] a = FastPath.vector(Path.of(rest[0]));
                int[] perm = FastPath.perm0(Path.of(rest[1]));
                return () -> {
                    double[] w = (double[]) invoke(h, a, perm);
                    return new Result(0, Double.toString(w[w.length - 1]), "");
                };
            }
            case "fast-eigen" -> {
                java.lang.invoke.MethodHandle h = FastPath.symmetric();
                double[][] m = FastPath.matrix(Path.of(rest[0]));
                return () -> {
                    double[] w = (double[]) invoke(h, (Object) m);
                    return new Result(0, Double.toString(w[w.length - 1]), "");
                };
            }
            default -> {
                java.lang.invoke.MethodHandle h = FastPath.logisticGd();
                double[][] data = FastPath.matrix(Path.of(rest[0]));
                int d = data[0].length - 1;
                double[][] x = new double[data.length][];
                int[] y = new int[data.length];
                for (int i = 0; i < data.length; i++) {
                    x[i] = Arrays.copyOf(data[i], d);
                    y[i] = (int) data[i][d];
                }
                double[] w0 = FastPath.start(d);
                return () -> {
                    double[] w = (double[]) invoke(h, w0, x, y, 1.0);
                    return new Result(0, Double.toString(w[0]), "");
                };
            }
        }
    }

    private static Object invoke(java.lang.invoke.MethodHandle h, Object... args) {
        try {
            return h.invokeWithArguments(args);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static Result cli(String[] args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, "", err.toString(StandardCharsets.UTF_8).strip());
    }

    /** SHA-256 of the coefficients, lowest first, as integers or p/q, joined by commas. */
    static String digest(Polynomial p) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k <= p.degree(); k++) {
            Rational c = p.coefficient(k);
            sb.append(k == 0 ? "" : ",").append(c.isInteger() ? c.numerator().toString() : c.toString());
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jsonEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
