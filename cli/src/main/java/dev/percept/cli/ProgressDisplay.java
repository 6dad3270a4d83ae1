package dev.percept.cli;

import dev.percept.check.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Progress of a long command on stderr, drawn by the progressbar library: one bar per phase
 * (the {@code what} of {@link Progress#update}), cleared when the phase ends. Shown only when
 * stderr is a terminal (never in a pipe, a file or a test) and {@code --quiet} is absent; it
 * never touches stdout, so {@code --json} output stays one clean object.
 */
final class ProgressDisplay implements Progress, AutoCloseable {

    /** The launcher sets this system property from {@code [ -t 2 ]}. */
    static final String TERMINAL_PROPERTY = "percept.stderr.terminal";

    private final PrintStream err;
    private ProgressBar bar;
    private String phase;
    /** The phase that last reached its total: late reports of it (from parallel workers) are ignored. */
    private String finished;

    private ProgressDisplay(PrintStream err) {
        this.err = err;
    }

    /**
     * A display for the command of {@code spec}, or a silent one when stderr is not a terminal or
     * the user asked for {@code --quiet}.
     */
    static ProgressDisplay open(CommandSpec spec, boolean quiet) {
        Main main = (Main) spec.root().userObject();
        return new ProgressDisplay(quiet || !main.stderrIsTerminal ? null : main.stderr);
    }

    /** @return whether anything will be drawn */
    boolean active() {
        return err != null;
    }

    @Override
    public synchronized void update(String what, int done, int total) {
        if (err == null || (what.equals(finished) && done > 0)) {
            return;
        }
        if (bar == null || !what.equals(phase)) {
            closeBar();
            phase = what;
            finished = null;
            bar = new ProgressBarBuilder().setTaskName(what).setInitialMax(Math.max(total, 1)).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(200).clearDisplayOnFinish().hideEta()
                    .setConsumer(new LineConsumer(err)).build();
        }
        bar.maxHint(Math.max(total, 1));
        bar.stepTo(done);
        if (done >= total) {
            closeBar();
            finished = what;
        }
    }

    /** The library's console line, closed with a carriage return instead of a newline: a finished phase leaves no blank line. */
    private static final class LineConsumer extends ConsoleProgressBarConsumer {
        private final PrintStream stream;

        LineConsumer(PrintStream stream) {
            super(stream);
            this.stream = stream;
        }

        @Override
        public void close() {
            stream.print('\r');
            stream.flush();
        }
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
            phase = null;
        }
    }

    @Override
    public synchronized void close() {
        closeBar();
    }

    /**
     * Whether this process's stderr is a terminal: the launcher's {@value #TERMINAL_PROPERTY}
     * when set; else, on Linux, whether file descriptor 2 is a terminal device; else whether the
     * JVM has a console (Java 17 gives one only when stdin and stdout are both terminals).
     */
    static boolean stderrIsTerminal() {
        String p = System.getProperty(TERMINAL_PROPERTY);
        if (p != null) {
            return Boolean.parseBoolean(p);
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
