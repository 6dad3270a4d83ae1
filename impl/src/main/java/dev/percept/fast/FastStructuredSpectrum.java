package dev.percept.fast;

/**
 * Proposition 4.1 (claims P41.1-P41.4) in double precision, O(d): the nonzero eigenvalues of
 * {@code A = [[0,0,a^T],[0,0,(Pa)^T],[a,Pa,0]]} are {@code ±sqrt(s+p)} and {@code ±sqrt(s-p)},
 * {@code s = ||a||^2}, {@code p = a^T P a}. To avoid the cancellation in {@code s - p} when
 * {@code p} is close to {@code ±s}, both are formed as sums of squares,
 * {@code s ± p = (1/2) sum_i (a_i ± a_P(i))^2} (equal because {@code ||Pa|| = ||a||}), summed with
 * Neumaier's compensated summation.
 *
 * <p><b>Scaling (the whole double range).</b> A square of a double overflows from about 1.3e154
 * on and underflows below about 1.5e-154, so the sums are never formed unscaled. Each term is
 * formed after scaling its pair by the power of two {@code 2^-k_i} that brings
 * {@code max(|a_i|, |a_P(i)|)} into {@code [1, 2)} (exact in binary, except that a partner more
 * than 2^1022 times smaller may lose bits below {@code 2^-1074}: then {@code |a_i ± a_P(i)|} is
 * at least 1/2 in the scaled units, so the relative change is below {@code 2^-1073}). The term
 * {@code (1/2)(b ± c)^2 <= 8} is kept as a significand in {@code [1, 2)} and a binary exponent
 * {@code e_i}; the terms are summed relative to the largest exponent {@code E}, each rescaled by
 * {@code 2^(e_i - E)} (exact unless it falls below {@code 2^-1022}, where it loses at most
 * {@code 2^-1075} against a sum of at least 1), and the square root is taken of the sum times
 * {@code 2^E} split as {@code sqrt(m 2^(E mod 2)) 2^floor(E/2)}, exactly.
 *
 * <p><b>Forward error, for every finite input.</b> Each term has relative error at most
 * {@code gamma_3} (one addition, one square, exact halving); compensated summation of
 * nonnegative terms adds at most {@code 2u + O(d u^2)} relative; the square root adds {@code u}
 * and halves the rest, so {@code |lambda_hat - lambda| <= (4u + 2 d u^2) |lambda|},
 * {@code u = 2^-53}, independent of how close {@code p} is to {@code ±s}. Scaling adds at most
 * {@code 3 d 2^-1074} relative, far inside the {@code u/2} the bound leaves over
 * ({@code 3.5u + O(d u^2)} is what the terms above add up to). The bound holds whenever the
 * result is a normal double or 0; an eigenvalue above the largest double or nonzero below
 * {@code 2^-1022} (where a double has fewer than 53 significant bits) is refused with
 * {@link DoubleRangeException}, never printed as an infinity or a rounded subnormal.
 */
public final class FastStructuredSpectrum {

    private FastStructuredSpectrum() {
    }

    /** The relative forward-error bound of {@link #eigenvalues} for dimension {@code d}. */
    public static double relativeErrorBound(int d) {
        double u = Math.ulp(1.0) / 2;
        return 4 * u + 2.0 * d * u * u;
    }

    /** Neumaier-compensated sum. */
    static double sum(double[] t) {
        double s = 0;
        double c = 0;
        for (double x : t) {
            double y = s + x;
            c += Math.abs(s) >= Math.abs(x) ? (s - y) + x : (x - y) + s;
            s = y;
        }
        return s + c;
    }

    /**
     * A nonnegative number {@code significand * 2^exponent} whose exponent may lie far outside
     * the double range ({@code s ± p} of entries near 1e300 is near 1e600).
     */
    record Scaled(double significand, int exponent) {

