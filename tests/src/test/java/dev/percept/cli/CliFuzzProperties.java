package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * End-to-end fuzzing of the parsers through the whole CLI ({@link Main#run} in-process): {@code --a},
 * {@code --perm}, and the CSV files of {@code --a-file}, {@code --perm-file}, {@code --P-file}.
 * Inputs mix valid values, mutations of valid values, strings over a number-like alphabet and
 * arbitrary Unicode. Whatever comes in, the outcome is exit 0 with one JSON object on stdout, or
 * exit 2 with exactly one stderr line starting {@code percept:} and no stack trace; never exit 3
 * (internal error) and never exit 1 (a certificate failing on valid input would be a bug).
 * {@value #TRIES} tries per option: the parsers themselves get 10^4 tries each, directly and at a
 * fraction of the cost, in {@link ParserFuzzProperties} (same generators); this class checks what
 * only the whole command can show, that every parser's value or refusal reaches the user as exit
 * 0 with one JSON object or exit 2 with one line.
 *
 * <p>Inputs holding a decimal exponent of three or more digits are left out ({@link #moderate}):
 * they are valid (up to a scale of 10000) and parse in microseconds, but the dense referee of
 * {@code spectrum} (d <= 60) then works on numbers of thousands of digits, and its cost grows
 * about quadratically with their size (measured with the CLI jar: {@code --a 1e-5000,1} 1.3 s,
 * {@code 1e-20000,1} 12.8 s, {@code 1e-99999,1} over 60 s), which would make the run time of this
 * suite depend on the random seed. Such inputs are covered by explicit tests instead.
 */
class CliFuzzProperties {

    static final int TRIES = 300;
    private static FuzzFiles files;

    @BeforeContainer
    static void makeDir() throws IOException {
        files = FuzzFiles.create("percept-fuzz");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        files.delete();
    }

    private static Path write(String name, String content, boolean latin1) {
        return files.write(name, content, latin1);
    }

    // ---- generators ----

    /** A valid rational in one of its spellings. */
    static Arbitrary<String> validRational() {
        Arbitrary<String> integer = Arbitraries.integers().between(-1_000_000, 1_000_000).map(String::valueOf);
        Arbitrary<String> fraction = Combinators.combine(Arbitraries.integers().between(-999, 999), Arbitraries.integers().between(-99, 99).filter(q -> q != 0))
                .as((n, q) -> n + "/" + q);
        Arbitrary<String> decimal = Combinators.combine(Arbitraries.integers().between(-9999, 9999), Arbitraries.integers().between(0, 999),
                Arbitraries.of("", "e3", "E-2", "e+1")).as((i, f, e) -> i + "." + f + e);
        return Arbitraries.oneOf(integer, fraction, decimal);
    }

    static Arbitrary<String> validList(int minSize, int maxSize) {
        return validRational().list().ofMinSize(minSize).ofMaxSize(maxSize).map(l -> String.join(",", l));
    }

    /** One random edit of s: delete, duplicate, replace or insert a character from a nasty alphabet. */
    static Arbitrary<String> mutated(Arbitrary<String> valid) {
        Arbitrary<Character> nasty = Arbitraries.of('/', '0', '-', '+', ',', '.', 'e', 'x', ' ', '\n', '#', '\u0661', '\u00bd', ';', '"', '\t');
        return Combinators.combine(valid, Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 1000), nasty).as((s, op, at, c) -> {
            if (s.isEmpty()) {
                return String.valueOf(c);
            }
            int i = at % s.length();
            switch (op) {
                case 0:
                    return s.substring(0, i) + s.substring(i + 1);
                case 1:
                    return s.substring(0, i + 1) + s.substring(i);
                case 2:
                    return s.substring(0, i) + c + s.substring(i + 1);
                default:
                    return s.substring(0, i) + c + s.substring(i);
            }
        });
    }

    private static final java.util.regex.Pattern BIG_EXPONENT = java.util.regex.Pattern.compile("[eE][+-]?0*[1-9][0-9]{2,}");

    /** True unless the text holds an exponent |e| >= 100 (see the class comment). */
    static boolean moderate(String s) {
        return !BIG_EXPONENT.matcher(s).find();
    }

    static Arbitrary<String> numberish(String extra) {
        return Arbitraries.strings().withChars("0123456789/.eE-+, " + extra).ofMaxLength(14);
    }

    static Arbitrary<String> unicode() {
        return Arbitraries.strings().all().ofMaxLength(12);
    }

    /** Comma-separated cells of a CSV text (excluding blank and # lines), to size a matching P. */
    static int cells(String csv) {
        int n = 0;
        for (String line : csv.split("\n", -1)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                n += t.split(",", -1).length;
            }
        }
        return Math.max(n, 1);
    }

    static String identity(int d) {
        return CliErrorTest.identity(d);
    }

    // ---- the outcome contract ----

    private static void assertContract(Cli.Result r) {
        assertThat(r.code()).as("exit code for stderr %s", r.err()).isIn(Main.OK, Main.BAD_INPUT);
        if (r.code() == Main.BAD_INPUT) {
            r.assertOneErrorLine();
            assertThat(r.out()).isEmpty();
        } else {
            assertThat(r.err()).isEmpty();
            assertThat(r.json().get("allHold").asBoolean()).isTrue();
        }
        Statistics.label("exit").collect(r.code());
        Statistics.label("exit").coverage(c -> {
            c.check(Main.OK).percentage(p -> p >= 5);
            c.check(Main.BAD_INPUT).percentage(p -> p >= 5);
        });
    }

    // ---- --a ----

    @Provide
    Arbitrary<String> aValues() {
        return Arbitraries.frequencyOf(Tuple.of(3, validList(1, 6)), Tuple.of(4, mutated(validList(1, 6))), Tuple.of(2, numberish("")),
                Tuple.of(1, unicode())).filter(CliFuzzProperties::moderate);
    }

    @Property(tries = TRIES)
    void fuzzA(@ForAll("aValues") String a, @ForAll boolean attached) {
        int d = a.split(",", -1).length;
        String[] args = attached ? new String[] {"spectrum", "--a=" + a, "--perm", identity(d), "--json", "--digits", "12"}
                : new String[] {"spectrum", "--a", a, "--perm", identity(d), "--json", "--digits", "12"};
        assertContract(Cli.run(args));
    }

    // ---- --perm ----

    @Provide
    Arbitrary<String> permValues() {
        Arbitrary<String> valid = Arbitraries.of("1", "2,1", "1,2", "2,1,3", "3,2,1", "1,3,2", "2,1,4,3", "4,3,2,1", "1,2,3,4", "3,4,1,2");
        return Arbitraries.frequencyOf(Tuple.of(2, valid), Tuple.of(4, mutated(valid)), Tuple.of(3, numberish("")), Tuple.of(1, unicode())).filter(CliFuzzProperties::moderate);
    }

    @Property(tries = TRIES)
    void fuzzPerm(@ForAll("permValues") String perm, @ForAll @IntRange(min = 1, max = 4) int dGuess) {
        int d = perm.split(",", -1).length;
        if (d > 4 || d < 1) {
            d = dGuess;
        }
        String a = "3/2,-1,7,1/3".substring(0, new int[] {0, 3, 6, 8, 12}[d]);
        assertContract(Cli.run("spectrum", "--a", a, "--perm=" + perm, "--json", "--digits", "12"));
    }

    // ---- --a-file ----

    @Provide
    Arbitrary<String> csvVectors() {
        return csvVectorsUnfiltered().filter(CliFuzzProperties::moderate);
    }

    /** Vectors as CSV: a row, a column, with comments; mutated, number-like or arbitrary text. */
    static Arbitrary<String> csvVectorsUnfiltered() {
        Arbitrary<String> row = validList(1, 5);
        Arbitrary<String> column = validRational().list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("\n", l) + "\n");
        Arbitrary<String> commented = row.map(s -> "# a vector\n\n" + s + "\n");
        Arbitrary<String> valid = Arbitraries.oneOf(row, column, commented);
        return Arbitraries.frequencyOf(Tuple.of(3, valid), Tuple.of(4, mutated(valid)), Tuple.of(2, numberish("\n#")), Tuple.of(1, unicode()));
    }

    @Property(tries = TRIES)
    void fuzzAFile(@ForAll("csvVectors") String csv, @ForAll boolean latin1) {
        Path f = write("a.csv", csv, latin1);
        assertContract(Cli.run("spectrum", "--a-file", f.toString(), "--perm", identity(cells(csv)), "--json", "--digits", "12"));
    }

    // ---- --perm-file ----

    @Provide
    Arbitrary<String> csvPerms() {
        return csvPermsUnfiltered().filter(CliFuzzProperties::moderate);
    }

    /** Permutations as CSV (row or column, with comments); mutated, number-like or arbitrary text. */
    static Arbitrary<String> csvPermsUnfiltered() {
        Arbitrary<String> valid = Arbitraries.of("2,1\n", "2\n1\n", "1,2,3\n", "3,2,1", "# swap\n2,1,3\n", "1\n3\n2\n", "2,1,4,3\n");
        return Arbitraries.frequencyOf(Tuple.of(2, valid), Tuple.of(4, mutated(valid)), Tuple.of(3, numberish("\n#")), Tuple.of(1, unicode()));
    }

    @Property(tries = TRIES)
    void fuzzPermFile(@ForAll("csvPerms") String csv, @ForAll @IntRange(min = 1, max = 4) int dGuess, @ForAll boolean latin1) {
        Path f = write("p.csv", csv, latin1);
        int d = cells(csv);
        if (d > 4) {
            d = dGuess;
        }
        String a = "3/2,-1,7,1/3".substring(0, new int[] {0, 3, 6, 8, 12}[d]);
        assertContract(Cli.run("spectrum", "--a", a, "--perm-file", f.toString(), "--json", "--digits", "12"));
    }

    // ---- --P-file ----

    /** Valid symmetric orthogonal matrices as CSV: permutation matrices, +-I, Householder reflections. */
    static final List<String> VALID_P = List.of("1\n", "-1\n", "0,1\n1,0\n", "3/5,4/5\n4/5,-3/5\n", "-3/5,-4/5\n-4/5,3/5\n", "1,0\n0,-1\n",
            "1,0,0\n0,0,1\n0,1,0\n", "7/9,-4/9,-4/9\n-4/9,1/9,-8/9\n-4/9,-8/9,1/9\n", "1/3,2/3,2/3\n2/3,1/3,-2/3\n2/3,-2/3,1/3\n",
            "# H for v = (1,1,1,1)\n1/2,-1/2,-1/2,-1/2\n-1/2,1/2,-1/2,-1/2\n-1/2,-1/2,1/2,-1/2\n-1/2,-1/2,-1/2,1/2\n", "0.6,0.8\n0.8,-0.6\n");

    @Provide
    Arbitrary<String> csvMatrices() {
        return csvMatricesUnfiltered().filter(CliFuzzProperties::moderate);
    }

    /** Orthogonal matrices as CSV; mutated, number-like or arbitrary text. */
    static Arbitrary<String> csvMatricesUnfiltered() {
        Arbitrary<String> valid = Arbitraries.of(VALID_P);
        return Arbitraries.frequencyOf(Tuple.of(2, valid), Tuple.of(5, mutated(valid)), Tuple.of(2, numberish("\n#")), Tuple.of(1, unicode()));
    }

    @Property(tries = TRIES)
    void fuzzPFile(@ForAll("csvMatrices") String csv, @ForAll @IntRange(min = 1, max = 4) int dGuess, @ForAll boolean latin1) {
        Path f = write("P.csv", csv, latin1);
        int rows = 0;
        for (String line : csv.split("\n", -1)) {
            if (!line.strip().isEmpty() && !line.strip().startsWith("#")) {
                rows++;
            }
        }
        int d = rows >= 1 && rows <= 4 ? rows : dGuess;
        String a = "3/2,-1,7,1/3".substring(0, new int[] {0, 3, 6, 8, 12}[d]);
        assertContract(Cli.run("spectrum", "--a", a, "--P-file", f.toString(), "--json", "--digits", "12"));
    }
}
