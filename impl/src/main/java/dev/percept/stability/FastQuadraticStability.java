package dev.percept.stability;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.fast.FastData;
import dev.percept.fast.FastSymmetricEigen;
import java.math.BigDecimal;

/**
 * Claim Q1 in double precision ({@code percept stability --engine fast}): the eigenvalues of S by
 * EJML ({@link FastSymmetricEigen}) and the same criterion as {@link QuadraticStability}: GD
 * {@code w <- w - eta S w} converges from every start iff every eigenvalue of S lies in
 * {@code (0, 2/eta)}, i.e. {@code lambda_min > 0} and {@code eta lambda_max < 2} (at
 * {@code eta lambda_max = 2} exactly, the boundary, it does not converge).
 *
 * <p><b>Rounding.</b> Every computed eigenvalue is within
 * {@code b = 10 n u ||A||_F + u ||A||_F} of the corresponding eigenvalue of S, where A is S rounded
 * entrywise to double: {@code 10 n u ||A||_F} is the forward-error bound of the EJML eigenvalues
 * of A (spec/audit.md), and {@code ||A - S||_2 <= ||A - S||_F <= u ||S||_F} is the rounding of the
 * input (Weyl); {@code ||S||_F} and {@code ||A||_F} differ by a factor {@code 1 + u}, covered with
 * the 1e-9 slack. The comparisons of {@code lambda_hat +- b} with 0 and {@code 2/eta} are then
 * made exactly in rationals. The verdict is {@code converges} or {@code does not converge} only
 * when the intervals {@code [lambda_hat - b, lambda_hat + b]} decide it; otherwise it is
 * {@code undecided (within rounding)}: never a guess, so it never contradicts the exact decision.
 */
public final class FastQuadraticStability {

    /** The verdict string when rounding leaves the question open. */
    public static final String UNDECIDED = "undecided (within rounding)";

    /**
     * The fast decision.
     *
     * @param converges true, false, or null when undecided
     * @param verdict {@code converges}, {@code does not converge} or {@link #UNDECIDED}
     * @param reason why, in words
     * @param eigenvalues the computed eigenvalues of S, increasing
     * @param errorBound b, the bound on every {@code |lambda_hat_i - lambda_i|}
     */
    public record Decision(Boolean converges, String verdict, String reason, double[] eigenvalues, double errorBound) {

        /** @return the computed smallest eigenvalue */
        public double lambdaMin() {
            return eigenvalues[0];
        }

        /** @return the computed largest eigenvalue */
        public double lambdaMax() {
            return eigenvalues[eigenvalues.length - 1];
        }
    }

    private FastQuadraticStability() {
    }

    /** S rounded entrywise to double ({@link FastData#matrix}). */
    public static double[][] toDouble(RationalMatrix s) {
        return FastData.matrix(s);
    }

    /** Decides Q1 for symmetric nonempty S and {@code eta > 0} in double, with the rounding bound. */
    public static Decision decide(RationalMatrix s, Rational eta) {
        if (eta.signum() <= 0) {
            throw new IllegalArgumentException("eta must be positive, got " + eta);
        }
        if (!s.isSquare() || !s.isSymmetric() || s.rows() == 0) {
            throw new IllegalArgumentException("S is not square, symmetric and nonempty");
        }
        double[][] a = toDouble(s);
        double[] ev = FastSymmetricEigen.eigenvalues(a);
        double frob = 0;
        for (double[] row : a) {
            for (double v : row) {
                frob = Math.hypot(frob, v);
            }
        }
        double b = (FastSymmetricEigen.errorBound(a) + Math.ulp(1.0) / 2 * frob) * (1 + 1e-9);
        Rational bound = exact(b);
        Rational lmin = exact(ev[0]);
        Rational lmax = exact(ev[ev.length - 1]);
        Rational limit = Rational.TWO.divide(eta);
        String within = " (computed lambda_min = " + ev[0] + ", lambda_max = " + ev[ev.length - 1] + ", each within " + b + ")";
        if (lmin.add(bound).signum() < 0) {
            return new Decision(false, "does not converge",
                    "S has a negative eigenvalue (lambda_min <= lambda_min_hat + bound < 0): GD diverges along it" + within, ev, b);
        }
        if (lmax.subtract(bound).compareTo(limit) > 0) {
            return new Decision(false, "does not converge",
                    "lambda_max >= lambda_max_hat - bound > 2/eta = " + limit + ": |1 - eta lambda_max| > 1, GD diverges along it" + within, ev, b);
        }
        boolean posOk = lmin.subtract(bound).signum() > 0;
        boolean gapOk = lmax.add(bound).compareTo(limit) < 0;
        if (posOk && gapOk) {
            return new Decision(true, "converges",
                    "every eigenvalue is in [lambda_min_hat - bound, lambda_max_hat + bound], inside (0, 2/eta = " + limit + ")" + within, ev, b);
        }
        String why = !posOk ? "lambda_min is within the rounding bound of 0 (S may be singular)"
                : "eta lambda_max is within eta * bound of 2 (|eta lambda_max_hat - 2| <= eta * bound: possibly the boundary)";
        return new Decision(null, UNDECIDED, why + "; use --engine exact" + within, ev, b);
    }

    private static Rational exact(double v) {
        return Rational.of(new BigDecimal(v));
    }
}
