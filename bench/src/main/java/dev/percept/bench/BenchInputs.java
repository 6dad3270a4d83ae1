package dev.percept.bench;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.structured.Permutation;
import dev.percept.structured.StructuredMatrix;
import dev.percept.verify.Instances;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Deterministic benchmark inputs, the same families as the comparison harness
 * ({@code bench/compare.py} generates its files with its own seeded generator; the distributions
 * are the same, the draws are not).
 */
public final class BenchInputs {

    /** Numerators of the structured instances lie in {@code [-MAX_NUM, MAX_NUM]}. */
    public static final long MAX_NUM = 1_000_000_000L;
    /** Denominators of the structured instances lie in {@code [1, MAX_DEN]}. */
    public static final int MAX_DEN = 1000;
    /** Entries of the dense integer matrices lie in {@code [-MAX_ENTRY, MAX_ENTRY]}. */
    public static final int MAX_ENTRY = 100;

    private BenchInputs() {
    }

    /**
     * The Proposition 4.1 matrix {@code M(a)} for a random {@code a} (numerators up to 1e9,
     * denominators 1..1000) and a random involution {@code P}, seeded by {@code d}.
     */
    public static StructuredMatrix structured(int d) {
        return structured(d, "involution");
    }

    /**
     * As {@link #structured(int)}, with the same {@code a} and {@code P} the random involution
     * ({@code "involution"}, which fixes about three quarters of the points), the fixed-point-free
     * involution {@code (1 2)(3 4)...} ({@code "pairs"}) or the single d-cycle {@code (1 2 ... d)}
     * ({@code "cycle"}).
     */
    public static StructuredMatrix structured(int d, String perm) {
        Parts parts = structuredParts(d);
        int[] img;
        switch (perm) {
            case "cycle":
                img = Instances.longCycle(d);
                break;
            case "pairs":
                img = new int[d];
                for (int i = 0; i < d; i++) {
                    img[i] = i % 2 == 0 ? (i + 1 < d ? i + 2 : i + 1) : i;
                }
                break;
            default:
                img = parts.perm();
        }
        return StructuredMatrix.of(parts.a(), Permutation.ofOneBased(img));
    }

    /** The vector {@code a} and the 1-based involution of {@link #structured}. */
    public record Parts(Rational[] a, int[] perm) {
    }

    /** The inputs of {@link #structured}, before building the matrix. */
    public static Parts structuredParts(int d) {
        Random rnd = new Random(0x5eed_0000L + d);
        Rational[] a = Instances.vector(rnd, d, MAX_NUM, MAX_DEN);
        int[] perm = Instances.involution(rnd, d);
        return new Parts(a, perm);
    }

    /** A random symmetric integer matrix with entries in {@code [-100, 100]}, seeded by {@code n}. */
    public static BigInteger[][] symmetricIntegers(int n) {
        Random rnd = new Random(0xc4a2_0000L + n);
        BigInteger[][] b = new BigInteger[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                BigInteger v = BigInteger.valueOf(rnd.nextInt(2 * MAX_ENTRY + 1) - MAX_ENTRY);
                b[i][j] = v;
                b[j][i] = v;
            }
        }
        return b;
    }

    /** {@link #symmetricIntegers} as a {@link RationalMatrix}. */
    public static RationalMatrix symmetricRational(int n) {
        BigInteger[][] b = symmetricIntegers(n);
        Rational[][] r = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                r[i][j] = Rational.of(b[i][j], BigInteger.ONE);
            }
        }
        return RationalMatrix.of(r);
    }

    /** {@link #symmetricIntegers} in double (exact: the entries are small integers). */
    public static double[][] symmetricDoubles(int n) {
        BigInteger[][] b = symmetricIntegers(n);
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                r[i][j] = b[i][j].intValue();
            }
        }
        return r;
    }

    /** A matrix as CSV text, one row per line. */
    public static String csv(BigInteger[][] b) {
        StringBuilder sb = new StringBuilder();
        for (BigInteger[] row : b) {
            for (int j = 0; j < row.length; j++) {
                sb.append(j == 0 ? "" : ",").append(row[j]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** n rows {@code x_1,...,x_d,y}: integer features in [-100, 100], labels -1 or 1, seeded by n and d. */
    public static String classificationCsv(int n, int d) {
        Random rnd = new Random(0xda7a_0000L + 31L * n + d);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                sb.append(rnd.nextInt(201) - 100).append(',');
            }
            sb.append(rnd.nextBoolean() ? "1" : "-1").append('\n');
        }
        return sb.toString();
    }

    /** Writes {@link #structured}'s a (as p/q, one per line) and P (1-based) to {@code dir}; returns both paths. */
    public static Path[] structuredFiles(Path dir, int d) throws IOException {
        Parts parts = structuredParts(d);
        StringBuilder a = new StringBuilder();
        for (Rational r : parts.a()) {
            a.append(r).append('\n');
        }
        StringBuilder p = new StringBuilder();
        for (int img : parts.perm()) {
            p.append(img).append('\n');
        }
        Path af = dir.resolve("a.csv");
        Path pf = dir.resolve("perm.csv");
        Files.writeString(af, a.toString());
        Files.writeString(pf, p.toString());
        return new Path[] {af, pf};
    }
}