        /**
         * {@code sqrt} of this number as a double.
         *
         * @throws DoubleRangeException when the root is above the largest double or nonzero
         *     below {@code 2^-1022}
         */
        double sqrt() {
            if (significand == 0) {
                return 0;
            }
            int odd = Math.floorMod(exponent, 2);
            double r = Math.scalb(Math.sqrt(Math.scalb(significand, odd)), Math.floorDiv(exponent, 2));
            if (Double.isInfinite(r) || r < Double.MIN_NORMAL) {
                double log2 = Math.log(Math.sqrt(Math.scalb(significand, odd))) / Math.log(2) + Math.floorDiv(exponent, 2);
                throw new DoubleRangeException("an eigenvalue is about " + powerOfTwoText(log2) + ", outside the normal double range"
                        + " [2^-1022, 2^1024) (about [2.2e-308, 1.8e308]) where its relative error bound holds");
            }
            return r;
        }
    }

    /** {@code 2^log2} as a decimal for a message ({@code 1.2e-330}), whatever its magnitude. */
    static String powerOfTwoText(double log2) {
        double log10 = log2 * Math.log10(2);
        double e = Math.floor(log10);
        return String.format(java.util.Locale.ROOT, "%.1fe%d", Math.pow(10, log10 - e), (long) e);
    }

    /** The binary exponent of a nonzero finite double, subnormals included ({@code 2^e <= |x| < 2^(e+1)}). */
    static int exponent(double x) {
        int e = Math.getExponent(x);
        return e >= Double.MIN_EXPONENT ? e : Math.getExponent(Math.scalb(x, 64)) - 64;
    }

    /**
     * {@code (1/2) sum (a_i + sign a_P(i))^2} ({@code s + p} for sign 1, {@code s - p} for -1) as
     * significand and exponent, formed with the per-pair scaling described above; {@code perm} 0-based.
     */
    static Scaled sPlusSignP(double[] a, int[] perm, int sign) {
        int d = a.length;
        double[] f = new double[d];
        int[] e = new int[d];
        int top = Integer.MIN_VALUE;
        for (int i = 0; i < d; i++) {
            double m = Math.max(Math.abs(a[i]), Math.abs(a[perm[i]]));
            if (m == 0) {
                continue;
            }
            int k = exponent(m);
            double b = Math.scalb(a[i], -k);
            double c = Math.scalb(a[perm[i]], -k);
            double v = sign > 0 ? b + c : b - c;
            double t = v * v * 0.5; // 0 or in [2^-107, 8]: a normal double
            if (t == 0) {
                continue;
            }
            int g = Math.getExponent(t);
            f[i] = Math.scalb(t, -g);
            e[i] = g + 2 * k;
            top = Math.max(top, e[i]);
        }
        if (top == Integer.MIN_VALUE) {
            return new Scaled(0, 0);
        }
        double[] terms = new double[d];
        for (int i = 0; i < d; i++) {
            terms[i] = f[i] == 0 ? 0 : Math.scalb(f[i], Math.max(e[i] - top, -1100));
        }
        return new Scaled(sum(terms), top);
    }

    /**
     * All {@code d + 2} eigenvalues, increasing, with multiplicity: {@code ±sqrt(s+p)},
     * {@code ±sqrt(s-p)} and zeros for the rest (zeros are {@code +0.0}).
     *
     * @param a finite entries
     * @param perm the permutation (any cycle type) as a 0-based image array
     * @throws IllegalArgumentException for an entry that is NaN or infinite
     * @throws DoubleRangeException when an eigenvalue is outside the normal double range
     */
    public static double[] eigenvalues(double[] a, int[] perm) {
        int d = a.length;
        for (int i = 0; i < d; i++) {
            if (!Double.isFinite(a[i])) {
                throw new IllegalArgumentException("a_" + (i + 1) + " = " + a[i] + " is not a finite double");
            }
        }
        double rp = sPlusSignP(a, perm, 1).sqrt();
        double rm = sPlusSignP(a, perm, -1).sqrt();
        double[] out = new double[d + 2];
        double hi = Math.max(rp, rm);
        double lo = Math.min(rp, rm);
        out[0] = hi == 0 ? 0 : -hi;
        out[1] = lo == 0 ? 0 : -lo;
        out[d] = lo;
        out[d + 1] = hi;
        java.util.Arrays.sort(out);
        return out;
    }
}
