package dev.percept.minimal;

import dev.percept.binary64.Binary64;
import dev.percept.minimal.ComplexityExperiment.Init;
import dev.percept.minimal.ComplexityExperiment.Row;
import java.util.List;
import java.util.Locale;

/**
 * Claim M1's verdict from exact iteration counts: {@code reproduced} iff the fitted log-log slope
 * of the linear counts is at least {@link #LINEAR_MIN} and that of the two-layer counts at most
 * {@link #TWO_LAYER_MAX} (the adversarial count, or the mean over random starts).
 */
public record M1Verdict(double linearSlope, double twoLayerSlope, boolean allConverged) {

    /** Smallest linear slope that counts as Omega(d). */
    public static final double LINEAR_MIN = 0.9;
    /** Largest two-layer slope that counts as O~(sqrt d). */
    public static final double TWO_LAYER_MAX = 0.6;

    /** Fits both slopes. */
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
        return new M1Verdict(LogLogFit.slope(x, lin), LogLogFit.slope(x, two), conv);
    }

    /** @return the two-layer count the slope is fitted to: the adversarial count, or the mean */
    public static double twoLayerStatistic(Row r, Init kind) {
        if (kind == Init.ADVERSARIAL) {
            return r.twoLayer().get(0);
        }
        return Binary64.nearest(r.mean());
    }

    /** @return whether M1 is reproduced (every run separated and both slope criteria hold) */
    public boolean reproduced() {
        return allConverged && linearSlope >= LINEAR_MIN && twoLayerSlope <= TWO_LAYER_MAX;
    }

    /** @return a one-line summary with the numbers */
    public String summary() {
        return String.format(Locale.ROOT, "%s (linear slope %.3f, needs >= %.1f; two-layer slope %.3f, needs <= %.1f%s)",
                reproduced() ? "reproduced" : "not reproduced", linearSlope, LINEAR_MIN, twoLayerSlope, TWO_LAYER_MAX,
                allConverged ? "" : "; some runs hit the step cap");
    }
}
