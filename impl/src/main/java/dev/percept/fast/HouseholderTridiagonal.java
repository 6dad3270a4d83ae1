package dev.percept.fast;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * Householder reduction of a symmetric matrix to tridiagonal form {@code T = Q^T A Q}, eigenvalues
 * only (Q is not formed): the reduction LAPACK's {@code dsytd2} performs on the lower triangle,
 * organised for speed (issue 14, target 5).
 *
 * <p>Step {@code k} builds the reflector {@code H = I - tau v v^T} that zeroes column {@code k}
 * below the subdiagonal, then needs {@code p = tau A22 v}, {@code w = p - (tau/2)(p.v) v} and the
 * rank-2 update {@code A22 -= v w^T + w v^T}. The profile of EJML's row-major reduction showed
 * these two sweeps over the trailing matrix as 94-97 % of the eigenvalue time at n = 1000, both
 * limited by memory traffic. Here they are fused: one sweep over the rows of the packed lower
 * triangle applies the update of step {@code k - 1} to a row and, while it is in cache, adds that
 * row's part of the product of step {@code k} (column {@code k} is brought up to date first, so
 * the reflector of step {@code k} is known before the sweep). The matrix is read and written once
 * per step instead of twice, and never touches the upper triangle.
 *
 * <p>Each sweep is split into two fixed row blocks of about equal area, each with its own partial
 * product vector, summed in a fixed order; the blocks run on two threads when the trailing matrix
 * has at least {@link #SPLIT_MIN} rows. The split depends only on the sizes, never on the number
 * of threads or their timing, so the result is deterministic bit for bit.
 *
 * <p>Rounding: this is the textbook Householder reduction, backward stable: {@code T} is exactly
 * similar to {@code A + E} with {@code ||E||_2 <= c n u ||A||_2} for a modest constant {@code c}
 * (Golub and Van Loan, section 8.3.1). The matrix is first scaled by a power of two so that its
 * largest entry lies in [1, 2) (exact; undone on the eigenvalues), which keeps the squared norms
 * of the reflectors away from overflow and harmful underflow over the whole double range.
 */
final class HouseholderTridiagonal {

    /** Trailing sizes from which a sweep is split into two row blocks (and two threads). */
    static final int SPLIT_MIN = 192;

    /** The diagonal of T. */
    final double[] diag;
    /** The subdiagonal of T ({@code off[k] = T[k+1][k]}). */
    final double[] off;
    /** T is the reduction of {@code 2^scale * A}: divide its eigenvalues by {@code 2^scale}. */
    final int scale;

    private HouseholderTridiagonal(double[] diag, double[] off, int scale) {
        this.diag = diag;
        this.off = off;
        this.scale = scale;
    }

    /** Reduces the symmetric matrix {@code a} (only its lower triangle is read; {@code a} is not modified). */
    static HouseholderTridiagonal of(double[][] a) {
        return of(a, true);
    }

    /**
     * As {@link #of(double[][])}; with {@code threads} false both row blocks of every sweep run on
     * the calling thread, in the same split: the result is the same bit for bit (tested).
     */
    static HouseholderTridiagonal of(double[][] a, boolean threads) {
        int n = a.length;
        double max = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                max = Math.max(max, Math.abs(a[i][j]));
            }
        }
        int scale = max > 0 && Double.isFinite(max) ? -Math.getExponent(max) : 0;
        double[][] l = new double[n][];
        for (int i = 0; i < n; i++) {
            l[i] = new double[i + 1];
            for (int j = 0; j <= i; j++) {
                l[i][j] = Math.scalb(a[i][j], scale);
            }
        }
        double[] d = new double[n];
        double[] e = new double[Math.max(n - 1, 0)];
        reduce(l, d, e, threads);
        return new HouseholderTridiagonal(d, e, scale);
    }

    /** Reduces the packed lower triangle {@code l} in place into diagonal {@code d} and subdiagonal {@code e}. */
    private static void reduce(double[][] l, double[] d, double[] e, boolean threads) {
        int n = l.length;
        if (n == 0) {
            return;
        }
        double[] v = new double[n]; // reflector of the previous step (its update is pending)
        double[] w = new double[n];
        double[] vn = new double[n]; // reflector of this step
        double[] p1 = new double[n];
        double[] p2 = new double[n];
        for (int k = 0; k < n - 1; k++) {
            // column k, diagonal included, receives the pending update of step k - 1
            for (int i = k; i < n; i++) {
                l[i][k] -= v[i] * w[k] + w[i] * v[k];
            }
            d[k] = l[k][k];
            double tau = reflector(l, k, vn, e);
            int lo = k + 1;
            int m = n - lo;
            Arrays.fill(p1, lo, n, 0);
            if (m >= SPLIT_MIN) {
                // rows [lo, mid) and [mid, n) hold about the same number of entries
                int mid = lo + (int) Math.round(m / Math.sqrt(2));
                Arrays.fill(p2, lo, n, 0);
                if (threads) {
                    CompletableFuture<Void> other = CompletableFuture.runAsync(() -> sweep(l, lo, mid, n, v, w, vn, p2));
                    sweep(l, lo, lo, mid, v, w, vn, p1);
                    other.join();
                } else {
                    sweep(l, lo, lo, mid, v, w, vn, p1);
                    sweep(l, lo, mid, n, v, w, vn, p2);
                }
                for (int j = lo; j < n; j++) {
                    p1[j] += p2[j];
                }
            } else {
                sweep(l, lo, lo, n, v, w, vn, p1);
            }
            double pv = 0;
            for (int j = lo; j < n; j++) {
                p1[j] *= tau;
                pv += p1[j] * vn[j];
            }
            double c = -0.5 * tau * pv;
            for (int j = lo; j < n; j++) {
                w[j] = p1[j] + c * vn[j];
                v[j] = vn[j];
            }
            v[k] = 0;
            w[k] = 0;
        }
        d[n - 1] = l[n - 1][n - 1] - 2 * v[n - 1] * w[n - 1];
    }

    /**
     * The reflector zeroing {@code l[k+2..][k]}: stores it in {@code vn[k+1..]} ({@code vn[k+1] = 1}),
     * the new subdiagonal entry in {@code e[k]}, and returns {@code tau} (0 when the column is
     * already reduced; then {@code vn} is zero and the step changes nothing).
     */
    private static double reflector(double[][] l, int k, double[] vn, double[] e) {
        int n = l.length;
        double alpha = l[k + 1][k];
        double sigma = 0;
        for (int i = k + 2; i < n; i++) {
            sigma += l[i][k] * l[i][k];
        }
        if (sigma == 0) {
            e[k] = alpha;
            Arrays.fill(vn, k + 1, n, 0);
            return 0;
        }
        double beta = -Math.copySign(Math.sqrt(alpha * alpha + sigma), alpha);
        double s = 1 / (alpha - beta);
        vn[k + 1] = 1;
        for (int i = k + 2; i < n; i++) {
            vn[i] = l[i][k] * s;
        }
        e[k] = beta;
        return (beta - alpha) / beta;
    }

    /**
     * {@code sum a[j] b[j]} over {@code [from, to)} with four partial sums (fixed order): the row is
     * still in L1 after the update loop, and a separate loop lets that loop vectorise (a single
     * loop carrying this reduction measured about 6 % slower).
     */
    private static double dot(double[] a, double[] b, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = from;
        for (; j + 3 < to; j += 4) {
            s0 += a[j] * b[j];
            s1 += a[j + 1] * b[j + 1];
            s2 += a[j + 2] * b[j + 2];
            s3 += a[j + 3] * b[j + 3];
        }
        for (; j < to; j++) {
            s0 += a[j] * b[j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * Rows {@code [from, to)} of the trailing matrix (columns from {@code lo}): applies the pending
     * update {@code -= v w^T + w v^T} and adds the rows' part of {@code A22 vn} into {@code p}
     * (the row's dot product at its own index, its transpose part scattered).
     */
    private static void sweep(double[][] l, int lo, int from, int to, double[] v, double[] w, double[] vn, double[] p) {
        for (int i = from; i < to; i++) {
            double[] row = l[i];
            double vi = v[i];
            double wi = w[i];
            double vni = vn[i];
            for (int j = lo; j < i; j++) {
                double x = row[j] - (vi * w[j] + wi * v[j]);
                row[j] = x;
                p[j] += x * vni;
            }
            double x = row[i] - 2 * vi * wi;
            row[i] = x;
            p[i] += dot(row, vn, lo, i) + x * vni;
        }
    }
}
