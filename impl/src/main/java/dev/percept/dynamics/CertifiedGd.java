package dev.percept.dynamics;

import dev.percept.check.Progress;
import dev.percept.exact.Rational;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Logistic GD with certified digits (spec/gd-precision.md): runs {@link LogisticGd} in ball
 * arithmetic around the exact rational start at {@code N + guard} working digits and accepts the
 * run only when {@link CertifiedDecimal} certifies every requested iterate and loss to {@code N}
 * significant digits (each within one unit of its last digit of the exact GD value); otherwise it
 * doubles the guard (20, 40, ... up to {@code 4N + 400}) and runs again. The one certified-digits
 * loop of percept: {@code percept gd} asks for the last iterate, the test vectors for every one.
 */
public final class CertifiedGd {

    /** First guard: 20 extra working digits. */
    static final int FIRST_GUARD = 20;

    private CertifiedGd() {
    }

    /** Which iterates to certify. */
    public enum Iterates {
        /** Only {@code theta_T} and {@code L(theta_T)}. */
        LAST,
        /** {@code theta_t} and {@code L(theta_t)} for every {@code t = 0..T}. */
        ALL
    }

    /**
     * The outcome: certified decimals (one row per certified iterate, in order; a single row for
     * {@link Iterates#LAST}) and the working digits that proved them; or, when no guard up to
     * {@code 4N + 400} sufficed, the enclosure that stayed too wide.
     */
    public static final class Result {
        private final List<List<BigDecimal>> theta;
        private final List<BigDecimal> loss;
        private final int workingDigits;
        private final String failure;

        private Result(List<List<BigDecimal>> theta, List<BigDecimal> loss, int workingDigits, String failure) {
            this.theta = theta;
            this.loss = loss;
            this.workingDigits = workingDigits;
            this.failure = failure;
        }

        /** @return whether every requested value was certified */
        public boolean certified() {
            return failure == null;
        }

        /** @return the certified iterates, each a list of components (unmodifiable) */
        public List<List<BigDecimal>> theta() {
            return theta;
        }

        /** @return the certified losses, one per certified iterate (unmodifiable) */
        public List<BigDecimal> loss() {
            return loss;
        }

        /** @return the working digits of the accepted run, {@code N + guard} */
        public int workingDigits() {
            return workingDigits;
        }

        /** @return which value stayed uncertified at the widest guard (e.g. {@code theta[2] = c ± r}), null if certified */
        public String failure() {
            return failure;
        }
    }

    /**
     * Runs {@code steps} logistic-GD steps {@code theta <- theta - gamma grad L}, {@code L} the
     * mean logistic loss over {@code data}, from the exact {@code theta0}, certifying {@code digits}
     * significant digits of the iterates and losses {@code which} asks for.
     */
    public static Result run(Model model, Dataset data, Rational gamma, Rational[] theta0, int steps, int digits, Iterates which,
            Progress progress) {
        Rational eta = gamma.multiply(Rational.of(1, data.n()));
        LogisticGd.Reference ref = LogisticGd.constant(theta0, data.n());
        String why = "";
        for (int guard = FIRST_GUARD; guard <= 4 * digits + 400; guard *= 2) {
            MathContext mc = new MathContext(digits + guard, RoundingMode.HALF_EVEN);
            Ball[] e0 = new Ball[theta0.length];
            Arrays.fill(e0, Ball.ZERO);
            LogisticGd.Run run = LogisticGd.run(model, data, eta, ref, e0, steps, mc, false, progress);
            List<List<BigDecimal>> th = new ArrayList<>();
            List<BigDecimal> ls = new ArrayList<>();
            why = null;
            for (int t = which == Iterates.ALL ? 0 : steps; t <= steps && why == null; t++) {
                Ball[] et = run.e(t);
                List<BigDecimal> row = new ArrayList<>();
                for (int k = 0; k < theta0.length && why == null; k++) {
                    Ball b = Ball.of(theta0[k], mc).add(et[k], mc); // theta_G,t = theta0 + e_t
                    BigDecimal c = CertifiedDecimal.certify(b, digits);
                    if (c == null) {
                        why = "theta[" + (k + 1) + "] = " + b;
                    }
                    row.add(c);
                }
                if (why == null) {
                    // L(theta0 + e_t): a zero-step run from e_t (the reference is constant)
                    Ball l = LogisticGd.run(model, data, eta, ref, et, 0, mc, true, Progress.NONE).loss();
                    // The loss is positive, never 0: a ball containing 0 has none of its N significant digits
                    // (it would print 0E-k); its digits come at relative precision (Ball.softplusOfNegative)
                    BigDecimal c = l.certainSign() > 0 ? CertifiedDecimal.certify(l, digits) : null;
                    if (c == null) {
                        why = "loss = " + l + (l.certainSign() > 0 ? "" : lossBeyondRange(l));
                    }
                    th.add(List.copyOf(row));
                    ls.add(c);
                }
            }
            if (why == null) {
                return new Result(List.copyOf(th), List.copyOf(ls), digits + guard, null);
            }
        }
        return new Result(List.of(), List.of(), 0, why);
    }

    /** Why a loss ball may contain 0: below 10^-(10^9) (a margin beyond about 2.3e9) decimals cannot hold the loss. */
    private static String lossBeyondRange(Ball l) {
        return l.center().signum() == 0 ? ": a margin beyond about 2.3e9 puts the loss below 10^-999999000, outside the range of"
                + " the decimals it is computed in" : "";
    }
}
