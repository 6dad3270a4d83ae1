package dev.percept.dynamics;

import dev.percept.spec.KernelUse;
import dev.percept.exact.Rational;
import dev.percept.spec.kernels.ActivationPatterns;
import java.util.Locale;

/**
 * A piecewise-linear activation through the origin: {@code phi(z) = right * z} for {@code z > 0}
 * and {@code phi(z) = left * z} for {@code z <= 0}. ReLU is (left 0, right 1), leaky ReLU with
 * slope alpha is (alpha, 1), the identity is (1, 1).
 *
 * <p><b>Convention at 0:</b> {@code phi'(0) = left} (the left slope: 0 for ReLU, alpha for leaky
 * ReLU), the same as PyTorch's autograd and the spec kernel {@link ActivationPatterns#pattern},
 * which decides "on the right piece" as "pre-activation &gt; 0".
 */
public final class Activation {
    /** Printed in --help and JSON. */
    public static final String CONVENTION = "phi'(0) = left slope (0 for relu, alpha for leaky), as PyTorch";

    private final String name;
    private final Rational left;
    private final Rational right;

    private Activation(String name, Rational left, Rational right) {
        this.name = name;
        this.left = left;
        this.right = right;
    }

    /** The identity. */
    public static final Activation IDENTITY = new Activation("identity", Rational.ONE, Rational.ONE);
    /** ReLU. */
    public static final Activation RELU = new Activation("relu", Rational.ZERO, Rational.ONE);

    /** Leaky ReLU with left slope {@code alpha}. */
    public static Activation leaky(Rational alpha) {
        return new Activation("leaky:" + alpha, alpha, Rational.ONE);
    }

    /**
     * Parses {@code relu}, {@code identity} or {@code leaky:<alpha>} (alpha exact rational).
     *
     * @throws IllegalArgumentException naming the problem
     */
    public static Activation parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("relu")) {
            return RELU;
        }
        if (t.equals("identity")) {
            return IDENTITY;
        }
        if (t.startsWith("leaky:")) {
            try {
                return leaky(Rational.parse(t.substring(6)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("leaky slope: " + e.getMessage());
            }
        }
        throw new IllegalArgumentException("unknown activation '" + text + "' (relu, leaky:<alpha>, identity)");
    }

    /** @return the name as given, e.g. {@code leaky:1/10} */
    public String name() {
        return name;
    }

    /** @return slope on {@code z <= 0} */
    public Rational left() {
        return left;
    }

    /** @return slope on {@code z > 0} */
    public Rational right() {
        return right;
    }

    /** @return {@code true} iff both slopes agree (the pattern never matters) */
    public boolean isLinear() {
        return left.equals(right);
    }

    /** @return max(|left|, |right|), a Lipschitz constant of phi */
    public Rational maxAbsSlope() {
        return left.abs().max(right.abs());
    }

    /**
     * The slopes {@code phi'(h_j)} of a vector of pre-activations, through the spec kernel
     * {@link ActivationPatterns#pattern} (unit on the right piece iff {@code h_j > 0}).
     */
    public Rational[] slopes(Rational[] h) {
        int[] signs = new int[h.length];
        for (int j = 0; j < h.length; j++) {
            signs[j] = h[j].signum();
        }
        boolean[] active = new boolean[h.length];
        KernelUse.mark(KernelUse.Site.ACTIVATION_PATTERN);
        ActivationPatterns.pattern(signs, active);
        Rational[] s = new Rational[h.length];
        for (int j = 0; j < h.length; j++) {
            s[j] = active[j] ? right : left;
        }
        return s;
    }

    /** @return {@code phi'(h)} with the convention at 0 */
    public Rational slope(Rational h) {
        return slopes(new Rational[] {h})[0];
    }

    /** @return {@code phi(h)}, exact */
    public Rational apply(Rational h) {
        return slope(h).multiply(h);
    }
}
