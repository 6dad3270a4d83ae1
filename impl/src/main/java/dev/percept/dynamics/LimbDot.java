package dev.percept.dynamics;

import java.math.BigInteger;

/**
 * Exact dot products {@code sum_k a_k v_k} of small integers {@code |a_k| < 2^31} with a fixed
 * vector of big integers {@code v}, without allocating per term: each {@code |v_k|} is split once
 * into 32-bit limbs, every limb product {@code limb * |a_k| < 2^63} is split into its low and high
 * 32-bit halves, and the halves are summed in {@code long} lanes (below {@code 2^62} for fewer than
 * {@code 2^30} terms), positive and negative products apart; carries are propagated once at the end.
 * The result is exact (no rounding): the integer dot product that {@link BigInteger} arithmetic
 * would give.
 */
final class LimbDot {
    /** Largest |a_k| accepted. */
    static final long MAX_A = (1L << 31) - 1;

    private final int limbs;
    private final int[][] mag;
    private final int[] sign;
    private final long[] plo;
    private final long[] phi;
    private final long[] nlo;
    private final long[] nhi;

    /** Splits {@code v} into limbs (at most {@code 2^30} entries). */
    LimbDot(BigInteger[] v) {
        if (v.length >= 1 << 30) {
            throw new IllegalArgumentException("too many terms for the 62-bit lanes");
        }
        int bits = 1;
        for (BigInteger x : v) {
            bits = Math.max(bits, x.bitLength());
        }
        limbs = (bits + 31) / 32;
        mag = new int[v.length][];
        sign = new int[v.length];
        for (int k = 0; k < v.length; k++) {
            sign[k] = v[k].signum();
            mag[k] = sign[k] == 0 ? null : limbsOf(v[k].abs(), limbs);
        }
        plo = new long[limbs + 1];
        phi = new long[limbs + 1];
        nlo = new long[limbs + 1];
        nhi = new long[limbs + 1];
    }

    private static int[] limbsOf(BigInteger x, int n) {
        byte[] b = x.toByteArray(); // big-endian, with a sign byte
        int[] out = new int[n];
        for (int i = 0; i < b.length; i++) {
            int pos = b.length - 1 - i; // byte position from the least significant end
            int limb = pos / 4;
            if (limb < n) {
                out[limb] |= (b[i] & 0xFF) << (8 * (pos % 4));
            }
        }
        return out;
    }

    /** @return {@code sum_k a[k] v[k]}, exactly; every {@code |a[k]| <= MAX_A} */
    BigInteger dot(int[] a) {
        java.util.Arrays.fill(plo, 0);
        java.util.Arrays.fill(phi, 0);
        java.util.Arrays.fill(nlo, 0);
        java.util.Arrays.fill(nhi, 0);
        boolean anyP = false;
        boolean anyN = false;
        for (int k = 0; k < a.length; k++) {
            int s = sign[k];
            long ak = a[k];
            if (s == 0 || ak == 0) {
                continue;
            }
            if (ak < 0) {
                ak = -ak;
                s = -s;
            }
            long[] lo;
            long[] hi;
            if (s > 0) {
                lo = plo;
                hi = phi;
                anyP = true;
            } else {
                lo = nlo;
                hi = nhi;
                anyN = true;
            }
            int[] mk = mag[k];
            for (int j = 0; j < limbs; j++) {
                long p = (mk[j] & 0xFFFFFFFFL) * ak;
                lo[j] += p & 0xFFFFFFFFL;
                hi[j + 1] += p >>> 32;
            }
        }
        BigInteger pos = anyP ? collect(plo, phi) : BigInteger.ZERO;
        BigInteger neg = anyN ? collect(nlo, nhi) : BigInteger.ZERO;
        return pos.subtract(neg);
    }

    /** {@code sum_j (lo[j] + hi[j]) 2^(32 j)} with the carries propagated. */
    private BigInteger collect(long[] lo, long[] hi) {
        int n = limbs + 2;
        byte[] out = new byte[4 * n + 1];
        long carry = 0;
        for (int j = 0; j < n; j++) {
            long v = carry;
            if (j <= limbs) {
                v += lo[j] + hi[j];
            }
            int w = (int) v;
            carry = v >>> 32;
            int at = out.length - 1 - 4 * j;
            out[at] = (byte) w;
            out[at - 1] = (byte) (w >>> 8);
            out[at - 2] = (byte) (w >>> 16);
            out[at - 3] = (byte) (w >>> 24);
        }
        return new BigInteger(1, out);
    }
}
