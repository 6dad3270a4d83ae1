package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.percept.exact.Rational;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: the JSON contracts of perceptron, gd and reduce, and the bad-input exits. */
class DynamicsCliTest {

    @TempDir
    Path dir;

    private record Out(int code, String out, String err) {
    }

    private static Out run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Out(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(Out r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip().lines().count()).isEqualTo(1);
        return Json.MAPPER.readTree(r.out());
    }

    @Test
    void perceptronJsonContract() throws Exception {
        JsonNode j = json(run("perceptron", "--data", "builtin:toy2d", "--model", "linear", "--steps", "100", "--json"));
        assertThat(j.get("model").asText()).isEqualTo("linear");
        assertThat(j.get("converged").asBoolean()).isTrue();
        assertThat(j.get("mistakes").size()).isEqualTo(j.get("iterations").asInt());
        // The printed theta separates the data: every margin is positive, checked from the JSON alone.
        Rational t1 = Rational.parse(j.get("theta").get(0).asText());
        Rational t2 = Rational.parse(j.get("theta").get(1).asText());
        long[][] rows = {{3, 1, 1}, {-2, -3, 1}, {1, -4, 1}, {-4, 0, -1}, {4, 3, -1}, {2, 4, -1}};
        for (long[] r : rows) {
            Rational m = t1.multiply(Rational.of(r[0])).add(t2.multiply(Rational.of(r[1]))).multiply(Rational.of(r[2]));
            assertThat(m.signum()).isPositive();
        }
        JsonNode cap = json(run("perceptron", "--data", "builtin:toy2d", "--model", "linear", "--steps", "1", "--json"));
        assertThat(cap.get("converged").asBoolean()).isFalse();
        assertThat(cap.get("iterations").asInt()).isEqualTo(1);
    }

    @Test
    void tiedPerceptronChecksPatternAndExplains() throws Exception {
        JsonNode j = json(run("perceptron", "--data", "builtin:minimal4", "--model", "tied", "--init", "seed:2", "--eta", "1/4", "--steps", "50",
                "--explain", "--json"));
        assertThat(j.get("perPatternIdentity").asBoolean()).isTrue();
        assertThat(j.get("prop41FormSteps").asInt()).isEqualTo(j.get("iterations").asInt());
        assertThat(j.get("explain").size()).isEqualTo(j.get("iterations").asInt());
        assertThat(j.get("activationConvention").asText()).contains("phi'(0) = left slope");
    }

    @Test
    void gdJsonContractAndDigitsAgree() throws Exception {
        JsonNode lo = json(run("gd", "--data", "builtin:toy2d", "--model", "linear", "--gamma", "10", "--steps", "5", "--digits", "15", "--json"));
        JsonNode hi = json(run("gd", "--data", "builtin:toy2d", "--model", "linear", "--gamma", "10", "--steps", "5", "--digits", "40", "--json"));
        assertThat(lo.get("digits").asInt()).isEqualTo(15);
        assertThat(lo.get("theta").size()).isEqualTo(2);
        for (int k = 0; k <= 2; k++) {
            String a = k < 2 ? lo.get("theta").get(k).asText() : lo.get("loss").asText();
            String b = k < 2 ? hi.get("theta").get(k).asText() : hi.get("loss").asText();
            BigDecimal x = new BigDecimal(a);
            BigDecimal y = new BigDecimal(b);
            assertThat(x.precision()).isLessThanOrEqualTo(15);
            // Both are within one unit of their last digit of the same exact value.
            BigDecimal ulp = BigDecimal.ONE.scaleByPowerOfTen(x.precision() - x.scale() - 15);
            assertThat(x.subtract(y).abs()).isLessThanOrEqualTo(ulp.add(ulp));
        }
    }

    @Test
    void reduceJsonContract() throws Exception {
        JsonNode j = json(run("reduce", "--data", "builtin:toy2d", "--model", "linear", "--gammas", "1,10,100", "--steps", "6", "--json"));
        assertThat(j.get("claim").asText()).isEqualTo("R1");
        assertThat(j.get("rows").size()).isEqualTo(3);
        for (JsonNode r : j.get("rows")) {
            assertThat(r.get("holds").asText()).isEqualTo("holds");
            assertThat(new BigDecimal(r.get("distance").asText())).isLessThanOrEqualTo(new BigDecimal(r.get("bound").asText()));
        }
    }

    private void badInput(String expectedPart, String... args) {
        Out r = run(args);
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("percept: ").contains(expectedPart).doesNotContain("Exception");
    }

    private String file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    @Test
    void badInputsExitTwoNamingFileLineColumn() throws Exception {
        String ragged = file("ragged.csv", "# c\n1,2,1\n1,-1\n");
        badInput("ragged.csv: line 3, column 2", "perceptron", "--data", ragged, "--model", "linear", "--steps", "3");
        String nan = file("nan.csv", "1,2,1\n1,x,-1\n");
        badInput("nan.csv: line 2, column 2", "gd", "--data", nan, "--model", "linear", "--gamma", "1", "--steps", "3");
        String label = file("label.csv", "1,2,1\n1,3,2\n");
        badInput("label.csv: line 2, column 3: label must be -1 or 1", "perceptron", "--data", label, "--model", "linear", "--steps", "3");
        String empty = file("empty.csv", "# nothing\n\n");
        badInput("empty.csv: no data rows", "perceptron", "--data", empty, "--model", "linear", "--steps", "3");
        badInput("no such file", "perceptron", "--data", dir.resolve("missing.csv").toString(), "--model", "linear", "--steps", "3");
        badInput("unknown model", "perceptron", "--data", "builtin:toy2d", "--model", "cubic", "--steps", "3");
        badInput("unknown activation", "perceptron", "--data", "builtin:toy2d", "--model", "two-layer", "--activation", "tanh", "--init", "seed:1",
                "--steps", "3");
        badInput("--steps", "perceptron", "--data", "builtin:toy2d", "--model", "linear", "--steps", "-1");
        badInput("--digits", "gd", "--data", "builtin:toy2d", "--model", "linear", "--gamma", "1", "--steps", "1", "--digits", "0");
        badInput("--gamma", "gd", "--data", "builtin:toy2d", "--model", "linear", "--gamma", "0", "--steps", "1");
        badInput("--gamma", "gd", "--data", "builtin:toy2d", "--model", "linear", "--gamma", "-2", "--steps", "1");
        badInput("--init", "perceptron", "--data", "builtin:toy2d", "--model", "two-layer", "--steps", "3");
        badInput("--gammas", "reduce", "--data", "builtin:toy2d", "--model", "linear", "--gammas", "1,0", "--steps", "3");
    }
}
