package dev.percept.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * What the user put on the command line, as opposed to defaults: an option that does not apply to
 * the chosen model or engine is rejected (exit 2) when it was given, whatever its value, instead of
 * being silently ignored.
 */
final class Given {

    private Given() {
    }

    /** @return whether the option named {@code name} (any of its names) was given */
    static boolean has(CommandSpec spec, String name) {
        return spec.commandLine().getParseResult().hasMatchedOption(name);
    }

    /** Throws an {@link InputException} {@code "<option>: <why>"} for the first of {@code options} that was given. */
    static void reject(CommandSpec spec, String why, String... options) {
        for (String o : options) {
            if (has(spec, o)) {
                throw new InputException(o + ": " + why);
            }
        }
    }
}
