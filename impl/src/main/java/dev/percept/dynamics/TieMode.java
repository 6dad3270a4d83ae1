package dev.percept.dynamics;

import dev.percept.spec.KernelUse;
import dev.percept.spec.kernels.TieRule;
import java.util.Locale;

/** The weight of a zero margin: {@code half} (logistic limit), {@code mistake} (scikit-learn), {@code none}. */
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

    /** @return the code of {@link TieRule} ({@code HALF}, {@code MISTAKE}, {@code NONE}) */
    public int code() {
        return code;
    }

    /** @return the lower-case name */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code half|mistake|none}. @throws IllegalArgumentException otherwise */
    public static TieMode parse(String s) {
        for (TieMode t : values()) {
            if (t.label().equals(s.strip().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown tie rule '" + s + "' (half, mistake, none)");
    }
}
