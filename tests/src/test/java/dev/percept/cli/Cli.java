package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process ({@link Main#run}) with byte-array streams and checks its conventions. */
final class Cli {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Cli() {
    }

    /** Exit code and captured streams. */
    record Result(int code, String out, String err) {

        /** Exit 2 with exactly one stderr line starting "percept:", no stack trace, nothing on stdout. */
        Result assertCleanInputError() {
            assertThat(code).as("exit code; stderr: %s", err).isEqualTo(Main.BAD_INPUT);
            assertOneErrorLine();
            return this;
        }

        Result assertOneErrorLine() {
            assertThat(err).as("stderr").endsWith("\n");
            String body = err.substring(0, err.length() - 1);
            assertThat(body).as("one line").doesNotContain("\n").doesNotContain("\r");
            assertThat(body).startsWith("percept: ");
            assertThat(body).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal error");
            return this;
        }

        /** Stdout is exactly one JSON object followed by one newline. */
        JsonNode json() {
            assertThat(out).endsWith("\n");
            try (JsonParser p = MAPPER.getFactory().createParser(out)) {
                JsonNode node = MAPPER.readTree(p);
                assertThat(node).isNotNull();
                assertThat(node.isObject()).as("a JSON object").isTrue();
                assertThat(p.nextToken()).as("nothing after the object").isNull();
                assertThat(out.strip()).doesNotContain("\n");
                return node;
            } catch (IOException e) {
                throw new UncheckedIOException("stdout is not JSON: " + out, e);
            }
        }
    }

    /** Writes {@code content} (UTF-8) to {@code dir/name} and returns the path. */
    static java.nio.file.Path write(java.nio.file.Path dir, String name, String content) {
        java.nio.file.Path p = dir.resolve(name);
        try {
            java.nio.file.Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static Result run(String... args) {
        return run(false, args);
    }

    /** As {@link #run}, stderr taken for a terminal (as the launcher reports when it is one): progress is drawn there. */
    static Result runOnTerminal(String... args) {
        return run(true, args);
    }

    private static Result run(boolean errIsTerminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, o, e, errIsTerminal);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

}
