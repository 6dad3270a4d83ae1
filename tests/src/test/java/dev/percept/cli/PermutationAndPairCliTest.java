package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.percept.exact.Rational;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end (issue 11): {@code spectrum} for every permutation (one-line and cycle notation, from
 * the command line and from files) and every rational orthogonal P, the general pair
 * {@code --b}/{@code --b-file} (claim P41.G) with its JSON contract, {@code perceptron --model tied
 * --Q-file}, and every bad input of the issue: exit 2, exactly one {@code percept:} line on
 * stderr, nothing on stdout.
 */
class PermutationAndPairCliTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static Cli.Result bad(String... args) {
        Cli.Result r = Cli.run(args).assertCleanInputError();
        assertThat(r.out()).as("nothing on stdout").isEmpty();
        return r;
    }

    private static JsonNode ok(String... args) {
        Cli.Result r = Cli.run(args);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        return r.json();
    }

    /** The issue's example: a = (1,2,3), P = (1 2 3): s = 14, p = 11, eigenvalues +-5, +-sqrt(3), 0. */
    @Test
    void issueExampleInBothNotations() throws IOException {
        JsonNode j = ok("spectrum", "--a", "1,2,3", "--perm", "2,3,1", "--json");
        assertThat(j.get("s").asText()).isEqualTo("14");
        assertThat(j.get("p").asText()).isEqualTo("11");
        assertThat(j.get("case").asText()).isEqualTo("general");
        List<String> got = new ArrayList<>();
        for (JsonNode e : j.get("eigenvalues")) {
            got.add(e.get("exact").asText() + " x" + e.get("multiplicity").asInt());
        }
        assertThat(got).containsExactly("sqrt(25) x1", "sqrt(3) x1", "0 x1", "-sqrt(3) x1", "-sqrt(25) x1");
        assertThat(j.get("allHold").asBoolean()).isTrue();
        // Cycle notation, on the command line and in a file (comments, several lines), gives the same output.
        String text = Cli.run("spectrum", "--a", "1,2,3", "--perm", "2,3,1", "--json").out();
        assertThat(Cli.run("spectrum", "--a", "1,2,3", "--perm", "(1 2 3)", "--json").out()).isEqualTo(text);
        assertThat(Cli.run("spectrum", "--a", "1,2,3", "--perm", " (1,2,3) ", "--json").out()).isEqualTo(text);
        Path cycles = file("c.txt", "# P = (1 2 3)\n(1 2\n 3)\n");
        assertThat(Cli.run("spectrum", "--a", "1,2,3", "--perm-file", cycles.toString(), "--json").out()).isEqualTo(text);
        Path oneLine = file("o.csv", "2\n3\n1\n");
        assertThat(Cli.run("spectrum", "--a", "1,2,3", "--perm-file", oneLine.toString(), "--json").out()).isEqualTo(text);
    }

    /** Cycle notation with fixed points implicit: (1 2 3)(4 5) on d = 7, s and p computed here. */
    @Test
    void cyclesWithFixedPoints() {
        JsonNode j = ok("spectrum", "--a", "1,-2,3/2,4,0,5,-1/3", "--perm", "(1 2 3)(4 5)", "--json");
        Rational[] a = {Rational.of(1), Rational.of(-2), Rational.of(3, 2), Rational.of(4), Rational.ZERO, Rational.of(5), Rational.of(-1, 3)};
        int[] img = {1, 2, 0, 4, 3, 5, 6};
        Rational s = Rational.ZERO;
        Rational p = Rational.ZERO;
        for (int i = 0; i < a.length; i++) {
            s = s.add(a[i].square());
            p = p.add(a[i].multiply(a[img[i]]));
        }
        assertThat(j.get("s").asText()).isEqualTo(s.toString());
        assertThat(j.get("p").asText()).isEqualTo(p.toString());
        assertThat(j.get("allHold").asBoolean()).isTrue();
        // A long cycle at d = 50 in both notations.
        StringBuilder one = new StringBuilder();
        StringBuilder cyc = new StringBuilder("(");
        StringBuilder av = new StringBuilder();
        for (int i = 1; i <= 50; i++) {
            one.append(i == 1 ? "" : ",").append(i % 50 + 1);
            cyc.append(i == 1 ? "" : " ").append(i);
            av.append(i == 1 ? "" : ",").append(i * i % 17 - 8).append("/").append(1 + i % 5);
        }
        cyc.append(")");
        String x = Cli.run("spectrum", "--a", av.toString(), "--perm", one.toString(), "--json").out();
        assertThat(Cli.run("spectrum", "--a", av.toString(), "--perm", cyc.toString(), "--json").out()).isEqualTo(x).contains("\"allHold\":true");
    }

    /** A rational rotation (Cayley transform, not symmetric) as --P-file; p computed here. */
    @Test
    void nonSymmetricOrthogonalP() throws IOException {
        // A rational rotation of R^3 (not symmetric), checked orthogonal here.
        Rational[][] q = {
            {Rational.of(2, 3), Rational.of(-1, 3), Rational.of(2, 3)},
            {Rational.of(2, 3), Rational.of(2, 3), Rational.of(-1, 3)},
            {Rational.of(-1, 3), Rational.of(2, 3), Rational.of(2, 3)}};
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                Rational g = Rational.ZERO;
                for (int l = 0; l < 3; l++) {
                    g = g.add(q[l][i].multiply(q[l][k]));
                }
                assertThat(g).isEqualTo(i == k ? Rational.ONE : Rational.ZERO);
            }
        }
        assertThat(q[0][1]).isNotEqualTo(q[1][0]);
        Path pf = file("q.csv", "2/3,-1/3,2/3\n2/3,2/3,-1/3\n-1/3,2/3,2/3\n");
        JsonNode j = ok("spectrum", "--a", "1,2,-3", "--P-file", pf.toString(), "--json", "--vectors");
        Rational[] a = {Rational.of(1), Rational.of(2), Rational.of(-3)};
        Rational p = Rational.ZERO;
        for (int i = 0; i < 3; i++) {
            Rational pa = Rational.ZERO;
            for (int k = 0; k < 3; k++) {
                pa = pa.add(q[i][k].multiply(a[k]));
            }
            p = p.add(a[i].multiply(pa));
        }
        assertThat(j.get("p").asText()).isEqualTo(p.toString());
        assertThat(j.get("allHold").asBoolean()).isTrue();
        assertThat(j.get("eigenvectors").size()).isEqualTo(4);
    }

    /** 300-digit referee of sign * sqrt(x + y sqrt(f)), rounded HALF_EVEN to the requested digits. */
    private static BigDecimal referee(int sign, Rational x, Rational y, Rational f, int digits) {
        MathContext mc = new MathContext(320);
        BigDecimal xf = new BigDecimal(x.numerator()).divide(new BigDecimal(x.denominator()), mc);
        BigDecimal yf = new BigDecimal(y.numerator()).divide(new BigDecimal(y.denominator()), mc);
        BigDecimal ff = new BigDecimal(f.numerator()).divide(new BigDecimal(f.denominator()), mc);
        BigDecimal q = xf.add(yf.multiply(ff.sqrt(mc), mc), mc);
        BigDecimal v = q.sqrt(mc);
        return (sign < 0 ? v.negate() : v).round(new MathContext(digits, RoundingMode.HALF_EVEN));
    }

    /** The JSON contract of the general pair: fields, exact squares solving the quadratic, decimals, vectors, checks. */
    @Test
    void generalPairJson() {
        JsonNode j = ok("spectrum", "--a", "1,2,3", "--b", "4,-1,2", "--json", "--vectors", "--digits", "45");
        for (String f : List.of("claim", "d", "case", "s", "t", "p", "discriminant", "field", "fieldNote", "eigenvalues", "spectralNorm", "checks",
                "allHold", "eigenvectors")) {
            assertThat(j.has(f)).as("field %s", f).isTrue();
        }
        assertThat(j.get("claim").asText()).isEqualTo("P41.G");
        // s = 14, t = 21, p = 4 - 2 + 6 = 8, D = 49 + 256 = 305, q = (35 +- sqrt(305))/2.
        assertThat(List.of(j.get("s").asText(), j.get("t").asText(), j.get("p").asText(), j.get("discriminant").asText(), j.get("field").asText()))
                .containsExactly("14", "21", "8", "305", "305");
        assertThat(j.get("case").asText()).isEqualTo("general");
        int[] signs = {1, 1, 0, -1, -1};
        int[] roots = {1, -1, 0, -1, 1};
        int k = 0;
        for (JsonNode e : j.get("eigenvalues")) {
            assertThat(e.get("sign").asInt()).isEqualTo(signs[k]);
            assertThat(e.get("multiplicity").asInt()).isEqualTo(1);
            Rational x = Rational.parse(e.get("squareParts").get(0).asText());
            Rational y = Rational.parse(e.get("squareParts").get(1).asText());
            if (signs[k] == 0) {
                assertThat(x.isZero() && y.isZero()).isTrue();
                assertThat(e.get("decimal").asText()).isEqualTo("0");
            } else {
                assertThat(x).isEqualTo(Rational.of(35, 2));
                assertThat(y).isEqualTo(Rational.of(roots[k], 2));
                BigDecimal dec = new BigDecimal(e.get("decimal").asText());
                assertThat(dec.compareTo(referee(signs[k], x, y, Rational.of(305), 45))).as("decimal of %s", e).isZero();
                assertThat(e.get("exact").asText()).isEqualTo((signs[k] < 0 ? "-" : "") + "sqrt(35/2 " + (roots[k] > 0 ? "+" : "-") + " 1/2*sqrt(305))");
            }
            k++;
        }
        assertThat(k).isEqualTo(5);
        assertThat(new BigDecimal(j.get("spectralNorm").get("decimal").asText()).compareTo(referee(1, Rational.of(35, 2), Rational.of(1, 2),
                Rational.of(305), 45))).isZero();
        assertThat(j.get("eigenvectors").size()).isEqualTo(4);
        for (JsonNode v : j.get("eigenvectors")) {
            assertThat(v.get("vector").size()).isEqualTo(5);
            for (JsonNode c : v.get("vector")) {
                assertThat(c.size()).isEqualTo(4);
            }
        }
        for (JsonNode c : j.get("checks")) {
            assertThat(c.get("claim").asText()).isEqualTo("P41.G");
            assertThat(c.get("holds").asBoolean()).as(c.toString()).isTrue();
        }
        assertThat(j.get("checks").findValuesAsText("name")).contains("A v = lambda v", "eigenvectors pairwise orthogonal",
                "sum lambda^2 = tr(A^2) = 2(s+t)", "sum lambda^4 = tr(A^4)", "q^2 - (s+t) q + (s t - p^2) = 0");
    }

    /** Every coincidence through the CLI: its case and multiplicities. */
    @Test
    void generalPairCoincidences() throws IOException {
        String[][] cases = {
            {"0,0,0", "0,0,0", "zero", "0 x5"},
            {"1,2,2", "0,0,0", "rank one", "sqrt(9) x1,0 x3,-sqrt(9) x1"},
            {"1,2,2", "-2,-4,-4", "rank one", "sqrt(45) x1,0 x3,-sqrt(45) x1"},
            {"1,2,0", "-2,1,0", "double", "sqrt(5) x2,0 x1,-sqrt(5) x2"},
            {"-3,-3,-3", "-3,-2,3", "general", "sqrt(31) x1,sqrt(18) x1,0 x1,-sqrt(18) x1,-sqrt(31) x1"},
            {"3,0,0", "0,1,1", "general", "sqrt(9) x1,sqrt(2) x1,0 x1,-sqrt(2) x1,-sqrt(9) x1"}};
        for (String[] c : cases) {
            JsonNode j = ok("spectrum", "--a", c[0], "--b", c[1], "--json");
            assertThat(j.get("case").asText()).as(String.join(" ", c)).isEqualTo(c[2]);
            List<String> got = new ArrayList<>();
            for (JsonNode e : j.get("eigenvalues")) {
                got.add(e.get("exact").asText() + " x" + e.get("multiplicity").asInt());
            }
            assertThat(String.join(",", got)).isEqualTo(c[3]);
            assertThat(j.get("allHold").asBoolean()).isTrue();
        }
        Path bf = file("b.csv", "4\n-1\n2\n");
        assertThat(Cli.run("spectrum", "--a", "1,2,3", "--b-file", bf.toString(), "--json").out())
                .isEqualTo(Cli.run("spectrum", "--a", "1,2,3", "--b", "4,-1,2", "--json").out());
        Cli.Result text = Cli.run("spectrum", "--a", "1,2,3", "--b", "4,-1,2");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("claim P41.G").contains("case general").contains("nested radicals over Q(sqrt(305))")
                .contains("sqrt(35/2 + 1/2*sqrt(305))").doesNotContain("FAILS");
    }

    /** The bad inputs the issue lists: exit 2, one percept: line, nothing else. */
    @Test
    void badPermutations() throws IOException {
        assertThat(bad("spectrum", "--a", "1,2,3", "--perm", "2,3,2").err()).isEqualTo("percept: --perm: 2,3,2 is not a permutation: entries 1 and 3 are both 2\n");
        assertThat(bad("spectrum", "--a", "1,2,3", "--perm", "(1 2 2)").err()).isEqualTo("percept: --perm: index 2 appears twice in '(1 2 2)'\n");
        assertThat(bad("spectrum", "--a", "1,2,3", "--perm", "(1 2)(3 1)").err()).contains("index 1 appears twice");
        assertThat(bad("spectrum", "--a", "1,2,3", "--perm", "(1 4)").err()).isEqualTo("percept: --perm: index 4 is out of range 1..3\n");
        assertThat(bad("spectrum", "--a", "1,2,3", "--perm", "(0 1)").err()).contains("index 0 is out of range 1..3");
        assertThat(bad("spectrum", "--a", "1,2,3", "--perm", "(1 2").err()).contains("malformed cycle notation").contains("missing ')'");
        assertThat(bad("spectrum", "--a", "1,2,3", "--perm", "(1 2)x").err()).contains("malformed cycle notation").contains("at character 6");
        assertThat(bad("spectrum", "--a", "1,2,3", "--perm", "(1,,2)").err()).contains("malformed cycle notation");
        assertThat(bad("spectrum", "--a", "1,2,3", "--perm", "(1 -2)").err()).contains("malformed cycle notation");
        assertThat(bad("spectrum", "--a", "1,2,3", "--perm", "(1 2a)").err()).contains("malformed cycle notation");
        assertThat(bad("spectrum", "--a", "1,2,3", "--perm", "(1 99999999999)").err()).contains("out of range");
        bad("spectrum", "--a", "1,2,3", "--perm", "1 2)");
        bad("spectrum", "--a", "1,2,3", "--perm", "()()x");
        assertThat(bad("spectrum", "--a", "1,2,3", "--perm", "2,1").err()).isEqualTo("percept: --perm: length mismatch: the permutation has 2 entries, the vector has 3\n");
        Path shortFile = file("short.csv", "2,1\n");
        assertThat(bad("spectrum", "--a", "1,2,3", "--perm-file", shortFile.toString()).err()).contains("--perm-file").contains("length mismatch");
        Path badCycles = file("bad.txt", "(1 2)\n(2 3)\n");
        assertThat(bad("spectrum", "--a", "1,2,3", "--perm-file", badCycles.toString()).err()).contains("--perm-file").contains("appears twice");
        Path notBijective = file("nb.csv", "1,1,2\n");
        assertThat(bad("spectrum", "--a", "1,2,3", "--perm-file", notBijective.toString()).err()).contains("not a permutation");
    }

    @Test
    void badOrthogonalAndPairs() throws IOException {
        Path notOrth = file("no.csv", "1,0,0\n0,3/5,4/5\n0,4/5,3/5\n");
        assertThat(bad("spectrum", "--a", "1,2,3", "--P-file", notOrth.toString()).err())
                .isEqualTo("percept: --P-file: P is not orthogonal: (P^T P)[2,3] = 24/25, expected 0\n");
        Path wrongSize = file("big.csv", "1,0\n0,1\n");
        assertThat(bad("spectrum", "--a", "1,2,3", "--P-file", wrongSize.toString()).err()).contains("length mismatch");
        Path perm = file("p.csv", "1,2,3\n");
        assertThat(bad("spectrum", "--a", "1,2,3", "--b", "1,2,3", "--perm", "2,1,3").err()).contains("--b: cannot be combined with --perm");
        bad("spectrum", "--a", "1,2,3", "--b", "1,2,3", "--perm-file", perm.toString());
        bad("spectrum", "--a", "1,2,3", "--b", "1,2,3", "--P-file", notOrth.toString());
        Path bf = file("b.csv", "1,2,3\n");
        assertThat(bad("spectrum", "--a", "1,2,3", "--b-file", bf.toString(), "--perm", "2,1,3").err()).contains("--b-file: cannot be combined");
        bad("spectrum", "--a", "1,2,3", "--b", "1,2,3", "--b-file", bf.toString());
        assertThat(bad("spectrum", "--a", "1,2,3", "--b", "1,2").err()).isEqualTo("percept: --b: length mismatch: a has 3 entries, b has 2\n");
        Path shortB = file("sb.csv", "1\n2\n");
        assertThat(bad("spectrum", "--a", "1,2,3", "--b-file", shortB.toString()).err()).contains("--b-file: length mismatch");
        assertThat(bad("spectrum", "--a", "1,2,3", "--b", "1,x,3").err()).contains("--b").contains("entry 2");
        assertThat(bad("spectrum", "--a", "1,2", "--b", "1,2", "--engine", "fast").err()).contains("--engine fast");
        bad("spectrum", "--a", "1,2,3");
    }

    /** The tied model takes any Q: the swap as a dense --Q-file runs exactly like the default permutation; a general Q runs too. */
    @Test
    void tiedModelWithQFile() throws IOException {
        String[] base = {"perceptron", "--data", "builtin:minimal4", "--model", "tied", "--init", "seed:2", "--eta", "1/4", "--steps", "50", "--json"};
        JsonNode dflt = ok(base);
        Path swap = file("swap.csv", "0,1,0,0\n1,0,0,0\n0,0,1,0\n0,0,0,1\n");
        List<String> withQ = new ArrayList<>(List.of(base));
        withQ.add("--Q-file");
        withQ.add(swap.toString());
        JsonNode viaQ = ok(withQ.toArray(new String[0]));
        assertThat(viaQ.get("theta")).isEqualTo(dflt.get("theta"));
        assertThat(viaQ.get("iterations")).isEqualTo(dflt.get("iterations"));
        List<String> cyc = new ArrayList<>(List.of(base));
        cyc.add("--perm");
        cyc.add("(1 2)");
        assertThat(ok(cyc.toArray(new String[0])).get("theta")).isEqualTo(dflt.get("theta"));
        // A non-orthogonal Q: the step identity still holds exactly; no step has the Proposition 4.1 form.
        Path general = file("q.csv", "1,2,0,0\n0,1,0,0\n0,0,1,-1/2\n3,0,0,1\n");
        List<String> g = new ArrayList<>(List.of(base));
        g.add("--Q-file");
        g.add(general.toString());
        JsonNode gj = ok(g.toArray(new String[0]));
        assertThat(gj.get("perPatternIdentity").asBoolean()).isTrue();
        assertThat(gj.get("prop41FormSteps").asInt()).isZero();
        Path wrong = file("q3.csv", "1,0,0\n0,1,0\n0,0,1\n");
        List<String> w = new ArrayList<>(List.of(base));
        w.add("--Q-file");
        w.add(wrong.toString());
        assertThat(bad(w.toArray(new String[0])).err()).contains("--Q-file").contains("R^3").contains("d = 4");
        List<String> both = new ArrayList<>(withQ);
        both.add("--perm");
        both.add("2,1,3,4");
        bad(both.toArray(new String[0]));
    }
}
