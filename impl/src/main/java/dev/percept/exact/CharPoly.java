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
     * first. The number of primes is chosen from a rigorous bound on every coefficient:
     * {@code |c_{n-k}| = |e_k(lambda)| <= e_k(|lambda|) <= C(n,k) s^k <= (1+S)^n}, where
     * {@code s^2 = ||B||_F^2 / n} and {@code S >= s} an integer: Maclaurin's inequality bounds
     * {@code e_k(|lambda|)} by {@code C(n,k)} times the k-th power of the mean of the {@code |lambda_i|},
     * the power-mean inequality bounds that mean by the root mean square, and Schur's inequality
     * {@code sum |lambda_i|^2 <= ||B||_F^2} bounds the root mean square (any square matrix). So the
     * symmetric CRT lift modulo a product above {@code 2 (1+S)^n} is the true coefficient. (This
     * bound never exceeds the earlier {@code (1+R)^n} with R the largest Euclidean row norm.)
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
        BigInteger frobSq = BigInteger.ZERO;
        for (BigInteger[] row : b) {
            for (BigInteger v : row) {
                frobSq = frobSq.add(v.multiply(v));
            }
        }
        BigInteger[] qr = frobSq.divideAndRemainder(BigInteger.valueOf(n));
        BigInteger meanSq = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE); // ceil(F^2 / n)
        BigInteger s = meanSq.sqrt();
        if (s.multiply(s).compareTo(meanSq) < 0) {
            s = s.add(BigInteger.ONE); // S = ceil(sqrt(ceil(F^2 / n))) >= s
        }
        BigInteger bound = s.add(BigInteger.ONE).pow(n);
        BigInteger need = bound.shiftLeft(1).add(BigInteger.ONE); // modulus > 2*bound
        // The primes are fixed in advance by the bound, so the residues are independent: on large
        // matrices they are computed in parallel, and the reconstruction below is unchanged.
        int count = 0;
        for (BigInteger m = BigInteger.ONE; m.compareTo(need) < 0; count++) {
            m = m.multiply(BigInteger.valueOf(Primes.prime28(count)));
        }
        java.util.stream.IntStream primes = java.util.stream.IntStream.range(0, count);
        int total = count;
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        progress.accept(0, total);
        long[][] residues = (n >= PARALLEL_MIN_N ? primes.parallel() : primes).mapToObj(i -> {
            long[] residue = hessenbergCharPolyModPFast(b, Primes.prime28(i));
            progress.accept(done.incrementAndGet(), total);
            return residue;
        }).toArray(long[][]::new);
        BigInteger modulus = BigInteger.ONE;
        BigInteger[] acc = new BigInteger[n + 1];
        java.util.Arrays.fill(acc, BigInteger.ZERO);
        for (int idx = 0; idx < count; idx++) {
            long p = Primes.prime28(idx);
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
     * Characteristic polynomial of {@code B mod p} for a prime {@code p < 2^28}, lowest first: the
     * same similarity reduction to upper Hessenberg form and the same recurrence as
     * {@link #hessenbergCharPolyModP}, arranged for speed without a division in the inner loops.
     * The matrix is one row-major array; for each column j the row operations
     * {@code row_i -= u_i row_{j+1}} are done first (Shoup's multiplication by the fixed
     * {@code u_i}: with {@code u' = floor(u 2^32 / p)}, {@code u a - floor(u' a / 2^32) p} lies in
     * {@code [0, 2p)}), then the column operation {@code col_{j+1} += sum_i u_i col_i} as one dot
     * product per row, accumulated in a long: products are below {@code 2^56}, and after every
     * 32 of them (which add less than {@code 2^61}) the sum is brought below {@code 2^62} by
     * subtracting a multiple of p close to {@code 2^62}, so it never overflows. Applying all the row operations of a column before its
     * column operation is the same similarity {@code L H L^-1} as interleaving them (the elementary
     * factors of L commute), so the Hessenberg matrix, and the result, equal the reference's.
     */
    static long[] hessenbergCharPolyModPFast(BigInteger[][] b, long p) {
        int n = b.length;
        BigInteger bp = BigInteger.valueOf(p);
        long[] h = new long[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                BigInteger v = b[i][j];
                h[i * n + j] = v.bitLength() < 63 ? Math.floorMod(v.longValue(), p) : v.mod(bp).longValue();
            }
        }
        final long big = (1L << 62) / p * p; // a multiple of p in (2^62 - p, 2^62]
        long[] u = new long[n];
        for (int j = 0; j < n - 2; j++) {
            int piv = -1;
            for (int i = j + 1; i < n; i++) {
                if (h[i * n + j] != 0) {
                    piv = i;
                    break;
                }
            }
            if (piv < 0) {
                continue;
            }
            int j1 = j + 1;
            if (piv != j1) {
                for (int k = 0; k < n; k++) {
                    long t = h[piv * n + k];
                    h[piv * n + k] = h[j1 * n + k];
                    h[j1 * n + k] = t;
                }
                for (int k = 0; k < n; k++) {
                    long t = h[k * n + piv];
                    h[k * n + piv] = h[k * n + j1];
                    h[k * n + j1] = t;
                }
            }
            long inv = modInverse(h[j1 * n + j], p);
            boolean any = false;
            int r1 = j1 * n;
            for (int i = j + 2; i < n; i++) {
                int ri = i * n;
                long ui = h[ri + j] * inv % p;
                u[i] = ui;
                if (ui == 0) {
                    continue;
                }
                any = true;
                // row_i <- row_i - u_i row_{j+1}; column j becomes 0 exactly (columns < j of both rows are 0)
                h[ri + j] = 0;
                long w = p - ui;
                long ws = (w << 32) / p;
                for (int k = j1; k < n; k++) {
                    long a = h[r1 + k];
                    long t = h[ri + k] + w * a - ((ws * a) >>> 32) * p - 2 * p; // in [-2p, p)
                    t += (t >> 63) & p;
                    t += (t >> 63) & p;
                    h[ri + k] = t;
                }
            }
            if (!any) {
                continue;
            }
            // col_{j+1} <- col_{j+1} + sum_{i >= j+2} u_i col_i, one dot product per row
            for (int k = 0; k < n; k++) {
                int rk = k * n;
                long acc = h[rk + j1];
                for (int i = j + 2; i < n;) {
                    for (int end = Math.min(n, i + 32); i < end; i++) {
                        acc += u[i] * h[rk + i];
                    }
                    acc -= big & -(acc >>> 62);
                }
                h[rk + j1] = acc % p;
            }
        }
        // Recurrence: P_m = (x - h_{m-1,m-1}) P_{m-1} - sum_i h_{i-1,m-1} (prod h_{k,k-1}) P_{i-1}.
        long[][] poly = new long[n + 1][];
        poly[0] = new long[] {1};
        long[] acc = new long[n + 1];
        for (int m = 1; m <= n; m++) {
            long[] prev = poly[m - 1];
            long negH = (p - h[(m - 1) * n + m - 1]) % p;
            acc[m] = prev[m - 1];
            for (int k = 0; k < m; k++) {
                acc[k] = (k > 0 ? prev[k - 1] : 0) + negH * prev[k]; // below 2^57
            }
            long t = 1;
            for (int i = m - 1; i >= 1; i--) {
                t = t * h[i * n + i - 1] % p;
                if (t == 0) {
                    break;
                }
                long coef = h[(i - 1) * n + m - 1] * t % p;
                if (coef == 0) {
                    continue;
                }
                long neg = p - coef;
                long[] pi = poly[i - 1];
                for (int k = 0; k < pi.length; k++) {
                    long v = acc[k] + neg * pi[k];
                    acc[k] = v - (big & -(v >>> 62));
                }
            }
            long[] pm = new long[m + 1];
            for (int k = 0; k <= m; k++) {
                pm[k] = acc[k] % p;
            }
            poly[m] = pm;
        }
        return poly[n];
    }

    /**
     * Characteristic polynomial of {@code B mod p} (p prime below 2^31), lowest first, by
     * similarity reduction to upper Hessenberg form and the Hessenberg recurrence, one reduction
     * modulo p per operation. The plain reference of {@link #hessenbergCharPolyModPFast}, which
     * {@link #multimodular} uses (the differential tests compare the two).
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

    /** Word-size primes below 2^28, descending, generated once by deterministic Miller-Rabin. */
    static final class Primes {
        private Primes() {
        }

        private static final List<Long> CACHE28 = new ArrayList<>();

        /** The primes below 2^28, descending (index 0 is the largest). */
        static synchronized long prime28(int index) {
            long next = CACHE28.isEmpty() ? (1L << 28) - 1 : CACHE28.get(CACHE28.size() - 1) - 2;
            while (CACHE28.size() <= index) {
                if (isPrime(next)) {
                    CACHE28.add(next);
                }
                next -= 2;
            }
            return CACHE28.get(index);
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
