package dev.percept.cli;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    /** Reads a file as UTF-8 text (a leading byte order mark is dropped); missing, unreadable or binary files are input errors. */
    public static List<String> lines(Path file, String option) {
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(option + ": " + file + " is a directory, not a file");
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                // A UTF-8 byte order mark (spreadsheet exports write one) is not part of the data.
                lines.set(0, lines.get(0).substring(1));
            }
            return lines;
        } catch (NoSuchFileException e) {
            throw new InputException(option + ": " + file + ": no such file");
        } catch (MalformedInputException e) {
            throw new InputException(option + ": " + file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new InputException(option + ": " + file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads a CSV of rationals: one row per line, comma-separated; blank lines and lines starting
     * with {@code #} are skipped. Rows must have equal length.
     */
    public static List<Rational[]> csvRows(Path file, String option) {
        return csvRows(lines(file, option), file, option);
    }

    /** As {@link #csvRows(Path, String)}, for lines already read from {@code file}. */
    private static List<Rational[]> csvRows(List<String> lines, Path file, String option) {
        List<Rational[]> rows = new ArrayList<>();
        int width = -1;
        for (int ln = 0; ln < lines.size(); ln++) {
            String line = lines.get(ln).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            Rational[] row = new Rational[cells.length];
            for (int c = 0; c < cells.length; c++) {
                try {
                    row[c] = NumericInput.parse(cells[c]);
                } catch (NumberFormatException | ArithmeticException e) {
                    // the location is spelled out only on failure: a 10^5-line file would otherwise build 10^5 messages
                    throw new InputException(option + ": " + file + ": line " + (ln + 1) + ", column " + (c + 1) + ": " + e.getMessage());
                }
            }
            if (width >= 0 && row.length != width) {
                throw new InputException(option + ": " + file + ": line " + (ln + 1) + " has " + row.length
                        + " entries, expected " + width);
            }
            width = row.length;
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new InputException(option + ": " + file + ": no data");
        }
        return rows;
    }

    /** Reads a vector from a CSV file: all entries of all rows, in order (one row or one column). */
    public static Rational[] csvVector(Path file, String option) {
        return csvVector(csvRows(file, option), file, option);
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
        int[] oneLine = integers(csvVector(csvRows(lines, file, option), file, option), file, option);
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
