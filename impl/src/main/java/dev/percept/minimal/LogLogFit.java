package dev.percept.minimal;

/**
 * Least-squares slope of {@code log y} against {@code log x}: a reported statistic of exact
 * integer counts (claim M1's "slope"), computed in double outside every exact path. The slope is
 * printed to two or three decimals; double's relative error (about 1e-16 per operation over a
 * handful of points) is far below that.
 */
public final class LogLogFit {

    private LogLogFit() {
    }

    /**
     * @param x positive abscissae (at least two distinct)
     * @param y positive ordinates
     * @return the least-squares slope of log y on log x
     */
    public static double slope(double[] x, double[] y) {
        int n = x.length;
        if (n < 2 || y.length != n) {
            throw new IllegalArgumentException("need at least two points of equal length");
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += Math.log(x[i]);
            my += Math.log(y[i]);
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(x[i]) - mx;
            sxy += dx * (Math.log(y[i]) - my);
            sxx += dx * dx;
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("all x equal");
        }
        return sxy / sxx;
    }

    /** @return {@code v} rounded half-up to {@code places} decimals (for printing) */
    public static double round(double v, int places) {
        return java.math.BigDecimal.valueOf(v).setScale(places, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
