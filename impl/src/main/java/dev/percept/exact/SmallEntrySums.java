package dev.percept.exact;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Exact inner products {@code sum_i u_i v_i} of two rational vectors whose entries are small
 * fractions (every numerator and denominator below {@code 2^31}), each entry kept over its own
 * denominator instead of the common one.
 *
 * <p><b>Why.</b> Over the common denominator {@code L = lcm} of the entries' denominators (about
 * 1 443 bits for denominators 1..1000) every term of an inner product is a product of
 * {@code L}-sized numbers. Here a term {@code n m / (delta delta')} is one {@code long} product
 * {@code n m} (below {@code 2^62}), added to a 128-bit accumulator of its <em>cell</em>, the pair
 * of denominator classes {@code (delta, delta')}. Only the cells are combined with big numbers:
 * {@code sum_cells C / (delta delta') = sum_delta (L_u / delta) sum_delta' C (L_v / delta') / (L_u L_v)},
 * one small-by-big product per nonempty cell and one big product per denominator of {@code u}.
 * For a vector with {@code k} distinct denominators the big-number work is bounded by the number
 * of cells ({@code <= min(d, k^2)}), not by {@code d} big products.
 *
 * <p>The result is the exact rational (in lowest terms); nothing is approximated. Vectors with a
 * larger entry are not handled here ({@link #dot} returns {@code null}) and the caller takes the
 * common-denominator path.
 */
public final class SmallEntrySums {

    /** Denominators up to this bound are indexed through an array; beyond, through a hash map. */
    private static final int DIRECT_DENOMINATORS = 1 << 16;

    private SmallEntrySums() {
    }

    /**
     * A vector of small fractions: numerators and denominators as {@code int}s, each denominator
     * replaced by the index of its class, with the lcm of the classes and the cofactors
     * {@code lcm / delta} (one long division per class).
     */
    public static final class Entries {
        private final int[] num;
        private final int[] group;
        private final int[] groupDen;
        private final BigInteger lcm;
        private final BigInteger[] cofactor;

        private Entries(int[] num, int[] group, int[] groupDen, BigInteger lcm, BigInteger[] cofactor) {
            this.num = num;
            this.group = group;
            this.groupDen = groupDen;
            this.lcm = lcm;
            this.cofactor = cofactor;
        }

        /** @return the length */
        public int length() {
            return num.length;
        }

        /** @return the number of distinct denominators */
        public int classes() {
            return groupDen.length;
        }
    }

    /**
     * Returns {@code v} as small entries, or {@code null} when a numerator or denominator does not
     * fit in 31 bits (then the caller uses the common-denominator path).
     */
    public static Entries of(Rational[] v) {
        int d = v.length;
        int[] num = new int[d];
        int[] den = new int[d];
        int maxDen = 1;
        for (int i = 0; i < d; i++) {
            BigInteger n = v[i].numerator();
            BigInteger q = v[i].denominator();
            if (n.bitLength() > 31 || q.bitLength() > 31) {
                return null;
            }
            num[i] = n.intValue();
            den[i] = q.intValue();
            maxDen = Math.max(maxDen, den[i]);
        }
        int[] group = new int[d];
        int[] classDen = new int[Math.min(d, 16)];
        int classes = 0;
        if (maxDen <= DIRECT_DENOMINATORS) {
            int[] index = new int[maxDen + 1];
            for (int i = 0; i < d; i++) {
                int k = index[den[i]] - 1;
                if (k < 0) {
                    if (classes == classDen.length) {
                        classDen = java.util.Arrays.copyOf(classDen, 2 * classes);
                    }
                    classDen[classes] = den[i];
                    k = classes++;
                    index[den[i]] = k + 1;
                }
                group[i] = k;
            }
        } else {
            Map<Integer, Integer> index = new HashMap<>();
            for (int i = 0; i < d; i++) {
                Integer k = index.get(den[i]);
                if (k == null) {
                    if (classes == classDen.length) {
                        classDen = java.util.Arrays.copyOf(classDen, 2 * classes);
                    }
                    classDen[classes] = den[i];
                    k = classes++;
                    index.put(den[i], k);
                }
                group[i] = k;
            }
        }
        int[] groupDen = java.util.Arrays.copyOf(classDen, classes);
        BigInteger l = BigInteger.ONE;
        for (int q : groupDen) {
            l = ScaledVector.lcm(l, BigInteger.valueOf(q));
        }
        BigInteger[] cof = new BigInteger[classes];
        for (int k = 0; k < classes; k++) {
            cof[k] = l.divide(BigInteger.valueOf(groupDen[k]));
        }
        return new Entries(num, group, groupDen, l, cof);
    }

    /**
     * Returns {@code sum_i u_i v_i} exactly, or {@code null} when an entry of either vector is not
     * small ({@link #of}).
     */
    public static Rational dot(Rational[] u, Rational[] v) {
        Entries eu = of(u);
        if (eu == null) {
            return null;
        }
        Entries ev = u == v ? eu : of(v);
        return ev == null ? null : dot(eu, ev);
    }

    /** Returns {@code sum_i u_i v_i} exactly for two small-entry vectors of the same length. */
    public static Rational dot(Entries u, Entries v) {
        if (u.num.length != v.num.length) {
            throw new IllegalArgumentException("length mismatch");
        }
        int nu = u.classes();
        int nv = v.classes();
        BigInteger[] rowSum = new BigInteger[nu];
        // Open addressing on the cell key gu * nv + gv (at most min(d, nu nv) cells are touched).
        long want = Math.min((long) u.num.length, (long) nu * nv);
        int cap = Integer.highestOneBit((int) Math.max(16, Math.min(1 << 30, 2 * want))) << 1;
        int mask = cap - 1;
        long[] keys = new long[cap];
        long[] lo = new long[cap];
        long[] hi = new long[cap];
        java.util.Arrays.fill(keys, -1L);
        for (int i = 0; i < u.num.length; i++) {
            long x = (long) u.num[i] * v.num[i];
            if (x == 0) {
                continue;
            }
            long key = (long) u.group[i] * nv + v.group[i];
            int c = (int) (mix(key) & mask);
            while (keys[c] != key && keys[c] != -1L) {
                c = (c + 1) & mask;
            }
            keys[c] = key;
            long l0 = lo[c];
            long l1 = l0 + x;
            lo[c] = l1;
            hi[c] += (x >> 63) + (Long.compareUnsigned(l1, l0) < 0 ? 1 : 0);
        }
        for (int c = 0; c < cap; c++) {
            if (keys[c] != -1L) {
                addCell(rowSum, (int) (keys[c] / nv), v.cofactor[(int) (keys[c] % nv)], hi[c], lo[c]);
            }
        }
        BigInteger total = BigInteger.ZERO;
        for (int k = 0; k < nu; k++) {
            if (rowSum[k] != null) {
                total = total.add(rowSum[k].multiply(u.cofactor[k]));
            }
        }
        return Rational.of(total, u.lcm.multiply(v.lcm));
    }

    /**
     * The entries of two small-entry vectors of the same length partitioned into cells by the pair
     * (class of {@code u_i}'s denominator, class of {@code v_i}'s denominator): within a cell all
     * {@code u_i} share one denominator and all {@code v_i} another, so sums over a cell are integer
     * sums of the numerators. Cells are numbered in order of first appearance (deterministic).
     */
    public static final class Cells {
        private final Entries u;
        private final Entries v;
        private final int[] row;
        private final int[] col;
        private final int[] start;
        private final int[] index;

        private Cells(Entries u, Entries v, int[] row, int[] col, int[] start, int[] index) {
            this.u = u;
            this.v = v;
            this.row = row;
            this.col = col;
            this.start = start;
            this.index = index;
        }

        /** @return the number of cells */
        public int count() {
            return row.length;
        }

        /** @return the numerators of {@code u} in cell {@code c} */
        public BigInteger[] uNumerators(int c) {
            return numerators(u, c);
        }

        /** @return the numerators of {@code v} in cell {@code c} */
        public BigInteger[] vNumerators(int c) {
            return numerators(v, c);
        }

        private BigInteger[] numerators(Entries e, int c) {
            BigInteger[] out = new BigInteger[start[c + 1] - start[c]];
            for (int k = 0; k < out.length; k++) {
                out[k] = BigInteger.valueOf(e.num[index[start[c] + k]]);
            }
            return out;
        }

        /**
         * Returns {@code sum_c x_c / (delta_u(c) delta_u(c))}: the cells' integer sums of products of
         * {@code u}-numerators (e.g. {@code sum n_i^2} per cell) over their denominators.
         */
        public Rational overUU(BigInteger[] x) {
            return overSquare(x, row, u);
        }

        /** Returns {@code sum_c x_c / (delta_v(c) delta_v(c))}. */
        public Rational overVV(BigInteger[] x) {
            return overSquare(x, col, v);
        }

        /** Returns {@code sum_c x_c / (delta_u(c) delta_v(c))}. */
        public Rational overUV(BigInteger[] x) {
            return combine(x, row, col, u, v);
        }
    }

    /** Partitions the entries of {@code u} and {@code v} (same length) into {@link Cells}. */
    public static Cells cells(Entries u, Entries v) {
        int d = u.num.length;
        if (v.num.length != d) {
            throw new IllegalArgumentException("length mismatch");
        }
        int nv = v.classes();
        long want = Math.min((long) d, (long) u.classes() * nv);
        int cap = Integer.highestOneBit((int) Math.max(16, Math.min(1 << 30, 2 * want))) << 1;
        int mask = cap - 1;
        long[] keys = new long[cap];
        int[] id = new int[cap];
        java.util.Arrays.fill(keys, -1L);
        int[] cellOf = new int[d];
        int cells = 0;
        int[] size = new int[16];
        int[] row = new int[16];
        int[] col = new int[16];
        for (int i = 0; i < d; i++) {
            long key = (long) u.group[i] * nv + v.group[i];
            int c = (int) (mix(key) & mask);
            while (keys[c] != key && keys[c] != -1L) {
                c = (c + 1) & mask;
            }
            if (keys[c] == -1L) {
                keys[c] = key;
                if (cells == size.length) {
                    size = java.util.Arrays.copyOf(size, 2 * cells);
                    row = java.util.Arrays.copyOf(row, 2 * cells);
                    col = java.util.Arrays.copyOf(col, 2 * cells);
                }
                row[cells] = u.group[i];
                col[cells] = v.group[i];
                id[c] = cells++;
            }
            cellOf[i] = id[c];
            size[id[c]]++;
        }
        int[] start = new int[cells + 1];
        for (int c = 0; c < cells; c++) {
            start[c + 1] = start[c] + size[c];
        }
        int[] fill = java.util.Arrays.copyOf(start, cells);
        int[] index = new int[d];
        for (int i = 0; i < d; i++) {
            index[fill[cellOf[i]]++] = i;
        }
        return new Cells(u, v, java.util.Arrays.copyOf(row, cells), java.util.Arrays.copyOf(col, cells), start, index);
    }

    /**
     * {@code sum_c x_c / delta(c)^2}: the cells' sums added per class first (small integers), then
     * one pair of big products per class.
     */
    private static Rational overSquare(BigInteger[] x, int[] cls, Entries e) {
        BigInteger[] perClass = new BigInteger[e.classes()];
        for (int c = 0; c < x.length; c++) {
            int r = cls[c];
            perClass[r] = perClass[r] == null ? x[c] : perClass[r].add(x[c]);
        }
        BigInteger total = BigInteger.ZERO;
        for (int r = 0; r < perClass.length; r++) {
            if (perClass[r] != null && perClass[r].signum() != 0) {
                total = total.add(perClass[r].multiply(e.cofactor[r]).multiply(e.cofactor[r]));
            }
        }
        return Rational.of(total, e.lcm.multiply(e.lcm));
    }

    /**
     * {@code sum_c x_c / (delta_r(c) delta_k(c))} with {@code delta_r} from {@code re}'s classes and
     * {@code delta_k} from {@code ke}'s: {@code sum_r (L_r / delta_r) sum_k x (L_k / delta_k) / (L_r L_k)},
     * one small-by-big product per cell and one big product per row class.
     */
    private static Rational combine(BigInteger[] x, int[] rowClass, int[] colClass, Entries re, Entries ke) {
        BigInteger[] rowSum = new BigInteger[re.classes()];
        for (int c = 0; c < x.length; c++) {
            if (x[c].signum() != 0) {
                BigInteger t = x[c].multiply(ke.cofactor[colClass[c]]);
                int r = rowClass[c];
                rowSum[r] = rowSum[r] == null ? t : rowSum[r].add(t);
            }
        }
        BigInteger total = BigInteger.ZERO;
        for (int r = 0; r < rowSum.length; r++) {
            if (rowSum[r] != null) {
                total = total.add(rowSum[r].multiply(re.cofactor[r]));
            }
        }
        return Rational.of(total, re.lcm.multiply(ke.lcm));
    }

    /** A cheap bit mixer for the cell keys (consecutive keys would otherwise cluster). */
    private static long mix(long k) {
        k *= 0x9E3779B97F4A7C15L;
        return k ^ (k >>> 29);
    }

    /** {@code rowSum[row] += (hi * 2^64 + lo) * cofactor}, the 128-bit cell sum as a signed integer. */
    private static void addCell(BigInteger[] rowSum, int row, BigInteger cofactor, long hi, long lo) {
        BigInteger c = int128(hi, lo);
        if (c.signum() == 0) {
            return;
        }
        BigInteger t = c.multiply(cofactor);
        rowSum[row] = rowSum[row] == null ? t : rowSum[row].add(t);
    }

    /** The signed 128-bit integer {@code hi * 2^64 + lo} ({@code lo} unsigned). */
    static BigInteger int128(long hi, long lo) {
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return BigInteger.valueOf(lo);
        }
        BigInteger low = BigInteger.valueOf(lo & Long.MAX_VALUE).setBit(63);
        if (lo >= 0) {
            low = BigInteger.valueOf(lo);
        }
        return BigInteger.valueOf(hi).shiftLeft(64).add(low);
    }
}
