package dev.percept.minimal;

import dev.percept.check.Check;
import dev.percept.dynamics.Vec;
import dev.percept.exact.Rational;
import dev.percept.minimal.MainBound.Evaluation;
import dev.percept.minimal.MainBound.Option;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Exact counterexamples that show each hypothesis of the main-bound steps (L2, L2.A1, L2.B) is
 * needed (claim L2.H; spec/main-bound.md, section 3): for every option and every hypothesis, an
 * instance on the minimal family that satisfies all the other hypotheses and violates the bound.
 * The step condition has two: one far beyond the fragment's {@code gamma <= 1/Lambda} (keeping
 * {@code gamma <= 1/mu} for A2), and one just beyond the sharp constant ({@code sqrt 3} for A1,
 * {@code (1+sqrt 5)/2} otherwise), built by {@link #beyondSharpStep}.
 */
public final class MainBoundCounterexamples {

    /** What a counterexample drops. */
    public enum Dropped {
        /** {@code theta_{t+1}^T A theta_{t+1} <= 0}. */
        MISCLASSIFIED_AFTER("misclassified after the step"),
        /** {@code gamma >= 0}. */
        GAMMA_NON_NEGATIVE("gamma >= 0"),
        /** The step condition, far beyond the fragment's. */
        STEP("step condition"),
        /** The sharp step condition, just beyond it. */
        SHARP_STEP("sharp step condition (just beyond)"),
        /** {@code s > 0}. */
        S_POSITIVE("s > 0");

        private final String label;

        Dropped(String label) {
            this.label = label;
        }

        /** @return a short description */
        public String label() {
            return label;
        }
    }

    /**
     * One counterexample: a step {@code theta_{t+1} = (I + gamma A) theta + xi} on a family member.
     *
     * @param dropped the hypothesis it drops
     */
    public record Counterexample(Dropped dropped, MinimalFamily family, Option option, Rational gamma, Rational s, List<Rational> theta,
            List<Rational> xi) {
        Counterexample(Dropped dropped, MinimalFamily family, Option option, Rational gamma, Rational s, Rational[] theta, Rational[] xi) {
            this(dropped, family, option, gamma, s, List.of(theta), List.of(xi));
        }

        /** @return the exact evaluation */
        public Evaluation evaluate() {
            return MainBound.evaluate(family, option, gamma, s, theta.toArray(new Rational[0]), xi.toArray(new Rational[0]));
        }

        /**
         * @return whether it is what it claims: the dropped hypothesis fails, every other one of the
         *     weakest set holds (and, except for the step condition, the fragment's too; dropping the
         *     step condition of A2 keeps {@code gamma <= 1/mu}), and the bound fails
         */
        public boolean confirmed() {
            Evaluation e = evaluate();
            MainBound.Hypotheses h = e.hypotheses();
            boolean others = switch (dropped) {
                case MISCLASSIFIED_AFTER -> !h.misclassifiedAfter() && h.sPositive() && h.gammaNonNegative() && h.fragmentStep();
                case GAMMA_NON_NEGATIVE -> !h.gammaNonNegative() && h.sPositive() && h.misclassifiedAfter() && h.fragmentStep();
                // Dropping the fragment's gamma <= 1/lambda2 keeps its gamma <= 1/mu (A2); the sharp form has no condition on gamma mu.
                case STEP -> !h.weakestStep() && h.sPositive() && h.gammaNonNegative() && h.misclassifiedAfter()
                        && (option != Option.A2 || gamma.multiply(family.mu()).compareTo(Rational.ONE) <= 0);
                case SHARP_STEP -> !h.weakestStep() && h.sPositive() && h.gammaNonNegative() && h.misclassifiedAfter();
                case S_POSITIVE -> !h.sPositive() && h.gammaNonNegative() && h.misclassifiedAfter() && h.fragmentStep();
            };
            return others && !e.holds();
        }

        /** @return {@code x = gamma Lambda} to 6 digits (for messages) */
        public String stepProduct() {
            Rational x2 = gamma.square().multiply(MainBound.lambdaSquared(family, option));
            BigDecimal x = new BigDecimal(x2.numerator()).divide(new BigDecimal(x2.denominator()), new MathContext(30)).sqrt(new MathContext(6));
            return (gamma.signum() < 0 ? "-" : "") + x.toPlainString();
        }

        /** @return the counterexample as a check of claim L2.H: it must be confirmed */
        public Check check() {
            Evaluation e = evaluate();
            return new Check("L2.H", option.claim() + " without " + dropped.label(), confirmed(),
                    "d = " + family.d() + ", mu = " + family.mu() + ", gamma Lambda = " + stepProduct() + ", theta = " + theta
                            + (xi.stream().allMatch(Rational::isZero) ? ", xi = 0" : ", xi = " + xi) + "; " + e.describe());
        }
    }

    private MainBoundCounterexamples() {
    }

    /** The counterexamples recorded in spec/main-bound.md: d = 4, mu = 1, every option, every hypothesis. */
    public static List<Counterexample> standard() {
        MinimalFamily f = MinimalFamily.of(4, Rational.ONE);
        List<Counterexample> out = new ArrayList<>();
        Rational quarter = Rational.of(1, 4);
        Rational s = Rational.of(1, 100);
        Rational[] e1 = vec(-1, 0, 0, 0, 0, 0);
        Rational[] kernel = vec(0, 0, 0, 0, 1, -1);
        Rational[] zero = vec(0, 0, 0, 0, 0, 0);
        for (Option o : Option.values()) {
            out.add(new Counterexample(Dropped.MISCLASSIFIED_AFTER, f, o, quarter, s, e1, zero));
            out.add(new Counterexample(Dropped.GAMMA_NON_NEGATIVE, f, o, quarter.negate(), s, e1, zero));
            out.add(switch (o) {
                case A1 -> new Counterexample(Dropped.STEP, f, o, Rational.ONE, s, vec(-1, 0, 0, 0, 0, 1), zero);
                case A2 -> new Counterexample(Dropped.STEP, f, o, Rational.ONE, s, vec(-1, 0, 0, -1, 0, 0), zero);
                case BRAKE -> new Counterexample(Dropped.STEP, f, o, Rational.TWO, s, vec(-4, -2, -2, -4, 0, 0), zero);
            });
            Rational sharpGamma = switch (o) {
                case A1 -> Rational.of(613, 1000);
                case A2 -> Rational.of(449, 1000);
                case BRAKE -> Rational.of(1619, 1000);
            };
            out.add(beyondSharpStep(f, o, sharpGamma).orElseThrow());
            out.add(new Counterexample(Dropped.S_POSITIVE, f, o, quarter, Rational.of(-1, 2), kernel, zero));
        }
        return out;
    }

    /**
     * A counterexample to the bound with every hypothesis but the sharp step condition, for a step
     * {@code gamma} beyond it ({@code gamma Lambda > sqrt 3} for A1, {@code > (1+sqrt 5)/2}
     * otherwise), with {@code xi = 0} (spec/main-bound.md, section 3):
     * <ul>
     * <li>A1: {@code theta = (-1, -1, 2 gamma a1)}, which makes {@code theta_{t+1}^T A1 theta_{t+1} = 0}
     *     exactly, and then {@code ||theta_{t+1}||^2 - Q = x^2 (x^2 - 3) ||theta||^2 / (x^2 + 1)};</li>
     * <li>brake: {@code theta = wmu- + b vmu+}, {@code b = (y - 1)/(y + 1)}, {@code y = gamma mu}: again
     *     {@code theta_{t+1}^T B theta_{t+1} = 0} and the excess is {@code y (y^2 - y - 1)};</li>
     * <li>A2: {@code theta = (-l, -l, a2 + P a2) + beta (-1, 1, 1, -1, 0, ..)} with {@code l} a decimal
     *     approximation of {@code lambda2} (so that {@code theta} is nearly {@code v2-}) and {@code beta}
     *     just small enough that point 2 stays misclassified; refined until the exact check confirms.</li>
     * </ul>
     * The Young parameter is the largest {@code 10^-k} (k = 0..40) for which the bound fails.
     *
     * @return the counterexample, or empty if gamma is not beyond the sharp condition or none was found
     */
    public static Optional<Counterexample> beyondSharpStep(MinimalFamily f, Option o, Rational gamma) {
        if (gamma.signum() <= 0 || MainBound.weakestStep(f, o, gamma)) {
            return Optional.empty();
        }
        int d = f.d();
        Rational[] zero = new Rational[d + 2];
        Arrays.fill(zero, Rational.ZERO);
        if (o == Option.A1) {
            Rational[] theta = new Rational[d + 2];
            theta[0] = Rational.MINUS_ONE;
            theta[1] = Rational.MINUS_ONE;
            for (int k = 0; k < d; k++) {
                theta[2 + k] = gamma.multiply(Rational.TWO);
            }
            return withSmallS(f, o, gamma, theta, zero);
        }
        if (o == Option.BRAKE) {
            Rational y = gamma.multiply(f.mu());
            Rational b = y.subtract(Rational.ONE).divide(y.add(Rational.ONE));
            Rational[] theta = Vec.axpy(MainBound.wmu(d, -1), b, MainBound.vmuPlus(d));
            return withSmallS(f, o, gamma, theta, zero);
        }
        MathContext mc = new MathContext(60, RoundingMode.HALF_EVEN);
        Rational lam2 = f.lambda2Squared();
        BigDecimal lam = MainBound.dec(lam2, mc).sqrt(mc);
        BigDecimal x = MainBound.dec(gamma, mc).multiply(lam, mc);
        BigDecimal y = MainBound.dec(gamma.multiply(f.mu()), mc);
        for (int digits = 2; digits <= 30; digits += 2) {
            BigInteger scale = BigInteger.TEN.pow(digits);
            Rational l = Rational.of(lam2.multiply(Rational.of(scale.pow(2))).floor().sqrt(), scale);
            BigDecimal ld = MainBound.dec(l, mc);
            BigDecimal pPlus = lam.subtract(ld);
            BigDecimal pMinus = lam.add(ld);
            // Point 2 stays misclassified iff 4 mu (1+y)^2 beta^2 <= lambda2 ((1-x)^2 pMinus^2 - (1+x)^2 pPlus^2).
            BigDecimal room = lam.multiply(BigDecimal.ONE.subtract(x).pow(2).multiply(pMinus.pow(2)).subtract(BigDecimal.ONE.add(x).pow(2)
                    .multiply(pPlus.pow(2))), mc);
            if (room.signum() <= 0) {
                continue;
            }
            BigDecimal beta = room.divide(MainBound.dec(f.mu(), mc).multiply(BigDecimal.valueOf(4)).multiply(BigDecimal.ONE.add(y).pow(2)), mc)
                    .sqrt(mc).multiply(BigDecimal.ONE.subtract(BigDecimal.ONE.scaleByPowerOfTen(-digits)));
            Rational b = Rational.of(beta.setScale(digits + 3, RoundingMode.FLOOR));
            // beta (-1, 1, 1, -1, 0, ..) = 2 beta vmu+.
            Rational[] theta = Vec.axpy(MainBound.nearV2Minus(f, l), b.multiply(Rational.TWO), MainBound.vmuPlus(d));
            Optional<Counterexample> c = withSmallS(f, o, gamma, theta, zero);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private static Optional<Counterexample> withSmallS(MinimalFamily f, Option o, Rational gamma, Rational[] theta, Rational[] xi) {
        for (int k = 0; k <= 40; k++) {
            Counterexample c = new Counterexample(Dropped.SHARP_STEP, f, o, gamma, Rational.of(BigInteger.ONE, BigInteger.TEN.pow(k)), theta, xi);
            if (c.confirmed()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static Rational[] vec(long... v) {
        Rational[] r = new Rational[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = Rational.of(v[i]);
        }
        return r;
    }

}
