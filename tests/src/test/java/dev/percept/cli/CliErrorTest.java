package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of bad input named in the CLI convention exits 2 with one stderr line that starts
 * {@code percept:} and says what and where, without a stack trace; {@code --debug} shows the trace.
 */
class CliErrorTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"1/0", "1/0,2", "3,-5/0", "1/2/3", "abc", "1,two", "1,,2", "1,", ",1", "1e", "0x1G", "0x1p", "1_000", "1.2.3", "--", "1e1000000",
        "\u0661", "\u00bd", "NaN", "Infinity", "1 2", "1;2"})
    void malformedRationalsInA(String a) {
        int d = a.split(",", -1).length;
        String perm = identity(d);
        Cli.Result r = Cli.run("spectrum", "--a=" + a, "--perm", perm).assertCleanInputError();
        assertThat(r.err()).contains("--a");
    }

    static String identity(int d) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= d; i++) {
            sb.append(i == 1 ? "" : ",").append(i);
        }
        return sb.toString();
    }

    @Test
    void namesTheEntry() {
        Cli.Result r = Cli.run("spectrum", "--a", "1,2,x/3", "--perm", "1,2,3").assertCleanInputError();
        assertThat(r.err()).contains("--a").contains("entry 3");
        r = Cli.run("spectrum", "--a", "1,5/0", "--perm", "2,1").assertCleanInputError();
        assertThat(r.err()).contains("entry 2").contains("zero denominator");
    }

    @Test
    void emptyVectors() {
        Cli.run("spectrum", "--a", "", "--perm", "1").assertCleanInputError();
        Cli.run("spectrum", "--a", "  ", "--perm", "1").assertCleanInputError();
        Cli.run("spectrum", "--a", "1", "--perm", "").assertCleanInputError();
    }

    @Test
    void negativeValuesWork() {
        Cli.Result r = Cli.run("spectrum", "--a", "-1/2,3", "--perm", "2,1", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("d").asInt()).isEqualTo(2);
    }

    /** Decimals with |scale| up to Rational.MAX_DECIMAL_SCALE = 10000 are valid input; beyond, a clean error. */
    @Test
    void largeExponents() {
        Cli.Result r = Cli.run("spectrum", "--a", "1e-300,1,2.5E+120", "--perm", "2,1,3", "--json", "--digits", "8");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("allHold").asBoolean()).isTrue();
        assertThat(Cli.run("spectrum", "--a", "1e-10000,1", "--perm", "2,1", "--json").code()).isZero();
        assertThat(Cli.run("spectrum", "--a", "1e10001,1", "--perm", "2,1").assertCleanInputError().err()).contains("out of range");
        assertThat(Cli.run("spectrum", "--a", "1e-1000000,1", "--perm", "2,1").assertCleanInputError().err()).contains("--a");
    }

    @Test
    void permNotABijection() {
        Cli.Result r = Cli.run("spectrum", "--a", "1,2,3", "--perm", "2,3,2").assertCleanInputError();
        assertThat(r.err()).isEqualTo("percept: --perm: 2,3,2 is not a permutation: entries 1 and 3 are both 2\n");
        Cli.run("spectrum", "--a", "1,2", "--perm", "1,1").assertCleanInputError();
    }

    @Test
    void permOutOfRangeOrNotIntegers() {
        assertThat(Cli.run("spectrum", "--a", "1,2", "--perm", "2,3").assertCleanInputError().err()).contains("out of range");
        assertThat(Cli.run("spectrum", "--a", "1,2", "--perm", "0,2").assertCleanInputError().err()).contains("out of range");
        assertThat(Cli.run("spectrum", "--a", "1,2", "--perm=-1,2").assertCleanInputError().err()).contains("out of range");
        assertThat(Cli.run("spectrum", "--a", "1,2", "--perm", "2,1.0").assertCleanInputError().err()).contains("not an integer");
        Cli.run("spectrum", "--a", "1,2", "--perm", "99999999999,1").assertCleanInputError();
    }

    @Test
    void lengthMismatch() {
        assertThat(Cli.run("spectrum", "--a", "1,2,3", "--perm", "2,1").assertCleanInputError().err()).contains("length mismatch");
    }

    @Test
    void pNotOrthogonal() throws IOException {
        // Symmetry is not required; orthogonality is, and the message names the first wrong entry of P^T P.
        Path notSym = file("ns.csv", "0,1\n0,1\n");
        assertThat(Cli.run("spectrum", "--a", "1,2", "--P-file", notSym.toString()).assertCleanInputError().err())
                .isEqualTo("percept: --P-file: P is not orthogonal: (P^T P)[1,1] = 0, expected 1\n");
        Path notOrth = file("no.csv", "1,1\n1,1\n");
        assertThat(Cli.run("spectrum", "--a", "1,2", "--P-file", notOrth.toString()).assertCleanInputError().err())
                .contains("--P-file").contains("not orthogonal");
        Path notSquare = file("nsq.csv", "1,0,0\n0,1,0\n");
        assertThat(Cli.run("spectrum", "--a", "1,2", "--P-file", notSquare.toString()).assertCleanInputError().err()).contains("not square");
        Path ragged = file("rag.csv", "1,0\n0\n");
        assertThat(Cli.run("spectrum", "--a", "1,2", "--P-file", ragged.toString()).assertCleanInputError().err()).contains("line 2");
        Path badCell = file("bad.csv", "1,0\n0,1/0\n");
        assertThat(Cli.run("spectrum", "--a", "1,2", "--P-file", badCell.toString()).assertCleanInputError().err())
                .contains("line 2").contains("column 2");
        Path reflection = file("h.csv", "# Householder for v = (1, 2)\n3/5,-4/5\n-4/5,-3/5\n");
        Cli.Result ok = Cli.run("spectrum", "--a", "1,2", "--P-file", reflection.toString(), "--json");
        assertThat(ok.code()).as(ok.err()).isZero();
        Path wrongSize = file("big.csv", "1,0,0\n0,1,0\n0,0,1\n");
        Cli.run("spectrum", "--a", "1,2", "--P-file", wrongSize.toString()).assertCleanInputError();
    }

    @Test
    void missingUnreadableAndBinaryFiles() throws IOException {
        Path missing = dir.resolve("nope.csv");
        assertThat(Cli.run("spectrum", "--a-file", missing.toString(), "--perm", "1").assertCleanInputError().err()).contains("no such file");
        Cli.run("spectrum", "--a", "1", "--perm-file", missing.toString()).assertCleanInputError();
        Cli.run("spectrum", "--a", "1", "--P-file", missing.toString()).assertCleanInputError();
        assertThat(Cli.run("spectrum", "--a-file", dir.toString(), "--perm", "1").assertCleanInputError().err()).contains("directory");
        Path empty = file("empty.csv", "\n# only a comment\n\n");
        assertThat(Cli.run("spectrum", "--a-file", empty.toString(), "--perm", "1").assertCleanInputError().err()).contains("no data");
        Path binary = dir.resolve("bin.csv");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        Cli.run("spectrum", "--a-file", binary.toString(), "--perm", "1").assertCleanInputError();
        Path locked = file("locked.csv", "1,2\n");
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            if (!Files.isReadable(locked)) { // root can read anything: then there is nothing to test
                Cli.run("spectrum", "--a-file", locked.toString(), "--perm", "2,1").assertCleanInputError();
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
        Path matrixAsVector = file("m.csv", "1,2\n3,4\n");
        assertThat(Cli.run("spectrum", "--a-file", matrixAsVector.toString(), "--perm", "1,2,3,4").assertCleanInputError().err())
                .contains("one row or one column");
        Path permFile = file("p.csv", "2\n1.5\n");
        assertThat(Cli.run("spectrum", "--a", "1,2", "--perm-file", permFile.toString()).assertCleanInputError().err()).contains("not an integer");
    }

    @Test
    void filesWork() throws IOException {
        Path a = file("a.csv", "# a as a column\n-1/2\n3\n5/2\n");
        Path p = file("p.csv", "2,1,3\n");
        Cli.Result r = Cli.run("spectrum", "--a-file", a.toString(), "--perm-file", p.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        Cli.Result direct = Cli.run("spectrum", "--a", "-1/2,3,5/2", "--perm", "2,1,3", "--json");
        assertThat(r.json()).isEqualTo(direct.json());
    }

    /** A UTF-8 byte order mark (as spreadsheet exports write) and CRLF line ends are accepted. */
    @Test
    void byteOrderMarkAndCrlf() throws IOException {
        Path a = file("bom.csv", "\uFEFF-1/2,3,5/2\r\n");
        Path p = file("pbom.csv", "\uFEFF2\r\n1\r\n3\r\n");
        Cli.Result r = Cli.run("spectrum", "--a-file", a.toString(), "--perm-file", p.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json()).isEqualTo(Cli.run("spectrum", "--a", "-1/2,3,5/2", "--perm", "2,1,3", "--json").json());
    }

    @Test
    void optionConflictsAndUsage() {
        Cli.run("spectrum", "--perm", "1").assertCleanInputError();
        Cli.run("spectrum", "--a", "1").assertCleanInputError();
        Cli.run("spectrum", "--a", "1", "--a-file", "x.csv", "--perm", "1").assertCleanInputError();
        Cli.run("spectrum", "--a", "1", "--perm", "1", "--P-file", "x.csv").assertCleanInputError();
        Cli.run("spectrum", "--a", "1", "--perm", "1", "--digits", "0").assertCleanInputError();
        Cli.run("spectrum", "--a", "1", "--perm", "1", "--digits", "many").assertCleanInputError();
        Cli.run("spectrum", "--a").assertCleanInputError();
    }

    @Test
    void unknownCommandsAndOptions() {
        assertThat(Cli.run("frobnicate").assertCleanInputError().err()).contains("frobnicate");
        assertThat(Cli.run("spectrum", "--a", "1", "--perm", "1", "--frob").assertCleanInputError().err()).contains("--frob");
        Cli.run("verify", "--nope").assertCleanInputError();
        Cli.run("--nope").assertCleanInputError();
        Cli.run().assertCleanInputError();
    }

    @Test
    void helpOnEveryCommand() {
        for (String[] args : new String[][] {{"--help"}, {"spectrum", "--help"}, {"verify", "--help"}, {"help", "spectrum"}}) {
            Cli.Result r = Cli.run(args);
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage:");
            assertThat(r.err()).isEmpty();
        }
        assertThat(Cli.run("--version").out()).startsWith("percept ");
    }

    @Test
    void debugShowsTheTrace() {
        Cli.Result plain = Cli.run("spectrum", "--a", "1,x", "--perm", "2,1").assertCleanInputError();
        Cli.Result debug = Cli.run("--debug", "spectrum", "--a", "1,x", "--perm", "2,1");
        assertThat(debug.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(debug.err()).startsWith(plain.err()).contains("InputException").contains("\tat ");
        Cli.Result debugAfter = Cli.run("spectrum", "--a", "1,x", "--perm", "2,1", "--debug");
        assertThat(debugAfter.err()).contains("\tat ");
        Cli.Result unknown = Cli.run("--debug", "spectrum", "--bogus");
        assertThat(unknown.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.err()).startsWith("percept: ").contains("\tat ");
    }
}
