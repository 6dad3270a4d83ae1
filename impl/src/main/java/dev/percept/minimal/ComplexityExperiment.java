package dev.percept.minimal;

import dev.percept.exact.Rational;
import dev.percept.model.TieMode;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * One row of the complexity separation (claim M1): for a dimension d, the exact number of updates
 * the linear batch perceptron (from 0) and the tied two-layer perceptron (from the chosen starts)
 * make on {@link MinimalFamily} before both margins are positive. Integer counts only.
 */
public final class ComplexityExperiment {

    /** Fixed seed of the adversarial start's direction g (reproducible runs). */
    public static final long ADVERSARIAL_SEED = 20251211L;

    /** The starts of the two-layer runs. */
    public enum Init {
        /** {@code vmu- + eps g}, one fixed seed. */
        ADVERSARIAL,
        /** a random unit direction per seed 1..K. */
        RANDOM
    }

    /**
     * One dimension's result.
     *
     * @param d the dimension
     * @param stepInverse {@code ceil(lambda2)}, the step is its reciprocal
     * @param linear updates of the linear perceptron
     * @param linearConverged whether it separated within its cap
     * @param twoLayer updates of the two-layer perceptron, one per start (sorted ascending, unmodifiable)
     * @param twoLayerUnconverged how many two-layer runs hit the cap
     * @param maxBits largest bit length reached by the two-layer integer state
     */
    public record Row(int d, BigInteger stepInverse, int linear, boolean linearConverged, List<Integer> twoLayer,
            int twoLayerUnconverged, int maxBits) {

        /** Keeps an unmodifiable copy of the counts. */
        public Row {
            twoLayer = List.copyOf(twoLayer);
        }

        /** @return the median two-layer count (lower median for even counts) */
        public int median() {
            return twoLayer.get((twoLayer.size() - 1) / 2);
        }

        /** @return the exact mean of the two-layer counts */
        public Rational mean() {
            long sum = 0;
            for (int t : twoLayer) {
                sum += t;
            }
            return Rational.of(sum, twoLayer.size());
        }

        /** @return the 90th percentile, nearest-rank: the ceil(0.9 K)-th smallest count */
        public int p90() {
            int rank = (9 * twoLayer.size() + 9) / 10;
            return twoLayer.get(Math.max(0, rank - 1));
        }
    }

    private ComplexityExperiment() {
    }

    /** The cap on linear updates: ten times the observed 1.5d + 4, far above it. */
    public static int linearCap(int d) {
        return 15 * d + 100;
    }

    /** The cap on two-layer updates: 2d + 1000, above the linear count's order and far above sqrt d. */
    public static int twoLayerCap(int d) {
        return 2 * d + 1000;
    }

    /**
     * Runs one dimension.
     *
     * @param seeds number of random starts (ignored for the adversarial start)
     */
    public static Row run(int d, Rational mu, Init init, Rational eps, int seeds) {
        MinimalFamily fam = MinimalFamily.of(d, mu);
        ReducedLinearPerceptron lin = new ReducedLinearPerceptron(fam.signedPoints(), TieMode.HALF);
        lin.run(linearCap(d));
        BigInteger k = BigInteger.TWO.multiply(fam.dataScale()).multiply(fam.stepInverse());
        int runs = init == Init.ADVERSARIAL ? 1 : seeds;
        int[] counts = new int[runs];
        int unconverged = 0;
        int bits = 0;
        for (int s = 0; s < runs; s++) {
            BigInteger[] theta0 = init == Init.ADVERSARIAL ? Starts.adversarial(d, eps, ADVERSARIAL_SEED) : Starts.random(d, s + 1L);
            ReducedTiedPerceptron tied = new ReducedTiedPerceptron(fam.signedPoints(), fam.involution(), theta0, k, TieMode.HALF);
            tied.run(twoLayerCap(d));
            counts[s] = tied.steps();
            if (!tied.separated()) {
                unconverged++;
            }
            bits = Math.max(bits, tied.maxBits());
        }
        Arrays.sort(counts);
        return new Row(d, fam.stepInverse(), lin.steps(), lin.separated(), Arrays.stream(counts).boxed().toList(), unconverged, bits);
    }
}
