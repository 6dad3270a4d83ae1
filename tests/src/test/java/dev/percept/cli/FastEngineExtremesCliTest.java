package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --engine fast} of perceptron and gd at the ends of the double range (issue 15). */
class FastEngineExtremesCliTest {

    @TempDir
    Path dir;

    /**
     * Data {@code ±1e-200}: from theta_1 = 1e-200 the margins are about 1e-400, computed as 0. They
     * were taken for exact ties ({@code uncertainMarginCount 0}, "not converged" after three steps
     * while the exact run converges after one update); an underflowed margin is uncertain now, and
     * the text says why.
     */
    @Test
    void underflowingMarginsAreUncertain() throws Exception {
        Path d = Cli.write(dir, "tiny.csv", "1e-200,1\n-1e-200,-1\n");
        Cli.Result r = Cli.run("perceptron", "--data", d.toString(), "--model", "linear", "--steps", "3", "--engine", "fast", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = Cli.MAPPER.readTree(r.out());
        assertThat(j.get("uncertainMarginCount").asInt()).isPositive();
        assertThat(j.get("uncertainMargins").get(0).get("step").asInt()).isEqualTo(1);
        Cli.Result text = Cli.run("perceptron", "--data", d.toString(), "--model", "linear", "--steps", "3", "--engine", "fast");
        assertThat(text.out()).contains("underflows");
        // the exact run: one update, then every margin (1e-400) is positive
        JsonNode e = Cli.MAPPER.readTree(Cli.run("perceptron", "--data", d.toString(), "--model", "linear", "--steps", "3", "--json").out());
        assertThat(e.get("converged").asBoolean()).isTrue();
        // negative control: ordinary magnitudes have no uncertain margin
        Path n = Cli.write(dir, "one.csv", "1,1\n-1,-1\n");
        JsonNode c = Cli.MAPPER.readTree(Cli.run("perceptron", "--data", n.toString(), "--model", "linear", "--steps", "3", "--engine", "fast",
                "--json").out());
        assertThat(c.get("uncertainMarginCount").asInt()).isZero();
    }

    /** Exit 2 with exactly one {@code percept:} line naming the problem and the exact engine, no trace, no NaN on stdout. */
    static void refused(Cli.Result r, String why) {
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("percept: --engine fast: ").contains(why).contains("use --engine exact").doesNotContain("Exception");
        assertThat(r.out()).doesNotContain("NaN");
    }

    /**
     * Inputs the double format cannot represent, and results outside it: {@code audit --engine fast}
     * with an entry 1e400 and {@code stability --engine fast} with S entries 1e400 were internal
     * errors (NumberFormatException: Infinite or NaN, exit 3); {@code spectrum --a 3e200,-7e201,1e199
     * --perm 2,1,3 --engine fast} printed NaN with exit 0. The exact engine answers all three.
     */
    @Test
    void unrepresentableInputsAreRefused() {
        Path m = Cli.write(dir, "m.csv", "1e400,1\n1,2\n");
        refused(Cli.run("audit", "--matrix", m.toString(), "--engine", "fast"), "beyond the double range");
        Path s = Cli.write(dir, "s.csv", "1e400,0\n0,1e400\n");
        refused(Cli.run("stability", "--S-file", s.toString(), "--eta", "1/2", "--engine", "fast"), "beyond the double range");
        assertThat(Cli.run("stability", "--S-file", s.toString(), "--eta", "1/2").code()).isIn(0, 1);
        // eigenvalues near 7e201 are in range; their squares (under the root) are not: computed scaled now, no NaN
        Cli.Result sp = Cli.run("spectrum", "--a", "3e200,-7e201,1e199", "--perm", "2,1,3", "--engine", "fast", "--json");
        assertThat(sp.code()).as(sp.err()).isZero();
        assertThat(sp.out()).doesNotContain("NaN").doesNotContain("Infinity");
        Cli.Result tiny = Cli.run("spectrum", "--a", "1e-170,2e-170", "--perm", "2,1", "--engine", "fast", "--json");
        assertThat(tiny.code()).as(tiny.err()).isZero();
        assertThat(tiny.out()).doesNotContain("-0.0").contains("E-170");
    }

    /** An iterate that overflows a double (1e300 data, step 1e300) is refused with one line, exit 2: it was NaN/Infinity, exit 0. */
    @Test
    void overflowingIteratesAreRefused() {
        Path d = Cli.write(dir, "huge.csv", "1e300,1\n-1e300,-1\n");
        for (String cmd : new String[] {"perceptron", "gd"}) {
            Cli.Result r = Cli.run(cmd, "--data", d.toString(), "--model", "linear", "--steps", "3", "--step-size", "1e300", "--engine", "fast");
            assertThat(r.code()).as(cmd + ": " + r.out() + r.err()).isEqualTo(2);
            assertThat(r.err().lines().count()).isEqualTo(1);
            assertThat(r.err()).startsWith("percept: ").contains("overflows a double").doesNotContain("Exception");
            assertThat(r.out()).doesNotContain("NaN").doesNotContain("Infinity");
        }
    }
}
