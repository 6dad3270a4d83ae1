package dev.percept.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 over the sources a recorded property run tested: every file under
 * {@code spec/src/main}, {@code impl/src/main} (the code under test) and {@code properties/src/main}
 * (the properties) of a checkout, each as its
 * path relative to the checkout ({@code /}-separated), a zero byte, its bytes and a zero byte, in
 * path order. The property record stores it; {@code percept verify} shows the record only while the
 * checkout still has the same digest (the rule of {@code KeySources} for the KeY record).
 */
public final class SourceDigest {

    /** The trees whose files the digest covers, relative to the checkout root. */
    public static final List<String> TREES = List.of("spec/src/main", "impl/src/main", "properties/src/main");

    private SourceDigest() {
    }

    /**
     * @param root the checkout root (the directory holding {@code spec}, {@code impl}, {@code properties})
     * @return the hex digest, or {@code null} if one of the trees is missing (not a checkout)
     */
    public static String of(Path root) {
        List<String> names = new ArrayList<>();
        for (String tree : TREES) {
            Path dir = root.resolve(tree);
            if (!Files.isDirectory(dir)) {
                return null;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile).forEach(f -> names.add(root.relativize(f).toString().replace('\\', '/')));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        names.sort(null);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String name : names) {
                md.update(name.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(root.resolve(name)));
                md.update((byte) 0);
            }
            return String.format("%064x", new BigInteger(1, md.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
