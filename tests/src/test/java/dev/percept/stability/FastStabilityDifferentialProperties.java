package dev.percept.stability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.exact.PlantedSpectrum;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Differential test of {@code percept stability --engine fast} ({@link FastQuadraticStability})
 * against the exact decision ({@link QuadraticStability#decide}): the fast verdict is the exact one
 * or {@code undecided (within rounding)}, never the opposite. Random small symmetric integer
 * matrices with rational eta, including {@code eta = 2 / S_kk} and {@code 2 / lambda} for diagonal
 * S (the boundary {@code eta lambda_max = 2} exactly, and singular S), where the fast path must
 * say undecided rather than guess; and planted spectra {@code Q diag(lambda) Q^T} with eta on the
 * boundary.
 */
class FastStabilityDifferentialProperties {

    private static final AtomicLong TRIES = new AtomicLong();
    private static final AtomicLong UNDECIDED = new AtomicLong();

    private static void compare(RationalMatrix s, Rational eta) {
        QuadraticStability.Decision ex = QuadraticStability.decide(s, eta, 0);
        FastQuadraticStability.Decision fa = FastQuadraticStability.decide(s, eta);
        TRIES.incrementAndGet();
        if (fa.verdict() == FastQuadraticStability.Verdict.UNDECIDED) {
            UNDECIDED.incrementAndGet();
        } else {
            assertThat(fa.verdict() == FastQuadraticStability.Verdict.CONVERGES).as("fast: %s; exact: %s", fa.reason(), ex.reason())
                    .isEqualTo(ex.converges());
        }
    }

    @Property(tries = 300)
    void fastVerdictIsExactOrUndecided(@ForAll @IntRange(min = 1, max = 5) int n, @ForAll long seed) {
        Random r = new Random(seed);
        boolean diagonal = r.nextInt(3) == 0;
        Rational[][] a = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                int v = i == j ? r.nextInt(13) - 3 : (diagonal ? 0 : r.nextInt(9) - 4);
                a[i][j] = Rational.of(v);
                a[j][i] = a[i][j];
            }
        }
        RationalMatrix s = RationalMatrix.of(a);
        Rational eta;
        Rational pick = a[r.nextInt(n)][r.nextInt(n)];
        switch (r.nextInt(3)) {
            case 0 -> eta = Rational.of(1 + r.nextInt(30), 1 + r.nextInt(30));
            case 1 -> eta = pick.signum() > 0 ? Rational.TWO.divide(pick) : Rational.of(1, 1 + r.nextInt(10)); // boundary for diagonal S
            default -> eta = Rational.of(1 + r.nextInt(5), 10 + r.nextInt(90));
        }
        compare(s, eta);
    }

    /**
     * The whole double range: S times 10^K and eta times 10^-K, K from -300 to 300 (the verdict of
     * the unscaled pair), and S with entries down in the subnormal range: EJML runs scaled and the
     * bound keeps its absolute terms, so the verdict is still never the opposite of the exact one.
     */
    @Property(tries = 150)
    void wholeRange(@ForAll @IntRange(min = 1, max = 4) int n, @ForAll @IntRange(min = -300, max = 300) int k, @ForAll long seed) {
        Random r = new Random(seed);
        Rational scale = Rational.of(java.math.BigInteger.TEN.pow(Math.abs(k)));
        if (k < 0) {
            scale = Rational.ONE.divide(scale);
        }
        Rational[][] a = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                a[i][j] = Rational.of(i == j ? r.nextInt(13) - 3 : r.nextInt(9) - 4, 1 + r.nextInt(3)).multiply(scale);
                a[j][i] = a[i][j];
            }
        }
        Rational eta = Rational.of(1 + r.nextInt(30), 1 + r.nextInt(30)).divide(scale);
        compare(RationalMatrix.of(a), eta);
    }

    @Property(tries = 150)
    void plantedBoundaryIsUndecidedOrDoesNotConverge(@ForAll @IntRange(min = 1, max = 4) int n, @ForAll long seed) {
        Random r = new Random(seed);
        Rational[] v = new Rational[n];
        Rational[] lambda = new Rational[n];
        for (int i = 0; i < n; i++) {
            v[i] = Rational.of(r.nextInt(9) - 4, 1 + r.nextInt(3));
            lambda[i] = Rational.of(r.nextInt(40) - 5, 1 + r.nextInt(4));
        }
        if (java.util.Arrays.stream(v).allMatch(Rational::isZero)) {
            v[0] = Rational.ONE;
        }
        PlantedSpectrum planted = PlantedSpectrum.of(lambda, v);
        RationalMatrix s = planted.matrix();
        Rational top = planted.max();
        Rational eta = top.signum() > 0 ? Rational.TWO.divide(top) : Rational.of(1, 7);
        compare(s, eta);
        if (top.signum() > 0) {
            FastQuadraticStability.Decision fa = FastQuadraticStability.decide(s, eta);
            assertThat(fa.verdict()).as(fa.reason()).isNotEqualTo(FastQuadraticStability.Verdict.CONVERGES);
        }
    }

    @AfterContainer
    static void report() {
        System.out.printf("FastQuadraticStability: %d comparisons, %d undecided (within rounding), 0 contradictions%n", TRIES.get(), UNDECIDED.get());
    }
}
