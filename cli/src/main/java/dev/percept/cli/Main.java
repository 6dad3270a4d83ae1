package dev.percept.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code percept} command line. One convention for every command: {@code --help};
 * {@code --json} for one JSON object on stdout; exit 0 on success, 1 when a checked claim or a
 * tolerance fails, 2 on bad input or usage (one stderr line starting {@code percept:}, no stack
 * trace unless {@code --debug}), 3 on an internal error.
 */
@Command(name = "percept", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Exact reference and mechanical checks of 'Gradient Descent as a Perceptron Algorithm' (arXiv 2512.11587).",
        footer = {"", "Examples:", "  percept spectrum --a -1/2,3,5/2 --perm 2,1,3", "  percept verify", "  percept perceptron --help"})
public final class Main implements Runnable {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: a checked claim or a tolerance failed. */
    public static final int CLAIM_FAILED = 1;
    /** Exit code: bad input or usage. */
    public static final int BAD_INPUT = 2;
    /** Exit code: internal error (a bug in percept). */
    public static final int INTERNAL = 3;

    /**
     * The commands, in the order help lists them. Each is built (picocli reads its annotations by
     * reflection) only when it is the one invoked, or when help or an error needs them all.
     */
    static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("spectrum", SpectrumCommand::new);
        m.put("verify", VerifyCommand::new);
        m.put("perceptron", PerceptronCommand::new);
        m.put("gd", GdCommand::new);
        m.put("reduce", ReduceCommand::new);
        m.put("complexity", ComplexityCommand::new);
        m.put("stability", StabilityCommand::new);
        m.put("audit", AuditCommand::new);
        m.put("audit-run", AuditRunCommand::new);
        m.put("vectors", VectorsCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(m);
    }

    /** percept's version, also written into every provenance block. */
    public static final String VERSION = "0.1.0";

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The stream progress is drawn on (this run's stderr). */
    final PrintStream stderr;
    /** Whether {@link #stderr} is a terminal: progress is drawn only then. */
    final boolean stderrIsTerminal;

    Main(PrintStream stderr, boolean stderrIsTerminal) {
        this.stderr = stderr;
        this.stderrIsTerminal = stderrIsTerminal;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command; commands: "
                + String.join(", ", spec.subcommands().keySet()) + " ('percept --help' describes them)");
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, ProgressDisplay.stderrIsTerminal()));
    }

    /**
     * Runs percept with the given arguments and streams, stderr taken as not a terminal (so no
     * progress is drawn); returns the exit code. Used by the end-to-end tests.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, false);
    }

    /**
     * Runs percept with the given arguments and streams; returns the exit code. Progress is drawn
     * on {@code err} only when {@code errIsTerminal} (and the command was not given {@code --quiet}).
     */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean errIsTerminal) {
        PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        CommandLine cl = commandLine(new Main(err, errIsTerminal), invoked(args));
        cl.setOut(o);
        cl.setErr(e);
        cl.setParameterExceptionHandler((ex, a) -> {
            e.println("percept: " + oneLine(UsageErrors.message(ex)));
            if (debug) {
                ex.printStackTrace(e);
            }
            e.flush();
            return BAD_INPUT;
        });
        cl.setExecutionStrategy(Main::checkThenRun);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            int code;
            OutOfMemoryError oom = outOfMemory(ex);
            if (oom != null) {
                e.println("percept: " + oneLine(MemoryBudget.outOfMemoryMessage()));
                code = BAD_INPUT;
            } else if (ex instanceof InputException) {
                e.println("percept: " + oneLine(ex.getMessage()));
                code = BAD_INPUT;
            } else if (ex instanceof ClaimFailure) {
                e.println("percept: " + oneLine(ex.getMessage()));
                code = CLAIM_FAILED;
            } else {
                e.println("percept: internal error: " + oneLine(String.valueOf(ex)) + " (rerun with --debug for the trace)");
                code = INTERNAL;
            }
            if (debug) {
                ex.printStackTrace(e);
            }
            e.flush();
            return code;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError oom) {
            // picocli hands only Exceptions to the handler above; an Error thrown by the command arrives here
            e.println("percept: " + oneLine(MemoryBudget.outOfMemoryMessage()));
            if (debug) {
                oom.printStackTrace(e);
            }
            code = BAD_INPUT;
        }
        o.flush();
        if (o.checkError() || out.checkError()) {
            // PrintWriter swallows write errors (a closed pipe, a full disk behind stdout): say so instead of exiting 0
            e.println("percept: cannot write the output to stdout (closed, or its device is full)");
            code = code == OK ? BAD_INPUT : code;
        }
        e.flush();
        return code;
    }

    /**
     * Runs the invoked command after checking its {@code --json FILE} target, so that a directory,
     * device or FIFO is refused before the work, not after it.
     */
    private static int checkThenRun(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult leaf = parsed;
        while (leaf.subcommand() != null) {
            leaf = leaf.subcommand();
        }
        if (leaf.commandSpec().userObject() instanceof PerceptCommand) {
            try {
                ((PerceptCommand) leaf.commandSpec().userObject()).json.check();
            } catch (InputException ex) {
                throw new CommandLine.ExecutionException(leaf.commandSpec().commandLine(), ex.getMessage(), ex);
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /** @return the OutOfMemoryError that caused {@code t} (itself, or one of its causes), or null */
    static OutOfMemoryError outOfMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return (OutOfMemoryError) c;
            }
        }
        return null;
    }

    /**
     * The command line with the command {@code only} (null: every command, as help, suggestions
     * and a missing command need).
     */
    static CommandLine commandLine(Main main, String only) {
        CommandLine cl = new CommandLine(main);
        for (Map.Entry<String, Supplier<Object>> c : COMMANDS.entrySet()) {
            if (only == null || only.equals(c.getKey())) {
                cl.addSubcommand(c.getKey(), c.getValue().get());
                // -V/--version of every command prints percept's version (a subcommand has no provider of its own)
                cl.getSubcommands().get(c.getKey()).getCommandSpec().versionProvider(new VersionProvider());
            }
        }
        // No @FILE expansion: 'percept @/dev/zero' would read without end, and an argument file would be echoed into errors.
        cl.setExpandAtFiles(false);
        return cl;
    }

    /** @return the command the arguments invoke (the first argument that is not an option), if it is one of percept's and not help; else null */
    static String invoked(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return COMMANDS.containsKey(a) && !a.equals("help") ? a : null;
            }
        }
        return null;
    }

    /**
     * Collapses a message to one line that is safe to print on a terminal: line breaks become
     * spaces, and every other control character (NUL, ESC of a terminal escape sequence, DEL, C1
     * controls, bidirectional overrides) is shown escaped as {@code \xNN} or <code>&#92;u{NNNN}</code>, so
     * that text from an input file echoed into an error can neither move the cursor nor recolour
     * the terminal.
     */
    static String oneLine(String s) {
        if (s == null) {
            return "error";
        }
        return escapeControls(s.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")).strip();
    }

    /** {@code s} with control and format characters escaped ({@link #oneLine}). */
    static String escapeControls(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.getType(c) == Character.FORMAT
                    || c == 0x2028 || c == 0x2029;
            if (!control) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            b.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u{%04x}", (int) c));
        }
        return b == null ? s : b.toString();
    }

    /** Supplies {@code --version}. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"percept " + VERSION};
        }
    }
}
