package dev.percept.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one stderr line of a usage error. A mistyped command or option gets picocli's suggestions
 * ("did you mean"), a mistyped command the list of commands, and an option that belongs to other
 * commands says which; hidden (old) option names are never suggested.
 */
final class UsageErrors {

    /** At most this many option names are suggested (a mistyped command gets the closest one, then the whole list). */
    static final int SUGGESTIONS = 2;

    private UsageErrors() {
    }

    /** @return the message (without the {@code percept: } prefix) for a parameter exception */
    static String message(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return unmatched(u);
        }
        // picocli checks required options before it reports unknown ones; a mistyped --data is
        // better answered by "did you mean --data" than by "missing --data".
        CommandLine cl = ex.getCommandLine();
        CommandLine.ParseResult pr = cl == null ? null : cl.getParseResult();
        if (pr != null && !pr.unmatched().isEmpty()) {
            return unmatched(new UnmatchedArgumentException(cl, pr.unmatched()));
        }
        if (ex instanceof CommandLine.MissingParameterException && cl != null) {
            return Main.oneLine(ex.getMessage()) + "; see " + help(cl.getCommandSpec());
        }
        return Main.oneLine(ex.getMessage());
    }

    private static String unmatched(UnmatchedArgumentException u) {
        CommandLine cl = u.getCommandLine();
        CommandSpec spec = cl.getCommandSpec();
        String word = u.getUnmatched().get(0);
        String name = word.contains("=") && word.startsWith("-") ? word.substring(0, word.indexOf('=')) : word;
        boolean root = spec.parent() == null;
        if (root && !name.startsWith("-")) {
            return "unknown command '" + name + "'" + didYouMean(u, spec, 1) + "; commands: " + String.join(", ", commands(spec));
        }
        String where = root ? "" : spec.name() + ": ";
        if (!name.startsWith("-")) {
            return where + "unexpected argument '" + name + "': every value follows an option; see " + help(spec);
        }
        String elsewhere = elsewhere(spec, name);
        return where + "unknown option '" + name + "'" + didYouMean(u, spec, SUGGESTIONS) + elsewhere + "; see " + help(spec);
    }

    /** {@code " (did you mean 'x' or 'y'?)"} from picocli's suggestions, hidden names left out; empty when there are none. */
    private static String didYouMean(UnmatchedArgumentException u, CommandSpec spec, int most) {
        Set<String> hidden = new LinkedHashSet<>();
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                hidden.addAll(List.of(o.names()));
            }
        }
        List<String> s = new ArrayList<>();
        for (String x : u.getSuggestions()) {
            if (!hidden.contains(x) && !s.contains(x) && s.size() < most) {
                s.add("'" + x + "'");
            }
        }
        if (s.isEmpty()) {
            return "";
        }
        String last = s.remove(s.size() - 1);
        return " (did you mean " + (s.isEmpty() ? "" : String.join(", ", s) + " or ") + last + "?)";
    }

    /** {@code 'percept CMD --help'} (or {@code 'percept --help'} at the top). */
    private static String help(CommandSpec spec) {
        return "'percept " + (spec.parent() == null ? "" : spec.name() + " ") + "--help'";
    }

    /** The names of the commands ({@code help} last, as picocli lists it). */
    private static List<String> commands(CommandSpec root) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : root.subcommands().entrySet()) {
            if (e.getKey().equals(e.getValue().getCommandName())) {
                names.add(e.getKey());
            }
        }
        return names;
    }

    /** {@code "; '--tie' is an option of perceptron, reduce"} when other commands have the option, else empty. */
    private static String elsewhere(CommandSpec self, String option) {
        // The run built only the invoked command: an error may build them all (once, cheaply).
        CommandSpec root = Main.commandLine(new Main(null, false), null).getCommandSpec();
        List<String> in = new ArrayList<>();
        for (String c : commands(root)) {
            OptionSpec o = root.subcommands().get(c).getCommandSpec().findOption(option);
            if (!c.equals(self.name()) && o != null && !o.hidden()) {
                in.add(c);
            }
        }
        return in.isEmpty() ? "" : "; it is an option of " + String.join(", ", in);
    }
}
