package dev.percept.fast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.binary64.Binary64;
import dev.percept.exact.Decimals;
import dev.percept.exact.Rational;
import dev.percept.structured.Eigenvalue;
import dev.percept.structured.Permutation;
import dev.percept.structured.Prop41;
import dev.percept.structured.StructuredSpectrum;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Differential test: {@link FastStructuredSpectrum} (double, O(d)) against {@link Prop41} (exact).
 *
 * <p><b>Bound.</b> With {@code s ± p = (1/2) sum (a_i ± a_P(i))^2}: each term has relative error
 * {@code <= gamma_3} (one addition, one square; halving is exact), Neumaier summation of
 * nonnegative terms adds {@code <= 2u + O(d u^2)} relative, and {@code sqrt} adds {@code u} while
 * halving the relative error of its argument, so every eigenvalue satisfies
 * {@code |lambda_hat - lambda| <= (4u + 2 d u^2) |lambda|} ({@link FastStructuredSpectrum#relativeErrorBound}),
 * zero eigenvalues exactly. The input doubles are converted to rationals exactly, so the exact
 * side sees the same matrix. Hard inputs: {@code a} close to {@code ±Pa} (p near ±s, where the
 * naive {@code s - p} cancels), entries spanning {@code 1e-8 .. 1e8}, d up to 10^4, and the whole
 * double range: entries from 1e-300 to 1e300 in one vector, and every case moved by 10^K for K
 * from -300 to 300. The bound holds at every magnitude (the terms are scaled by powers of two);
 * an eigenvalue outside the normal range [2^-1022, 2^1024) is refused with
 * {@link DoubleRangeException}, which is checked to happen only then.
 */
class FastStructuredDifferentialProperties {

    static final String NAME = "FastStructuredSpectrum.eigenvalues";

    static void compare(double[] a, int[] perm) {
        int d = a.length;
        Rational[] q = new Rational[d];
        int[] oneBased = new int[d];
        for (int i = 0; i < d; i++) {
            q[i] = Binary64.exact(a[i]);
            oneBased[i] = perm[i] + 1;
        }
        StructuredSpectrum s = Prop41.analyze(q, Permutation.ofOneBased(oneBased));
        List<BigDecimal> exact = new ArrayList<>();
        for (Eigenvalue v : s.eigenvalues()) {
            BigDecimal x = v.sign() == 0 ? BigDecimal.ZERO : Decimals.sqrt(v.sign(), v.square(), 40);
            for (int k = 0; k < v.multiplicity(); k++) {
                exact.add(x);
            }
        }
        exact.sort(null);
        double bound = FastStructuredSpectrum.relativeErrorBound(d);
        double[] fast;
        try {
            fast = FastStructuredSpectrum.eigenvalues(a, perm);
        } catch (DoubleRangeException outside) {
            // Refused: some exact eigenvalue must lie outside the normal range, up to the bound
            // (a value within the bound of a range end may be computed on either side of it).
            boolean beyond = false;
            for (BigDecimal e : exact) {
                BigDecimal m = e.abs();
                beyond |= m.compareTo(MAX.multiply(BigDecimal.ONE.subtract(new BigDecimal(2 * bound)))) >= 0
                        || m.signum() > 0 && m.compareTo(MIN_NORMAL.multiply(BigDecimal.ONE.add(new BigDecimal(2 * bound)))) < 0;
            }
            assertThat(beyond).as("refused (%s) although every exact eigenvalue is in the normal range", outside.getMessage()).isTrue();
            refused.incrementAndGet();
            return;
        }
        assertThat(fast).hasSize(exact.size());
        for (int i = 0; i < fast.length; i++) {
            BigDecimal e = exact.get(i);
            BigDecimal err = new BigDecimal(fast[i]).subtract(e).abs();
            if (e.signum() == 0) {
                assertThat(fast[i]).as("zero eigenvalue %d", i).isEqualTo(0.0);
                continue;
            }
            // the 40-digit decimal of sqrt adds at most 1e-39 relative, far below u^2
            double rel = err.divide(e.abs(), MathContext.DECIMAL64).doubleValue();
            ErrorRatios.observe(NAME, rel / bound);
            assertThat(rel).as("relative error of eigenvalue %d (bound %g)", i, bound).isLessThanOrEqualTo(bound);
        }
    }

    static final BigDecimal MAX = new BigDecimal(Double.MAX_VALUE);
    static final BigDecimal MIN_NORMAL = new BigDecimal(Double.MIN_NORMAL);
    static final java.util.concurrent.atomic.AtomicLong refused = new java.util.concurrent.atomic.AtomicLong();

    static int[] randomInvolution(int d, Random r) {
        int[] p = new int[d];
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            idx.add(i);
        }
        java.util.Collections.shuffle(idx, r);
        for (int i = 0; i < d; i++) {
            p[i] = i;
        }
        for (int k = 0; k + 1 < d; k += 2) {
            if (r.nextBoolean()) {
                p[idx.get(k)] = idx.get(k + 1);
                p[idx.get(k + 1)] = idx.get(k);
            }
        }
        return p;
    }

    static double wide(Random r) {
        return (r.nextBoolean() ? 1 : -1) * (1 + r.nextDouble()) * Math.pow(10, r.nextInt(17) - 8);
    }

    /** {@code ±(1 + r) 10^k} with k uniform in -300..300: one entry anywhere in the double range. */
    static double anyMagnitude(Random r) {
        return (r.nextBoolean() ? 1 : -1) * (1 + r.nextDouble()) * Math.pow(10, r.nextInt(601) - 300);
    }

    /**
     * The whole double range in one vector: entries from 1e-300 to 1e300 side by side, so that
     * the unscaled squares would overflow (from 1.3e154) and underflow (below 1.5e-154), and pairs
     * mix magnitudes hundreds of decades apart. An eigenvalue outside the normal range must be
     * refused, every other one within the bound.
     */
    @Property(tries = 60)
    void wholeRangeEntries(@ForAll @IntRange(min = 1, max = 16) int d, @ForAll long seed) {
        Random r = new Random(seed);
        double[] a = new double[d];
        for (int i = 0; i < d; i++) {
            a[i] = anyMagnitude(r);
        }
        compare(a, r.nextBoolean() ? randomInvolution(d, r) : java.util.Arrays.stream(dev.percept.verify.Instances.mixedCycles(r, d))
                .map(x -> x - 1).toArray());
    }

    /**
     * The same hard cases (wide entries, p near ±s) moved by a common factor 10^K, K from -300 to
     * 299 (entries up to 2e8 stay finite): the bound is the same at every magnitude, not only near 1.
     */
    @Property(tries = 300)
    void scaledAcrossTheRange(@ForAll @IntRange(min = 2, max = 40) int d, @ForAll @IntRange(min = -300, max = 299) int k, @ForAll long seed,
            @ForAll boolean nearPlusMinusS) {
        Random r = new Random(seed);
        int[] perm = randomInvolution(d, r);
        double scale = Math.pow(10, k);
        double[] a = new double[d];
        for (int i = 0; i < d; i++) {
            a[i] = wide(r) * scale;
        }
        if (nearPlusMinusS) {
            for (int i = 0; i < d; i++) {
                if (perm[i] < i) {
                    a[i] = a[perm[i]] * (1 + Math.scalb(1.0, -40 + r.nextInt(30)));
                }
            }
        }
        compare(a, perm);
        net.jqwik.api.statistics.Statistics.label("decade").collect(k < -150 ? "1e-300..1e-150" : k < 0 ? "1e-150..1" : k < 150 ? "1..1e150"
                : "1e150..1e300");
    }

    /**
     * The cases of issue 15, which printed {@code [-0.0,-0.0,0.0,0.0]}, were off by 5.6e-6 and
     * printed NaN before the scaling; and the ends of the range: subnormal and overflowing
     * eigenvalues are refused, entries up to the largest double are not.
     */
    @Example
    void extremeMagnitudes() {
        long before = refused.get();
        compare(new double[] {1e-170, 2e-170}, new int[] {1, 0});
        compare(new double[] {1e-160, 3e-160}, new int[] {1, 0});
        compare(new double[] {3e200, -7e201, 1e199}, new int[] {1, 0, 2});
        compare(new double[] {1e300, 1e300, 1e-300, 2e-300}, new int[] {1, 0, 3, 2});
        compare(new double[] {Double.MAX_VALUE / 4, -Double.MAX_VALUE / 8}, new int[] {1, 0});
        compare(new double[] {Double.MIN_NORMAL, 3 * Double.MIN_NORMAL}, new int[] {1, 0});
        assertThat(refused.get()).isEqualTo(before);
        compare(new double[] {1e308, 1e308}, new int[] {1, 0}); // 2e308 overflows: refused
        compare(new double[] {1e-310, 2e-310}, new int[] {1, 0}); // subnormal eigenvalues: refused
        compare(new double[] {Double.MIN_VALUE, Double.MIN_VALUE}, new int[] {1, 0});
        assertThat(refused.get()).isEqualTo(before + 3);
    }

    @Property(tries = 200)
    void wideRangeEntries(@ForAll @IntRange(min = 1, max = 60) int d, @ForAll long seed) {
        Random r = new Random(seed);
        double[] a = new double[d];
        for (int i = 0; i < d; i++) {
            a[i] = wide(r);
        }
        compare(a, randomInvolution(d, r));
    }

    /**
     * Any permutation, not only involutions: the same bound for a single long cycle (length >= 3)
     * and for a mixed cycle type with fixed points ({@code s +- p = (1/2) sum (a_i +- a_P(i))^2}
     * needs only that P permutes the entries).
     */
    @Property(tries = 200)
    void longCyclesAndMixedCycleTypes(@ForAll @IntRange(min = 6, max = 60) int d, @ForAll long seed, @ForAll boolean cycle) {
        Random r = new Random(seed);
        double[] a = new double[d];
        for (int i = 0; i < d; i++) {
            a[i] = wide(r);
        }
        int[] oneBased = cycle ? dev.percept.verify.Instances.longCycle(d) : dev.percept.verify.Instances.mixedCycles(r, d);
        compare(a, java.util.Arrays.stream(oneBased).map(x -> x - 1).toArray());
        net.jqwik.api.statistics.Statistics.label("P").collect(cycle ? "long cycle" : "cycles+fixed");
    }

    /** p close to +s (sign 1) or -s (sign -1): a_P(i) = sign a_i (1 + tiny), so s - sign p is tiny. */
    @Property(tries = 200)
    void pNearPlusOrMinusS(@ForAll @IntRange(min = 2, max = 60) int d, @ForAll long seed, @ForAll boolean plus) {
        Random r = new Random(seed);
        int[] perm = randomInvolution(d, r);
        double[] a = new double[d];
        for (int i = 0; i < d; i++) {
            if (perm[i] >= i || perm[i] == i) {
                a[i] = wide(r);
            }
        }
        for (int i = 0; i < d; i++) {
            if (perm[i] < i) {
                a[i] = (plus ? 1 : -1) * a[perm[i]] * (1 + Math.scalb(1.0, -40 + r.nextInt(30)));
            }
        }
        compare(a, perm);
    }

    @Example
    void exactlySymmetricAndAntisymmetric() {
        compare(new double[] {1.5, 1.5, -2, 3e-8, 3e-8}, new int[] {1, 0, 2, 4, 3});
        compare(new double[] {1.5, -1.5, 0, 3e8, -3e8}, new int[] {1, 0, 2, 4, 3});
        compare(new double[] {0, 0, 0}, new int[] {0, 1, 2});
    }

    @Example
    void dimensionTenThousand() {
        Random r = new Random(10_000);
        int d = 10_000;
        double[] a = new double[d];
        for (int i = 0; i < d; i++) {
            a[i] = wide(r);
        }
        compare(a, randomInvolution(d, r));
    }

    @AfterContainer
    static void report() {
        ErrorRatios.report(NAME);
        System.out.println(NAME + ": refused (an eigenvalue outside the normal range) " + refused.get() + " times");
    }
}
