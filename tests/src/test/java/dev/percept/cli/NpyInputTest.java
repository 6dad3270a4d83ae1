package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.percept.binary64.Binary64;
import dev.percept.exact.Rational;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * .npy files written by numpy (fixtures in {@code dev/percept/npy}, provenance in PROVENANCE.md there)
 * read exactly: every dtype, byte order and memory order against the values the writing script
 * stored, taken here from Java's own correctly rounded literals; every corrupt file refused with one
 * line naming the file and the problem; and the text readings ({@code --numbers}, hexadecimal floats)
 * meeting the binary file on the same numbers.
 */
class NpyInputTest {

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(NpyInputTest.class.getResource("/dev/percept/npy/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 3 x 4 matrix make_fixtures.py stored, as float64 literals. */
    static final double[][] BASE = {{0.1, -2.5, 3.0, 1e-30}, {7.0, 0.2, -0.3, 1024.0}, {-1.0, 1e30, 0.0, 6.5}};
    static final long[][] INTS = {{1, -2, 3, -4}, {5, 6, -7, 8}, {Integer.MAX_VALUE, Integer.MIN_VALUE, 0, 9}};

    static Rational[] expectedRow(String dtype, int i) {
        Rational[] r = new Rational[4];
        for (int j = 0; j < 4; j++) {
            r[j] = switch (dtype) {
                case "f8" -> Binary64.exact(BASE[i][j]);
                case "f4" -> Binary64.exact((float) BASE[i][j]); // numpy's astype(float32) rounds the double once, as Java's cast does
                default -> Rational.of(INTS[i][j]);
            };
        }
        return r;
    }

    @ParameterizedTest
    @CsvSource({"f8,le,C", "f8,le,F", "f8,be,C", "f8,be,F", "f4,le,C", "f4,le,F", "f4,be,C", "f4,be,F",
        "i8,le,C", "i8,le,F", "i8,be,C", "i8,be,F", "i4,le,C", "i4,le,F", "i4,be,C", "i4,be,F"})
    void everyDtypeByteOrderAndMemoryOrderReadsExactly(String dtype, String endian, String order) {
        NumericInput in = new NumericInput();
        List<Rational[]> rows = in.rows(fixture("m_" + dtype + "_" + endian + "_" + order + ".npy"), "--matrix");
        assertThat(rows).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(rows.get(i)).as("row %d", i + 1).containsExactly(expectedRow(dtype, i));
        }
        NpyFile.Array a = in.sources().get(0).npy();
        assertThat(a.fortranOrder()).isEqualTo(order.equals("F"));
        assertThat(a.descr()).isEqualTo((endian.equals("le") ? "<" : ">") + dtype);
        assertThat(a.shape()).containsExactly(3, 4);
    }

    /** The float32 fixture really is not the float64 one: 0.1f and 0.1 differ, so the dtype is honoured. */
    @Test
    void float32AndFloat64DifferWhereTheyShould() {
        NumericInput in = new NumericInput();
        Rational f4 = in.rows(fixture("m_f4_le_C.npy"), "--matrix").get(0)[0];
        Rational f8 = in.rows(fixture("m_f8_le_C.npy"), "--matrix").get(0)[0];
        assertThat(f4).isNotEqualTo(f8);
        assertThat(f8).isNotEqualTo(Rational.of(1, 10));
        assertThat(f4.denominator()).isEqualTo(java.math.BigInteger.ONE.shiftLeft(27));
    }

    @Test
    void otherNumericDtypesAndVersionTwo() {
        NumericInput in = new NumericInput();
        assertThat(in.rows(fixture("m_f2.npy"), "--matrix").get(0)).containsExactly(Rational.of(1, 2), Rational.of(-65504));
        assertThat(in.rows(fixture("m_f2.npy"), "--matrix").get(1)).containsExactly(Rational.powerOfTwo(-14), Rational.ONE);
        assertThat(in.rows(fixture("m_u8.npy"), "--matrix").get(0)).containsExactly(Rational.ZERO, Rational.of(255));
        assertThat(in.rows(fixture("m_u64.npy"), "--matrix").get(0))
                .containsExactly(Rational.of(java.math.BigInteger.ONE.shiftLeft(64).subtract(java.math.BigInteger.ONE)), Rational.ZERO);
        assertThat(in.rows(fixture("m_b1.npy"), "--matrix").get(0)).containsExactly(Rational.ONE, Rational.ZERO);
        assertThat(in.vector(fixture("v_version2.npy"), "--eigenvalues")).containsExactly(Rational.of(3, 2), Rational.of(-1, 4), Rational.of(3));
    }

    /** Each corrupt or unsupported file: exit 2, one stderr line naming the file and the problem. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bad_magic.npy|bad magic",
        "bad_header_length.npy|header length 60000 runs past the end of the file",
        "bad_truncated.npy|truncated: shape (3, 4) of float64 needs 96 bytes of data, the file has 91",
        "bad_trailing.npy|needs 96 bytes of data, the file has 104 after the header (the shape does not match the data)",
        "bad_complex.npy|unsupported dtype '<c16' (complex numbers)",
        "bad_object.npy|unsupported dtype '|O' (Python objects",
        "bad_nan.npy|row 2, column 3: NaN is not a finite number",
        "bad_inf.npy|row 1, column 2: -infinity is not a finite number",
        "bad_3d.npy|a 3-dimensional array (shape (2, 2, 2)); expected a matrix",
        "bad_huge_shape.npy|holds more than 4194304 values"})
    void badFilesExitTwoNamingTheFileAndTheProblem(String name, String problem) {
        Path f = fixture(name);
        Cli.Result r = Cli.run("stability", "--matrix", f.toString(), "--step-size", "1").assertCleanInputError();
        assertThat(r.err()).contains("--matrix: " + f + ": ").contains(problem);
    }

    @Test
    void nanAndInfinityInCsvNameTheLineAndColumn() {
        Path m = Cli.write(dir, "m.csv", "1,2\n2,nan\n");
        Cli.Result r = Cli.run("audit", "--matrix", m.toString(), "--eigenvalues", m.toString()).assertCleanInputError();
        assertThat(r.err()).contains("line 2, column 2").contains("'nan' is not a finite number");
        Path e = Cli.write(dir, "e.txt", "1\n-inf\n");
        Path ok = Cli.write(dir, "ok.csv", "2,1\n1,2\n");
        r = Cli.run("audit", "--matrix", ok.toString(), "--eigenvalues", e.toString()).assertCleanInputError();
        assertThat(r.err()).contains("line 2, column 1").contains("'-inf' is not a finite number");
    }

    /**
     * The three ways of giving numpy's eigenvalues agree exactly: the .npy itself, their repr()
     * decimals read with --numbers double, and their float.hex() literals read exactly; and the
     * repr() decimals read exactly are different numbers (the mixed-up error).
     */
    @Test
    void npyReprAsDoubleAndHexAreTheSameNumbers() throws Exception {
        Path m = fixture("sym4.npy");
        Path ev = fixture("sym4_eigvalsh.npy");
        Rational[] vals = new NumericInput().vector(ev, "--eigenvalues");
        StringBuilder repr = new StringBuilder();
        StringBuilder hex = new StringBuilder("# float.hex()\n");
        for (Rational v : vals) {
            double x = Binary64.nearest(v);
            repr.append(Double.toString(x)).append('\n'); // shortest round-trip decimal, as Python's repr
            hex.append(Double.toHexString(x)).append('\n');
        }
        Path reprFile = Cli.write(dir, "e.txt", repr.toString());
        Path hexFile = Cli.write(dir, "e.hex", hex.toString());
        JsonNode viaNpy = Cli.run("audit", "--matrix", m.toString(), "--eigenvalues", ev.toString(), "--json").json();
        JsonNode viaDouble = Cli.run("audit", "--matrix", m.toString(), "--eigenvalues", reprFile.toString(), "--numbers", "double", "--json").json();
        JsonNode viaHex = Cli.run("audit", "--matrix", m.toString(), "--eigenvalues", hexFile.toString(), "--json").json();
        JsonNode viaExact = Cli.run("audit", "--matrix", m.toString(), "--eigenvalues", reprFile.toString(), "--json").json();
        assertThat(given(viaDouble)).isEqualTo(given(viaNpy));
        assertThat(given(viaHex)).isEqualTo(given(viaNpy));
        assertThat(given(viaExact)).isNotEqualTo(given(viaNpy));
        assertThat(viaNpy.get("numbers").asText()).isEqualTo("exact");
        assertThat(viaDouble.get("numbers").asText()).isEqualTo("double");
        assertThat(viaNpy.get("inputs").get(1).get("format").asText()).isEqualTo("npy");
        assertThat(viaNpy.get("inputs").get(1).get("dtype").asText()).isEqualTo("<f8");
        assertThat(viaDouble.get("inputs").get(1).get("reading").asText()).isEqualTo("double");
    }

    static List<String> given(JsonNode audit) {
        List<String> g = new ArrayList<>();
        audit.get("eigenvalues").forEach(e -> g.add(e.get("given").asText()));
        return g;
    }

    /** --numbers float reads 0.1 as the float32 0.1 (1/10 rounded to 24 bits), the text output says so. */
    @Test
    void numbersFloatRoundsToFloat32AndSaysSo() {
        Path s = Cli.write(dir, "s.csv", "0.1,0\n0,0.1\n");
        Cli.Result r = Cli.run("stability", "--matrix", s.toString(), "--step-size", "1", "--numbers", "float", "--json");
        JsonNode j = r.json();
        assertThat(j.get("numbers").asText()).isEqualTo("float");
        assertThat(j.get("lambdaMax").get("lower").asText()).isEqualTo(Binary64.exact(0.1f).toString());
        Cli.Result text = Cli.run("stability", "--matrix", s.toString(), "--step-size", "1", "--numbers", "float");
        assertThat(text.out()).contains("inputs: --matrix " + s + ": each number rounded to the nearest float32");
        Cli.Result exact = Cli.run("stability", "--matrix", s.toString(), "--step-size", "1");
        assertThat(exact.out()).contains("decimals read exactly (0.1 is 1/10)").contains("lambda_max in [1/10, 1/10]");
    }

    @Test
    void numbersIsRejectedWhenEveryInputIsBinaryAndForUnknownReadings() {
        Cli.Result r = Cli.run("stability", "--matrix", fixture("sym4.npy").toString(), "--step-size", "1", "--numbers", "double")
                .assertCleanInputError();
        assertThat(r.err()).contains("--numbers: applies to decimals in text files");
        Path s = Cli.write(dir, "s.csv", "1\n");
        r = Cli.run("stability", "--matrix", s.toString(), "--step-size", "1", "--numbers", "half").assertCleanInputError();
        assertThat(r.err()).contains("--numbers: expected exact, double or float, got 'half'");
    }

    /** Labelled data and the dynamics commands read .npy too: the minimal example as float64 equals builtin:minimal4. */
    @ParameterizedTest
    @ValueSource(strings = {"perceptron", "gd"})
    void dynamicsCommandsReadNpyData(String command) {
        String[] common = command.equals("gd") ? new String[] {"--model", "tied", "--init", "seed:1", "--step-size", "1/4", "--steps", "3",
            "--digits", "20", "--json"} : new String[] {"--model", "tied", "--init", "seed:1", "--step-size", "1/4", "--steps", "20", "--json"};
        List<String> a = new ArrayList<>(List.of(command, "--data", fixture("minimal4.npy").toString()));
        a.addAll(List.of(common));
        List<String> b = new ArrayList<>(List.of(command, "--data", "builtin:minimal4"));
        b.addAll(List.of(common));
        JsonNode fromNpy = Cli.run(a.toArray(new String[0])).json();
        JsonNode fromBuiltin = Cli.run(b.toArray(new String[0])).json();
        assertThat(fromNpy.get("theta")).isEqualTo(fromBuiltin.get("theta"));
        assertThat(fromNpy.get("inputs").get(0).get("format").asText()).isEqualTo("npy");
        assertThat(fromBuiltin.get("inputs").get(0).get("format").asText()).isEqualTo("builtin");
    }

    /** Hexadecimal literals are exact numbers on the command line too (a deliberate change: spectrum --a 0x1F used to be refused). */
    @Test
    void hexadecimalLiteralsOnTheCommandLine() {
        JsonNode hex = Cli.run("spectrum", "--a", "0x1p-1,0x1.8p1,0x1F", "--perm", "2,1,3", "--json").json();
        JsonNode dec = Cli.run("spectrum", "--a", "1/2,3,31", "--perm", "2,1,3", "--json").json();
        assertThat(hex.get("eigenvalues")).isEqualTo(dec.get("eigenvalues"));
    }
}
