package dev.percept.fast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.binary64.Binary64;
import dev.percept.audit.Audit;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Differential test: {@link FastSymmetricEigen} (Householder tridiagonalisation, EJML tridiagonal QR) against the exact spectrum,
 * through {@link Audit} (rigorous enclosure of each error).
 *
 * <p><b>Bound.</b> The symmetric QR algorithm is backward stable: the computed eigenvalues are
 * exact for {@code A + E}, {@code ||E||_2 <= c n u ||A||_2}; by Weyl's theorem
 * {@code |lambda_hat_i - lambda_i| <= ||E||_2 <= c n u ||A||_F}, with {@code c = 10}
 * ({@link FastSymmetricEigen#BOUND_CONSTANT}). The condition number of a symmetric eigenvalue is 1,
 * so nearly coinciding eigenvalues do not loosen the bound. The double matrix is converted to
 * rationals exactly, so both sides see the same matrix. The checked quantity is the rigorous upper
 * bound of the audited error.
 */
class FastEigenDifferentialProperties {

    static final String NAME = "FastSymmetricEigen.eigenvalues";

    static void compare(double[][] a) {
        int n = a.length;
        Rational[][] q = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                q[i][j] = Binary64.exact(a[i][j]);
            }
        }
        List<Rational> given = new ArrayList<>();
        for (double v : FastSymmetricEigen.eigenvalues(a)) {
            given.add(Binary64.exact(v));
        }
        Audit.Report r = Audit.run(RationalMatrix.of(q), given, null);
        double bound = FastSymmetricEigen.errorBound(a);
        double worst = r.maxAbsError().compareTo(Rational.ZERO) == 0 ? 0
                : Binary64.nearest(r.maxAbsError());
        ErrorRatios.observe(NAME, worst / bound);
        assertThat(worst).as("max |lambda_hat - lambda| vs c n u ||A||_F").isLessThanOrEqualTo(bound);
    }

    static double[][] symmetric(int n, Random r, boolean wide) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double v = wide ? FastStructuredDifferentialProperties.wide(r) : r.nextInt(201) - 100;
                a[i][j] = v;
                a[j][i] = v;
            }
        }
        return a;
    }

    @Property(tries = 60)
    void integerEntries(@ForAll @IntRange(min = 1, max = 12) int n, @ForAll long seed) {
        compare(symmetric(n, new Random(seed), false));
    }

    /** Entries spanning 1e-8 .. 1e8 in magnitude. */
    @Property(tries = 40)
    void wideRangeEntries(@ForAll @IntRange(min = 1, max = 6) int n, @ForAll long seed) {
        compare(symmetric(n, new Random(seed), true));
    }

    /**
     * The whole double range: the same matrices times 10^K, K from -300 to 299 (entries up to 2e8 stay finite; EJML runs on the
     * matrix scaled by a power of two, so the bound is the same at every magnitude, and it is
     * evaluated scaled, so it does not underflow to 0 for a tiny matrix).
     */
    @Property(tries = 60)
    void scaledAcrossTheRange(@ForAll @IntRange(min = 1, max = 8) int n, @ForAll @IntRange(min = -300, max = 299) int k, @ForAll long seed,
            @ForAll boolean wide) {
        double[][] a = symmetric(n, new Random(seed), wide);
        double scale = Math.pow(10, k);
        for (double[] row : a) {
            for (int j = 0; j < n; j++) {
                row[j] *= scale;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                a[i][j] = a[j][i];
            }
        }
        compare(a);
    }

    /** Entries from 1e-300 to 1e300 side by side in one matrix (tiny entries next to huge ones, and subnormal ones). */
    @Property(tries = 15)
    void wholeRangeEntries(@ForAll @IntRange(min = 1, max = 5) int n, @ForAll long seed) {
        Random r = new Random(seed);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                a[i][j] = r.nextInt(8) == 0 ? Math.scalb((double) (r.nextInt(2000) - 1000), -1074)
                        : FastStructuredDifferentialProperties.anyMagnitude(r);
                a[j][i] = a[i][j];
            }
        }
        compare(a);
    }

    /** Before the scaling, errorBound underflowed to 0 for a tiny matrix, and EJML lost the subnormal entries' bits. */
    @org.junit.jupiter.api.Test
    void tinyAndHugeMatrices() {
        compare(new double[][] {{1e-300, 2e-300}, {2e-300, 5e-300}});
        compare(new double[][] {{1e-320, 3e-321}, {3e-321, -2e-320}});
        compare(new double[][] {{1e300, 2e300}, {2e300, 5e300}});
        compare(new double[][] {{Double.MAX_VALUE / 4, 0}, {0, -Double.MAX_VALUE / 4}});
        assertThat(FastSymmetricEigen.errorBound(new double[][] {{1e-320}})).isPositive();
        assertThat(FastSymmetricEigen.eigenvalues(new double[][] {{0, 0}, {0, 0}})).containsExactly(0, 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FastSymmetricEigen.eigenvalues(new double[][] {{Double.MAX_VALUE,
            Double.MAX_VALUE}, {Double.MAX_VALUE, Double.MAX_VALUE}})).isInstanceOf(DoubleRangeException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FastSymmetricEigen.eigenvalues(new double[][] {{Double.NaN}}))
                .isInstanceOf(DoubleRangeException.class);
    }

    /** Nearly coinciding eigenvalues: I + eps * (random symmetric), eps = 2^-30 .. 2^-45. */
    @Property(tries = 40)
    void nearlyCoinciding(@ForAll @IntRange(min = 2, max = 8) int n, @ForAll long seed) {
        Random r = new Random(seed);
        double eps = Math.scalb(1.0, -30 - r.nextInt(16));
        double[][] a = symmetric(n, r, false);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = (i == j ? 1 : 0) + eps * a[i][j];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                a[i][j] = a[j][i];
            }
        }
        compare(a);
    }

    @AfterContainer
    static void report() {
        ErrorRatios.report(NAME);
    }
}
