package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress of the long commands is drawn on stderr when stderr is a terminal (simulated here
 * through {@link Main#run(String[], java.io.PrintStream, java.io.PrintStream, boolean)}, as the
 * launcher reports it), never when it is not, never with {@code --quiet}, and never on stdout: the
 * output is byte-identical either way. ({@code verify}'s progress is checked in JsonContractTest.)
 */
class CliProgressTest {

    @TempDir
    Path dir;

    @Test
    void progressOnlyOnATerminalStderrAndNeverInTheOutput() throws IOException {
        Path m = dir.resolve("M.csv");
        Files.writeString(m, "4,1,-2,2\n1,2,0,1\n-2,0,3,-2\n2,1,-2,-1\n", StandardCharsets.UTF_8);
        List<String[]> commands = List.of(
                new String[] {"gd", "--data", "builtin:toy2d", "--model", "linear", "--step-size", "10", "--steps", "30", "--json"},
                new String[] {"audit", "--matrix", m.toString(), "--engine", "fast", "--json"},
                new String[] {"reduce", "--data", "builtin:toy2d", "--model", "linear", "--gammas", "1,10", "--steps", "4", "--json"},
                new String[] {"complexity", "--d", "4,8", "--out", dir.resolve("c").toString()},
                new String[] {"vectors", "--out", dir.resolve("v").toString(), "--digits", "12", "--json"});
        for (String[] args : commands) {
            Cli.Result plain = Cli.run(args);
            Cli.Result tty = Cli.runOnTerminal(args);
            Cli.Result quiet = Cli.runOnTerminal(concat(args, "--quiet"));
            String what = args[0];
            assertThat(plain.code()).as(what + ": " + plain.err()).isZero();
            assertThat(tty.code()).as(what + ": " + tty.err()).isZero();
            assertThat(plain.err()).as("%s: nothing on a non-terminal stderr", what).isEmpty();
            assertThat(quiet.err()).as("%s --quiet", what).isEmpty();
            assertThat(tty.err()).as("%s: a progress bar on a terminal stderr", what).contains("%").contains("[").contains("\r");
            assertThat(withoutTiming(tty.out())).as("%s: stdout unchanged by the progress display", what).isEqualTo(withoutTiming(plain.out()));
            if (args[args.length - 1].equals("--json")) {
                tty.json();
            }
        }
    }

    @Test
    void theLaunchersAnswerDecides() {
        String old = System.getProperty(ProgressDisplay.TERMINAL_PROPERTY);
        try {
            System.setProperty(ProgressDisplay.TERMINAL_PROPERTY, "true");
            assertThat(ProgressDisplay.stderrIsTerminal()).isTrue();
            System.setProperty(ProgressDisplay.TERMINAL_PROPERTY, "false");
            assertThat(ProgressDisplay.stderrIsTerminal()).isFalse();
            System.clearProperty(ProgressDisplay.TERMINAL_PROPERTY);
            // Without it: surefire's forked JVM writes stderr to a pipe, not a terminal.
            assertThat(ProgressDisplay.stderrIsTerminal()).isFalse();
        } finally {
            if (old == null) {
                System.clearProperty(ProgressDisplay.TERMINAL_PROPERTY);
            } else {
                System.setProperty(ProgressDisplay.TERMINAL_PROPERTY, old);
            }
        }
    }

    /** complexity prints its run time; everything else must match byte for byte. */
    private static String withoutTiming(String out) {
        return out.replaceAll("\\(\\d+ ms\\)", "(ms)");
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
