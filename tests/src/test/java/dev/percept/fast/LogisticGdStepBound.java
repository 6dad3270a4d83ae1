package dev.percept.fast;

import dev.percept.binary64.Binary64;
import dev.percept.exact.Rational;

/**
 * The forward-error bound of one fast logistic-GD step, {@link FastLinearSteps#logisticGd}, as
 * stated in its javadoc and in {@code spec/audit.md}: coordinate {@code j} of the computed step
 * is within
 * {@code gamma_{2n+1} (|w_j| + sum_i |c_i x_ij|) + sum_i (gamma/n)(delta_i/4 + 6u + 2^-1023)|x_ij|
 * + 2^-1073 (n + sum_i |x_ij|)} of the exact step from the same {@code w}, where
 * {@code |c_i| <= gamma/n} and {@code delta_i = gamma_d sum_k |w_k x_ik| + d 2^-1074} bounds the
 * error of the computed margin. The terms in {@code 2^-1023}, {@code 2^-1074} and {@code 2^-1073}
 * are the underflow ones (a sigmoid computed as a subnormal or as 0 after {@code exp} overflowed;
 * the fused multiply-adds of a margin; the roundings of {@code gamma/n} and {@code c_i}, times
 * {@code |x_ij|}; a product {@code c_i x_ij}). Evaluated in exact rationals, so that the bound
 * itself neither underflows nor loses its absolute terms, and returned rounded up to a double.
 * The single place the differential tests and the vector readback take it from.
 */
public final class LogisticGdStepBound {

    private static final Rational U = Rational.powerOfTwo(-53);

    private LogisticGdStepBound() {
    }

    /** {@code gamma_k = k u / (1 - k u)}, exactly. */
    static Rational gamma(int k) {
        Rational ku = Rational.of(k).multiply(U);
        return ku.divide(Rational.ONE.subtract(ku));
    }

    /**
     * @return the bound {@code b_j} for each coordinate of one step from {@code w}, rounded up (no
     *     safety factor applied): in doubles when that is safe ({@link #inDoubles}), else exactly
     */
    public static double[] perCoordinate(double[] w, double[][] x, double gamma) {
        double[] b = inDoubles(w, x, gamma);
        return b != null ? b : exactly(w, x, gamma);
    }

    /** {@code 2^-1021}: a product at least this large did not underflow. */
    private static final double SAFE = 2 * Double.MIN_NORMAL;

