package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spectrum --householder-file v.csv}: P = I - 2 v v^T / (v^T v) by its vector gives the
 * same bytes as the same P given densely by {@code --P-file} (text and JSON, with vectors); bad
 * inputs exit 2 with one {@code percept:} line.
 */
class HouseholderCliTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void sameOutputAsTheDenseMatrix() throws IOException {
        // v = (1, 2, 2, -1/2): v^T v = 37/4; P = I - (8/37) v v^T, written out densely.
        Path v = file("v.csv", "1\n2\n2\n-1/2\n");
        Path p = file("P.csv", String.join("\n",
                "29/37,-16/37,-16/37,4/37",
                "-16/37,5/37,-32/37,8/37",
                "-16/37,-32/37,5/37,8/37",
                "4/37,8/37,8/37,35/37") + "\n");
        for (String[] extra : new String[][] {{"--json", "--vectors"}, {"--vectors"}, {"--json"}}) {
            String[] viaV = concat(new String[] {"spectrum", "--a", "1,-2,3/4,5", "--householder-file", v.toString()}, extra);
            String[] viaP = concat(new String[] {"spectrum", "--a", "1,-2,3/4,5", "--P-file", p.toString()}, extra);
            Cli.Result a = Cli.run(viaV);
            Cli.Result b = Cli.run(viaP);
            assertThat(a.code()).as(a.err()).isZero();
            assertThat(b.code()).as(b.err()).isZero();
            assertThat(a.out()).isEqualTo(b.out()).contains("sqrt");
        }
    }

    @Test
    void badInputs() throws IOException {
        Path zero = file("z.csv", "0\n0\n");
        assertThat(Cli.run("spectrum", "--a", "1,2", "--householder-file", zero.toString()).assertCleanInputError().err())
                .isEqualTo("percept: --householder-file: v = 0: I - 2 v v^T / (v^T v) is undefined\n");
        Path v = file("v.csv", "1\n2\n");
        assertThat(Cli.run("spectrum", "--a", "1,2,3", "--householder-file", v.toString()).assertCleanInputError().err())
                .contains("length mismatch");
        assertThat(Cli.run("spectrum", "--a", "1,2", "--householder-file", v.toString(), "--perm", "2,1").assertCleanInputError().err())
                .isEqualTo("percept: give exactly one of --perm, --perm-file, --P-file and --householder-file (or --b / --b-file for the general pair)\n");
        assertThat(Cli.run("spectrum", "--a", "1,2", "--householder-file", v.toString(), "--engine", "fast").assertCleanInputError().err())
                .contains("--householder-file");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
