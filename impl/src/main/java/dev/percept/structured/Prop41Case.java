package dev.percept.structured;

import dev.percept.spec.Claim;
import dev.percept.spec.Claims;
import dev.percept.spec.kernels.Prop41Kernel;

/** The four cases of Proposition 4.1, each with its claim. */
public enum Prop41Case {
    /** {@code a = 0}. */
    ZERO("zero", Claims.P41_1),
    /** {@code a != 0, a = Pa}. */
    SYMMETRIC("symmetric", Claims.P41_2),
    /** {@code a != 0, a = -Pa}. */
    ANTISYMMETRIC("antisymmetric", Claims.P41_3),
    /** {@code a != 0, a != Pa, a != -Pa}. */
    GENERAL("general", Claims.P41_4);

    private final String label;
    private final Claim claim;

    Prop41Case(String label, Claim claim) {
        this.label = label;
        this.claim = claim;
    }

    /** @return the lower-case label used in output ({@code general}, ...) */
    public String label() {
        return label;
    }

    /** @return the claim this case is */
    public Claim claim() {
        return claim;
    }

    /** Maps a {@link Prop41Kernel} case code to the enum. */
    static Prop41Case fromCode(int code) {
        switch (code) {
            case Prop41Kernel.ZERO:
                return ZERO;
            case Prop41Kernel.SYMMETRIC:
                return SYMMETRIC;
            case Prop41Kernel.ANTISYMMETRIC:
                return ANTISYMMETRIC;
            default:
                return GENERAL;
        }
    }
}
