package dev.percept.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link FastSymmetricEigen} at sizes where {@link HouseholderTridiagonal} splits its sweeps over
 * two threads (n from {@link HouseholderTridiagonal#SPLIT_MIN}), where the small-n differential
 * test ({@link FastEigenDifferentialProperties}, exact audit) cannot reach cheaply.
 *
 * <p><b>Known spectrum.</b> {@code A = P D P} with {@code P = I - 2 u u^T / s} ({@code s = u.u},
 * small integer {@code u}) a rational reflection and {@code D} an integer diagonal, so the
 * eigenvalues of the exact {@code A} are the entries of {@code D}. Each entry is
 * {@code N_ij / s^2} with an integer numerator below 2^53, rounded to double once, so the double
 * matrix differs from {@code A} by {@code ||dA||_2 <= ||dA||_F <= u ||A||_F}; with the solver's
 * bound {@code c n u ||A||_F} ({@link FastSymmetricEigen#errorBound}) Weyl's theorem gives
 * {@code |lambda_hat_i - d_i| <= c n u ||A||_F + u ||A||_F}. A negative control moves one
 * {@code d_i} by 1 and must be caught.
 */
class FastEigenHouseholderProperties {

    private static final double U = Math.ulp(1.0) / 2;

    /** The double matrix P D P (one rounding per entry) and the sorted exact spectrum D. */
    record Planted(double[][] a, double[] spectrum) {
    }

    static Planted planted(long seed, int n) {
        Random r = new Random(seed);
        long[] u = new long[n];
        long[] d = new long[n];
        long s = 0;
        for (int i = 0; i < n; i++) {
            u[i] = r.nextInt(7) - 3;
            d[i] = r.nextInt(9) - 4; // few distinct values: many repeated eigenvalues
            s += u[i] * u[i];
        }
        if (s == 0) {
            u[0] = 1;
            s = 1;
        }
        long q = 0;
        for (int i = 0; i < n; i++) {
            q += d[i] * u[i] * u[i];
        }
        double s2 = (double) (s * s);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // s^2 (P D P)_ij, an integer of magnitude below 2^40 here
                long num = (i == j ? d[i] * s * s : 0) - 2 * s * (u[i] * d[j] * u[j] + d[i] * u[i] * u[j]) + 4 * q * u[i] * u[j];
                a[i][j] = num / s2;
            }
        }
        double[] spectrum = new double[n];
        for (int i = 0; i < n; i++) {
            spectrum[i] = d[i];
        }
        Arrays.sort(spectrum);
        return new Planted(a, spectrum);
    }

    static double frobenius(double[][] a) {
        double f = 0;
        for (double[] row : a) {
            for (double v : row) {
                f = Math.hypot(f, v);
            }
        }
        return f;
    }

    static double worst(double[] got, double[] exact) {
        double w = 0;
        for (int i = 0; i < got.length; i++) {
            w = Math.max(w, Math.abs(got[i] - exact[i]));
        }
        return w;
    }

    @Property(tries = 6)
    void plantedSpectrumWithinTheBound(@ForAll long seed,
            @ForAll @IntRange(min = HouseholderTridiagonal.SPLIT_MIN, max = 300) int n) {
        Planted p = planted(seed, n);
        double bound = FastSymmetricEigen.errorBound(p.a()) + U * frobenius(p.a());
        assertThat(worst(FastSymmetricEigen.eigenvalues(p.a()), p.spectrum())).isLessThanOrEqualTo(bound);
    }

    /** Negative control: the same check against a spectrum with one eigenvalue moved by 1 fails. */
    @Property(tries = 2)
    void negativeControlAMovedEigenvalueIsCaught(@ForAll long seed) {
        Planted p = planted(seed, HouseholderTridiagonal.SPLIT_MIN);
        double[] wrong = p.spectrum().clone();
        wrong[wrong.length / 2] += 1;
        Arrays.sort(wrong);
        double bound = FastSymmetricEigen.errorBound(p.a()) + U * frobenius(p.a());
        assertThat(worst(FastSymmetricEigen.eigenvalues(p.a()), wrong)).isGreaterThan(bound);
    }

    /** Deterministic whatever the threads: the split sweeps on one thread give the same bits. */
    @Property(tries = 4)
    void threadsChangeNoBit(@ForAll long seed, @ForAll @IntRange(min = HouseholderTridiagonal.SPLIT_MIN, max = 260) int n) {
        double[][] a = planted(seed, n).a();
        HouseholderTridiagonal two = HouseholderTridiagonal.of(a, true);
        HouseholderTridiagonal one = HouseholderTridiagonal.of(a, false);
        assertThat(two.diag).isEqualTo(one.diag);
        assertThat(two.off).isEqualTo(one.off);
    }

    /**
     * Scaling by 2^k changes no digit: the reduction first scales the matrix by a power of two so
     * that its largest entry lies in [1, 2), so {@code eig(2^k A) = 2^k eig(A)} exactly, near the
     * top and the bottom of the double range alike (k up to +-900; no entry becomes subnormal).
     */
    @Property(tries = 4)
    void powerOfTwoScalingIsExact(@ForAll long seed, @ForAll @IntRange(min = -900, max = 900) int k) {
        double[][] a = planted(seed, 40).a();
        double[][] b = new double[a.length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                b[i][j] = Math.scalb(a[i][j], k);
            }
        }
        double[] ea = FastSymmetricEigen.eigenvalues(a);
        double[] eb = FastSymmetricEigen.eigenvalues(b);
        for (int i = 0; i < ea.length; i++) {
            assertThat(eb[i]).isEqualTo(Math.scalb(ea[i], k));
        }
    }
}
