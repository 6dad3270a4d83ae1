package dev.percept.dynamics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Decimal output with a guarantee: N significant digits, within one unit of the last digit of the exact value. */
public final class CertifiedDecimal {
    private CertifiedDecimal() {
    }

    /**
     * Rounds the centre of {@code b} to {@code digits} significant digits, giving {@code x}, and returns
     * it if {@code |c - x| + r <= ulp(x)} (so every value in the ball, the exact one included, is
     * within one unit of the last digit of {@code x}); returns {@code null} otherwise. An exact ball
     * {@code 0 ± 0} gives 0. A ball that contains 0 (a value that may be exactly zero has no
     * significant digits) gives a zero with scale k, printed {@code 0E-k}, where
     * {@code |c| + r <= 10^-k}: again within one unit of its last place.
     */
    public static BigDecimal certify(Ball b, int digits) {
        BigDecimal c = b.center();
        if (c.signum() == 0 && b.radius().signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (b.certainSign() == 0) {
            BigDecimal width = c.abs().add(b.radius(), Ball.UP);
            int k = -(width.precision() - width.scale()); // 10^-k >= width
            return BigDecimal.ZERO.setScale(k);
        }
        BigDecimal x = c.round(new MathContext(digits, RoundingMode.HALF_EVEN));
        int exp = x.precision() - x.scale() - 1; // floor(log10 |x|)
        BigDecimal ulp = BigDecimal.ONE.scaleByPowerOfTen(exp - digits + 1);
        BigDecimal err = c.subtract(x).abs().add(b.radius());
        return err.compareTo(ulp) <= 0 ? x : null;
    }
}
