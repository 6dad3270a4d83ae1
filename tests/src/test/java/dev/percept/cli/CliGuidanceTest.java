package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.percept.exact.Decimals;
import dev.percept.exact.Rational;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End to end: the command line guides. Mistyped commands and options get suggestions; old option
 * names still work but are neither shown nor suggested; options that do not apply to the chosen
 * model or engine are rejected with exit 2 and one line naming them; text output never cuts a
 * result; square roots of squares are simplified; an absurd ulp count is replaced by what it means.
 */
class CliGuidanceTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) {
        return Cli.write(dir, name, content);
    }

    // ------------------------------------------------------------------ did you mean

    @Test
    void mistypedCommandSuggestsAndListsTheCommands() {
        Cli.Result r = Cli.run("spectra", "--a", "1", "--perm", "1").assertCleanInputError();
        assertThat(r.err()).contains("unknown command 'spectra'").contains("did you mean 'spectrum'");
        for (String c : List.of("spectrum", "verify", "perceptron", "gd", "reduce", "complexity", "stability", "audit", "vectors")) {
            assertThat(r.err()).as("lists %s", c).contains(c);
        }
        assertThat(Cli.run().assertCleanInputError().err()).contains("missing command").contains("spectrum, verify");
    }

    @Test
    void mistypedOptionSuggestsTheOption() {
        assertThat(Cli.run("spectrum", "--permutation", "2,1", "--a", "1,2").assertCleanInputError().err())
                .contains("unknown option '--permutation'").contains("did you mean '--perm'").contains("percept spectrum --help");
        assertThat(Cli.run("perceptron", "--dat", "builtin:toy2d", "--model", "linear", "--steps", "3").assertCleanInputError().err())
                .contains("did you mean '--data'");
        assertThat(Cli.run("gd", "--step", "1", "--data", "builtin:toy2d", "--model", "linear", "--steps", "3").assertCleanInputError().err())
                .contains("did you mean '--step-size'");
        // An option of other commands says whose it is.
        assertThat(Cli.run("spectrum", "--steps", "3", "--a", "1", "--perm", "1").assertCleanInputError().err())
                .contains("it is an option of perceptron, gd, reduce");
        // Old (hidden) names are never suggested.
        assertThat(Cli.run("stability", "--S-fil", "x.csv", "--step-size", "1").assertCleanInputError().err()).doesNotContain("--S-file");
    }

    // ------------------------------------------------------------------ old names

    @Test
    void oldNamesStillWorkAndGiveTheSameOutput() throws IOException {
        Path s = file("S.csv", "2,1\n1,2\n");
        assertSame(new String[] {"stability", "--S-file", s.toString(), "--eta", "2/3", "--trajectory", "2", "--json"},
                new String[] {"stability", "--matrix", s.toString(), "--step-size", "2/3", "--trajectory", "2", "--json"});
        assertSame(new String[] {"gd", "--data", "builtin:toy2d", "--model", "linear", "--gamma", "10", "--steps", "4", "--digits", "20"},
                new String[] {"gd", "--data", "builtin:toy2d", "--model", "linear", "--step-size", "10", "--steps", "4", "--digits", "20"});
        assertSame(new String[] {"perceptron", "--data", "builtin:minimal4", "--model", "tied", "--init", "seed:1", "--eta", "1/4", "--steps", "20"},
                new String[] {"perceptron", "--data", "builtin:minimal4", "--model", "tied", "--init", "seed:1", "--step-size", "1/4", "--steps", "20"});
        assertSame(new String[] {"reduce", "--data", "builtin:minimal4", "--model", "tied", "--init", "seed:1", "--eta", "1/4", "--gammas", "1,10",
            "--steps", "4", "--digits", "25", "--json"},
                new String[] {"reduce", "--data", "builtin:minimal4", "--model", "tied", "--init", "seed:1", "--step-size", "1/4", "--gammas", "1,10",
                    "--steps", "4", "--working-digits", "25", "--json"});
        // the old name names itself in its errors
        assertThat(Cli.run("stability", "--S-file", s.toString(), "--eta", "-1").assertCleanInputError().err()).startsWith("percept: --eta:");
    }

    private static void assertSame(String[] old, String[] now) {
        Cli.Result a = Cli.run(old);
        Cli.Result b = Cli.run(now);
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
    }

    @Test
    void helpShowsTheNewNamesOnly() {
        assertThat(Cli.run("stability", "--help").out()).contains("--matrix=FILE").contains("--step-size=q").doesNotContain("--S-file")
                .doesNotContain("--eta");
        assertThat(Cli.run("gd", "--help").out()).contains("--step-size=q").doesNotContain("--gamma").doesNotContain("--tie");
        assertThat(Cli.run("reduce", "--help").out()).contains("--working-digits=N").doesNotContain("--digits").doesNotContain("--eta");
        assertThat(Cli.run("complexity", "--help").out()).contains("--working-digits=N").doesNotContain("--digits=");
    }

    // ------------------------------------------------------------------ options that do not apply

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "--width; perceptron --data builtin:toy2d --model linear --steps 3 --width 5",
        "--activation; perceptron --data builtin:toy2d --model linear --steps 3 --activation relu",
        "--perm; perceptron --data builtin:toy2d --model linear --steps 3 --perm 2,1",
        "--perm; perceptron --data builtin:toy2d --model two-layer --init seed:1 --steps 3 --perm 2,1",
        "--width; perceptron --data builtin:minimal4 --model tied --init seed:1 --steps 3 --width 3",
        "--explain; perceptron --data builtin:toy2d --model linear --steps 3 --explain",
        "--explain; perceptron --data builtin:toy2d --model linear --steps 3 --engine fast --explain",
        "--full; perceptron --data builtin:toy2d --model linear --steps 3 --engine fast --full",
        "--full; perceptron --data builtin:toy2d --model linear --steps 3 --json --full",
        "--tie; gd --data builtin:toy2d --model linear --step-size 1 --steps 3 --tie mistake",
        "--digits; gd --data builtin:toy2d --model linear --step-size 1 --steps 3 --engine fast --digits 5",
        "--width; gd --data builtin:toy2d --model linear --step-size 1 --steps 3 --width 2",
        "--step-size; reduce --data builtin:toy2d --model linear --gammas 1 --steps 3 --step-size 2",
        "--eta; reduce --data builtin:toy2d --model linear --gammas 1 --steps 3 --eta 2",
        "--explain; reduce --data builtin:toy2d --model linear --gammas 1 --steps 3 --json --explain",
        "--digits; spectrum --a 1,2 --perm 2,1 --engine fast --digits 5",
        "--vectors; spectrum --a 1,2 --perm 2,1 --engine fast --vectors",
        "--full; spectrum --a 1,2 --perm 2,1 --engine fast --full",
        "--seeds; complexity --d 4,8 --seeds 5 --out OUT",
        "--gd-gammas; complexity --d 4,8 --gd-gammas 1 --out OUT",
        "--working-digits; complexity --d 4,8 --working-digits 50 --out OUT",
        "--digits; complexity --d 4,8 --digits 50 --out OUT",
        "--eps; complexity --d 4,8 --init random --seeds 2 --eps 1/10 --out OUT"})
    void inapplicableOptionsAreRejected(String option, String line) {
        String[] args = line.replace("OUT", dir.toString()).split(" ");
        Cli.Result r = Cli.run(args).assertCleanInputError();
        assertThat(r.err()).startsWith("percept: " + option + ": ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void inapplicableFileOptionsAreRejected() throws IOException {
        Path s = file("S.csv", "2,1\n1,2\n");
        for (String[] extra : new String[][] {{"--trajectory", "3"}, {"--start", "1,1"}, {"--bisections", "10"}, {"--full"}}) {
            List<String> args = new ArrayList<>(List.of("stability", "--matrix", s.toString(), "--step-size", "1/2", "--engine", "fast"));
            args.addAll(List.of(extra));
            assertThat(Cli.run(args.toArray(new String[0])).assertCleanInputError().err()).startsWith("percept: " + extra[0] + ": ");
        }
        assertThat(Cli.run("stability", "--matrix", s.toString(), "--step-size", "1/2", "--start", "1,1").assertCleanInputError().err())
                .startsWith("percept: --start: ").contains("--trajectory");
        Path e = file("E.txt", "1\n3\n");
        assertThat(Cli.run("audit", "--matrix", s.toString(), "--eigenvalues", e.toString(), "--engine", "fast").assertCleanInputError().err())
                .startsWith("percept: --eigenvalues: ");
    }

    /** The same options are accepted where they apply (the rejection is not blanket). */
    @Test
    void applicableOptionsAreAccepted() throws IOException {
        Path s = file("S.csv", "2,1\n1,2\n");
        String[][] ok = {
            {"perceptron", "--data", "builtin:toy2d", "--model", "two-layer", "--width", "3", "--activation", "leaky:1/10", "--init", "seed:1", "--steps", "3"},
            {"perceptron", "--data", "builtin:minimal4", "--model", "tied", "--perm", "2,1,3,4", "--init", "seed:1", "--steps", "3", "--explain", "--full"},
            {"perceptron", "--data", "builtin:toy2d", "--model", "linear", "--steps", "3", "--engine", "fast"},
            {"reduce", "--data", "builtin:minimal4", "--model", "tied", "--init", "seed:1", "--gammas", "1", "--steps", "3", "--step-size", "1/4"},
            {"spectrum", "--a", "1,2", "--perm", "2,1", "--digits", "5", "--vectors", "--full"},
            {"stability", "--matrix", s.toString(), "--step-size", "1/2", "--trajectory", "2", "--start", "1,0", "--bisections", "10", "--full"},
            {"complexity", "--d", "4,8", "--init", "random", "--seeds", "2", "--out", dir.toString()},
            {"complexity", "--d", "4,8", "--gd", "--gd-gammas", "1", "--gd-scales", "1", "--working-digits", "30", "--eps", "1/10", "--out", dir.toString()}};
        for (String[] args : ok) {
            Cli.Result r = Cli.run(args);
            assertThat(r.code()).as(String.join(" ", args) + " -> " + r.err()).isZero();
        }
    }

    // ------------------------------------------------------------------ ranges

    @Test
    void sharedOptionsStateTheirRangeAndItsReason() {
        assertThat(oneLine(Cli.run("spectrum", "--help").out())).contains("from 1 to 100000").contains("typo");
        assertThat(oneLine(Cli.run("gd", "--help").out())).contains("from 1 to 100000").contains("from 0 to 2147483647");
        assertThat(oneLine(Cli.run("reduce", "--help").out())).contains("from 10 to 2000").contains("from 0 to 2147483647");
        Cli.run("spectrum", "--a", "1", "--perm", "1", "--digits", "100001").assertCleanInputError();
        Cli.run("vectors", "--out", dir.toString(), "--digits", "0").assertCleanInputError();
        Cli.run("reduce", "--data", "builtin:toy2d", "--model", "linear", "--gammas", "1", "--steps", "3", "--working-digits", "9")
                .assertCleanInputError();
        Cli.run("gd", "--data", "builtin:toy2d", "--model", "linear", "--step-size", "1", "--steps", "-1").assertCleanInputError();
        // Old valid inputs keep working: spectrum at 100000 digits was valid before, vectors at 1..1000, reduce at 10..2000.
        assertThat(Cli.run("spectrum", "--a", "1", "--perm", "1", "--digits", "2000", "--json").code()).isZero();
    }

    /** Help text with picocli's line wrapping undone. */
    private static String oneLine(String help) {
        return help.replaceAll("\\s+", " ");
    }

    // ------------------------------------------------------------------ untruncated output

    /**
     * A two-layer run whose 9 parameters grow to ~140 digits: the text prints all 9, each the
     * correctly rounded 17-digit value marked ~, says so, and --full prints them exactly as JSON.
     */
    @Test
    void longResultsAreShortenedPerNumberNeverCut() throws Exception {
        String[] base = {"perceptron", "--data", "builtin:toy2d", "--model", "two-layer", "--width", "3", "--init", "seed:3", "--steps", "200"};
        Cli.Result text = Cli.run(base);
        assertThat(text.code()).as(text.err()).isZero();
        JsonNode j = Cli.run(concat(base, "--json")).json();
        assertThat(j.get("theta").size()).isEqualTo(9);
        List<String> shown = thetaEntries(text.out());
        assertThat(shown).hasSize(9);
        for (int i = 0; i < 9; i++) {
            Rational exact = Rational.parse(j.get("theta").get(i).asText());
            assertThat(exact.toString().length()).isGreaterThan(NumberText.WIDTH);
            assertThat(shown.get(i)).isEqualTo("~" + Decimals.round(exact, NumberText.SHORT_DIGITS));
        }
        assertThat(text.out()).contains("--full or --json prints it whole");
        assertThat(text.out().lines().filter(l -> l.startsWith("  theta = ("))).singleElement().asString().doesNotContain("...");
        List<String> full = thetaEntries(Cli.run(concat(base, "--full")).out());
        for (int i = 0; i < 9; i++) {
            assertThat(full.get(i)).isEqualTo(j.get("theta").get(i).asText());
        }
        // Short numbers are printed whole, with no note.
        Cli.Result small = Cli.run("perceptron", "--data", "builtin:toy2d", "--model", "two-layer", "--width", "3", "--init", "seed:2", "--steps", "200");
        assertThat(thetaEntries(small.out())).hasSize(9).noneMatch(x -> x.startsWith("~"));
        assertThat(small.out()).doesNotContain("--full");
    }

    private static List<String> thetaEntries(String out) {
        String line = out.lines().filter(l -> l.startsWith("  theta = (")).findFirst().orElseThrow();
        return List.of(line.substring("  theta = (".length(), line.lastIndexOf(')')).split(", "));
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void squareRootsOfSquaresAreSimplifiedInTextOnly() {
        Cli.Result t = Cli.run("spectrum", "--a", "-1/2,3,5/2", "--perm", "2,1,3", "--digits", "20");
        assertThat(t.out()).contains("  2    7/2 ").contains("  4    -7/2 ").contains("sqrt(75/4)").doesNotContain("sqrt(49/4)");
        // JSON keeps its contract: "exact" is sign*sqrt(square).
        JsonNode j = Cli.run("spectrum", "--a", "-1/2,3,5/2", "--perm", "2,1,3", "--json").json();
        assertThat(j.get("eigenvalues").findValuesAsText("exact")).contains("sqrt(49/4)", "-sqrt(49/4)");
        assertThat(NumberText.rationalSqrt(Rational.parse("49/4"))).isEqualTo(Rational.parse("7/2"));
        assertThat(NumberText.rationalSqrt(Rational.parse("8"))).isNull();
        assertThat(NumberText.rationalSqrt(Rational.parse("9/2"))).isNull();
        assertThat(NumberText.rationalSqrt(Rational.ZERO)).isEqualTo(Rational.ZERO);
    }

    /**
     * numpy/EJML-style 0 for a true eigenvalue 1e-17: the error equals the value, the ulp count
     * (~6.5e15) says nothing; the text says why instead, the JSON keeps the number.
     */
    @Test
    void hopelessUlpCountsAreExplained() throws IOException {
        Path m = file("u.csv", "1,1\n1,1.00000000000000002\n");
        Cli.Result t = Cli.run("audit", "--matrix", m.toString(), "--engine", "fast");
        assertThat(t.code()).as(t.err()).isZero();
        assertThat(t.out()).contains("n/a (error > |true|/2)").contains("max ulps n/a").doesNotContain("6491");
        JsonNode j = Cli.run("audit", "--matrix", m.toString(), "--engine", "fast", "--json").json();
        JsonNode bad = j.get("eigenvalues").get(0);
        assertThat(bad.get("ulpsLower").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal(1L << 52));
        // a good value keeps its count
        assertThat(t.out()).contains("<= 0.02252");
    }
}
