package dev.percept.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary folder for fuzzed file contents, shared by the fuzz properties of one class. */
final class FuzzFiles {

    private final Path dir;

    private FuzzFiles(Path dir) {
        this.dir = dir;
    }

    /** Creates an empty temporary folder named after {@code prefix}. */
    static FuzzFiles create(String prefix) throws IOException {
        return new FuzzFiles(Files.createTempDirectory(prefix));
    }

    /**
     * Writes the fuzzed text as UTF-8 (unpaired surrogates become '?'), or as ISO-8859-1 so that
     * non-ASCII characters give bytes that are not valid UTF-8; returns the file.
     */
    Path write(String name, String content, boolean latin1) {
        try {
            Path p = dir.resolve(name);
            Files.write(p, content.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the folder and the files written into it. */
    void delete() throws IOException {
        try (var s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }
}
