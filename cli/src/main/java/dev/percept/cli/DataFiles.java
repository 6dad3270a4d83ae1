package dev.percept.cli;

import dev.percept.dynamics.Dataset;
import dev.percept.exact.Rational;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** Reads a data set from a path or {@code builtin:NAME}, as a stream within the limits of {@link BoundedInput}. */
    public static Dataset read(String spec, String option) {
        if (spec.startsWith("builtin:")) {
            String b = spec.substring(8);
            if (!BUILTINS.contains(b)) {
                throw new InputException(option + ": unknown builtin data '" + b + "' (available: " + String.join(", ", BUILTINS) + ")");
            }
            try (InputStream in = DataFiles.class.getResourceAsStream("/dev/percept/data/" + b + ".csv")) {
                return parse(in, spec, option);
            } catch (IOException e) {
                throw new IllegalStateException("builtin data missing from the jar: " + b, e);
            }
        }
        Path file = Path.of(spec);
        try (InputStream in = BoundedInput.open(file, option)) {
            return parse(in, spec, option);
        } catch (IOException e) {
            throw new InputException(option + ": " + spec + ": cannot read: " + FileErrors.reason(e), e);
        }
    }

    /** Parses the lines of a data file ({@code name} is used in messages). */
    public static Dataset parse(List<String> lines, String name, String option) {
        return parse(new java.io.ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), name, option);
    }

    /** Parses a data file's bytes as they arrive ({@code name} is used in messages). */
    static Dataset parse(InputStream in, String name, String option) {
        String file = option + ": " + name;
        List<Rational[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        List<Rational> row = new ArrayList<>();
        String[] label = new String[1];
        int[] width = {-1, 0};
        BoundedInput.Budget budget = new BoundedInput.Budget(file);
        BoundedInput.cells(in, file, new BoundedInput.CellHandler() {
            @Override
            public void cell(int line, int column, String text) {
                row.add(Inputs.rational(text, file + ": line " + line + ", column " + column));
                label[0] = text;
                budget.entry(text.length());
            }

            @Override
            public void endLine(int line, int cells) {
                String where = file + ": line " + line;
                if (width[0] < 0) {
                    if (cells < 2) {
                        throw new InputException(where + ": need at least one feature and a label, found " + cells + " column");
                    }
                    width[0] = cells;
                    width[1] = line;
                } else if (cells != width[0]) {
                    throw new InputException(where + ", column " + Math.min(cells, width[0]) + ": " + cells + " columns, but line " + width[1]
                            + " has " + width[0]);
                }
                Rational y = row.remove(row.size() - 1);
                if (!y.equals(Rational.ONE) && !y.equals(Rational.MINUS_ONE)) {
                    throw new InputException(where + ", column " + cells + ": label must be -1 or 1, got '" + label[0].strip() + "'");
                }
                ys.add(y.signum());
                xs.add(row.toArray(new Rational[0]));
                row.clear();
            }
        });
        if (xs.isEmpty()) {
            throw new InputException(file + ": no data rows");
        }
        int[] y = ys.stream().mapToInt(Integer::intValue).toArray();
        return new Dataset(name, xs.toArray(new Rational[0][]), y);
    }
}
