package dev.percept.stability;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * Claim Q1: GD {@code w <- w - eta S w} on {@code (1/2) w^T S w} converges to 0 from every start
 * iff every eigenvalue of S lies in the open interval {@code (0, 2/eta)}, i.e. iff S and
 * {@code (2/eta) I - S} are both positive definite. Decided exactly by {@link Inertia}: no
 * eigenvalue is ever computed in floating point.
 */
public final class QuadraticStability {

    /**
     * The decision and its evidence.
     *
     * @param converges whether GD converges to 0 from every start
     * @param reason why, in words
     * @param inertiaS inertia of S
     * @param inertiaGap inertia of {@code (2/eta) I - S}
     * @param lambdaMaxLower rigorous lower end of an enclosure of the largest eigenvalue
     * @param lambdaMaxUpper rigorous upper end ({@code lower <= lambda_max <= upper})
     */
    public record Decision(boolean converges, String reason, Inertia inertiaS, Inertia inertiaGap, Rational lambdaMaxLower,
            Rational lambdaMaxUpper) {

        /**
         * @return {@link Verdict#DIVERGES} when some eigenvalue lies below 0 or above {@code 2/eta},
         *     {@link Verdict#CONVERGES} when all lie inside, else {@link Verdict#BOUNDARY}
         */
        public Verdict verdict() {
            if (inertiaS.negative() > 0 || inertiaGap.negative() > 0) {
                return Verdict.DIVERGES;
            }
            return converges ? Verdict.CONVERGES : Verdict.BOUNDARY;
        }
    }

    /** The three outcomes of claim Q1's exact decision. */
    public enum Verdict {
        /** Every eigenvalue of S is in {@code (0, 2/eta)}: {@code |1 - eta lambda| < 1} for all. */
        CONVERGES,
        /** Some eigenvalue is below 0 or above {@code 2/eta}: {@code |1 - eta lambda| > 1} along it. */
        DIVERGES,
        /** None outside {@code [0, 2/eta]}, but 0 or {@code 2/eta} is one: the spectral radius of {@code I - eta S} is exactly 1. */
        BOUNDARY
    }

    private QuadraticStability() {
    }

    /**
     * Decides Q1 for symmetric S and {@code eta > 0}.
     *
     * @param bisections number of bisection steps of the lambda_max enclosure
     * @throws IllegalArgumentException if S is not symmetric or eta <= 0
     */
    public static Decision decide(RationalMatrix s, Rational eta, int bisections) {
        if (eta.signum() <= 0) {
            throw new IllegalArgumentException("eta must be positive, got " + eta);
        }
        if (!s.isSquare() || !s.isSymmetric()) {
            throw new IllegalArgumentException("S is not square and symmetric");
        }
        int n = s.rows();
        Rational limit = Rational.TWO.divide(eta);
        Inertia is = Inertia.of(s);
        Inertia gap = Inertia.of(shifted(s, limit));
        Rational[] enc = lambdaMax(s, bisections);
        boolean conv = is.positive() == n && gap.positive() == n;
        String reason;
        if (is.negative() > 0) {
            reason = "S has " + is.negative() + " negative eigenvalue(s): |1 - eta lambda| > 1 there, GD diverges along them";
        } else if (is.zero() > 0) {
            reason = "S is singular (" + is.zero() + " zero eigenvalue(s)): I - eta S fixes the kernel, GD does not converge to 0 from every start";
        } else if (gap.negative() > 0) {
            reason = gap.negative() + " eigenvalue(s) of S exceed 2/eta = " + limit + ": |1 - eta lambda| > 1, GD diverges along them";
        } else if (gap.zero() > 0) {
            reason = "boundary: eta * lambda_max = 2 exactly (lambda_max = " + limit + "), so 1 - eta lambda_max = -1 and GD oscillates without converging";
        } else {
            reason = "S and (2/eta) I - S are positive definite (exact inertia): every eigenvalue is in (0, " + limit
                    + "), so I - eta S is a contraction";
        }
        return new Decision(conv, reason, is, gap, enc[0], enc[1]);
    }

    /**
     * Claim Q1's criterion on known eigenvalues: GD with step eta converges from every start iff
     * every eigenvalue lies in {@code (0, 2/eta)} (the referee for planted spectra).
     */
    public static boolean convergesFor(Rational[] eigenvalues, Rational eta) {
        Rational limit = Rational.TWO.divide(eta);
        for (Rational l : eigenvalues) {
            if (l.signum() <= 0 || l.compareTo(limit) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** @return {@code x I - S} */
    static RationalMatrix shifted(RationalMatrix s, Rational x) {
        return RationalMatrix.identity(s.rows()).scale(x).add(s.scale(Rational.MINUS_ONE));
    }

    /**
     * A rigorous enclosure {@code [lower, upper]} of the largest eigenvalue of symmetric S by
     * bisection: {@code lambda_max > x} iff {@code x I - S} has a negative eigenvalue,
     * {@code lambda_max = x} iff it has none but a zero one. Start: {@code max_i S_ii - 1 < lambda_max}
     * (Rayleigh quotient at {@code e_i}) and the Gershgorin bound {@code lambda_max <= max_i sum_j |S_ij|}.
     * Each step counts the eigenvalues on either side of x exactly from the characteristic
     * polynomial ({@link EigenvalueCount}, computed once), the same inertia elimination would
     * give, in O(n^2) operations instead of O(n^3) on ever larger numbers.
     */
    public static Rational[] lambdaMax(RationalMatrix s, int bisections) {
        int n = s.rows();
        Rational lo = s.get(0, 0);
        Rational hi = Rational.ZERO;
        for (int i = 0; i < n; i++) {
            lo = lo.max(s.get(i, i));
            Rational row = Rational.ZERO;
            for (int j = 0; j < n; j++) {
                row = row.add(s.get(i, j).abs());
            }
            hi = hi.max(row);
        }
        lo = lo.subtract(Rational.ONE);
        EigenvalueCount count = new EigenvalueCount(s);
        for (int k = 0; k < bisections; k++) {
            Rational mid = lo.add(hi).divide(Rational.TWO);
            Inertia in = count.shiftedInertia(mid);
            if (in.negative() > 0) {
                lo = mid;
            } else if (in.zero() > 0) {
                return new Rational[] {mid, mid};
            } else {
                hi = mid;
            }
        }
        Inertia atHi = count.shiftedInertia(hi);
        if (atHi.negative() == 0 && atHi.zero() > 0) {
            return new Rational[] {hi, hi};
        }
        return new Rational[] {lo, hi};
    }

    /** @return the iterates {@code w_0 = start, w_{t+1} = w_t - eta S w_t}, t = 0..k, exactly */
    public static List<Rational[]> trajectory(RationalMatrix s, Rational eta, Rational[] start, int k) {
        List<Rational[]> out = new ArrayList<>();
        Rational[] w = start.clone();
        out.add(w);
        for (int t = 0; t < k; t++) {
            Rational[] sw = s.apply(w);
            Rational[] next = new Rational[w.length];
            for (int i = 0; i < w.length; i++) {
                next[i] = w[i].subtract(eta.multiply(sw[i]));
            }
            w = next;
            out.add(w);
        }
        return out;
    }
}
