package dev.percept.cli;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parsing of command-line values and CSV files into exact values. Every failure is an
 * {@link InputException} whose message names the option or file, the line and the column.
 */
public final class Inputs {

    private Inputs() {
    }

    /** Parses one rational; {@code where} names the source in the error. */
    public static Rational rational(String text, String where) {
        try {
            return NumericInput.parse(text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InputException(where + ": " + e.getMessage());
        }
    }

    /** Parses a comma-separated list of rationals, e.g. {@code "-1/2,3,0.25"}. */
    public static Rational[] rationalList(String text, String option) {
        String[] parts = splitList(text, option);
        Rational[] r = new Rational[parts.length];
        for (int i = 0; i < parts.length; i++) {
            r[i] = rational(parts[i], option + ": entry " + (i + 1));
        }
        return r;
    }

    /** Parses a comma-separated list of integers, e.g. a 1-based permutation {@code "2,1,3"}. */
    public static int[] intList(String text, String option) {
        String[] parts = splitList(text, option);
        int[] r = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String t = parts[i].strip();
            if (!t.matches("[+-]?[0-9]{1,9}")) {
                throw new InputException(option + ": entry " + (i + 1) + " '" + t + "' is not an integer");
            }
            r[i] = Integer.parseInt(t);
        }
        return r;
    }

    private static String[] splitList(String text, String option) {
        if (text == null || text.strip().isEmpty()) {
            throw new InputException(option + ": empty list");
        }
        return text.strip().split(",", -1);
    }

