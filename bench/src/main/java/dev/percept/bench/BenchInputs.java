package dev.percept.bench;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.structured.PermutationInvolution;
import dev.percept.structured.StructuredMatrix;
import dev.percept.verify.Instances;
import java.math.BigInteger;
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
        Random rnd = new Random(0x5eed_0000L + d);
        Rational[] a = Instances.vector(rnd, d, MAX_NUM, MAX_DEN);
        int[] perm = Instances.involution(rnd, d);
        return StructuredMatrix.of(a, PermutationInvolution.ofOneBased(perm));
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
}
