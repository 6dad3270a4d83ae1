package dev.percept.verify;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;

/**
 * The file format of the records of earlier runs ({@link PropertyRecord}, the KeY record of the
 * proofs module): a properties file with its keys in the order given (people read these files too),
 * each line escaped by {@link Properties} itself, written atomically (a reader sees the old file or
 * the new one).
 */
public final class RecordFile {

    private RecordFile() {
    }

    /** Writes {@code entries} in their order, under a {@code #} header line, atomically. */
    public static void write(Path file, String header, Map<String, String> entries) {
        try {
            StringBuilder text = new StringBuilder("# ").append(header).append('\n');
            for (Map.Entry<String, String> e : entries.entrySet()) {
                Properties one = new Properties();
                one.setProperty(e.getKey(), e.getValue());
                StringWriter line = new StringWriter();
                one.store(line, null);
                line.toString().lines().filter(l -> !l.startsWith("#")).forEach(l -> text.append(l).append('\n'));
            }
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    w.write(text.toString());
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the entries of {@code file}, or {@code null} if it does not exist */
    public static Properties read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
