package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.percept.binary64.Binary64;
import dev.percept.exact.Rational;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end: {@code --engine exact|fast} on {@code perceptron}, {@code gd} and {@code stability}
 * (issue 4): the fast JSON contracts, agreement with the exact engine where the double computation
 * is exact, the reported uncertain margins, and exit 2 for the unsupported combinations.
 */
class FastEngineCliTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static JsonNode ok(Cli.Result r) {
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        return r.json();
    }

    @Test
    void perceptronFastMatchesExactOnIntegerData() {
        JsonNode f = ok(Cli.run("perceptron", "--data", "builtin:toy2d", "--model", "linear", "--steps", "100", "--engine", "fast", "--json"));
        JsonNode e = ok(Cli.run("perceptron", "--data", "builtin:toy2d", "--model", "linear", "--steps", "100", "--json"));
        assertThat(f.get("engine").asText()).isEqualTo("fast");
        assertThat(e.has("engine")).isFalse();
        assertThat(f.get("iterations").asInt()).isEqualTo(e.get("iterations").asInt());
        assertThat(f.get("converged").asBoolean()).isEqualTo(e.get("converged").asBoolean());
        assertThat(f.get("mistakes")).isEqualTo(e.get("mistakes"));
        assertThat(f.get("inputsExactInDouble").asBoolean()).isTrue();
        assertThat(f.get("uncertainMarginCount").asInt()).isZero();
        assertThat(f.get("uncertainMargins")).isEmpty();
        assertThat(f.get("note").asText()).contains("not exact");
        for (int k = 0; k < 2; k++) {
            JsonNode t = f.get("theta").get(k);
            assertThat(t.isDouble()).isTrue();
            // integer data, eta = 1: the double run is exact, so theta is bitwise the exact value
            assertThat(Binary64.exact(t.asDouble())).isEqualTo(Rational.parse(e.get("theta").get(k).asText()));
        }
    }

    @Test
    void perceptronFastHumanSaysDoubleAndCertified() {
        Cli.Result r = Cli.run("perceptron", "--data", "builtin:toy2d", "--model", "linear", "--steps", "100", "--engine", "fast");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("engine fast: IEEE double, not exact").contains("theta = (4.0, -7.5) (doubles)")
                .contains("every margin's sign is certified");
    }

    /**
     * Rows A = (1,-2,1), B = (-1,0,0), C = (1,1,0), all labelled +1: the first (tie) update gives
     * theta_1 = (A + B + C)/2 = (1/2, -1/2, 1/2), whose margin on C is exactly 0 although its
     * products 1/2 and -1/2 are not, so the bound gamma_3 sum|theta_j x_Cj| > 0 cannot certify its
     * sign: the fast run must list it (iterate 1, point 3), in JSON and in the human output.
     */
    @Test
    void perceptronFastReportsUncertainMargins() throws Exception {
        Path d = file("tie.csv", "1,-2,1,1\n-1,0,0,1\n1,1,0,1\n");
        JsonNode f = ok(Cli.run("perceptron", "--data", d.toString(), "--model", "linear", "--steps", "3", "--engine", "fast", "--json"));
        assertThat(f.get("inputsExactInDouble").asBoolean()).isTrue();
        int count = f.get("uncertainMarginCount").asInt();
        assertThat(count).isPositive();
        assertThat(f.get("uncertainMargins").size()).isEqualTo(Math.min(count, PerceptronCommand.UNCERTAIN_LISTED));
        JsonNode first = f.get("uncertainMargins").get(0);
        assertThat(first.get("step").asInt()).isEqualTo(1);
        assertThat(first.get("point").asInt()).isEqualTo(3);
        assertThat(first.get("margin").asDouble()).isZero();
        assertThat(first.get("bound").asDouble()).isPositive();
        for (JsonNode u : f.get("uncertainMargins")) {
            assertThat(Math.abs(u.get("margin").asDouble())).isLessThanOrEqualTo(u.get("bound").asDouble());
        }
        Cli.Result human = Cli.run("perceptron", "--data", d.toString(), "--model", "linear", "--steps", "3", "--engine", "fast");
        assertThat(human.code()).isZero();
        assertThat(human.out()).contains("WARNING: " + count + " margin(s) within the rounding bound of 0").contains("iterate 1, point 3");
        // Non-representable data are flagged as rounded.
        Path r = file("dec.csv", "0.1,0.2,1\n-0.3,0.1,-1\n");
        JsonNode g = ok(Cli.run("perceptron", "--data", r.toString(), "--model", "linear", "--steps", "3", "--engine", "fast", "--json"));
        assertThat(g.get("inputsExactInDouble").asBoolean()).isFalse();
    }

    @Test
    void gdFastAgreesWithCertifiedDigits() {
        JsonNode f = ok(Cli.run("gd", "--data", "builtin:toy2d", "--model", "linear", "--gamma", "10", "--steps", "5", "--engine", "fast", "--json"));
        JsonNode e = ok(Cli.run("gd", "--data", "builtin:toy2d", "--model", "linear", "--gamma", "10", "--steps", "5", "--digits", "30", "--json"));
        assertThat(f.get("engine").asText()).isEqualTo("fast");
        assertThat(f.get("steps").asInt()).isEqualTo(5);
        assertThat(f.get("note").asText()).contains("not certified");
        for (int k = 0; k < 2; k++) {
            double x = f.get("theta").get(k).asDouble();
            double y = new BigDecimal(e.get("theta").get(k).asText()).doubleValue();
            assertThat(Math.abs(x - y)).isLessThanOrEqualTo(1e-12 * Math.abs(y));
        }
        double l = f.get("loss").asDouble();
        double le = new BigDecimal(e.get("loss").asText()).doubleValue();
        assertThat(Math.abs(l - le)).isLessThanOrEqualTo(1e-9 * le);
        Cli.Result human = Cli.run("gd", "--data", "builtin:toy2d", "--model", "linear", "--gamma", "10", "--steps", "5", "--engine", "fast");
        assertThat(human.code()).isZero();
        assertThat(human.out()).contains("engine fast: IEEE double, not certified").contains("theta[1] = " + f.get("theta").get(0).asDouble());
    }

    @Test
    void gdFastLossIsStableForHugeMargins() {
        JsonNode f = ok(Cli.run("gd", "--data", "builtin:toy2d", "--model", "linear", "--gamma", "1000000", "--steps", "3", "--engine", "fast",
                "--json"));
        assertThat(f.get("loss").isNumber()).isTrue();
        assertThat(f.get("loss").asDouble()).isGreaterThanOrEqualTo(0).isFinite();
    }

    @Test
    void stabilityFastVerdicts() throws Exception {
        Path s = file("S.csv", "2,1\n1,2\n"); // eigenvalues 1 and 3
        JsonNode c = ok(Cli.run("stability", "--S-file", s.toString(), "--eta", "1/2", "--engine", "fast", "--json"));
        assertThat(c.get("engine").asText()).isEqualTo("fast");
        assertThat(c.get("converges").asBoolean()).isTrue();
        assertThat(c.get("verdict").asText()).isEqualTo("converges");
        assertThat(c.get("lambdaMax").asDouble()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.get("eigenvalues")).hasSize(2);
        assertThat(c.get("errorBound").asDouble()).isPositive().isLessThan(1e-12);
        JsonNode d = ok(Cli.run("stability", "--S-file", s.toString(), "--eta", "1", "--engine", "fast", "--json"));
        assertThat(d.get("converges").asBoolean()).isFalse();
        assertThat(d.get("verdict").asText()).isEqualTo("does not converge");
        // eta lambda_max = 2 exactly: the exact engine says boundary, the fast one refuses to guess
        JsonNode b = ok(Cli.run("stability", "--S-file", s.toString(), "--eta", "2/3", "--engine", "fast", "--json"));
        assertThat(b.get("converges").isNull()).isTrue();
        assertThat(b.get("verdict").asText()).isEqualTo("undecided (within rounding)");
        JsonNode be = ok(Cli.run("stability", "--S-file", s.toString(), "--eta", "2/3", "--json"));
        assertThat(be.get("converges").asBoolean()).isFalse();
        assertThat(be.get("reason").asText()).startsWith("boundary");
        Cli.Result h = Cli.run("stability", "--S-file", s.toString(), "--eta", "2/3", "--engine", "fast");
        assertThat(h.code()).isZero();
        assertThat(h.out()).contains("engine fast").contains("undecided (within rounding)");
        // singular S: exact says it does not converge; lambda_min = 0 is within rounding of 0
        Path z = file("Z.csv", "1,1\n1,1\n");
        JsonNode u = ok(Cli.run("stability", "--S-file", z.toString(), "--eta", "1/2", "--engine", "fast", "--json"));
        assertThat(u.get("converges").isNull()).isTrue();
    }

    @Test
    void unsupportedCombinationsExit2() throws Exception {
        Path s = file("S.csv", "2,1\n1,2\n");
        String[][] bad = {
            {"perceptron", "--data", "builtin:toy2d", "--model", "linear", "--steps", "5", "--engine", "bogus"},
            {"perceptron", "--data", "builtin:toy2d", "--model", "linear", "--steps", "5", "--engine", "fast", "--explain"},
            {"perceptron", "--data", "builtin:minimal4", "--model", "two-layer", "--init", "seed:1", "--steps", "5", "--engine", "fast"},
            {"perceptron", "--data", "builtin:minimal4", "--model", "tied", "--init", "seed:1", "--steps", "5", "--engine", "fast", "--json"},
            {"gd", "--data", "builtin:toy2d", "--model", "linear", "--gamma", "1", "--steps", "5", "--engine", "bogus"},
            {"gd", "--data", "builtin:toy2d", "--model", "linear", "--gamma", "1", "--steps", "5", "--engine", "fast", "--digits", "10"},
            {"gd", "--data", "builtin:minimal4", "--model", "two-layer", "--init", "seed:1", "--gamma", "1", "--steps", "5", "--engine", "fast"},
            {"stability", "--S-file", s.toString(), "--eta", "1", "--engine", "bogus"},
            {"stability", "--S-file", s.toString(), "--eta", "1", "--engine", "fast", "--trajectory", "3"},
            {"stability", "--S-file", s.toString(), "--eta", "1", "--engine", "fast", "--bisections", "3"},
            {"stability", "--S-file", s.toString(), "--eta", "1", "--engine", "fast", "--start", "1,1"},
            {"reduce", "--data", "builtin:toy2d", "--model", "linear", "--gammas", "1", "--steps", "2", "--engine", "fast"},
            {"complexity", "--d", "8", "--engine", "fast"},
        };
        for (String[] args : bad) {
            Cli.Result r = Cli.run(args);
            assertThat(r.code()).as(String.join(" ", args) + " -> " + r.err()).isEqualTo(Main.BAD_INPUT);
            r.assertCleanInputError();
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void helpDocumentsTheEngines() {
        for (String cmd : new String[] {"perceptron", "gd", "stability"}) {
            Cli.Result r = Cli.run(cmd, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("--engine=exact|fast");
        }
        for (String cmd : new String[] {"reduce", "complexity"}) {
            Cli.Result r = Cli.run(cmd, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Exact only (no --engine)").doesNotContain("--engine=");
        }
    }
}
