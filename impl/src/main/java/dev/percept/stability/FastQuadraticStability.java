package dev.percept.stability;

import dev.percept.binary64.Binary64;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.fast.DoubleRangeException;
import dev.percept.fast.FastData;
import dev.percept.fast.FastSymmetricEigen;
import java.util.Arrays;
import java.util.List;

/**
 * Claim Q1 in double precision ({@code percept stability --engine fast}): the eigenvalues of S by
 * the fast path ({@link FastSymmetricEigen}) and the same criterion as {@link QuadraticStability}: GD
 * {@code w <- w - eta S w} converges from every start iff every eigenvalue of S lies in
 * {@code (0, 2/eta)}, i.e. {@code lambda_min > 0} and {@code eta lambda_max < 2} (at
 * {@code eta lambda_max = 2} exactly, the boundary, it does not converge).
 *
 * <p><b>Rounding.</b> Every computed eigenvalue is within
 * {@code b = 10 n u ||A||_F + u ||A||_F} of the corresponding eigenvalue of S, where A is S rounded
 * entrywise to double: {@code 10 n u ||A||_F} is the forward-error bound of the fast eigenvalues
 * of A (spec/audit.md), and {@code ||A - S||_2 <= ||A - S||_F <= u ||S||_F} is the rounding of the
 * input (Weyl); {@code ||S||_F} and {@code ||A||_F} differ by a factor {@code 1 + u}, covered with
 * the 1e-9 slack; an entry of S in the subnormal range rounds by at most {@code 2^-1075} instead,
 * so {@code n 2^-1075} is added. Every finite S is covered: EJML runs on S scaled by a power of two
 * ({@link FastSymmetricEigen}), and an entry beyond the double range (or nonzero below the
 * smallest subnormal) is refused with {@link DoubleRangeException} rather than rounded to an
 * infinity (or 0). The comparisons of {@code lambda_hat +- b} with 0 and {@code 2/eta} are then
 * made exactly in rationals. The verdict is {@code converges} or {@code does not converge} only
 * when the intervals {@code [lambda_hat - b, lambda_hat + b]} decide it; otherwise it is
 * {@link Verdict#UNDECIDED}: never a guess, so it never contradicts the exact decision. S is
 * rounded to double entrywise by {@link Binary64#nearest} (correctly rounded).
 */
public final class FastQuadraticStability {

    /** The fast verdict: decided by the rounding bound, or left open. */
    public enum Verdict {
        /** Every eigenvalue enclosure lies inside {@code (0, 2/eta)}. */
        CONVERGES("converges"),
        /** Some eigenvalue enclosure lies below 0 or above {@code 2/eta}. */
        DOES_NOT_CONVERGE("does not converge"),
        /** An enclosure touches 0 or {@code 2/eta}: rounding leaves the question open. */
        UNDECIDED("undecided (within rounding)");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        /** @return the printed verdict: {@code converges}, {@code does not converge} or {@code undecided (within rounding)} */
        public String label() {
            return label;
        }
    }

    /**
     * The fast decision.
     *
     * @param verdict converges, does not converge, or undecided (within rounding)
     * @param reason why, in words
     * @param eigenvalues the computed eigenvalues of S, increasing (unmodifiable)
     * @param errorBound b, the bound on every {@code |lambda_hat_i - lambda_i|}
     */
    public record Decision(Verdict verdict, String reason, List<Double> eigenvalues, double errorBound) {

        /** Keeps an unmodifiable copy of the eigenvalues. */
        public Decision {
            eigenvalues = List.copyOf(eigenvalues);
        }

        /** @return the computed smallest eigenvalue */
        public double lambdaMin() {
            return eigenvalues.get(0);
        }

        /** @return the computed largest eigenvalue */
        public double lambdaMax() {
            return eigenvalues.get(eigenvalues.size() - 1);
        }
    }

    private FastQuadraticStability() {
    }

    /**
     * Decides Q1 for symmetric nonempty S and {@code eta > 0} in double, with the rounding bound.
     *
     * @throws DoubleRangeException when an entry of S is outside the double range, or an
     *     eigenvalue or the bound overflows
     */
    public static Decision decide(RationalMatrix s, Rational eta) {
        if (eta.signum() <= 0) {
            throw new IllegalArgumentException("eta must be positive, got " + eta);
        }
        if (!s.isSquare() || !s.isSymmetric() || s.rows() == 0) {
            throw new IllegalArgumentException("S is not square, symmetric and nonempty");
        }
        double[][] a = FastData.matrixInRange(s, "S");
        double[] ev = FastSymmetricEigen.eigenvalues(a);
        List<Double> evs = Arrays.stream(ev).boxed().toList();
        double frob = 0;
        for (double[] row : a) {
            for (double v : row) {
                frob = Math.hypot(frob, v);
            }
        }
        // EJML's bound, the rounding of S (u ||S||_F for normal entries, at most 2^-1075 an entry
        // in the subnormal range: n 2^-1075 in Frobenius norm), and one ulp for the additions.
        double b = Math.nextUp((FastSymmetricEigen.errorBound(a) + Math.ulp(1.0) / 2 * frob * (1 + 1e-9)) + a.length * Double.MIN_VALUE);
        if (Double.isInfinite(b)) {
            throw new DoubleRangeException("the eigenvalues' error bound is beyond the double range (about 1.8e308)");
        }
        Rational bound = Binary64.exact(b);
        Rational lmin = Binary64.exact(ev[0]);
        Rational lmax = Binary64.exact(ev[ev.length - 1]);
        Rational limit = Rational.TWO.divide(eta);
        String within = " (computed lambda_min = " + ev[0] + ", lambda_max = " + ev[ev.length - 1] + ", each within " + b + ")";
        if (lmin.add(bound).signum() < 0) {
            return new Decision(Verdict.DOES_NOT_CONVERGE,
                    "S has a negative eigenvalue (lambda_min <= lambda_min_hat + bound < 0): GD diverges along it" + within, evs, b);
        }
        if (lmax.subtract(bound).compareTo(limit) > 0) {
            return new Decision(Verdict.DOES_NOT_CONVERGE,
                    "lambda_max >= lambda_max_hat - bound > 2/eta = " + limit + ": |1 - eta lambda_max| > 1, GD diverges along it" + within, evs, b);
        }
        boolean posOk = lmin.subtract(bound).signum() > 0;
        boolean gapOk = lmax.add(bound).compareTo(limit) < 0;
        if (posOk && gapOk) {
            return new Decision(Verdict.CONVERGES,
                    "every eigenvalue is in [lambda_min_hat - bound, lambda_max_hat + bound], inside (0, 2/eta = " + limit + ")" + within, evs, b);
        }
        String why = !posOk ? "lambda_min is within the rounding bound of 0 (S may be singular)"
                : "eta lambda_max is within eta * bound of 2 (|eta lambda_max_hat - 2| <= eta * bound: possibly the boundary)";
        return new Decision(Verdict.UNDECIDED, why + "; use --engine exact" + within, evs, b);
    }

}