    /**
     * Reads a file as UTF-8 text lines (a leading byte order mark is dropped), within the limits of
     * {@link BoundedInput}; missing, unreadable, binary or too large files are input errors.
     */
    public static List<String> lines(Path file, String option) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = BoundedInput.open(file, option)) {
            BoundedInput.lines(in, option + ": " + file, (ln, text) -> lines.add(text));
        } catch (IOException e) {
            throw new InputException(option + ": " + file + ": cannot read: " + FileErrors.reason(e), e);
        }
        return lines;
    }

    /**
     * Reads a CSV of rationals: one row per line, comma-separated; blank lines and lines starting
     * with {@code #} are skipped. Rows must have equal length. The file is read as a stream within
     * the limits of {@link BoundedInput} (size, entry length, heap).
     */
    public static List<Rational[]> csvRows(Path file, String option) {
        List<Rational[]> rows = csvRowsOrNone(file, option);
        if (rows.isEmpty()) {
            throw new InputException(option + ": " + file + ": no data");
        }
        return rows;
    }

    /** As {@link #csvRows(Path, String)}, an empty list when the file has no data line. */
    private static List<Rational[]> csvRowsOrNone(Path file, String option) {
        String where = option + ": " + file;
        try (InputStream in = BoundedInput.open(file, option)) {
            return csvRows(where, h -> BoundedInput.cells(in, where, h));
        } catch (IOException e) {
            throw new InputException(where + ": cannot read: " + FileErrors.reason(e), e);
        }
    }

    /** The rows of the entries {@code read} hands to its handler ({@code where} names the source in messages); possibly none. */
    private static List<Rational[]> csvRows(String where, java.util.function.Consumer<BoundedInput.CellHandler> read) {
        List<Rational[]> rows = new ArrayList<>();
        List<Rational> row = new ArrayList<>();
        int[] width = {-1};
        BoundedInput.Budget budget = new BoundedInput.Budget(where);
        BoundedInput.CellHandler h = new BoundedInput.CellHandler() {
            @Override
            public void cell(int line, int column, String cell) {
                try {
                    row.add(NumericInput.parse(cell));
                } catch (NumberFormatException | ArithmeticException e) {
                    // the location is spelled out only on failure: a 10^5-line file would otherwise build 10^5 messages
                    throw new InputException(where + ": line " + line + ", column " + column + ": " + e.getMessage());
                }
                budget.entry(cell.length());
            }

            @Override
            public void endLine(int line, int cells) {
                if (width[0] >= 0 && cells != width[0]) {
                    throw new InputException(where + ": line " + line + " has " + cells + " entries, expected " + width[0]);
                }
                width[0] = cells;
                rows.add(row.toArray(new Rational[0]));
                row.clear();
            }
        };
        read.accept(h);
        return rows;
    }

    /** Reads a vector from a CSV file: all entries of all rows, in order (one row or one column). */
    public static Rational[] csvVector(Path file, String option) {
        return csvVector(csvRows(file, option), file, option);
    }

    /**
     * Reads one number per line (blank lines and {@code #} comments skipped), e.g. eigenvalues as
     * numpy prints them, within the limits of {@link BoundedInput}.
     */
    public static List<Rational> numberPerLine(Path file, String option) {
        List<Rational[]> rows = csvRowsOrNone(file, option);
        if (!rows.isEmpty() && rows.get(0).length != 1) {
            throw new InputException(option + ": " + file + ": expected one number per line, found " + rows.get(0).length + " entries on a line");
        }
        List<Rational> r = new ArrayList<>(rows.size());
        for (Rational[] x : rows) {
            r.add(x[0]);
        }
        return r;
    }

    private static Rational[] csvVector(List<Rational[]> rows, Path file, String option) {
        List<Rational> all = new ArrayList<>();
        for (Rational[] r : rows) {
            all.addAll(List.of(r));
        }
        if (rows.size() > 1 && rows.get(0).length > 1) {
            throw new InputException(option + ": " + file + ": expected one row or one column, found "
                    + rows.size() + " rows of " + rows.get(0).length);
        }
        return all.toArray(new Rational[0]);
    }

    /** Reads a matrix from a CSV file. */
    public static RationalMatrix csvMatrix(Path file, String option) {
        return RationalMatrix.of(csvRows(file, option).toArray(new Rational[0][]));
    }

    /**
     * Reads a permutation of {@code {1..d}} from a file: cycle notation (e.g. {@code (1 2 3)(4 5)},
     * over any number of lines) when the first data line starts with {@code (}, else CSV one-line
     * notation (one row or one column). Blank lines and lines starting with {@code #} are skipped.
     *
     * @throws InputException for unreadable files and malformed integers
     * @throws IllegalArgumentException for a malformed cycle, an index out of range or repeated, a
     *     length that is not d, or a table that is not a bijection
     */
    public static dev.percept.structured.Permutation permutationFile(Path file, String option, int d) {
        List<String> lines = lines(file, option);
        String first = lines.stream().map(String::strip).filter(t -> !t.isEmpty() && !t.startsWith("#")).findFirst().orElse("");
        if (first.startsWith("(")) {
            StringBuilder data = new StringBuilder();
            for (String line : lines) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    data.append(data.length() == 0 ? "" : " ").append(t);
                }
            }
            return dev.percept.structured.Permutation.ofCycles(data.toString(), d);
        }
        String where = option + ": " + file;
        List<Rational[]> rows = csvRows(where, h -> BoundedInput.cells(new java.io.StringReader(String.join("\n", lines)), where, h));
        if (rows.isEmpty()) {
            throw new InputException(where + ": no data");
        }
        int[] oneLine = integers(csvVector(rows, file, option), file, option);
        return dev.percept.structured.Permutation.ofOneBased(oneLine, d);
    }

    /** Reads a 1-based integer list from a CSV file (one row or one column). */
    public static int[] csvIntegers(Path file, String option) {
        return integers(csvVector(file, option), file, option);
    }

    private static int[] integers(Rational[] v, Path file, String option) {
        int[] r = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            if (!v[i].isInteger() || v[i].numerator().bitLength() > 31) {
                throw new InputException(option + ": " + file + ": entry " + (i + 1) + " '" + v[i] + "' is not an integer");
            }
            r[i] = v[i].numerator().intValueExact();
        }
        return r;
    }
}
