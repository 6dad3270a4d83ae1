package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: the JSON contracts of {@code complexity} (M1) and {@code stability} (Q1), and bad input. */
class ComplexityStabilityCliTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    private Path csv(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void complexityJsonContractAndFiles() throws Exception {
        Path out = dir.resolve("c");
        Result r = run("complexity", "--d", "8,32,128", "--out", out.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertThat(r.out().strip().lines().count()).isEqualTo(1);
        assertThat(j.get("mu").asText()).isEqualTo("1");
        assertThat(j.get("rows")).hasSize(3);
        for (JsonNode row : j.get("rows")) {
            assertThat(row.get("linear").isInt()).isTrue();
            assertThat(row.get("twoLayer").isInt()).isTrue();
            assertThat(row.get("linear").asInt()).isPositive();
        }
        assertThat(j.get("rows").get(0).get("d").asInt()).isEqualTo(8);
        double lin = j.get("slopes").get("linear").asDouble();
        double two = j.get("slopes").get("twoLayer").asDouble();
        String want = lin >= 0.9 && two <= 0.6 ? "reproduced" : "not reproduced";
        assertThat(j.get("m1").asText()).isEqualTo(want);
        assertThat(Files.size(out.resolve("complexity.png"))).isPositive();
        assertThat(Files.readAllLines(out.resolve("complexity.csv"))).hasSize(4).first().asString().startsWith("d,linear,twoLayer");
        assertThat(Json.MAPPER.readTree(out.resolve("complexity.json").toFile()).get("rows")).hasSize(3);
    }

    @Test
    void complexityRandomGivesStatistics() {
        Result r = run("complexity", "--d", "8,32", "--init", "random", "--seeds", "11", "--out", dir.resolve("r").toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode t = readJson(r.out()).get("rows").get(1).get("twoLayer");
        assertThat(t.get("median").asInt()).isLessThanOrEqualTo(t.get("p90").asInt());
        assertThat(t.get("mean").asText()).matches("-?[0-9]+(/[0-9]+)?");
    }

    @Test
    void complexityBadInputExitsTwo() {
        for (String[] args : new String[][] {{"complexity", "--d", "2,16", "--out", dir.toString()},
            {"complexity", "--d", "16,x", "--out", dir.toString()}, {"complexity", "--mu", "-1", "--out", dir.toString()},
            {"complexity", "--init", "worst", "--out", dir.toString()}, {"complexity", "--d", "16"}}) {
            Result r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).startsWith("percept:");
            assertThat(r.err().strip().lines().count()).isEqualTo(1);
        }
    }

    @Test
    void stabilityJsonContract() throws Exception {
        Path s = csv("S.csv", "# S\n2,1\n1,2\n");
        Result ok = run("stability", "--S-file", s.toString(), "--eta", "1/2", "--json");
        assertThat(ok.code()).as(ok.err()).isZero();
        JsonNode j = readJson(ok.out());
        assertThat(j.get("converges").asBoolean()).isTrue();
        assertThat(j.get("lambdaMax").get("lower").asText()).isEqualTo("3");
        assertThat(j.get("lambdaMax").get("upper").asText()).isEqualTo("3");
        Result edge = run("stability", "--S-file", s.toString(), "--eta", "2/3", "--json", "--trajectory", "2");
        JsonNode k = readJson(edge.out());
        assertThat(k.get("converges").asBoolean()).isFalse();
        assertThat(k.get("reason").asText()).startsWith("boundary");
        assertThat(k.get("trajectory").get(1).get(0).asText()).isEqualTo("-1");
        Result above = run("stability", "--S-file", s.toString(), "--eta", "1", "--json");
        assertThat(readJson(above.out()).get("converges").asBoolean()).isFalse();
    }

    @Test
    void stabilityBadInputExitsTwo() throws Exception {
        Path asym = csv("a.csv", "1,2\n3,1\n");
        Path ragged = csv("r.csv", "1,2\n3\n");
        Path word = csv("w.csv", "1,x\nx,1\n");
        Path rect = csv("n.csv", "1,2,3\n2,1,3\n");
        Path good = csv("g.csv", "1,0\n0,1\n");
        String[][] cases = {{"--S-file", asym.toString(), "--eta", "1"}, {"--S-file", ragged.toString(), "--eta", "1"},
            {"--S-file", word.toString(), "--eta", "1"}, {"--S-file", rect.toString(), "--eta", "1"},
            {"--S-file", good.toString(), "--eta", "0"}, {"--S-file", good.toString(), "--eta", "1", "--start", "1,2,3"},
            {"--S-file", dir.resolve("missing.csv").toString(), "--eta", "1"}};
        for (String[] c : cases) {
            String[] args = new String[c.length + 1];
            args[0] = "stability";
            System.arraycopy(c, 0, args, 1, c.length);
            Result r = run(args);
            assertThat(r.code()).as(String.join(" ", args) + " -> " + r.err()).isEqualTo(2);
            assertThat(r.err()).startsWith("percept:");
            assertThat(r.err().strip().lines().count()).isEqualTo(1);
        }
        assertThat(run("stability", "--S-file", asym.toString(), "--eta", "1").err()).contains("--S-file").contains("not symmetric").contains("entry (1,2)");
        assertThat(run("stability", "--matrix", asym.toString(), "--step-size", "1").err()).startsWith("percept: --matrix:").contains("entry (1,2)");
        assertThat(run("stability", "--S-file", word.toString(), "--eta", "1").err()).contains("line 1, column 2");
    }

    private static JsonNode readJson(String s) {
        try {
            return Json.MAPPER.readTree(s);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + s, e);
        }
    }
}
