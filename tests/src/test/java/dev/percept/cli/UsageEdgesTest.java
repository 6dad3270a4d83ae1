package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15, usage errors that escaped as internal errors (exit 3) and runs that went on with no
 * end in sight: each case as the issue reproduced it.
 */
class UsageEdgesTest {

    @TempDir
    Path dir;

    /** The tied model on one-feature data: ArrayIndexOutOfBoundsException, exit 3, in perceptron, gd and reduce. */
    @ParameterizedTest
    @ValueSource(strings = {"perceptron --steps 3", "gd --steps 3 --step-size 1", "reduce --gammas 1,2 --steps 3"})
    void tiedModelOnOneFeature(String command) {
        Path x = Cli.write(dir, "x.csv", "1,1\n1,-1\n");
        String[] head = command.split(" ");
        String[] args = new String[head.length + 6];
        System.arraycopy(head, 0, args, 0, head.length);
        System.arraycopy(new String[] {"--data", x.toString(), "--model", "tied", "--init", "seed:1"}, 0, args, head.length, 6);
        Cli.Result r = Cli.run(args).assertCleanInputError();
        assertThat(r.err()).contains("d = 1").contains("no pair to swap");
        // P = I is a valid choice on d = 1
        String[] withPerm = java.util.Arrays.copyOf(args, args.length + 2);
        withPerm[args.length] = "--perm";
        withPerm[args.length + 1] = "1";
        assertThat(Cli.run(withPerm).code()).as("with --perm 1").isNotEqualTo(Main.BAD_INPUT).isNotEqualTo(3);
    }

    /** picocli's @file expansion: @/dev/zero hung, a file's content was echoed into the error. Now off: @x is an argument. */
    @Test
    void atFilesAreNotExpanded() {
        Path args = Cli.write(dir, "args.txt", "spectrum --a 1,2 --perm 2,1\nsecret-content-line\n");
        Cli.Result r = Cli.run("@" + args).assertCleanInputError();
        assertThat(r.err()).doesNotContain("secret-content-line");
        Cli.Result inside = Cli.run("spectrum", "@" + args).assertCleanInputError();
        assertThat(inside.err()).doesNotContain("secret-content-line");
        Cli.run("@/dev/zero").assertCleanInputError();
    }

    /** Control characters, ESC sequences and NUL from an input file were echoed raw into the error line. */
    @Test
    void controlCharactersAreEscaped() {
        Path f = Cli.write(dir, "evil.csv", "1,1\n\u001b[2J\u001b]0;pwned\u0007,1\n");
        Cli.Result r = Cli.run("perceptron", "--data", f.toString(), "--model", "linear", "--steps", "1").assertCleanInputError();
        assertThat(r.err()).doesNotContain("\u001b").doesNotContain("\u0007").contains("\\x1b[2J");
        Cli.Result bidi = Cli.run("spectrum", "--a", "1\u202e2", "--perm", "1").assertCleanInputError();
        assertThat(bidi.err()).doesNotContain("\u202e").contains("\\u{202e}");
        assertThat(Main.oneLine("a\r\nb\u0000c\u007f")).isEqualTo("a b\\x00c\\x7f");
    }

    /** A run at a fixed point (--tie none from 0: nothing ever changes) went on to --steps; it stops with that verdict. */
    @Test
    void fixedPointStopsTheRun() {
        for (String engine : new String[] {"exact", "fast"}) {
            Cli.Result r = Cli.run("perceptron", "--data", "builtin:toy2d", "--model", "linear", "--tie", "none", "--steps", "1000000",
                    "--engine", engine, "--json");
            assertThat(r.code()).as(engine + ": " + r.err()).isZero();
            JsonNode j = r.json();
            assertThat(j.get("stop").asText()).as(engine).isEqualTo("fixed point");
            assertThat(j.get("converged").asBoolean()).isFalse();
            assertThat(j.get("iterations").asInt()).as(engine).isEqualTo(1);
            Cli.Result text = Cli.run("perceptron", "--data", "builtin:toy2d", "--model", "linear", "--tie", "none", "--steps", "1000000",
                    "--engine", engine);
            assertThat(text.out()).contains("NOT converged: fixed point after 1 update(s)");
        }
        // a converging run keeps its verdict and its full mistake history
        JsonNode conv = Cli.run("perceptron", "--data", "builtin:toy2d", "--model", "linear", "--steps", "50", "--json").json();
        assertThat(conv.get("stop").asText()).isEqualTo("converged");
        assertThat(conv.get("mistakes")).hasSize(conv.get("iterations").asInt());
    }

    /** Two sizes such as d = 3, 4 fit any slope: "M1 reproduced" from two points is no verdict. */
    @Test
    void complexityNeedsThreeSizesOverADecade() {
        Cli.Result r = Cli.run("complexity", "--d", "3,4", "--out", dir.resolve("c").toString(), "--json=-");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("m1").asText()).isEqualTo("no verdict");
        assertThat(j.get("m1Detail").asText()).contains("not enough sizes for a verdict");
        Cli.Result text = Cli.run("complexity", "--d", "3,4,8,16", "--out", dir.resolve("d").toString());
        assertThat(text.out()).contains("not enough sizes for a verdict").doesNotContain("M1 reproduced");
    }

    /** --d 16,16: IllegalArgumentException "all x equal", exit 3. */
    @Test
    void complexityNeedsTwoDistinctSizes() {
        Cli.Result r = Cli.run("complexity", "--d", "16,16", "--out", dir.resolve("c").toString()).assertCleanInputError();
        assertThat(r.err()).contains("two distinct");
    }

    /** spectrum -V printed nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"spectrum", "audit", "perceptron", "vectors"})
    void versionOnEveryCommand(String command) {
        Cli.Result r = Cli.run(command, "-V");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("percept " + Main.VERSION + "\n");
    }

    /** "cannot read (/path)" said nothing of why; a missing file says so. */
    @Test
    void readFailuresSayWhy() {
        Cli.Result r = Cli.run("audit", "--matrix", dir.resolve("missing.csv").toString(), "--engine", "fast").assertCleanInputError();
        assertThat(r.err()).contains("no such file or directory");
        assertThat(FileErrors.reason(new java.nio.file.AccessDeniedException("/x"))).isEqualTo("permission denied");
        assertThat(FileErrors.reason(new java.nio.file.FileSystemException("/x", null, "No space left on device")))
                .isEqualTo("no space left on device");
    }
}
