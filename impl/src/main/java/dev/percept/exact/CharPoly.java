package dev.percept.exact;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Characteristic polynomials {@code det(x I - B)} of square integer matrices, by two independent
 * exact methods.
 *
 * <ul>
 *   <li>{@link #berkowitz}: Berkowitz's division-free algorithm over Z (S. J. Berkowitz, "On
 *       computing the determinant in small parallel time using a small number of processors",
 *       IPL 18, 1984). {@code O(n^4)} integer operations. The referee.</li>
 *   <li>{@link #multimodular}: reduction to upper Hessenberg form modulo word-size primes
 *       (H. Cohen, <i>A Course in Computational Algebraic Number Theory</i>, Alg. 2.2.9), one
 *       {@code O(n^3)} pass per prime, recombined by the Chinese remainder theorem up to a
 *       rigorous coefficient bound. The similarity transforms are valid over every field
 *       {@code F_p}, so no prime is unlucky and the result is exact, not probabilistic.</li>
 * </ul>
 * Coefficients are returned lowest degree first; the leading coefficient is 1.
 */
public final class CharPoly {

    /** From this order on, the characteristic polynomials modulo the primes run in parallel (O(n^3) each). */
    static final int PARALLEL_MIN_N = 40;


    private CharPoly() {
    }

    /**
     * Berkowitz's algorithm: returns the coefficients of {@code det(x I - B)}, lowest first.
     * Division-free; {@code O(n^4)} multiplications of integers.
     */
    public static BigInteger[] berkowitz(BigInteger[][] b) {
        int n = b.length;
        if (n == 0) {
            return new BigInteger[] {BigInteger.ONE};
        }
        // vect holds det(xI - B_r) for the leading r x r block, highest coefficient first.
        BigInteger[] vect = {BigInteger.ONE, b[0][0].negate()};
        for (int r = 1; r < n; r++) {
            // Toeplitz column: 1, -a_rr, -R C, -R A C, ..., -R A^{r-2} C.
            BigInteger[] col = new BigInteger[r + 2];
            col[0] = BigInteger.ONE;
            col[1] = b[r][r].negate();
            BigInteger[] c = new BigInteger[r];
            for (int i = 0; i < r; i++) {
                c[i] = b[i][r];
            }
            for (int k = 2; k <= r + 1; k++) {
                BigInteger s = BigInteger.ZERO;
                for (int j = 0; j < r; j++) {
                    s = s.add(b[r][j].multiply(c[j]));
                }
                col[k] = s.negate();
                if (k <= r) {
                    BigInteger[] next = new BigInteger[r];
                    for (int i = 0; i < r; i++) {
                        BigInteger t = BigInteger.ZERO;
                        for (int j = 0; j < r; j++) {
                            if (b[i][j].signum() != 0 && c[j].signum() != 0) {
                                t = t.add(b[i][j].multiply(c[j]));
                            }
                        }
                        next[i] = t;
                    }
                    c = next;
                }
            }
            // new vect = Toeplitz(col) * vect, of length r + 2.
            BigInteger[] nv = new BigInteger[r + 2];
            for (int i = 0; i < r + 2; i++) {
                BigInteger s = BigInteger.ZERO;
                for (int j = 0; j <= Math.min(i, r); j++) {
                    s = s.add(col[i - j].multiply(vect[j]));
                }
                nv[i] = s;
            }
            vect = nv;
        }
        BigInteger[] out = new BigInteger[n + 1];
        for (int i = 0; i <= n; i++) {
            out[i] = vect[n - i];
        }
        return out;
    }

    /**
     * Multimodular Hessenberg method: returns the coefficients of {@code det(x I - B)}, lowest
     * first. The number of primes is chosen from the bound {@code |c_{n-k}| <= C(n,k) R^k <=
     * (1+R)^n}, with {@code R} the largest Euclidean row norm (Hadamard's inequality on each
     * principal minor), so the symmetric CRT lift is the true coefficient.
     */
    public static BigInteger[] multimodular(BigInteger[][] b) {
        return multimodular(b, (done, total) -> { });
    }

    /**
     * As {@link #multimodular(BigInteger[][])}, reporting {@code (primes done, primes needed)} to
     * {@code progress} as the residues are computed (from several threads on large matrices).
     */
    public static BigInteger[] multimodular(BigInteger[][] b, java.util.function.BiConsumer<Integer, Integer> progress) {
        int n = b.length;
        if (n == 0) {
            return new BigInteger[] {BigInteger.ONE};
        }
        BigInteger rowNormSqMax = BigInteger.ZERO;
        for (BigInteger[] row : b) {
            BigInteger s = BigInteger.ZERO;
            for (BigInteger v : row) {
                s = s.add(v.multiply(v));
            }
            rowNormSqMax = rowNormSqMax.max(s);
        }
        BigInteger r = rowNormSqMax.sqrt().add(BigInteger.ONE); // >= R
        BigInteger bound = r.add(BigInteger.ONE).pow(n);
        BigInteger need = bound.shiftLeft(1).add(BigInteger.ONE); // modulus > 2*bound
        // The primes are fixed in advance by the bound, so the residues are independent: on large
        // matrices they are computed in parallel, and the reconstruction below is unchanged.
        int count = 0;
        for (BigInteger m = BigInteger.ONE; m.compareTo(need) < 0; count++) {
            m = m.multiply(BigInteger.valueOf(Primes.prime31(count)));
        }
        java.util.stream.IntStream primes = java.util.stream.IntStream.range(0, count);
        int total = count;
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        progress.accept(0, total);
        long[][] residues = (n >= PARALLEL_MIN_N ? primes.parallel() : primes).mapToObj(i -> {
            long[] residue = hessenbergCharPolyModP(b, Primes.prime31(i));
            progress.accept(done.incrementAndGet(), total);
            return residue;
        }).toArray(long[][]::new);
        BigInteger modulus = BigInteger.ONE;
        BigInteger[] acc = new BigInteger[n + 1];
        java.util.Arrays.fill(acc, BigInteger.ZERO);
        for (int idx = 0; idx < count; idx++) {
            long p = Primes.prime31(idx);
            long[] cp = residues[idx];
            // Garner-style incremental CRT: acc <- acc + M * ((cp - acc) * M^{-1} mod p).
            BigInteger bp = BigInteger.valueOf(p);
            long minv = modulus.mod(bp).modInverse(bp).longValue();
            for (int k = 0; k <= n; k++) {
                long a = acc[k].mod(bp).longValue();
                long t = Math.floorMod(cp[k] - a, p) * minv % p;
                if (t != 0) {
                    acc[k] = acc[k].add(modulus.multiply(BigInteger.valueOf(t)));
                }
            }
            modulus = modulus.multiply(bp);
        }
        BigInteger half = modulus.shiftRight(1);
        for (int k = 0; k <= n; k++) {
            if (acc[k].compareTo(half) > 0) {
                acc[k] = acc[k].subtract(modulus);
            }
        }
        return acc;
    }

    /**
     * Characteristic polynomial of {@code B mod p} (p prime below 2^31), lowest first, by
     * similarity reduction to upper Hessenberg form and the Hessenberg recurrence.
     */
    static long[] hessenbergCharPolyModP(BigInteger[][] b, long p) {
        int n = b.length;
        BigInteger bp = BigInteger.valueOf(p);
        long[][] h = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] = b[i][j].mod(bp).longValue();
            }
        }
        for (int j = 0; j < n - 2; j++) {
            int piv = -1;
            for (int i = j + 1; i < n; i++) {
                if (h[i][j] != 0) {
                    piv = i;
                    break;
                }
            }
            if (piv < 0) {
                continue;
            }
            if (piv != j + 1) {
                long[] tmp = h[piv];
                h[piv] = h[j + 1];
                h[j + 1] = tmp;
                for (int k = 0; k < n; k++) {
                    long t = h[k][piv];
                    h[k][piv] = h[k][j + 1];
                    h[k][j + 1] = t;
                }
            }
            long inv = modInverse(h[j + 1][j], p);
            for (int i = j + 2; i < n; i++) {
                if (h[i][j] == 0) {
                    continue;
                }
                long u = h[i][j] * inv % p;
                long[] ri = h[i];
                long[] rj = h[j + 1];
                for (int k = 0; k < n; k++) {
                    if (rj[k] != 0) {
                        ri[k] = Math.floorMod(ri[k] - u * rj[k], p);
                    }
                }
                for (int k = 0; k < n; k++) {
                    if (h[k][i] != 0) {
                        h[k][j + 1] = (h[k][j + 1] + u * h[k][i]) % p;
                    }
                }
            }
        }
        // Recurrence: P_m = (x - h_{m-1,m-1}) P_{m-1} - sum_i h_{i-1,m-1} (prod h_{k,k-1}) P_{i-1}.
        long[][] poly = new long[n + 1][];
        poly[0] = new long[] {1};
        for (int m = 1; m <= n; m++) {
            long[] pm = new long[m + 1];
            long[] prev = poly[m - 1];
            long hmm = h[m - 1][m - 1];
            for (int k = 0; k < m; k++) {
                pm[k + 1] = (pm[k + 1] + prev[k]) % p;
                pm[k] = Math.floorMod(pm[k] - hmm * prev[k] % p, p);
            }
            long t = 1;
            for (int i = m - 1; i >= 1; i--) {
                t = t * h[i][i - 1] % p;
                if (t == 0) {
                    break;
                }
                long coef = h[i - 1][m - 1] * t % p;
                if (coef == 0) {
                    continue;
                }
                long[] pi = poly[i - 1];
                for (int k = 0; k < pi.length; k++) {
                    pm[k] = Math.floorMod(pm[k] - coef * pi[k] % p, p);
                }
            }
            poly[m] = pm;
        }
        return poly[n];
    }

    static long modInverse(long a, long p) {
        long t = 0;
        long newT = 1;
        long r = p;
        long newR = Math.floorMod(a, p);
        while (newR != 0) {
            long q = r / newR;
            long tmp = t - q * newT;
            t = newT;
            newT = tmp;
            tmp = r - q * newR;
            r = newR;
            newR = tmp;
        }
        if (r != 1) {
            throw new ArithmeticException(a + " is not invertible mod " + p);
        }
        return Math.floorMod(t, p);
    }

    /** Word-size primes below 2^31, descending, generated once by deterministic Miller-Rabin. */
    static final class Primes {
        private static final List<Long> CACHE = new ArrayList<>();

        private Primes() {
        }

        static synchronized long prime31(int index) {
            long next = CACHE.isEmpty() ? (1L << 31) - 1 : CACHE.get(CACHE.size() - 1) - 2;
            while (CACHE.size() <= index) {
                if (isPrime(next)) {
                    CACHE.add(next);
                }
                next -= 2;
            }
            return CACHE.get(index);
        }

        /** Deterministic Miller-Rabin for n < 4,759,123,141 with bases 2, 7, 61 (Jaeschke 1993). */
        static boolean isPrime(long n) {
            if (n < 2) {
                return false;
            }
            for (long sp : new long[] {2, 3, 5, 7, 11, 13, 61}) {
                if (n % sp == 0) {
                    return n == sp;
                }
            }
            long d = n - 1;
            int s = 0;
            while ((d & 1) == 0) {
                d >>= 1;
                s++;
            }
            for (long a : new long[] {2, 7, 61}) {
                long x = powMod(a, d, n);
                if (x == 1 || x == n - 1) {
                    continue;
                }
                boolean composite = true;
                for (int i = 1; i < s; i++) {
                    x = x * x % n;
                    if (x == n - 1) {
                        composite = false;
                        break;
                    }
                }
                if (composite) {
                    return false;
                }
            }
            return true;
        }

        private static long powMod(long a, long e, long m) {
            long r = 1;
            a %= m;
            while (e > 0) {
                if ((e & 1) == 1) {
                    r = r * a % m;
                }
                a = a * a % m;
                e >>= 1;
            }
            return r;
        }
    }
}
