package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end {@code percept audit}: JSON contract, exact zero errors, tolerance exit 1, bad input exit 2. */
class AuditCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** [[2,1],[1,2]] has eigenvalues 1 and 3: exact given values have error exactly 0; 3.0000001 has error exactly 1e-7. */
    @Test
    void jsonContractAndExactErrors() throws Exception {
        Path m = write("m.csv", "2,1\n1,2\n");
        Path e = write("e.txt", "3.0000001\n1\n");
        Run r = run("audit", "--matrix", m.toString(), "--eigenvalues", e.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertThat(j.get("n").asInt()).isEqualTo(2);
        JsonNode first = j.get("eigenvalues").get(0);
        assertThat(first.get("given").asText()).isEqualTo("1");
        assertThat(first.get("absError").asText()).isEqualTo("0");
        assertThat(first.get("ulps").decimalValue().signum()).isZero();
        JsonNode second = j.get("eigenvalues").get(1);
        // the true error is exactly 1e-7: the printed bounds enclose it and agree to 3 digits
        BigDecimal lo = new BigDecimal(second.get("absErrorLower").asText());
        BigDecimal hi = new BigDecimal(second.get("absError").asText());
        assertThat(lo).isLessThanOrEqualTo(new BigDecimal("1e-7"));
        assertThat(hi).isGreaterThanOrEqualTo(new BigDecimal("1e-7"));
        assertThat(hi.subtract(lo)).isLessThanOrEqualTo(new BigDecimal("2e-10"));
        // relative error 1e-7/3 = 3.333...e-8
        assertThat(new BigDecimal(second.get("relErrorLower").asText())).isLessThanOrEqualTo(new BigDecimal("3.3333333e-8"));
        assertThat(new BigDecimal(second.get("relError").asText())).isGreaterThanOrEqualTo(new BigDecimal("3.3333334e-8"));
        // ulp of 3 is 2^-51, so 1e-7 is 1e-7 * 2^51 = 225179981.3685248 ulps
        assertThat(second.get("ulpsLower").decimalValue()).isLessThanOrEqualTo(new BigDecimal("225179981.3685248"));
        assertThat(second.get("ulps").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("225179981.3685248"));
        assertThat(j.get("maxAbsError").asText()).isEqualTo(second.get("absError").asText());
        assertThat(j.get("withinTolerance").asBoolean()).isTrue();
    }

    @Test
    void toleranceExceededExitsOne() throws Exception {
        Path m = write("m.csv", "2,1\n1,2\n");
        Path e = write("e.txt", "1\n3.001\n");
        assertThat(run("audit", "--matrix", m.toString(), "--eigenvalues", e.toString(), "--tolerance", "0.01").code()).isZero();
        Run r = run("audit", "--matrix", m.toString(), "--eigenvalues", e.toString(), "--tolerance", "1e-4", "--json");
        assertThat(r.code()).isEqualTo(Main.CLAIM_FAILED);
        assertThat(Json.MAPPER.readTree(r.out()).get("withinTolerance").asBoolean()).isFalse();
    }

    @Test
    void badInputsExitTwoWithOneLine() throws Exception {
        Path m = write("m.csv", "2,1\n1,2\n");
        Path asym = write("a.csv", "2,1\n0,2\n");
        Path three = write("e3.txt", "1\n2\n3\n");
        Path junk = write("j.txt", "1\nabc\n");
        Path two = write("e2.txt", "1\n3\n");
        for (String[] args : new String[][] {
                {"audit", "--matrix", m.toString(), "--eigenvalues", three.toString()},
                {"audit", "--matrix", asym.toString(), "--eigenvalues", two.toString()},
                {"audit", "--matrix", m.toString(), "--eigenvalues", junk.toString()},
                {"audit", "--matrix", dir.resolve("missing.csv").toString(), "--eigenvalues", two.toString()},
                {"audit", "--matrix", m.toString(), "--eigenvalues", two.toString(), "--engine", "quantum"}}) {
            Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(Main.BAD_INPUT);
            assertThat(r.err()).startsWith("percept:");
            assertThat(r.err().strip().lines().count()).isEqualTo(1);
        }
    }

    /** A Proposition 4.1 matrix is recognised and audited through the O(d) path. */
    @Test
    void structuredMatrixUsesProp41Path() throws Exception {
        // a = (-1/2, 3, 5/2), P swaps 1 and 2: eigenvalues ±sqrt(75/4), ±7/2, 0
        Path m = write("s.csv", "0,0,-1/2,3,5/2\n0,0,3,-1/2,5/2\n-1/2,3,0,0,0\n3,-1/2,0,0,0\n5/2,5/2,0,0,0\n");
        Path e = write("e.txt", "4.330127018922193\n-4.330127018922193\n3.5\n-3.5\n0\n");
        Run r = run("audit", "--matrix", m.toString(), "--eigenvalues", e.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertThat(j.get("method").asText()).isEqualTo("prop41");
        assertThat(j.get("eigenvalues").get(1).get("absError").asText()).isEqualTo("0");
        // sqrt(75/4) = 4.33012701892219323381..., given 4.330127018922193: error in [2.338e-16, 2.339e-16]
        assertThat(j.get("eigenvalues").get(4).get("absError").asText()).isEqualTo("2.339E-16");
    }

    /**
     * {@code --engine fast} hands EJML the double nearest to each entry: for {@code [[2/3]]} that is
     * {@code 2.0/3 = 0.6666666666666666}, EJML returns it, and its audited error is exactly the
     * rounding of 2/3 (below half an ulp). Rounding the entry through 16 decimal digits, as the
     * audit did, gave EJML {@code 0.6666666666666667}, one ulp above: an error of 0.6667 ulp charged
     * to EJML for a matrix it never saw.
     */
    @Test
    void fastEngineFeedsEjmlTheCorrectlyRoundedMatrix() throws Exception {
        Path m = write("third.csv", "2/3\n");
        Run r = run("audit", "--matrix", m.toString(), "--engine", "fast", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode e = Json.MAPPER.readTree(r.out()).get("eigenvalues").get(0);
        assertThat(new BigDecimal(e.get("given").asText())).isEqualByComparingTo(new BigDecimal(2.0 / 3));
        assertThat(new BigDecimal(e.get("ulps").asText())).isLessThanOrEqualTo(new BigDecimal("0.5"));
    }
}
