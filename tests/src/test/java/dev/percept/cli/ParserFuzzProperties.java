package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.structured.DenseOrthogonal;
import dev.percept.structured.Permutation;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing of each parser directly, 10^4 tries per parser: the rational lists of {@code --a} and
 * {@code --b} ({@link Inputs#rationalList}), permutations in both notations ({@link Permutation#parse}),
 * and the CSV files of {@code --a-file}, {@code --perm-file} and {@code --P-file}
 * ({@link Inputs#csvVector}, {@link Inputs#permutationFile}, {@link Inputs#csvMatrix} with
 * {@link DenseOrthogonal#of}). The inputs are those of {@link CliFuzzProperties} (valid values,
 * their one-character mutations, number-like strings, arbitrary Unicode, and Latin-1 bytes that are
 * not UTF-8), without its filter on large exponents: a parser must refuse or accept those as fast as
 * any other text.
 *
 * <p>The contract checked on every input: the parser returns a value, or throws the refusal the CLI
 * maps to exit 2 ({@link InputException} naming the option, or {@link IllegalArgumentException} from
 * the structured types, which the commands wrap) with a reason; any other exception fails.
 * Accepted values are checked too: a list has one entry per comma-separated field, valid rationals
 * equal an independent reading through {@link BigDecimal} or numerator and denominator, a
 * permutation is a bijection whose inverse undoes it, and an accepted P maps a basis to
 * orthonormal columns. {@link CliFuzzProperties} keeps a smaller end-to-end run of the same
 * generators through {@link Main#run}, for the mapping to exit codes and streams.
 */
class ParserFuzzProperties {

    private static final int TRIES = 10_000;
    private static FuzzFiles files;

    @BeforeContainer
    static void makeDir() throws IOException {
        files = FuzzFiles.create("percept-parser-fuzz");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        files.delete();
    }

    private static Path write(String name, String content, boolean latin1) {
        return files.write(name, content, latin1);
    }

    /**
     * Runs the parser; returns its value, or null after checking that the refusal is one the CLI
     * reports as bad input: an {@link InputException} naming {@code option}, or an
     * {@link IllegalArgumentException} with a reason (the command prefixes the option). Control
     * characters from the input may appear in the message: {@link Main} escapes them when it prints
     * the one line, which {@link CliFuzzProperties} checks end to end. Records the outcome for the
     * coverage check.
     */
    private static <T> T parseOrRefuse(String option, Supplier<T> parser) {
        T value;
        try {
            value = parser.get();
        } catch (InputException e) {
            assertThat(e.getMessage()).as("refusal names the option").startsWith(option);
            outcome("refused");
            return null;
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).as("refusal message").isNotBlank();
            outcome("refused");
            return null;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError("parser threw " + e + " instead of a clean refusal", e);
        }
        outcome("accepted");
        return value;
    }

    private static void outcome(String o) {
        Statistics.label("outcome").collect(o);
        Statistics.label("outcome").coverage(c -> {
            c.check("accepted").percentage(p -> p >= 5);
            c.check("refused").percentage(p -> p >= 5);
        });
    }

    // ---- an independent reading of a valid rational ----

    /** A valid rational's text together with its value computed without {@link Rational#parse}. */
    record Spelled(String text, Rational value) {
    }

    static Arbitrary<Spelled> spelledRational() {
        Arbitrary<Spelled> integer = Arbitraries.integers().between(-1_000_000, 1_000_000).map(i -> new Spelled(String.valueOf(i), Rational.of(i)));
        Arbitrary<Spelled> fraction = Combinators.combine(Arbitraries.integers().between(-999, 999), Arbitraries.integers().between(-99, 99).filter(q -> q != 0))
                .as((n, q) -> new Spelled(n + "/" + q, Rational.of(n, q)));
        Arbitrary<Spelled> decimal = Combinators.combine(Arbitraries.integers().between(-9999, 9999), Arbitraries.integers().between(0, 999),
                Arbitraries.of("", "e3", "E-2", "e+1", "e-40", "E25")).as((i, f, e) -> {
                    String t = i + "." + f + e;
                    return new Spelled(t, fromBigDecimal(new BigDecimal(t)));
                });
        return Arbitraries.oneOf(integer, fraction, decimal);
    }

    /** unscaled * 10^-scale, built from the JDK's decimal parser (the referee). */
    static Rational fromBigDecimal(BigDecimal x) {
        BigInteger u = x.unscaledValue();
        int scale = x.scale();
        return scale >= 0 ? Rational.of(u, BigInteger.TEN.pow(scale)) : Rational.of(u.multiply(BigInteger.TEN.pow(-scale)));
    }

    @Property(tries = TRIES)
    void validListsReadExactly(@ForAll("spelledLists") List<Spelled> list, @ForAll boolean spaced) {
        String text = String.join(spaced ? ", " : ",", list.stream().map(Spelled::text).toList());
        Rational[] r = Inputs.rationalList(text, "--a");
        assertThat(r).hasSize(list.size());
        for (int i = 0; i < r.length; i++) {
            assertThat(r[i]).as("entry %d of %s", i + 1, text).isEqualTo(list.get(i).value());
        }
    }

    @Provide
    Arbitrary<List<Spelled>> spelledLists() {
        return spelledRational().list().ofMinSize(1).ofMaxSize(6);
    }

    // ---- --a, --b ----

    @Provide
    Arbitrary<String> aValues() {
        return Arbitraries.frequencyOf(Tuple.of(3, CliFuzzProperties.validList(1, 6)), Tuple.of(4, CliFuzzProperties.mutated(CliFuzzProperties.validList(1, 6))),
                Tuple.of(2, CliFuzzProperties.numberish("")), Tuple.of(1, CliFuzzProperties.unicode()));
    }

    @Property(tries = TRIES)
    void rationalList(@ForAll("aValues") String a) {
        Rational[] r = parseOrRefuse("--a", () -> Inputs.rationalList(a, "--a"));
        if (r != null) {
            assertThat(r).as("one entry per field of %s", a).hasSize(a.strip().split(",", -1).length);
        }
    }

    // ---- --perm: one-line and cycle notation ----

    @Provide
    Arbitrary<String> permValues() {
        Arbitrary<String> valid = Arbitraries.of("1", "2,1", "1,2", "2,1,3", "3,2,1", "1,3,2", "2,1,4,3", "4,3,2,1", "3,4,1,2", "()", "(1 2)", "(1 2 3)",
                "(1,3)(2,4)", "(1 4 2 3)", "(2 3)(1)");
        return Arbitraries.frequencyOf(Tuple.of(2, valid), Tuple.of(4, CliFuzzProperties.mutated(valid)), Tuple.of(3, CliFuzzProperties.numberish("()")),
                Tuple.of(1, CliFuzzProperties.unicode()));
    }

    @Property(tries = TRIES)
    void permutation(@ForAll("permValues") String perm, @ForAll @IntRange(min = 1, max = 5) int d) {
        Permutation p = parseOrRefuse("--perm", () -> Permutation.parse(perm, d));
        if (p != null) {
            assertBijection(p, d);
        }
    }

    private static void assertBijection(Permutation p, int d) {
        assertThat(p.dimension()).isEqualTo(d);
        boolean[] hit = new boolean[d];
        for (int i = 0; i < d; i++) {
            int j = p.image(i);
            assertThat(j).isBetween(0, d - 1);
            assertThat(hit[j]).as("image %d taken twice", j).isFalse();
            hit[j] = true;
            assertThat(p.preimage(j)).isEqualTo(i);
        }
    }

    // ---- --a-file ----

    @Property(tries = TRIES)
    void vectorFile(@ForAll("csvVectors") String csv, @ForAll boolean latin1) {
        Path f = write("a.csv", csv, latin1);
        Rational[] v = parseOrRefuse("--a-file", () -> Inputs.csvVector(f, "--a-file"));
        if (v != null) {
            assertThat(v).as("one entry per cell of %s", csv).hasSize(CliFuzzProperties.cells(csv));
        }
    }

    @Provide
    Arbitrary<String> csvVectors() {
        return CliFuzzProperties.csvVectorsUnfiltered();
    }

    // ---- --perm-file ----

    @Property(tries = TRIES)
    void permutationFile(@ForAll("csvPerms") String csv, @ForAll @IntRange(min = 1, max = 4) int d, @ForAll boolean latin1) {
        Path f = write("p.csv", csv, latin1);
        Permutation p = parseOrRefuse("--perm-file", () -> Inputs.permutationFile(f, "--perm-file", d));
        if (p != null) {
            assertBijection(p, d);
        }
    }

    @Provide
    Arbitrary<String> csvPerms() {
        return CliFuzzProperties.csvPermsUnfiltered();
    }

    // ---- --P-file ----

    @Property(tries = TRIES)
    void orthogonalFile(@ForAll("csvMatrices") String csv, @ForAll boolean latin1) {
        Path f = write("P.csv", csv, latin1);
        DenseOrthogonal p = parseOrRefuse("--P-file", () -> DenseOrthogonal.of(Inputs.csvMatrix(f, "--P-file")));
        if (p != null) {
            RationalMatrix m = p.toMatrix();
            int n = m.rows();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    Rational dot = Rational.ZERO;
                    for (int k = 0; k < n; k++) {
                        dot = dot.add(m.get(k, i).multiply(m.get(k, j)));
                    }
                    if (!dot.equals(i == j ? Rational.ONE : Rational.ZERO)) {
                        fail("accepted P whose columns %d and %d have inner product %s: %s", i + 1, j + 1, dot, csv);
                    }
                }
            }
        }
    }

    @Provide
    Arbitrary<String> csvMatrices() {
        return CliFuzzProperties.csvMatricesUnfiltered();
    }
}
