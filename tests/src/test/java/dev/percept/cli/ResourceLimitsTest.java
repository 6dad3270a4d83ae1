package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.percept.exact.Rational;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15, resources: every file option reads as a bounded stream and refuses what never ends,
 * is binary or exceeds a stated limit with exit 2 and one line, early (before the 2 GiB array
 * that ran out of memory after 5-30 s on {@code /dev/zero}); jobs whose memory can be estimated
 * are refused up front with the heap they need.
 */
class ResourceLimitsTest {

    @TempDir
    Path dir;

    private static final Path ZERO = Path.of("/dev/zero");

    /** Each file option of each command, given /dev/zero: refused at the first (NUL) byte, not read to the end of memory. */
    @ParameterizedTest
    @ValueSource(strings = {
        "spectrum --a-file Z --perm 1",
        "spectrum --a 1,2 --perm-file Z",
        "spectrum --a 1,2 --P-file Z",
        "spectrum --a 1,2 --b-file Z",
        "audit --matrix Z --engine fast",
        "audit --matrix M --eigenvalues Z",
        "stability --matrix Z --step-size 1",
        "stability --S-file Z --step-size 1",
        "perceptron --data Z --model linear --steps 1",
        "perceptron --data builtin:toy2d --model two-layer --steps 1 --init Z",
        "perceptron --data builtin:toy2d --model tied --steps 1 --Q-file Z",
        "gd --data Z --model linear --steps 1 --step-size 1",
        "reduce --data Z --model linear --gammas 1,2 --steps 1"})
    void devZeroIsRefusedAtOnce(String command) throws IOException {
        assumeTrue(Files.isReadable(ZERO), "needs /dev/zero");
        Path m = Cli.write(dir, "m.csv", "1,0\n0,1\n");
        String[] args = Arrays.stream(command.split(" ")).map(s -> s.equals("Z") ? ZERO.toString() : s.equals("M") ? m.toString() : s)
                .toArray(String[]::new);
        long t0 = System.nanoTime();
        Cli.Result r = Cli.run(args).assertCleanInputError();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.err()).contains("/dev/zero").contains("NUL");
        // not a timing claim: the refusal reads one 64 KiB buffer, where reading to the 2 GiB array limit took 5-30 s
        assertThat(ms).as("refused early").isLessThan(10_000);
    }

    /** A regular file above the stated 256 MiB limit is refused by its size before a byte is read (a sparse file costs no disk). */
    @Test
    void fileAboveTheLimitIsRefusedBySize() throws IOException {
        Path big = dir.resolve("big.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(BoundedInput.MAX_BYTES + 1);
        }
        Cli.Result r = Cli.run("spectrum", "--a-file", big.toString(), "--perm", "1").assertCleanInputError();
        assertThat(r.err()).contains("256 MiB").contains("input limit");
    }

    /** A stream that goes past the limit (a device, FIFO or pipe has no size) is cut off by the counting stream. */
    @Test
    void streamPastTheLimitIsCutOff() throws IOException {
        java.io.InputStream endless = new java.io.InputStream() {
            private long k;

            @Override
            public int read() {
                return k++ % 2 == 0 ? '1' : '\n';
            }
        };
        long[] cells = {0};
        try (java.io.InputStream in = new BoundedInput.Capped(endless, "--a-file: endless", 1 << 20)) {
            BoundedInput.cells(in, "--a-file: endless", new BoundedInput.CellHandler() {
                @Override
                public void cell(int line, int column, String text) {
                    cells[0]++;
                }

                @Override
                public void endLine(int line, int count) {
                }
            });
            throw new AssertionError("an endless stream was read to its end");
        } catch (InputException e) {
            assertThat(e.getMessage()).contains("--a-file: endless").contains("more than 1 MiB").contains("input limit");
        }
        assertThat(cells[0]).as("entries delivered before the cut").isLessThanOrEqualTo((1 << 19) + 1);
    }

    /** The limit of one entry, without a line end in sight: a long line of digits is refused after its first 20 kB. */
    @Test
    void longLineOfDigitsIsRefused() {
        Path p = Cli.write(dir, "digits.csv", "1".repeat(3 * BoundedInput.MAX_ENTRY_CHARS) + "\n");
        Cli.Result r = Cli.run("spectrum", "--a-file", p.toString(), "--perm", "1").assertCleanInputError();
        assertThat(r.err()).contains("line 1, column 1").contains("longer than");
    }

    /** Integers of more than 10^4 digits (a 10^6-digit integer took 57 s to parse) are refused before the quadratic parse. */
    @Test
    void hugeIntegersAreRefusedQuickly() {
        String million = "7".repeat(1_000_000);
        long t0 = System.nanoTime();
        Cli.Result r = Cli.run("spectrum", "--a", million + ",1", "--perm", "2,1").assertCleanInputError();
        assertThat(r.err()).contains("1000000 digits").contains("at most 10000");
        assertThat(r.err().length()).as("the number is not echoed whole").isLessThan(400);
        Cli.run("spectrum", "--a", "1/" + "3".repeat(Rational.MAX_DIGITS + 1) + ",1", "--perm", "2,1").assertCleanInputError();
        Cli.run("spectrum", "--a", "1." + "3".repeat(Rational.MAX_DIGITS + 1) + ",1", "--perm", "2,1").assertCleanInputError();
        assertThat((System.nanoTime() - t0) / 1_000_000).as("no quadratic parse").isLessThan(10_000);
        // the limit itself is accepted, leading zeros not counted
        assertThat(Rational.parse("0000" + "9".repeat(Rational.MAX_DIGITS)).numerator().toString()).hasSize(Rational.MAX_DIGITS);
    }

    /** "1e999999999 is not a number" said nothing of why: the exponent is out of range. */
    @Test
    void hugeExponentSaysOutOfRange() {
        Cli.Result r = Cli.run("spectrum", "--a", "1e999999999,1", "--perm", "2,1").assertCleanInputError();
        assertThat(r.err()).contains("out of range").contains("exponent");
    }

    /** The limits are stated in --help of every command that reads numbers from files. */
    @ParameterizedTest
    @ValueSource(strings = {"spectrum", "audit", "stability", "perceptron", "gd", "reduce"})
    void limitsAreInHelp(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("256 MiB").contains("10000 digits");
    }

    /** spectrum at d = 10^7 ran out of a 2 GiB heap: the estimate refuses it before the work, naming the heap to rerun with. */
    @Test
    void spectrumBeyondTheHeapIsRefusedUpFront() {
        long d = (long) (MemoryBudget.USABLE * MemoryBudget.maxHeap() / SpectrumCommand.BYTES_PER_COORDINATE) + 1;
        assumeTrue(d < 30_000_000, "heap too large to build the refused input cheaply");
        Rational[] a = new Rational[(int) d];
        Arrays.fill(a, Rational.ONE);
        try {
            SpectrumCommand.requireMemory(a, false);
            throw new AssertionError("d = " + d + " was not refused");
        } catch (InputException e) {
            assertThat(e.getMessage()).contains("d = " + d).contains("JAVA_OPTS=-Xmx");
        }
        // a small spectrum passes the same check
        SpectrumCommand.requireMemory(new Rational[] {Rational.ONE, Rational.TWO}, true);
    }

    /** The input budget refuses a stream of valid numbers that would fill the heap, with the heap it needs. */
    @Test
    void inputBudgetRefusesWhatWouldFillTheHeap() {
        BoundedInput.Budget b = new BoundedInput.Budget("--a-file: x");
        long perEntry = BoundedInput.Budget.BYTES_PER_ENTRY + 10;
        long entries = (long) (BoundedInput.HEAP_SHARE * MemoryBudget.maxHeap() / perEntry) + 8192;
        try {
            for (long i = 0; i < entries; i++) {
                b.entry(20);
            }
            throw new AssertionError("no refusal after " + entries + " entries");
        } catch (InputException e) {
            assertThat(e.getMessage()).contains("--a-file: x").contains("JAVA_OPTS=-Xmx");
        }
    }

    /** An OutOfMemoryError anywhere in a cause chain is found (it becomes one line, exit 2). */
    @Test
    void outOfMemoryIsFoundInTheCauseChain() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        assertThat(Main.outOfMemory(new RuntimeException(new IllegalStateException(oom)))).isSameAs(oom);
        assertThat(Main.outOfMemory(new RuntimeException("x"))).isNull();
        assertThat(MemoryBudget.outOfMemoryMessage()).contains("JAVA_OPTS=-Xmx").doesNotContain("\n");
    }

    /** Non-UTF-8 and NUL bytes in an otherwise valid file are refused with the reason. */
    @Test
    void binaryInsideTextIsRefused() throws IOException {
        Path p = dir.resolve("nul.csv");
        Files.write(p, "1,-1\n2\u0000,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Cli.run("perceptron", "--data", p.toString(), "--model", "linear", "--steps", "1").assertCleanInputError().err())
                .contains("NUL");
    }
}
