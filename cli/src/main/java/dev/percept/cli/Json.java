package dev.percept.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** JSON output: one object per command, written to stdout or atomically to a file. */
public final class Json {

    /** The shared mapper (key order as inserted). */
    public static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    /** @return a new empty object */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** @return a new empty array */
    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** @return compact JSON text */
    public static String compact(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return indented JSON text with a final newline */
    public static String pretty(Object node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes {@code text} to {@code file} atomically: a temporary file in the same directory, then
     * a rename, so an interrupted run never leaves a half-written file.
     */
    public static void writeAtomically(Path file, String text) {
        writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * As {@link #writeAtomically(Path, String)}, a failure (no permission, a full disk, a name that
     * is a directory) being the user's: an {@link InputException} naming {@code option} and the file.
     */
    public static void writeFile(Path file, String text, String option) {
        writeFile(file, text.getBytes(StandardCharsets.UTF_8), option);
    }

    /** As {@link #writeFile(Path, String, String)}, for bytes (e.g. a PNG). */
    public static void writeFile(Path file, byte[] bytes, String option) {
        try {
            writeAtomically(file, bytes);
        } catch (UncheckedIOException | java.nio.file.InvalidPathException e) {
            throw new InputException(option + ": cannot write " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /** As {@link #writeAtomically(Path, String)}, for bytes (e.g. a PNG). */
    public static void writeAtomically(Path file, byte[] bytes) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            // Not Files.createTempFile: its owner-only permissions would carry over to the result.
            Path tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
            try {
                Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
