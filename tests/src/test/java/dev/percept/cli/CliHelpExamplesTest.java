package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code --help} ends with examples, and every example runs as printed: exit 0, nothing on
 * stderr. The file names the examples use (S.csv, M.csv, E.txt, out/, vectors/, ledger.json) are
 * created here with the contents the README shows; M.npy, E.npy and run.npy are numpy-written fixtures
 * (dev/percept/npy, the matrix of M.csv, numpy's eigenvalues of it, a float32 GD run).
 */
class CliHelpExamplesTest {

    static final List<String> COMMANDS = List.of("spectrum", "verify", "perceptron", "gd", "reduce", "complexity", "stability", "audit", "audit-run", "vectors");

    @TempDir
    Path dir;

    @Test
    void everyHelpShowsExamplesThatRun() throws IOException {
        Map<String, String> files = Map.of(
                "S.csv", write("S.csv", "2,1\n1,2\n"),
                "M.csv", write("M.csv", "4,1,-2,2\n1,2,0,1\n-2,0,3,-2\n2,1,-2,-1\n"),
                "E.txt", write("E.txt", "-2.197516977439427\n1.0843644637732177\n2.2685314064312423\n6.844621107234966\n"),
                "out/", dir.resolve("out").toString(),
                "vectors/", dir.resolve("vectors").toString(),
                "ledger.json", dir.resolve("ledger.json").toString(),
                "M.npy", NpyInputTest.fixture("sym4.npy").toString(),
                "E.npy", NpyInputTest.fixture("sym4_eigvalsh.npy").toString(),
                "run.npy", NpyInputTest.fixture("tied_minimal4_gd_f32.npy").toString());
        List<String> all = new ArrayList<>(COMMANDS);
        all.add(0, "");
        int ran = 0;
        for (String c : all) {
            Cli.Result h = c.isEmpty() ? Cli.run("--help") : Cli.run(c, "--help");
            assertThat(h.code()).isZero();
            String help = h.out();
            assertThat(help).as("help of '%s'", c).contains("Example");
            List<String> examples = examples(help.substring(help.indexOf("Example")));
            assertThat(examples).as("examples of '%s'", c).isNotEmpty();
            for (String line : examples) {
                assertThat(line).as("example of '%s' uses its command", c).startsWith("  percept " + c);
                if (c.equals("verify")) {
                    continue; // JsonContractTest runs `verify --json FILE`, the same ledger as both examples
                }
                List<String> args = new ArrayList<>();
                for (String a : line.substring("  percept ".length()).split(" ")) {
                    args.add(files.getOrDefault(a, a));
                }
                Cli.Result r = Cli.run(args.toArray(new String[0]));
                assertThat(r.code()).as("%s -> %s", line, r.err()).isZero();
                assertThat(r.err()).as(line).isEmpty();
                ran++;
            }
        }
        assertThat(ran).isGreaterThanOrEqualTo(COMMANDS.size() + 5);
    }

    /** The example command lines: lines starting {@code percept}, joined with their {@code \\}-continued lines. */
    static List<String> examples(String footer) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        for (String l : footer.lines().toList()) {
            assertThat(l.length()).as("footer line fits 80 columns: %s", l).isLessThanOrEqualTo(80);
            if (cur == null && l.startsWith("  percept ")) {
                cur = new StringBuilder(l);
            } else if (cur != null) {
                cur.append(' ').append(l.strip());
            }
            if (cur != null && !l.endsWith(" \\")) {
                out.add(cur.toString().replace(" \\ ", " "));
                cur = null;
            }
        }
        return out;
    }

    private String write(String name, String content) {
        return Cli.write(dir, name, content).toString();
    }
}
