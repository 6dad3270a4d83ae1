package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.binary64.Binary64;
import dev.percept.dynamics.Dataset;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --numbers exact|double|float} and the numeric files a command reads, CSV text or NumPy
 * {@code .npy} ({@link NpyFile}), with a record of how each was read so that the output can say
 * it. A {@code .npy} holds binary numbers and is always read exactly; {@code --numbers} says how
 * the decimals of text files are read: {@code exact} (default; {@code 0.1} is {@code 1/10}),
 * {@code double} (each number rounded to the nearest double first, as numpy's {@code loadtxt} and
 * Python's {@code float()} read it) or {@code float} (to the nearest float32, as
 * {@code loadtxt(dtype=float32)}). Hexadecimal literals ({@code 0x1.8p+1}, Python's
 * {@code float.hex()}) are read exactly in every text file.
 */
final class NumericInput {

    /** How the decimals of text files are read. */
    enum Reading {
        /** As written. */
        EXACT("exact", "decimals read exactly (0.1 is 1/10)"),
        /** Rounded to the nearest double, ties to even. */
        DOUBLE("double", "each number rounded to the nearest double (as numpy.loadtxt)"),
        /** Rounded to the nearest float32, ties to even. */
        FLOAT("float", "each number rounded to the nearest float32 (as numpy.loadtxt with dtype=float32)");

        final String label;
        final String text;

        Reading(String label, String text) {
            this.label = label;
            this.text = text;
        }

        /** @return {@code q} as this reading sees it */
        Rational apply(Rational q) {
            return switch (this) {
                case EXACT -> q;
                case DOUBLE -> Binary64.exact(finite(Binary64.nearest(q), q, "double"));
                case FLOAT -> Binary64.exact(finiteFloat(Binary64.nearestFloat(q), q));
            };
        }

        private static double finite(double x, Rational q, String format) {
            if (Double.isInfinite(x)) {
                throw new NumberFormatException(q + " overflows to infinity as a " + format);
            }
            return x;
        }

        private static float finiteFloat(float x, Rational q) {
            if (Float.isInfinite(x)) {
                throw new NumberFormatException(q + " overflows to infinity as a float32");
            }
            return x;
        }
    }

    @Option(names = "--numbers", paramLabel = "exact|double|float",
            description = "How decimals in text (CSV) files are read: exact (default; 0.1 is 1/10), double (each rounded to the nearest double"
                    + " first, as numpy.loadtxt reads it) or float (to the nearest float32). .npy files are binary and always read exactly;"
                    + " hexadecimal floats (0x1.8p+1, as float.hex() prints) are exact everywhere.")
    String numbers;

    /** One file as it was read: option, name, and how its numbers were taken. */
    record Source(String option, String file, NpyFile.Array npy, Reading reading) {
    }

    private final List<Source> sources = new ArrayList<>();

