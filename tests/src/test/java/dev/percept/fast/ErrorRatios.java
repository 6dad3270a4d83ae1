package dev.percept.fast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records, per fast-path function, the worst observed ratio of the error to its stated
 * forward-error bound; printed and appended to {@code target/fast-path-error-ratios.txt}.
 */
final class ErrorRatios {

    private static final Map<String, double[]> WORST = new TreeMap<>();

    private ErrorRatios() {
    }

    static synchronized void observe(String function, double ratio) {
        double[] w = WORST.computeIfAbsent(function, k -> new double[] {0, 0});
        w[0] = Math.max(w[0], ratio);
        w[1]++;
    }

    static synchronized void report(String function) {
        double[] w = WORST.getOrDefault(function, new double[] {0, 0});
        String line = String.format("%s: worst observed error / bound = %.4g over %d comparisons%n", function, w[0], (long) w[1]);
        System.out.print(line);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/fast-path-error-ratios.txt"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
