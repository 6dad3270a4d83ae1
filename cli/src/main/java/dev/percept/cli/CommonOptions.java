package dev.percept.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options several commands share, each declared once here as a picocli mixin (a command
 * mixes in what applies to it) with one range and the reason for it in its help. A command that
 * wants another default passes it to the mixin's constructor; picocli shows that value as
 * {@code ${DEFAULT-VALUE}}.
 */
final class CommonOptions {

    /** The output options ({@code --json}, {@code --quiet}) come last in every help, after the command's own. */
    static final int LAST = 1000;

    private CommonOptions() {
    }

    /** {@code --json [FILE]}: one JSON object on stdout, or written to FILE while the text report goes to stdout. */
    static final class JsonOutput {
        @Option(names = "--json", arity = "0..1", paramLabel = "FILE", fallbackValue = "-", order = LAST,
                description = "Print one JSON object on stdout; with FILE, write it to FILE (atomically) and print the text report on stdout."
                        + " FILE must be a regular file or absent (a symbolic link is followed; a directory, device or FIFO is refused);"
                        + " - or /dev/stdout is stdout.")
        String target;

        /** @return whether a JSON object is wanted */
        boolean on() {
            return target != null;
        }

        /** @return whether the text report is printed (no --json, or --json FILE) */
        boolean text() {
            return !OutputFiles.isStdout(target);
        }

        /** Writes the object to stdout (one line) or to FILE; does nothing without --json. */
        void write(PrintWriter out, JsonNode o) {
            if (target == null) {
                return;
            }
            if (OutputFiles.isStdout(target)) {
                out.println(Json.compact(o));
            } else if (target.isBlank()) {
                throw new InputException("--json: empty file name");
            } else {
                OutputFiles.write(path(), (Json.compact(o) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), "--json");
            }
        }

        /**
         * Checks FILE before the command's work (a directory, device or FIFO is refused at once, not
         * after a long run); does nothing without --json FILE.
         */
        void check() {
            if (target != null && !OutputFiles.isStdout(target)) {
                if (target.isBlank()) {
                    throw new InputException("--json: empty file name");
                }
                OutputFiles.destination(path(), "--json");
            }
        }

        private Path path() {
            try {
                return Path.of(target);
            } catch (java.nio.file.InvalidPathException e) {
                throw new InputException("--json: " + target + ": not a valid file name (" + e.getMessage() + ")");
            }
        }
    }

    /** {@code --engine exact|fast}. */
    static final class EngineChoice {
        @Option(names = "--engine", paramLabel = "exact|fast", converter = Engine.Converter.class, completionCandidates = Engine.Choices.class,
                description = "exact (default): rational arithmetic, every result certified; fast: IEEE double with a stated error bound"
                        + " (the description above says what it covers).")
        Engine engine = Engine.EXACT;

        /** @return whether {@code --engine fast} was chosen */
        boolean fast() {
            return engine == Engine.FAST;
        }

        /** With {@code --engine fast}, rejects each of {@code options} the user gave (they feed the exact engine only). */
        void rejectWithFast(CommandSpec spec, String why, String... options) {
            if (fast()) {
                Given.reject(spec, "applies to --engine exact only (" + why + ")", options);
            }
        }
    }

    /** {@code --digits N}: significant digits of every printed decimal. */
    static final class Digits {
        /** A decimal has at least one significant digit. */
        static final int MIN = 1;
        /** 100000 digits is 100 kB per number: a larger request is taken for a typo. */
        static final int MAX = 100_000;

        @Option(names = "--digits", paramLabel = "N",
                description = "Significant digits of each printed decimal, from 1 to 100000 (default ${DEFAULT-VALUE}): at least one digit;"
                        + " more than 100000 (100 kB a number) is taken for a typo. The work grows faster than N.")
        int digits;

        Digits() {
        }

        Digits(int dflt) {
            this.digits = dflt;
        }

        /** @return N, checked against the range */
        int value() {
            if (digits < MIN || digits > MAX) {
                throw new InputException("--digits: must be between " + MIN + " and " + MAX + ", got " + digits);
            }
            return digits;
        }
    }

    /** {@code --working-digits N}: the working precision of a ball-arithmetic enclosure (old name {@code --digits}). */
    static final class WorkingDigits {
        /** Below 10 digits the enclosures are too wide to decide a bound or agree on a count. */
        static final int MIN = 10;
        /** More than 2000 working digits is taken for a typo (reduce may escalate to 8 N digits when undecided). */
        static final int MAX = 2000;

        @Option(names = "--working-digits", paramLabel = "N",
                description = "Working digits of the ball-arithmetic GD, from 10 to 2000 (default ${DEFAULT-VALUE}): fewer than 10 leave the"
                        + " enclosures too wide to decide anything; more than 2000 is taken for a typo (reduce may escalate to 8 N when"
                        + " undecided).")
        int digits;

        WorkingDigits() {
        }

        WorkingDigits(int dflt) {
            this.digits = dflt;
        }

        /** The old name, kept so that existing scripts run. */
        @Option(names = "--digits", hidden = true)
        void oldName(int n) {
            digits = n;
        }