    /**
     * The same bound evaluated in doubles, times {@code 1 + 10^-9}, or null when that is not
     * guaranteed to bound it from above. Every term is nonnegative, so without underflow each
     * coordinate's evaluation (at most {@code 2d + 4n + 12} roundings along any path) is off by at
     * most a relative {@code gamma_{2d+4n+12}}, below {@code 10^-9} for {@code 2d + 4n + 12 < 9 10^6}
     * (checked). Null when a nonzero product or quotient falls below {@code 2^-1021} (it may have
     * underflowed, and a later factor up to 1e300 could magnify that), when something overflows,
     * or when n and d are too large for the slack: the caller then evaluates it exactly. Cheap
     * where the exact evaluation is not (the blocked test's 2^20 entries).
     */
    static double[] inDoubles(double[] w, double[][] x, double gamma) {
        int n = x.length;
        int d = w.length;
        if (2L * d + 4L * n + 12 >= 9_000_000L) {
            return null;
        }
        double u = Math.ulp(1.0) / 2;
        double gd = FastLinearRuns.gamma(d);
        double g2n = FastLinearRuns.gamma(2 * n + 1);
        double step = gamma / n;
        double six = 6 * u + Math.scalb(1.0, -1023);
        double tiny = Math.scalb(1.0, -1073);
        if (!safe(step, gamma)) {
            return null;
        }
        double[] delta = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < d; k++) {
                double p = Math.abs(w[k] * x[i][k]);
                if (!safe(p, w[k] == 0 || x[i][k] == 0 ? 0 : 1)) {
                    return null;
                }
                s += p;
            }
            delta[i] = gd * s + d * Double.MIN_VALUE;
            if (!safe(gd * s, s)) {
                return null;
            }
        }
        double[] b = new double[d];
        for (int j = 0; j < d; j++) {
            double sumC = 0;
            double sumS = 0;
            double sumX = 0;
            for (int i = 0; i < n; i++) {
                double ax = Math.abs(x[i][j]);
                double c = step * ax;
                double sc = c * (delta[i] / 4 + six);
                if (!safe(c, ax) || !safe(sc, c)) {
                    return null;
                }
                sumC += c;
                sumS += sc;
                sumX += ax;
            }
            double wc = Math.abs(w[j]) + sumC;
            // tiny (sumX + n) may be subnormal: rounded up by one ulp; a total below 2^-1021 is then that term alone, exact
            double bj = (g2n * wc + sumS + Math.nextUp(tiny * (sumX + n))) * (1 + 1e-9);
            if (!safe(g2n * wc, wc) || !Double.isFinite(bj)) {
                return null;
            }
            b[j] = Math.nextUp(bj);
        }
        return b;
    }

    /** Whether {@code r}, a product or quotient whose factors' nonzero-ness is {@code factor != 0}, is finite and did not underflow. */
    private static boolean safe(double r, double factor) {
        return Double.isFinite(r) && (factor == 0 ? r == 0 : r == 0 ? false : Math.abs(r) >= SAFE);
    }

    /** The bound in exact rationals (every underflow term kept), rounded up to a double; infinite when beyond the double range. */
    static double[] exactly(double[] w, double[][] x, double gamma) {
        int n = x.length;
        int d = w.length;
        Rational gd = gamma(d);
        Rational g2n = gamma(2 * n + 1);
        Rational step = Binary64.exact(gamma).divide(Rational.of(n));
        Rational six = Rational.of(6).multiply(U).add(Rational.powerOfTwo(-1023));
        Rational tiny = Rational.powerOfTwo(-1073);
        Rational[] delta = new Rational[n];
        for (int i = 0; i < n; i++) {
            Rational s = Rational.ZERO;
            for (int k = 0; k < d; k++) {
                s = s.add(Binary64.exact(w[k]).multiply(Binary64.exact(x[i][k])).abs());
            }
            delta[i] = gd.multiply(s).add(Rational.of(d).multiply(Rational.powerOfTwo(-1074)));
        }
        double[] b = new double[d];
        for (int j = 0; j < d; j++) {
            Rational sumC = Rational.ZERO;
            Rational sumS = Rational.ZERO;
            Rational sumX = Rational.ZERO;
            for (int i = 0; i < n; i++) {
                Rational ax = Binary64.exact(x[i][j]).abs();
                sumC = sumC.add(step.multiply(ax));
                sumS = sumS.add(step.multiply(delta[i].divide(Rational.of(4)).add(six)).multiply(ax));
                sumX = sumX.add(ax);
            }
            Rational bj = g2n.multiply(Binary64.exact(w[j]).abs().add(sumC)).add(sumS).add(tiny.multiply(sumX.add(Rational.of(n))));
            double v = Binary64.nearest(bj);
            b[j] = Double.isInfinite(v) || Binary64.exact(v).compareTo(bj) >= 0 ? v : Math.nextUp(v); // beyond the double range: no bound
        }
        return b;
    }

    /**
     * @return the 2-norm of the per-coordinate bound, by {@link Math#hypot} (no underflow of the
     *     squares at any magnitude; each call within 1 ulp), rounded up by a relative {@code 1e-15 d}
     */
    public static double norm(double[] w, double[][] x, double gamma) {
        double h = 0;
        for (double bj : perCoordinate(w, x, gamma)) {
            h = Math.hypot(h, bj);
        }
        return h * (1 + 1e-15 * w.length);
    }
}
