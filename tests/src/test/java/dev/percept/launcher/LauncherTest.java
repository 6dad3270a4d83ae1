package dev.percept.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code percept} launcher script, run on a miniature checkout whose "Maven" is a stand-in
 * ({@code PERCEPT_MVN}): it counts its builds, takes its time like a real build, and installs the
 * CLI jar this build produced. So the launcher's own logic (lock, content digest, its private copy
 * of the jar, symlinks, build failure) is tested in seconds, without a second real build.
 */
class LauncherTest {

    private static Path checkout;
    private static Path realJar;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findTheRealJar() throws IOException {
        assumeTrue(!System.getProperty("os.name").toLowerCase().contains("win"), "the launcher is a bash script");
        checkout = Path.of(System.getProperty("percept.checkout", "..")).toAbsolutePath().normalize();
        try (Stream<Path> s = Files.list(checkout.resolve("cli/target"))) {
            realJar = s.filter(p -> p.getFileName().toString().matches("percept-cli-.*-all\\.jar")).findFirst().orElseThrow();
        }
    }

    /** A miniature checkout: the launcher, one source file per digested tree, and a fake Maven. */
    private Path miniature(String fakeMavenBody) throws IOException {
        Path root = tmp.resolve("checkout");
        Files.createDirectories(root);
        Files.copy(checkout.resolve("percept"), root.resolve("percept"));
        for (String f : List.of("pom.xml", "spec/pom.xml", "spec/src/main/A.java", "impl/pom.xml", "impl/src/main/B.java",
                "proofs-checks/pom.xml", "proofs-checks/src/main/C.java", "properties/pom.xml", "properties/src/main/E.java", "cli/pom.xml",
                "cli/src/main/D.java")) {
            Files.createDirectories(root.resolve(f).getParent());
            Files.writeString(root.resolve(f), f + "\n");
        }
        Path mvn = root.resolve("fake-mvn");
        Files.writeString(mvn, "#!/usr/bin/env bash\n" + fakeMavenBody);
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        return root;
    }

    private static final String BUILDS = "echo build >> builds.log\nsleep 1\nmkdir -p cli/target\n"
            + "cp \"$REAL_JAR\" cli/target/percept-cli-0-all.jar\n";

    private Process start(Path root, Path script, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("bash", script.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile());
        pb.environment().put("PERCEPT_MVN", root.resolve("fake-mvn").toString());
        pb.environment().put("REAL_JAR", realJar.toString());
        return pb.start();
    }

    private static String finish(Process p, int expectedCode) throws Exception {
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("exit code; stderr: " + err).isEqualTo(expectedCode);
        return out + err;
    }

    private static long builds(Path root) throws IOException {
        Path log = root.resolve("builds.log");
        return Files.exists(log) ? Files.readAllLines(log).size() : 0;
    }

    @Test
    void twoFirstRunsAtOnceBothSucceedAndBuildOnce() throws Exception {
        Path root = miniature(BUILDS);
        Process a = start(root, root.resolve("percept"), "--version");
        Process b = start(root, root.resolve("percept"), "--version");
        assertThat(finish(a, 0)).contains("percept 0.1.0");
        assertThat(finish(b, 0)).contains("percept 0.1.0");
        assertThat(builds(root)).isEqualTo(1);
    }

    @Test
    void stalenessIsDecidedByContentNotByModificationTime() throws Exception {
        Path root = miniature(BUILDS);
        finish(start(root, root.resolve("percept"), "--version"), 0);
        Path src = root.resolve("impl/src/main/B.java");
        Files.setLastModifiedTime(src, FileTime.from(Instant.now().plusSeconds(60)));
        finish(start(root, root.resolve("percept"), "--version"), 0);
        assertThat(builds(root)).as("a touched file rebuilds nothing").isEqualTo(1);
        Files.writeString(src, "changed\n");
        finish(start(root, root.resolve("percept"), "--version"), 0);
        assertThat(builds(root)).as("an edited file rebuilds once").isEqualTo(2);
        // The run copy of an older build is gone; Maven's own output is never what runs.
        try (Stream<Path> s = Files.list(root.resolve("cli/target/launcher"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".jar")).count()).isEqualTo(1);
        }
    }

    @Test
    void aSymlinkedLauncherFindsItsCheckout() throws Exception {
        Path root = miniature(BUILDS);
        Path link = tmp.resolve("bin/percept");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, root.resolve("percept"));
        assertThat(finish(start(root, link, "--version"), 0)).contains("percept 0.1.0");
    }

    @Test
    void aFailedBuildHasItsOwnExitCodeAndShowsTheLogTail() throws Exception {
        Path root = miniature("echo 'COMPILATION ERROR: Foo.java:[3,1] missing semicolon'\nexit 1\n");
        String all = finish(start(root, root.resolve("percept"), "--version"), 4);
        assertThat(all).contains("the build failed (exit 4)").contains("missing semicolon");
    }
}