        /** @return N, checked against the range */
        int value() {
            if (digits < MIN || digits > MAX) {
                throw new InputException("--working-digits: must be between " + MIN + " and " + MAX + ", got " + digits);
            }
            return digits;
        }
    }

    /** {@code --steps T}. */
    static final class Steps {
        @Option(names = "--steps", required = true, paramLabel = "T",
                description = "Number of steps, from 0 to 2147483647: a count, so >= 0 (0 reports the start); the perceptron stops earlier"
                        + " once every margin is positive or an update changes nothing (a fixed point).")
        int steps;

        /** @return T, checked to be >= 0 */
        int value() {
            if (steps < 0) {
                throw new InputException("--steps: must be >= 0, got " + steps);
            }
            return steps;
        }
    }

    /** {@code --step-size q}: the one way to pass a step size (old names {@code --eta}, {@code --gamma} are hidden aliases in their commands). */
    static final class StepSize {
        @Option(names = "--step-size", paramLabel = "q",
                description = "Step size q > 0, an exact rational (p/q, integer, or decimal read exactly); perceptron and reduce default"
                        + " to 1, gd and stability need it.")
        String text;

        /** The name the user typed (an old alias names itself in messages). */
        String name = "--step-size";

        StepSize() {
        }

        /** @param dflt the default, or null when the command requires the option */
        StepSize(String dflt) {
            this.text = dflt;
        }

        /** Sets the value from an old option name. */
        void alias(String oldName, String value) {
            this.name = oldName;
            this.text = value;
        }

        /** The old name in perceptron, reduce and stability (gd rejects it: its old name was --gamma, and eta = gamma/n). */
        @Option(names = "--eta", hidden = true)
        void eta(String value) {
            alias("--eta", value);
        }

        /** @return the step, an exact rational > 0 */
        Rational value() {
            if (text == null) {
                throw new InputException("missing required option '--step-size=q'");
            }
            Rational q = Inputs.rational(text, name);
            if (q.signum() <= 0) {
                throw new InputException(name + ": must be > 0, got " + text);
            }
            return q;
        }
    }

    /** {@code --full}: print every number whole. */
    static final class Full {
        @Option(names = "--full", description = "Print every number whole (by default a number longer than " + NumberText.WIDTH
                + " characters is rounded to " + NumberText.SHORT_DIGITS + " significant digits and marked ~).")
        boolean full;

        /**
         * @return the formatter for this run's text output
         * @throws InputException when {@code --full} is given but only JSON is printed (JSON is always whole)
         */
        NumberText text(CommandSpec spec, JsonOutput json) {
            if (!json.text()) {
                Given.reject(spec, "applies to the text output only (--json prints every number whole)", "--full");
            }
            return new NumberText(full);
        }
    }

    /** {@code --quiet}: no progress display. */
    static final class Quiet {
        @Option(names = "--quiet", order = LAST, description = "No progress display (it appears on stderr only when stderr is a terminal).")
        boolean quiet;
    }

    /** {@code --tie RULE}: the weight of a zero margin in perceptron steps. */
    static final class Tie {
        @Option(names = "--tie", paramLabel = "RULE", defaultValue = "half",
                description = "Weight of a zero margin: half (logistic limit, sigma(0) = 1/2; default), mistake (scikit-learn), none.")
        String tie;

        /** @return the tie rule */
        dev.percept.model.TieMode mode() {
            try {
                return dev.percept.model.TieMode.parse(tie);
            } catch (IllegalArgumentException e) {
                throw new InputException("--tie: " + e.getMessage());
            }
        }
    }

    /** {@code --matrix FILE}: the one way to pass a symmetric matrix (audit, stability). */
    static final class SymmetricMatrixFile {
        @Option(names = "--matrix", paramLabel = "FILE",
                description = "A symmetric matrix: a .npy file (read exactly), or CSV, one row per line, integers, p/q, decimals (read as"
                        + " --numbers says) or hexadecimal floats; '#' starts a comment.")
        Path file;

        /** The name the user typed (an old alias names itself in messages). */
        String name = "--matrix";

        /** Sets the file from an old option name. */
        void alias(String oldName, Path value) {
            this.name = oldName;
            this.file = value;
        }

        /** @return the matrix (CSV or .npy, read by {@code in}), checked to be square and symmetric */
        RationalMatrix read(NumericInput in) {
            if (file == null) {
                throw new InputException("missing required option '--matrix=FILE'");
            }
            RationalMatrix m = in.matrix(file, name, "--matrix");
            if (!m.isSquare()) {
                throw new InputException(name + ": " + file + ": matrix is " + m.rows() + "x" + m.cols() + ", not square");
            }
            int[] asym = m.firstAsymmetry();
            if (asym != null) {
                throw new InputException(name + ": " + file + ": not symmetric: entry (" + (asym[0] + 1) + "," + (asym[1] + 1) + ") = "
                        + m.get(asym[0], asym[1]) + " but entry (" + (asym[1] + 1) + "," + (asym[0] + 1) + ") = " + m.get(asym[1], asym[0]));
            }
            return m;
        }
    }
}