    /** @return the reading of text decimals */
    Reading reading() {
        if (numbers == null) {
            return Reading.EXACT;
        }
        for (Reading r : Reading.values()) {
            if (r.label.equals(numbers.strip().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new InputException("--numbers: expected exact, double or float, got '" + numbers + "'");
    }

    /**
     * One number of a text file: a hexadecimal literal exactly, NaN and infinities refused by
     * name, anything else by {@link Rational#parse}.
     *
     * @throws NumberFormatException saying what is wrong with the text
     */
    static Rational parse(String text) {
        String t = text.strip();
        if (Binary64.isHexadecimal(t)) {
            return Binary64.parseHexadecimal(t);
        }
        String l = t.toLowerCase(Locale.ROOT).replace("+", "").replace("-", "");
        if (l.equals("nan") || l.equals("inf") || l.equals("infinity")) {
            throw new NumberFormatException("'" + t + "' is not a finite number (percept never drops or replaces a value)");
        }
        return Rational.parse(t);
    }

    /** The rows of a matrix file: a 2-D .npy, or CSV rows (rounded by the reading). */
    List<Rational[]> rows(Path file, String option) {
        return rows(file, option, option);
    }

    /** As {@link #rows(Path, String)}; the output names the file by {@code recordAs} (an old option name's new one). */
    List<Rational[]> rows(Path file, String option, String recordAs) {
        if (NpyFile.isNpy(file)) {
            NpyFile.Array a = npy(file, option, recordAs);
            if (a.ndim() != 2) {
                throw new InputException(option + ": " + file + ": a " + a.ndim() + "-dimensional array (shape " + NpyFile.shapeText(a.shape())
                        + "); expected a matrix (2 dimensions)");
            }
            if (a.shape()[0] == 0 || a.shape()[1] == 0) {
                throw new InputException(option + ": " + file + ": no data (shape " + NpyFile.shapeText(a.shape()) + ")");
            }
            List<Rational[]> rows = new ArrayList<>();
            int c = a.shape()[1];
            Rational[] all = a.values();
            for (int i = 0; i < a.shape()[0]; i++) {
                rows.add(java.util.Arrays.copyOfRange(all, i * c, (i + 1) * c));
            }
            return rows;
        }
        Reading r = reading();
        List<Rational[]> rows = Inputs.csvRows(file, option);
        sources.add(new Source(recordAs, file.toString(), null, r));
        if (r != Reading.EXACT) {
            for (int i = 0; i < rows.size(); i++) {
                Rational[] row = rows.get(i);
                for (int j = 0; j < row.length; j++) {
                    row[j] = applyAt(r, row[j], option, file, i, j);
                }
            }
        }
        return rows;
    }

    private static Rational applyAt(Reading r, Rational q, String option, Path file, int row, int col) {
        try {
            return r.apply(q);
        } catch (NumberFormatException e) {
            throw new InputException(option + ": " + file + ": data row " + (row + 1) + ", column " + (col + 1) + ": " + e.getMessage());
        }
    }

    /** A matrix file (2-D .npy or CSV). */
    RationalMatrix matrix(Path file, String option) {
        return matrix(file, option, option);
    }

    /** As {@link #matrix(Path, String)}; the output names the file by {@code recordAs}. */
    RationalMatrix matrix(Path file, String option, String recordAs) {
        return RationalMatrix.of(rows(file, option, recordAs).toArray(new Rational[0][]));
    }

    /**
     * A vector file: a 1-D .npy (or 2-D with one row or one column), or a text file of numbers
     * (one row or one column of CSV, {@code #} comments).
     */
    Rational[] vector(Path file, String option) {
        if (NpyFile.isNpy(file)) {
            NpyFile.Array a = npy(file, option);
            int[] s = a.shape();
            if (a.ndim() > 2 || (a.ndim() == 2 && s[0] > 1 && s[1] > 1)) {
                throw new InputException(option + ": " + file + ": shape " + NpyFile.shapeText(s) + "; expected a vector (one row or one column)");
            }
            return a.values();
        }
        Reading r = reading();
        Rational[] v = Inputs.csvVector(file, option);
        sources.add(new Source(option, file.toString(), null, r));
        for (int i = 0; i < v.length && r != Reading.EXACT; i++) {
            v[i] = applyAt(r, v[i], option, file, i, 0);
        }
        return v;
    }

    /**
     * Labelled data: {@code builtin:NAME} or a CSV file ({@link DataFiles}), or a 2-D .npy whose
     * rows are {@code x_1, ..., x_d, y} with {@code y} in {-1, 1}.
     */
    Dataset dataset(String spec, String option) {
        if (!spec.startsWith("builtin:") && NpyFile.isNpy(Path.of(spec))) {
            List<Rational[]> rows = rows(Path.of(spec), option);
            int w = rows.get(0).length;
            if (w < 2) {
                throw new InputException(option + ": " + spec + ": need at least one feature and a label, found " + w + " column");
            }
            Rational[][] x = new Rational[rows.size()][];
            int[] y = new int[rows.size()];
            for (int i = 0; i < x.length; i++) {
                Rational label = rows.get(i)[w - 1];
                if (!label.equals(Rational.ONE) && !label.equals(Rational.MINUS_ONE)) {
                    throw new InputException(option + ": " + spec + ": row " + (i + 1) + ", column " + w + ": label must be -1 or 1, got " + label);
                }
                y[i] = label.signum();
                x[i] = java.util.Arrays.copyOf(rows.get(i), w - 1);
            }
            return new Dataset(spec, x, y);
        }
        Dataset d = DataFiles.read(spec, option);
        Reading r = reading();
        sources.add(new Source(option, spec, null, r));
        if (r == Reading.EXACT) {
            return d;
        }
        Rational[][] x = new Rational[d.n()][];
        int[] y = new int[d.n()];
        for (int i = 0; i < d.n(); i++) {
            x[i] = d.x(i).clone();
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] = applyAt(r, x[i][j], option, Path.of(spec), i, j);
            }
            y[i] = d.y(i);
        }
        return new Dataset(d.name(), x, y);
    }

    /** Reads a .npy file and records it. */
    NpyFile.Array npy(Path file, String option) {
        return npy(file, option, option);
    }

    private NpyFile.Array npy(Path file, String option, String recordAs) {
        NpyFile.Array a = NpyFile.read(file, option);
        sources.add(new Source(recordAs, file.toString(), a, null));
        return a;
    }

    /** @return the files read so far, in order */
    List<Source> sources() {
        return List.copyOf(sources);
    }

    /**
     * Rejects {@code --numbers} when it was given but no text file was read (every input was
     * .npy): it would change nothing.
     */
    void checkApplies() {
        if (numbers != null && !sources.isEmpty() && sources.stream().allMatch(s -> s.npy() != null)) {
            reading();
            throw new InputException("--numbers: applies to decimals in text files; every input here is .npy (binary numbers, read exactly)");
        }
    }

    /** One line for the text output: how each input was read. */
    String line() {
        StringBuilder b = new StringBuilder("inputs: ");
        for (int k = 0; k < sources.size(); k++) {
            Source s = sources.get(k);
            b.append(k == 0 ? "" : "; ").append(s.option()).append(' ').append(s.file()).append(": ");
            b.append(s.npy() != null ? ".npy " + s.npy().describe() + ", values exact"
                    : s.file().startsWith("builtin:") && s.reading() == Reading.EXACT ? "built-in, exact" : s.reading().text);
        }
        return b.toString();
    }

    /** Adds {@code numbers} (the reading of text decimals) and {@code inputs} (each file as read) to a JSON report. */
    void toJson(ObjectNode o) {
        o.put("numbers", reading().label);
        ArrayNode a = o.putArray("inputs");
        for (Source s : sources) {
            ObjectNode x = a.addObject();
            x.put("option", s.option());
            x.put("file", s.file());
            if (s.npy() != null) {
                x.put("format", "npy");
                x.put("dtype", s.npy().descr());
                x.put("type", s.npy().typeName());
                x.put("fortranOrder", s.npy().fortranOrder());
                ArrayNode sh = x.putArray("shape");
                for (int v : s.npy().shape()) {
                    sh.add(v);
                }
                x.put("reading", "exact binary values");
            } else {
                x.put("format", s.file().startsWith("builtin:") ? "builtin" : "text");
                x.put("reading", s.reading().label);
            }
        }
    }
}
