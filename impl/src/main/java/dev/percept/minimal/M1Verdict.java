package dev.percept.minimal;

import dev.percept.binary64.Binary64;
import dev.percept.minimal.ComplexityExperiment.Init;
import dev.percept.minimal.ComplexityExperiment.Row;
import java.util.List;
import java.util.Locale;

/**
 * Claim M1's verdict from exact iteration counts: {@code reproduced} iff the fitted log-log slope
 * of the linear counts is at least {@link #LINEAR_MIN} and that of the two-layer counts at most
 * {@link #TWO_LAYER_MAX} (the adversarial count, or the mean over random starts). A growth rate is
 * judged only from {@link #MIN_SIZES} distinct sizes spanning a factor of at least {@link #MIN_SPAN}
 * ({@code enoughSizes}); with fewer the slopes are reported but no verdict is given (two sizes
 * such as d = 3, 4 fit any slope).
 */
public record M1Verdict(double linearSlope, double twoLayerSlope, boolean allConverged, boolean enoughSizes) {

    /** Fewest distinct sizes d a verdict on a growth rate is drawn from. */
    public static final int MIN_SIZES = 3;
    /** Smallest ratio of the largest to the smallest d a verdict is drawn from (a decade). */
    public static final int MIN_SPAN = 10;

    /** Smallest linear slope that counts as Omega(d). */
    public static final double LINEAR_MIN = 0.9;
    /** Largest two-layer slope that counts as O~(sqrt d). */
    public static final double TWO_LAYER_MAX = 0.6;

    /**
     * Fits both slopes.
     *
     * @throws IllegalArgumentException when the rows have fewer than two distinct d (no line fits)
     */
    public static M1Verdict of(List<Row> rows, Init kind) {
        int n = rows.size();
        double[] x = new double[n];
        double[] lin = new double[n];
        double[] two = new double[n];
        boolean conv = true;
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            x[i] = r.d();
            lin[i] = Math.max(1, r.linear());
            two[i] = Math.max(1, twoLayerStatistic(r, kind));
            conv &= r.linearConverged() && r.twoLayerUnconverged() == 0;
        }
        long distinct = rows.stream().mapToInt(Row::d).distinct().count();
        int min = rows.stream().mapToInt(Row::d).min().orElse(0);
        int max = rows.stream().mapToInt(Row::d).max().orElse(0);
        boolean enough = distinct >= MIN_SIZES && (long) max >= (long) MIN_SPAN * min;
        return new M1Verdict(LogLogFit.slope(x, lin), LogLogFit.slope(x, two), conv, enough);
    }

    /** @return the two-layer count the slope is fitted to: the adversarial count, or the mean */
    public static double twoLayerStatistic(Row r, Init kind) {
        if (kind == Init.ADVERSARIAL) {
            return r.twoLayer().get(0);
        }
        return Binary64.nearest(r.mean());
    }

    /** @return whether M1 is reproduced (enough sizes, every run separated, and both slope criteria hold) */
    public boolean reproduced() {
        return enoughSizes && allConverged && linearSlope >= LINEAR_MIN && twoLayerSlope <= TWO_LAYER_MAX;
    }

    /** @return {@code reproduced}, {@code not reproduced}, or {@code no verdict} (too few sizes) */
    public String label() {
        return !enoughSizes ? "no verdict" : reproduced() ? "reproduced" : "not reproduced";
    }

    /** @return a one-line summary with the numbers */
    public String summary() {
        if (!enoughSizes) {
            return String.format(Locale.ROOT, "not enough sizes for a verdict (a growth rate needs at least %d distinct d spanning a factor"
                    + " of at least %d; linear slope %.3f, two-layer slope %.3f)", MIN_SIZES, MIN_SPAN, linearSlope, twoLayerSlope);
        }
        return String.format(Locale.ROOT, "%s (linear slope %.3f, needs >= %.1f; two-layer slope %.3f, needs <= %.1f%s)",
                reproduced() ? "reproduced" : "not reproduced", linearSlope, LINEAR_MIN, twoLayerSlope, TWO_LAYER_MAX,
                allConverged ? "" : "; some runs hit the step cap");
    }
}
