package dev.percept.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden digests of the test vectors: {@code percept vectors --out DIR} (default digits) must write
 * exactly the files listed in {@code vector-digests.sha256}, each with the listed SHA-256. Other
 * projects pin these files in their tests, so a change must be deliberate and explained. The
 * {@code gitCommit} line of the provenance (present only when the build recorded a commit) is left
 * out of the digest, so the digests do not depend on the checkout; everything else counts.
 */
class VectorDigestsTest {

    /** The committed digests, in {@code sha256sum} format ({@code <hex>  <path>}), sorted by path. */
    static final String DIGESTS = "/dev/percept/vectors/vector-digests.sha256";
    /** Set to true to rewrite the committed digest file from this build's vectors. */
    static final String UPDATE = "percept.vectors.updateDigests";

    @TempDir
    Path dir;

    @Test
    void everyVectorFileHasItsCommittedDigest() throws Exception {
        assertThat(Main.run(new String[] {"vectors", "--out", dir.toString()}, new PrintStream(new ByteArrayOutputStream()), System.err)).isZero();
        Map<String, String> now = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                now.put(dir.relativize(f).toString().replace('\\', '/'), sha256(withoutCommit(Files.readString(f, StandardCharsets.UTF_8))));
            }
        }
        assertThat(now).as("vectors writes 7 files and 7 schemas").hasSize(14);
        StringBuilder text = new StringBuilder();
        now.forEach((path, hex) -> text.append(hex).append("  ").append(path).append('\n'));
        if (Boolean.getBoolean(UPDATE)) {
            Path target = Path.of(System.getProperty("percept.checkout", ".."), "tests/src/test/resources" + DIGESTS);
            Files.writeString(target, text.toString(), StandardCharsets.UTF_8);
        }
        Map<String, String> committed = committed();
        String how = "\nIf the vectors changed on purpose: bump VectorDoc.GENERATOR_VERSION when their contents change, then rerun this test"
                + " with -D" + UPDATE + "=true (it rewrites tests/src/test/resources" + DIGESTS + ") and commit the new digests with a message"
                + " that says why the vectors changed: other projects pin these files in their tests, and only the commit message tells"
                + " them whether the change is a fix they want. If the change was not on purpose, it is a regression: find what altered"
                + " the output.";
        assertThat(now.keySet()).as("the files written" + how).isEqualTo(committed.keySet());
        for (Map.Entry<String, String> e : now.entrySet()) {
            assertThat(e.getValue()).as("SHA-256 of " + e.getKey() + how).isEqualTo(committed.get(e.getKey()));
        }
    }

    /** A negative control of the digest itself: the gitCommit line alone is ignored, any other change is not. */
    @Test
    void theDigestSeesEveryByteButTheCommit() {
        String base = "{\n  \"provenance\" : {\n    \"percept\" : \"0.1.0\",\n    \"claims\" : \"R1\"\n  }\n}\n";
        String withCommit = base.replace("    \"claims\"", "    \"gitCommit\" : \"0123abc-dirty\",\n    \"claims\"");
        assertThat(sha256(withoutCommit(withCommit))).isEqualTo(sha256(withoutCommit(base)));
        assertThat(sha256(withoutCommit(base.replace("R1", "R2")))).isNotEqualTo(sha256(withoutCommit(base)));
    }

    static String withoutCommit(String json) {
        return json.replaceAll("(?m)^ *\"gitCommit\" : \"[^\"]*\",\n", "");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> committed() throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (InputStream in = VectorDigestsTest.class.getResourceAsStream(DIGESTS)) {
            assertThat(in).as("committed digests " + DIGESTS).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    m.put(line.substring(66), line.substring(0, 64));
                }
            }
        }
        return m;
    }
}
