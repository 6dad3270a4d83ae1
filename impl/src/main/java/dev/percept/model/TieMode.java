package dev.percept.model;

import dev.percept.spec.KernelUse;
import dev.percept.spec.kernels.TieRule;
import java.util.Locale;

/**
 * The weight {@code omega(0)} of a zero margin in the generalized perceptron: {@code half} (the
 * logistic limit), {@code mistake} (scikit-learn), {@code none}. The one representation of the tie
 * rule: each constant carries the integer code of the KeY-proved kernel {@link TieRule}, and
 * {@link #twiceOmega} is that kernel; no other code passes the integer codes around.
 */
public enum TieMode {
    /** omega(0) = 1/2 = sigma(0). */
    HALF(TieRule.HALF),
    /** omega(0) = 1, a tie is a mistake (scikit-learn's Perceptron). */
    MISTAKE(TieRule.MISTAKE),
    /** omega(0) = 0. */
    NONE(TieRule.NONE);

    private final int code;

    TieMode(int code) {
        this.code = code;
    }

    /** @return {@code 2 omega(z)} from the sign of z, through the spec kernel {@link TieRule#twiceOmega} */
    public int twiceOmega(int marginSign) {
        KernelUse.mark(KernelUse.Site.PERCEPTRON_WEIGHT);
        return TieRule.twiceOmega(marginSign, code);
    }

    /** @return the lower-case name ({@code half}, {@code mistake}, {@code none}) */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code half|mistake|none} (case and surrounding blanks ignored). @throws IllegalArgumentException otherwise */
    public static TieMode parse(String s) {
        for (TieMode t : values()) {
            if (t.label().equals(s.strip().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown tie rule '" + s + "' (half, mistake, none)");
    }
}
