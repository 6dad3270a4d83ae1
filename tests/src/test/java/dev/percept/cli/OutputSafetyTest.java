package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, output safety and I/O failures: output goes only to regular files (a link is followed,
 * a directory, device or FIFO refused, never replaced), a set of files is complete or absent, and
 * a full disk, a read-only file system or a name that is a directory is exit 2 with one line
 * naming the path and the reason (it was exit 3, "internal error"), with no temporary file left.
 * Failures the machine cannot produce on demand (a full disk; read-only as root) are simulated by
 * replacing {@link OutputFiles#writer}.
 */
class OutputSafetyTest {

    @TempDir
    Path dir;

    private static final String[] SPECTRUM = {"spectrum", "--a", "1,2", "--perm", "2,1"};

    @AfterEach
    void restoreWriter() {
        OutputFiles.writer = OutputFiles.DEFAULT_WRITER;
    }

    private static String[] spectrumJson(String target) {
        String[] a = java.util.Arrays.copyOf(SPECTRUM, SPECTRUM.length + 1);
        a[SPECTRUM.length] = "--json=" + target;
        return a;
    }

    /** Names in {@code d} other than {@code keep}: temporary files and staging directories left behind. */
    private static List<String> leftovers(Path d, String... keep) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !List.of(keep).contains(n)).sorted().toList();
        }
    }

    @Test
    void jsonToADirectoryIsRefusedBeforeTheWork() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("out"));
        Cli.Result r = Cli.run(spectrumJson(sub.toString())).assertCleanInputError();
        assertThat(r.err()).contains("--json").contains(sub.toString()).contains("directory");
        assertThat(r.out()).as("refused before the report").isEmpty();
        assertThat(Files.isDirectory(sub)).isTrue();
        assertThat(leftovers(dir, "out")).isEmpty();
    }

    @Test
    void jsonToAFifoIsRefusedAndTheFifoStays() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
        Cli.Result r = Cli.run(spectrumJson(fifo.toString())).assertCleanInputError();
        assertThat(r.err()).contains("not a regular file");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).as("the FIFO was not replaced").isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void jsonToADeviceIsRefusedAndStdoutIsAStream() {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull), "needs /dev/null");
        Cli.run(spectrumJson("/dev/null")).assertCleanInputError();
        assertThat(Files.isRegularFile(devNull, LinkOption.NOFOLLOW_LINKS)).as("/dev/null is still a device").isFalse();
        for (String stdout : new String[] {"-", "/dev/stdout"}) {
            Cli.Result r = Cli.run(spectrumJson(stdout));
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.json().get("d").asInt()).isEqualTo(2);
        }
    }

    @Test
    void jsonThroughASymlinkWritesTheTargetAndKeepsTheLink() throws IOException {
        Path target = Cli.write(dir, "real.json", "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), target.getFileName());
        Cli.Result r = Cli.run(spectrumJson(link.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).as("the link is still a link").isTrue();
        assertThat(Files.readString(target)).startsWith("{").contains("\"d\":2");
        assertThat(leftovers(dir, "real.json", "link.json")).isEmpty();
    }

    @Test
    void emptyNamesAreRefused() {
        assertThat(Cli.run(spectrumJson("")).assertCleanInputError().err()).contains("empty file name");
        assertThat(Cli.run("vectors", "--out", "").assertCleanInputError().err()).contains("empty directory name");
        assertThat(Cli.run("complexity", "--d", "8,32,128", "--out", "").assertCleanInputError().err()).contains("empty directory name");
    }

    @Test
    void outThatIsAFileIsRefused() throws IOException {
        Path f = Cli.write(dir, "plain", "x");
        assertThat(Cli.run("vectors", "--out", f.toString()).assertCleanInputError().err()).contains("not a directory");
        assertThat(Files.readString(f)).isEqualTo("x");
    }

    /** A full disk at the JSON file: exit 2 naming the file and the reason, the old file intact, no temporary left. */
    @Test
    void fullDiskOnJsonIsACleanError() throws IOException {
        Path f = Cli.write(dir, "ledger.json", "old\n");
        OutputFiles.writer = (file, bytes) -> {
            Files.write(file, new byte[] {'{'}); // a partial write, then the failure
            throw new FileSystemException(file.toString(), null, "No space left on device");
        };
        Cli.Result r = Cli.run(spectrumJson(f.toString())).assertCleanInputError();
        assertThat(r.err()).contains("--json").contains(f.toString()).contains("no space left on device").doesNotContain(".tmp");
        assertThat(Files.readString(f)).isEqualTo("old\n");
        assertThat(leftovers(dir, "ledger.json")).isEmpty();
    }

    /** A read-only directory (real when not root, else simulated): exit 2 with the reason. */
    @Test
    void readOnlyDirectoryIsACleanError() throws IOException {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        ro.toFile().setWritable(false, false);
        try {
            if (Files.isWritable(ro)) { // root writes anywhere: simulate what a read-only file system answers
                OutputFiles.writer = (file, bytes) -> {
                    throw new FileSystemException(file.toString(), null, "Read-only file system");
                };
            }
            Cli.Result r = Cli.run(spectrumJson(ro.resolve("x.json").toString())).assertCleanInputError();
            assertThat(r.err()).contains(ro.resolve("x.json").toString()).containsAnyOf("read-only file system", "permission denied");
            assertThat(leftovers(ro)).isEmpty();
        } finally {
            ro.toFile().setWritable(true, false);
        }
    }

    /**
     * A set of files fails at its second file: the target directory holds nothing new (it was an old
     * JSON next to a new CSV, or 1 of 12 vector files), and no staging directory is left beside it.
     */
    @Test
    void aFailedSetLeavesTheTargetAsItWas() throws IOException {
        Path out = dir.resolve("c");
        Cli.Result ok = Cli.run("complexity", "--d", "8,32,128", "--out", out.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        byte[] oldJson = Files.readAllBytes(out.resolve("complexity.json"));
        byte[] oldCsv = Files.readAllBytes(out.resolve("complexity.csv"));
        AtomicInteger calls = new AtomicInteger();
        OutputFiles.writer = (file, bytes) -> {
            if (calls.incrementAndGet() == 2) {
                throw new FileSystemException(file.toString(), null, "No space left on device");
            }
            OutputFiles.DEFAULT_WRITER.write(file, bytes);
        };
        Cli.Result r = Cli.run("complexity", "--d", "8,32,256", "--out", out.toString()).assertCleanInputError();
        assertThat(r.err()).contains("--out").contains("no space left on device");
        assertThat(Files.readAllBytes(out.resolve("complexity.json"))).as("old JSON kept, not replaced alone").isEqualTo(oldJson);
        assertThat(Files.readAllBytes(out.resolve("complexity.csv"))).isEqualTo(oldCsv);
        assertThat(leftovers(dir, "c")).as("no staging directory left").isEmpty();
        assertThat(leftovers(out, "complexity.json", "complexity.csv", "complexity.png")).isEmpty();

        // a fresh target: absent after the failure
        calls.set(0);
        Path fresh = dir.resolve("fresh");
        Cli.run("complexity", "--d", "8,32,128", "--out", fresh.toString()).assertCleanInputError();
        assertThat(Files.exists(fresh)).isFalse();
        assertThat(leftovers(dir, "c")).isEmpty();
    }

    /**
     * A run killed by {@code kill -9} (no shutdown hook runs) leaves its temporary file or staging
     * directory; the next run writing the same target removes it, and leaves a live run's alone.
     */
    @Test
    void leftoversOfDeadRunsAreRemoved() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        long pid = dead.pid();
        Path tmpFile = Cli.write(dir, ".x.json.percept-" + pid + "-1.tmp", "{");
        Path staging = Files.createDirectories(dir.resolve(".c.percept-" + pid + "-2.tmp"));
        Cli.write(staging, "complexity.json", "{");
        Path live = Cli.write(dir, ".x.json.percept-" + ProcessHandle.current().pid() + "-999.tmp", "{");
        assertThat(Cli.run(spectrumJson(dir.resolve("x.json").toString())).code()).isZero();
        assertThat(Files.exists(tmpFile)).as("dead run's temporary file").isFalse();
        assertThat(Files.exists(live)).as("a live run's temporary file is not touched").isTrue();
        assertThat(Cli.run("complexity", "--d", "8,32,128", "--out", dir.resolve("c").toString()).code()).isZero();
        assertThat(Files.exists(staging)).as("dead run's staging directory").isFalse();
        Files.delete(live);
    }

    /** A stdout that fails (closed pipe, full device) was exit 0 with nothing printed: now exit 2 with one line. */
    @Test
    void failingStdoutIsReported() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Main.run(SPECTRUM, new PrintStream(broken, true), new PrintStream(err, true), false);
        assertThat(code).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).startsWith("percept: cannot write the output to stdout").doesNotContain("\tat ");
    }
}
