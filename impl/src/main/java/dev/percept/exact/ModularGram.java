package dev.percept.exact;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Exact test of {@code N^T N = c I} for a square integer matrix {@code N} by residues modulo
 * enough primes, in parallel, without any product of big numbers.
 *
 * <p><b>Why it is exact.</b> Every entry of {@code N^T N - c I} is an integer of absolute value at
 * most {@code B = n M^2 + |c|}, {@code M = max |N_ij|}. The primes used are distinct, so an entry
 * that vanishes modulo each of them is divisible by their product {@code Q}; they are taken until
 * {@code Q > B}, so such an entry, being smaller than {@code Q} in absolute value, is zero. An
 * entry that is not zero is nonzero modulo at least one prime; the union over the primes of the
 * entries that fail is therefore exactly the set of entries where {@code N^T N != c I}, whatever
 * the order in which the primes run (the result is deterministic).
 *
 * <p><b>Cost.</b> With {@code k ~ log2(B) / 27} primes below {@code 2^28}: {@code k n^2} residues
 * (a dot product of the entry's 16-bit digits with the powers of {@code 2^16} mod p, one
 * reduction each) and {@code k n^3 / 2} word products, against {@code n^3} products of big
 * rationals (each a multiplication and a gcd of numbers of the entries' size) for the direct check.
 */
public final class ModularGram {

    /** The primes are below {@code 2^28}: products below {@code 2^56}, 127 of them summed without overflow. */
    static final int PRIME_BITS = 28;
    private static final int CHUNK = 127;

    private ModularGram() {
    }

    /**
     * Returns the entries {@code (i, j)} ({@code i <= j}, 0-based, row by row) where
     * {@code N^T N} differs from {@code c I}, exactly; empty when {@code N^T N = c I}.
     *
     * @param n a square integer matrix (rows of equal length)
     */
    public static List<int[]> mismatches(BigInteger[][] n, BigInteger c) {
        int dim = n.length;
        int maxBits = 0;
        for (BigInteger[] row : n) {
            if (row.length != dim) {
                throw new IllegalArgumentException("not square");
            }
            for (BigInteger x : row) {
                maxBits = Math.max(maxBits, x.bitLength());
            }
        }
        int[] primes = primesAbove(boundBits(dim, maxBits, c));
        Words words = new Words(n);
        boolean[][] bad = new boolean[dim][dim];
        IntStream.range(0, primes.length).parallel().forEach(k -> {
            boolean[][] b = mismatchesModulo(words, c, primes[k]);
            synchronized (bad) {
                for (int i = 0; i < dim; i++) {
                    for (int j = i; j < dim; j++) {
                        bad[i][j] |= b[i][j];
                    }
                }
            }
        });
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < dim; i++) {
            for (int j = i; j < dim; j++) {
                if (bad[i][j]) {
                    out.add(new int[] {i, j});
                }
            }
        }
        return out;
    }

    /**
     * Bits of the bound {@code B = n M^2 + |c|} plus one: {@code 2^result > B}, with
     * {@code M < 2^maxBits}. The primes' product must exceed it.
     */
    static int boundBits(int dim, int maxBits, BigInteger c) {
        BigInteger b = BigInteger.valueOf(dim).shiftLeft(2 * maxBits).add(c.abs());
        return b.bitLength() + 1;
    }

    /**
     * Distinct primes below {@code 2^28}, largest first ({@link CharPoly.Primes#prime28}, the
     * characteristic polynomial's primes), whose product exceeds {@code 2^bits}.
     */
    static int[] primesAbove(int bits) {
        // Each prime is above 2^27, so it contributes more than 27 bits to the product.
        int need = bits / (PRIME_BITS - 1) + 1;
        int[] out = new int[need];
        for (int i = 0; i < need; i++) {
            out[i] = (int) CharPoly.Primes.prime28(i);
        }
        return out;
    }

    /**
     * The magnitudes of the entries as little-endian 16-bit digits, converted once and shared by
     * every prime (a residue is then a dot product with the powers {@code 2^(16 j) mod p}, one
     * reduction per entry and no division of a big number, {@link #residue}).
     */
    static final class Words {
        final char[][][] mag;
        final int[][] sign;
        final int maxDigits;

        Words(BigInteger[][] n) {
            int dim = n.length;
            mag = new char[dim][dim][];
            sign = new int[dim][dim];
            int most = 1;
            for (int i = 0; i < dim; i++) {
                for (int j = 0; j < dim; j++) {
                    sign[i][j] = n[i][j].signum();
                    mag[i][j] = digits(n[i][j].abs());
                    most = Math.max(most, mag[i][j].length);
                }
            }
            maxDigits = most;
        }

        private static char[] digits(BigInteger x) {
            byte[] be = x.toByteArray();
            char[] w = new char[(be.length + 1) / 2];
            for (int b = 0; b < be.length; b++) {
                int fromLow = be.length - 1 - b;
                w[fromLow / 2] |= (char) ((be[b] & 0xff) << (8 * (fromLow % 2)));
            }
            return w;
        }
    }

    /**
     * {@code x mod p} for {@code x = sum_j h_j 2^(16 j)} ({@code h} little-endian 16-bit digits),
     * {@code p < 2^28}: {@code sum_j h_j (2^(16 j) mod p)}, each term below {@code 2^44}, so up to
     * {@code 2^19} digits (8 million bits) are summed in a {@code long} before the one reduction.
     */
    static long residue(char[] h, long p, long[] pow) {
        if (h.length > (1 << 19)) {
            throw new IllegalArgumentException("entry of more than 2^23 bits");
        }
        long s = 0;
        for (int j = 0; j < h.length; j++) {
            s += h[j] * pow[j];
        }
        return s % p;
    }

    /** {@code 2^(16 j) mod p} for {@code j = 0..count-1}. */
    static long[] powers(long p, int count) {
        long[] pow = new long[count];
        long t = 1 % p;
        for (int j = 0; j < count; j++) {
            pow[j] = t;
            t = (t << 16) % p;
        }
        return pow;
    }

    /** {@code (N^T N)_ij != c delta_ij (mod p)} for {@code i <= j}. */
    static boolean[][] mismatchesModulo(Words n, BigInteger c, int p) {
        int dim = n.mag.length;
        long[] pow = powers(p, n.maxDigits);
        // Column-major residues: col[j][k] = N[k][j] mod p.
        long[][] col = new long[dim][dim];
        for (int k = 0; k < dim; k++) {
            for (int j = 0; j < dim; j++) {
                long r = residue(n.mag[k][j], p, pow);
                col[j][k] = n.sign[k][j] < 0 && r != 0 ? p - r : r;
            }
        }
        long target = c.mod(BigInteger.valueOf(p)).longValue();
        boolean[][] bad = new boolean[dim][dim];
        for (int i = 0; i < dim; i++) {
            long[] ci = col[i];
            for (int j = i; j < dim; j++) {
                long[] cj = col[j];
                long acc = 0;
                int k = 0;
                while (k < dim) {
                    int end = Math.min(dim, k + CHUNK);
                    long s = 0;
                    for (; k < end; k++) {
                        s += ci[k] * cj[k];
                    }
                    acc = (acc + s % p) % p;
                }
                bad[i][j] = acc != (i == j ? target : 0);
            }
        }
        return bad;
    }
}
