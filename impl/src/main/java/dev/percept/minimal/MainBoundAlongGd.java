package dev.percept.minimal;

import dev.percept.dynamics.Ball;
import dev.percept.dynamics.PerceptronPlusError;
import dev.percept.dynamics.Reduction;
import dev.percept.exact.Rational;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * GD as a perceptron plus an explicit error, with the main-bound step checked along the run
 * (spec/main-bound.md, section 4): for every step of an enclosed GD run ({@link Reduction.Row}), the
 * option {@code o_t} the perceptron would take at the GD iterate, the enclosure of
 * {@code ||xi_t||}, and, on the minimal family, the certified verdict of the bound of that option
 * (claims L2, L2.A1, L2.B) when its hypotheses hold.
 */
public final class MainBoundAlongGd {

    /**
     * One step.
     *
     * @param t the step index
     * @param option {@code A1}, {@code A2}, {@code brake} (minimal family), the updated points such as
     *     {@code {1,3}} (other data), {@code none} (separated: no update), {@code tie} (a margin exactly 0)
     *     or {@code undecided} (a margin's enclosure contains 0)
     * @param xiLower lower bound of {@code ||xi_t||} ({@code null} if undecided)
     * @param xiUpper upper bound of {@code ||xi_t||} ({@code null} if undecided)
     * @param thetaLower lower bound of {@code ||theta_t||}
     * @param bound the certified bound of the option on the minimal family, or {@code null}
     */
    public record Step(int t, String option, BigDecimal xiLower, BigDecimal xiUpper, BigDecimal thetaLower, MainBound.Certified bound) {
        /** @return an upper bound of {@code ||xi_t|| / ||theta_t||} ({@code null} if undecided or theta may be 0) */
        public BigDecimal relativeXiUpper() {
            if (xiUpper == null || thetaLower.signum() <= 0) {
                return null;
            }
            return xiUpper.divide(thetaLower, new MathContext(6, RoundingMode.UP));
        }
    }

    /**
     * Counts over a run.
     *
     * @param checked steps whose bound's hypotheses hold (the bound must hold there)
     * @param holds of those, how many are certified to hold
     * @param fails of those, how many are certified to fail (a counterexample to the claim)
     * @param hypothesisFails steps with an option whose hypotheses fail (point classified after the step, or step too large)
     * @param undecided steps left undecided (option or hypothesis or verdict)
     */
    public record Summary(int checked, int holds, int fails, int hypothesisFails, int undecided) {
    }

    private MainBoundAlongGd() {
    }

    /**
     * The steps of a run with per-point step {@code eta}; the bound is checked only when the family
     * is present (the data and model are the minimal family, {@link MinimalFamily#recognize}).
     */
    public static List<Step> of(Optional<MinimalFamily> family, Rational eta, Reduction.Row row) {
        MathContext mc = new MathContext(row.digits(), RoundingMode.HALF_EVEN);
        List<Step> out = new ArrayList<>();
        for (PerceptronPlusError.Step s : row.asPerceptron()) {
            int t = s.t();
            BigDecimal thetaLo = Ball.normLower(row.iterates().get(t));
            if (!s.decided()) {
                out.add(new Step(t, "undecided", null, null, thetaLo, null));
                continue;
            }
            int[] tw = s.twiceOmega();
            String label = optionLabel(family.isPresent(), tw);
            MainBound.Certified bound = null;
            Optional<MainBound.Option> o = family.isPresent() ? MainBound.Option.of(tw) : Optional.empty();
            if (o.isPresent() && Arrays.stream(tw).noneMatch(w -> w == 1)) {
                List<Ball> marginsNext = t + 1 < row.asPerceptron().size() ? row.asPerceptron().get(t + 1).margins() : row.lastMargins();
                bound = MainBound.certify(family.get(), o.get(), eta, row.iterates().get(t), s.xiLower(), s.xiUpper(), row.iterates().get(t + 1),
                        marginsNext, mc);
            }
            out.add(new Step(t, label, s.xiLower(), s.xiUpper(), thetaLo, bound));
        }
        return out;
    }

    /**
     * The name of the perceptron option with weights {@code 2 omega_i}: {@code tie} when some weight
     * is a tie's, {@code none} when no point is updated, {@code A1}/{@code A2}/{@code brake} on the
     * minimal family ({@link MainBound.Option}), else the set of updated points, e.g. {@code {1,3}}.
     */
    public static String optionLabel(boolean minimalFamily, int[] twiceOmega) {
        if (Arrays.stream(twiceOmega).anyMatch(w -> w == 1)) {
            return "tie";
        }
        if (Arrays.stream(twiceOmega).allMatch(w -> w == 0)) {
            return "none";
        }
        Optional<MainBound.Option> o = minimalFamily ? MainBound.Option.of(twiceOmega) : Optional.empty();
        if (o.isPresent()) {
            return o.get().label();
        }
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < twiceOmega.length; i++) {
            if (twiceOmega[i] != 0) {
                b.append(b.length() > 1 ? "," : "").append(i + 1);
            }
        }
        return b.append('}').toString();
    }

    /** @return the largest upper bound of {@code ||xi_t||} over the decided steps (0 if none) */
    public static BigDecimal maxXiUpper(List<Step> steps) {
        return steps.stream().map(Step::xiUpper).filter(x -> x != null).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    /** @return the largest upper bound of {@code ||xi_t|| / ||theta_t||} over the decided steps (0 if none) */
    public static BigDecimal maxRelativeXiUpper(List<Step> steps) {
        return steps.stream().map(Step::relativeXiUpper).filter(x -> x != null).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    /** @return the counts over the steps */
    public static Summary summarize(List<Step> steps) {
        int checked = 0;
        int holds = 0;
        int fails = 0;
        int hypFails = 0;
        int undecided = 0;
        for (Step s : steps) {
            if (s.option().equals("undecided")) {
                undecided++;
                continue;
            }
            MainBound.Certified b = s.bound();
            if (b == null) {
                continue;
            }
            switch (b.hypothesis()) {
                case "holds" -> {
                    checked++;
                    switch (b.verdict()) {
                        case "holds" -> holds++;
                        case "fails" -> fails++;
                        default -> undecided++;
                    }
                }
                case "fails" -> hypFails++;
                default -> undecided++;
            }
        }
        return new Summary(checked, holds, fails, hypFails, undecided);
    }
}
