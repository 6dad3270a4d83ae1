package dev.percept.cli;

import dev.percept.dynamics.Dataset;
import dev.percept.exact.Rational;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads labelled data: CSV rows {@code x_1,...,x_d,y} with {@code y} in {-1, 1}; blank lines and
 * lines starting with {@code #} are skipped; numbers are integers, {@code p/q} or decimals, read
 * exactly. {@code builtin:NAME} reads the sample {@code dev/percept/data/NAME.csv} shipped in the
 * jar (so README examples run without creating files). Every error is an {@link InputException}
 * naming the file, line and column.
 */
public final class DataFiles {

    /** Names of the shipped samples. */
    public static final List<String> BUILTINS = List.of("toy2d", "minimal4");

    private DataFiles() {
    }

    /** Reads a data set from a path or {@code builtin:NAME}. */
    public static Dataset read(String spec, String option) {
        List<String> lines;
        String name = spec;
        if (spec.startsWith("builtin:")) {
            String b = spec.substring(8);
            if (!BUILTINS.contains(b)) {
                throw new InputException(option + ": unknown builtin data '" + b + "' (available: " + String.join(", ", BUILTINS) + ")");
            }
            try (InputStream in = DataFiles.class.getResourceAsStream("/dev/percept/data/" + b + ".csv")) {
                lines = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
            } catch (IOException e) {
                throw new IllegalStateException("builtin data missing from the jar: " + b, e);
            }
        } else {
            lines = Inputs.lines(Path.of(spec), option);
        }
        return parse(lines, name, option);
    }

    /** Parses the lines of a data file ({@code name} is used in messages). */
    public static Dataset parse(List<String> lines, String name, String option) {
        List<Rational[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        int width = -1;
        int widthLine = 0;
        for (int ln = 0; ln < lines.size(); ln++) {
            String line = lines.get(ln).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = option + ": " + name + ": line " + (ln + 1);
            String[] cells = line.split(",", -1);
            if (width < 0) {
                if (cells.length < 2) {
                    throw new InputException(where + ": need at least one feature and a label, found " + cells.length + " column");
                }
                width = cells.length;
                widthLine = ln + 1;
            } else if (cells.length != width) {
                throw new InputException(where + ", column " + Math.min(cells.length, width) + ": " + cells.length
                        + " columns, but line " + widthLine + " has " + width);
            }
            Rational[] x = new Rational[width - 1];
            for (int c = 0; c < width; c++) {
                Rational v = Inputs.rational(cells[c], where + ", column " + (c + 1));
                if (c < width - 1) {
                    x[c] = v;
                } else {
                    if (!v.equals(Rational.ONE) && !v.equals(Rational.MINUS_ONE)) {
                        throw new InputException(where + ", column " + (c + 1) + ": label must be -1 or 1, got '" + cells[c].strip() + "'");
                    }
                    ys.add(v.signum());
                }
            }
            xs.add(x);
        }
        if (xs.isEmpty()) {
            throw new InputException(option + ": " + name + ": no data rows");
        }
        int[] y = ys.stream().mapToInt(Integer::intValue).toArray();
        return new Dataset(name, xs.toArray(new Rational[0][]), y);
    }
}
