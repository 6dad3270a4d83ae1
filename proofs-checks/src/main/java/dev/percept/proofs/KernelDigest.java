package dev.percept.proofs;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * SHA-256 over the kernel sources KeY proves (file names and contents, sorted by name): the KeY
 * record stores it, and verify reports the recorded proofs only while the sources still match.
 */
public final class KernelDigest {

    private KernelDigest() {
    }

    /** @return the hex digest of the {@code .java} files in {@code dir} */
    public static String of(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.filter(f -> f.getFileName().toString().endsWith(".java")).sorted().collect(Collectors.toList());
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path f : sorted) {
                md.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(f));
                md.update((byte) 0);
            }
            return String.format("%064x", new BigInteger(1, md.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
