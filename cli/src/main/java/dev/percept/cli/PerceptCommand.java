package dev.percept.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * What every command shares: {@code --json [FILE]} and its picocli spec (for its output stream
 * and for what the user gave). A command parses its options, calls the library and prints; the
 * mathematics lives in the library.
 */
abstract class PerceptCommand implements Callable<Integer> {

    @Mixin
    CommonOptions.JsonOutput json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** @return the command's stdout */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
