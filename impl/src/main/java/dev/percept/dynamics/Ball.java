package dev.percept.dynamics;

import ch.obermuhlner.math.big.BigDecimalMath;
import dev.percept.exact.Rational;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A ball {@code [c - r, c + r]} of real numbers with a decimal centre and a non-negative decimal
 * radius: midpoint-radius interval arithmetic (as in Arb). Every operation returns a ball that
 * contains every exact result for inputs in the argument balls, provided the elementary functions
 * meet their error budget (see {@code spec/gd-precision.md}): centres are rounded to the working
 * precision {@code p} and the rounding error, at most {@code 10^(1-p) |c|}, is added to the radius;
 * radii are rounded up.
 */
public final class Ball {
    /** Radius arithmetic: few digits, always rounded up (a radius may only grow). */
    static final MathContext UP = new MathContext(12, RoundingMode.UP);
    /** Norms of enclosures: 34 digits upward, so they stay sharper than the bounds they are compared with. */
    static final MathContext NORM_UP = new MathContext(34, RoundingMode.UP);

    private final BigDecimal c;
    private final BigDecimal r;

    private Ball(BigDecimal c, BigDecimal r) {
        this.c = c;
        this.r = r;
    }

    /** The exact ball {c ± 0}. */
    public static Ball exact(BigDecimal c) {
        return new Ball(c, BigDecimal.ZERO);
    }

    /** {@code c ± r}; {@code r >= 0}. */
    public static Ball of(BigDecimal c, BigDecimal r) {
        if (r.signum() < 0) {
            throw new IllegalArgumentException("negative radius");
        }
        return new Ball(c, r);
    }

    /** Zero, exactly. */
    public static final Ball ZERO = exact(BigDecimal.ZERO);

    /** A ball containing the rational {@code q}, centre rounded to {@code mc}. */
    public static Ball of(Rational q, MathContext mc) {
        if (q.isInteger()) {
            return exact(new BigDecimal(q.numerator()));
        }
        BigDecimal c = new BigDecimal(q.numerator()).divide(new BigDecimal(q.denominator()), mc);
        return new Ball(c, roundingError(c, mc));
    }

    /** @return the centre */
    public BigDecimal center() {
        return c;
    }

    /** @return the radius */
    public BigDecimal radius() {
        return r;
    }

    /** @return an upper bound of {@code |x|} over the ball */
    public BigDecimal absUpper() {
        return c.abs().add(r, NORM_UP);
    }

    /** @return a lower bound of {@code |q|} for an exact rational, to 20 digits */
    public static BigDecimal absLower(Rational q) {
        return new BigDecimal(q.numerator().abs()).divide(new BigDecimal(q.denominator()), new MathContext(20, RoundingMode.DOWN));
    }

    /** @return a lower bound of {@code |x|} over the ball (0 if the ball contains 0) */
    public BigDecimal absLower() {
        MathContext down = new MathContext(12, RoundingMode.DOWN);
        if (c.abs().compareTo(r) <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal v = c.abs().subtract(r.round(UP), down);
        return v.signum() > 0 ? v : BigDecimal.ZERO;
    }

    /** @return +1/-1 if every point of the ball has that sign, 0 if the ball contains 0 */
    public int certainSign() {
        if (c.abs().compareTo(r) > 0) {
            return c.signum();
        }
        return 0;
    }

    /** Upper bound of the rounding error of a centre rounded to {@code mc}: {@code 10^(1-p) |c|}. */
    static BigDecimal roundingError(BigDecimal c, MathContext mc) {
        if (c.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return c.abs().scaleByPowerOfTen(1 - mc.getPrecision()).round(UP);
    }

    private static Ball rounded(BigDecimal exactCenter, BigDecimal radius, MathContext mc) {
        BigDecimal cc = exactCenter.round(mc);
        BigDecimal err = cc.compareTo(exactCenter) == 0 ? BigDecimal.ZERO : roundingError(cc, mc);
        return new Ball(cc, radius.add(err, UP));
    }

    /**
     * A sum rounded by {@code BigDecimal.add(x, mc)} (which never forms the exact sum of operands of
     * wildly different scales); its rounding error is charged as {@link #roundingError} unless both
     * operands are zero-radius integers or the sum is an exact small-scale value.
     */
    private static Ball sum(BigDecimal a, BigDecimal b, BigDecimal radius, MathContext mc) {
        BigDecimal cc = a.add(b, mc);
        boolean exact = Math.abs((long) a.scale() - b.scale()) < 4L * mc.getPrecision() && cc.compareTo(a.add(b)) == 0;
        return new Ball(cc, exact ? radius : radius.add(roundingError(cc, mc), UP));
    }

    /** {@code this + o}. */
    public Ball add(Ball o, MathContext mc) {
        return sum(c, o.c, r.add(o.r, UP), mc);
    }

    /** {@code this - o}. */
    public Ball subtract(Ball o, MathContext mc) {
        return sum(c, o.c.negate(), r.add(o.r, UP), mc);
    }

    /** {@code -this}, exact. */
    public Ball negate() {
        return new Ball(c.negate(), r);
    }

    /** {@code this * o}: radius {@code |c| r' + |c'| r + r r'}. */
    public Ball multiply(Ball o, MathContext mc) {
        BigDecimal rad = c.abs().multiply(o.r, UP).add(o.c.abs().multiply(r, UP), UP).add(r.multiply(o.r, UP), UP);
        return rounded(c.multiply(o.c), rad, mc);
    }

    /** {@code this * q} for an exact rational {@code q}. */
    public Ball multiply(Rational q, MathContext mc) {
        if (q.isZero()) {
            return ZERO;
        }
        if (q.isInteger()) {
            BigDecimal k = new BigDecimal(q.numerator());
            return rounded(c.multiply(k), r.multiply(k.abs()).round(UP), mc);
        }
        return multiply(of(q, mc), mc);
    }

    /** A ball containing {@code s * this} for every {@code s} in {@code [lo, hi]} (exact slopes). */
    public Ball multiplyByRange(Rational lo, Rational hi, MathContext mc) {
        if (lo.equals(hi)) {
            return multiply(lo, mc);
        }
        Rational mid = lo.add(hi).multiply(Rational.of(1, 2));
        Rational half = hi.subtract(lo).abs().multiply(Rational.of(1, 2));
        Ball m = multiply(mid, mc);
        BigDecimal extra = of(half, mc).absUpper().multiply(absUpper()).round(UP);
        return new Ball(m.c, m.r.add(extra, UP));
    }

    /** Adds {@code e >= 0} to the radius. */
    public Ball widen(BigDecimal e) {
        return new Ball(c, r.add(e, UP));
    }

    /** @return the ball as text {@code c ± r} */
    @Override
    public String toString() {
        return c.toString() + " ± " + r.toString();
    }

    // ---- elementary functions -----------------------------------------------------------------

    /**
     * Error budget of one big-math evaluation at {@code mc.getPrecision() + 5} digits, rounded to
     * {@code mc}: relative error at most {@code 10^(1-p)} (rounding) + {@code 10^(-p-3)} (big-math's
     * documented accuracy at the higher precision, with a margin of 10 ulps). See gd-precision.md.
     */
    static BigDecimal evalError(BigDecimal value, MathContext mc) {
        return value.abs().scaleByPowerOfTen(2 - mc.getPrecision()).round(UP);
    }

    private static MathContext higher(MathContext mc, int extra) {
        return new MathContext(mc.getPrecision() + extra, RoundingMode.HALF_EVEN);
    }

    /** Beyond this |margin| the logistic terms are bounded, not evaluated: e^{-10^5} < 10^{-43429}. */
    static final BigDecimal BIG = BigDecimal.valueOf(100_000);

    /** log10(e) truncated to 32 digits: a lower bound, so {@code 10^(x L)} bounds {@code e^x} from above for x &lt; 0. */
    private static final BigDecimal LOG10_E_LOW = new BigDecimal("0.43429448190325182765112891891660");

    /** Upper bound of {@code exp(x)}, relative slack about 1e-12 (used by the bounds of Theorem R). */
    public static BigDecimal expUpper(BigDecimal x) {
        return expUpper(x, 20, new BigDecimal("1.000000000001"));
    }

    /** Upper bound of {@code exp(x)}, relative slack about 1e-20 (used for enclosures, tighter than the bounds). */
    static BigDecimal expUpperFine(BigDecimal x) {
        return expUpper(x, 32, new BigDecimal("1.00000000000000000001"));
    }

    /**
     * Upper bound of {@code exp(x)}: big-math at {@code digits} digits times {@code slack}; for
     * {@code x < -10^5} as {@code 10^k * 10^f} with {@code k + f = x * log10(e)} rounded up (so the
     * decimal exponent stays an int), floored at 10^-(10^9), itself an upper bound.
     */
    private static BigDecimal expUpper(BigDecimal x, int digits, BigDecimal slack) {
        MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
        if (x.compareTo(BIG.negate()) < 0) {
            BigDecimal y = x.multiply(LOG10_E_LOW); // >= x log10(e) since x < 0
            BigDecimal k = y.setScale(0, RoundingMode.FLOOR);
            if (k.compareTo(BigDecimal.valueOf(-1_000_000_000L)) < 0) {
                return BigDecimal.ONE.scaleByPowerOfTen(-1_000_000_000);
            }
            BigDecimal frac = y.subtract(k).round(new MathContext(digits + 5, RoundingMode.CEILING));
            BigDecimal tenToFrac = BigDecimalMath.pow(BigDecimal.TEN, frac, mc).multiply(slack).round(UP);
            return tenToFrac.scaleByPowerOfTen(k.intValueExact());
        }
        return BigDecimalMath.exp(x, mc).multiply(slack).round(UP);
    }

    /**
     * {@code e^x} to {@code mc} for {@code x <= 0}: big-math for {@code x >= -10^5}; below, as
     * {@code 10^f * 10^k} with {@code k + f = x log10(e)} computed with enough extra digits that the
     * absolute error of {@code f} stays below {@code 10^-(p+8)}. Returns {@code null} if the result
     * underflows 10^-(10^9) (then it is below that).
     */
    static BigDecimal expNonPositive(BigDecimal x, MathContext mc) {
        if (x.compareTo(BIG.negate()) >= 0) {
            return BigDecimalMath.exp(x, mc);
        }
        int extra = Math.max(0, x.precision() - x.scale()) + 10;
        MathContext w = new MathContext(mc.getPrecision() + extra, RoundingMode.HALF_EVEN);
        BigDecimal log10e = BigDecimal.ONE.divide(BigDecimalMath.log(BigDecimal.TEN, w), w);
        BigDecimal y = x.multiply(log10e, w);
        BigDecimal k = y.setScale(0, RoundingMode.FLOOR);
        if (k.compareTo(BigDecimal.valueOf(-999_999_000L)) < 0) {
            return null;
        }
        BigDecimal frac = y.subtract(k, w).round(new MathContext(mc.getPrecision() + 8));
        return BigDecimalMath.pow(BigDecimal.TEN, frac, mc).scaleByPowerOfTen(k.intValueExact());
    }

    /** {@code sigma(-c) = 1/(1+e^c)} at a decimal point, evaluated stably. */
    private static BigDecimal sigmaNeg(BigDecimal x, MathContext mc) {
        MathContext h = higher(mc, 5);
        if (x.signum() >= 0) {
            BigDecimal u = expNonPositive(x.negate(), h);
            return u.divide(BigDecimal.ONE.add(u, h), h).round(mc);
        }
        BigDecimal u = expNonPositive(x, h);
        return BigDecimal.ONE.divide(BigDecimal.ONE.add(u, h), h).round(mc);
    }

    /**
     * Lipschitz constant of the logistic function on the ball: {@code sup |sigma'| <=
     * min(1/4, e^{-(|c| - r)})} (since {@code sigma'(t) = sigma(t) sigma(-t) <= e^{-|t|}}).
     */
    private BigDecimal sigmaLipschitz() {
        BigDecimal quarter = new BigDecimal("0.25");
        BigDecimal low = absLower();
        if (low.signum() == 0) {
            return quarter;
        }
        BigDecimal e = expUpperFine(low.negate());
        return e.min(quarter);
    }

    /** A ball containing {@code sigma(-z)} for every {@code z} in this ball. */
    public Ball sigmaOfNegative(MathContext mc) {
        if (c.abs().compareTo(BIG) > 0 && expNonPositive(c.abs().negate(), higher(mc, 5)) == null) {
            // Underflow: |sigma(-c) - [c < 0]| <= e^{-|c|} < 10^-(10^9 - 1000); Lipschitz spread over [c - r, c + r].
            BigDecimal tail = expUpperFine(c.abs().negate());
            BigDecimal rad = r.multiply(sigmaLipschitz()).round(UP).add(tail, UP);
            return new Ball(c.signum() > 0 ? BigDecimal.ZERO : BigDecimal.ONE, rad);
        }
        BigDecimal v = sigmaNeg(c, mc);
        BigDecimal rad = r.multiply(sigmaLipschitz()).round(UP).add(evalError(v, mc), UP);
        return new Ball(v, rad);
    }

    /**
     * A ball containing {@code sigma(-z) - omega} for {@code omega} in {0, 1/2, 1} (twice omega given),
     * with relative accuracy even when the difference is tiny: {@code omega = 1} gives
     * {@code -sigma(z)}, {@code omega = 1/2} gives {@code -tanh(z/2)/2}.
     */
    public Ball logisticResidual(int twiceOmega, MathContext mc) {
        if (twiceOmega == 0) {
            return sigmaOfNegative(mc);
        }
        if (twiceOmega == 2) {
            return negate().sigmaOfNegative(mc).negate();
        }
        // sigma(-z) - 1/2 = (1 - e^z) / (2 (1 + e^z)); Lipschitz 1/4.
        if (c.signum() == 0) {
            return new Ball(BigDecimal.ZERO, r.multiply(new BigDecimal("0.25")).round(UP));
        }
        int extra = Math.max(0, -(c.precision() - c.scale() - 1)) + 5; // digits lost to 1 - e^c cancelling
        MathContext h = higher(mc, extra + 5);
        BigDecimal ez = BigDecimalMath.exp(c.min(BigDecimal.valueOf(100000)).max(BigDecimal.valueOf(-100000)), h);
        BigDecimal v = BigDecimal.ONE.subtract(ez).divide(BigDecimal.valueOf(2).multiply(BigDecimal.ONE.add(ez)), h).round(mc);
        if (c.abs().compareTo(BigDecimal.valueOf(100000)) > 0) {
            v = c.signum() > 0 ? new BigDecimal("-0.5") : new BigDecimal("0.5");
            return new Ball(v, r.multiply(new BigDecimal("0.25")).add(BigDecimal.ONE.scaleByPowerOfTen(-40000), UP));
        }
        return new Ball(v, r.multiply(new BigDecimal("0.25")).round(UP).add(evalError(v, mc), UP));
    }

    /**
     * A ball containing {@code log(1 + e^{-z})} (the logistic loss of a margin z) for every z in
     * this ball; relative accuracy for large z (log1p by extra digits). Lipschitz bound:
     * {@code |d/dz| = sigma(-z) <= min(1, e^{-(c - r)})} when {@code c > r}.
     */
    public Ball softplusOfNegative(MathContext mc) {
        if (c.signum() > 0 && c.compareTo(BIG) > 0 && c.compareTo(r) > 0) {
            // A large positive margin: log(1 + u), u = e^{-c} < 10^-43429, is in [u - u^2/2, u], so u itself
            // with the series error u^2/2 keeps the loss's relative accuracy (its N significant digits).
            BigDecimal u = expNonPositive(c.negate(), higher(mc, 5));
            if (u != null) {
                BigDecimal v = u.round(mc);
                BigDecimal lip = expUpper(c.subtract(r).negate()).min(BigDecimal.ONE);
                return new Ball(v, r.multiply(lip).round(UP).add(evalError(v, mc), UP).add(u.multiply(u, UP), UP));
            }
        }
        if (c.abs().compareTo(BIG) > 0) {
            // log(1 + e^{-c}) is in (0, e^{-c}] for c > 0 and in [-c, -c + e^{c}] for c < 0; Lipschitz <= 1.
            // For c > 0 only when e^{-c} is below 10^-(10^9 - 1000), beyond the decimals' exponent range: the
            // ball then contains 0 and no digit of the (positive) loss is certified (CertifiedGd refuses it).
            BigDecimal tail = expUpperFine(c.abs().negate());
            return new Ball(c.signum() > 0 ? BigDecimal.ZERO : c.negate(), r.add(tail, UP));
        }
        BigDecimal v;
        BigDecimal seriesError = BigDecimal.ZERO;
        if (c.signum() >= 0) {
            BigDecimal u = expNonPositive(c.negate(), higher(mc, 5));
            if (u.compareTo(BigDecimal.ONE.scaleByPowerOfTen(-(mc.getPrecision() + 10))) < 0) {
                // log(1 + u) in [u - u^2/2, u]: take u, charge u^2/2 (big-math's log is only absolutely accurate near 1).
                v = u.round(mc);
                seriesError = u.multiply(u, UP);
            } else {
                int extra = Math.max(0, u.scale() - u.precision()) + 5;
                v = BigDecimalMath.log(BigDecimal.ONE.add(u), higher(mc, extra + 5)).round(mc);
            }
        } else {
            BigDecimal u = expNonPositive(c, higher(mc, 5));
            v = c.negate().add(BigDecimalMath.log(BigDecimal.ONE.add(u, higher(mc, 5)), higher(mc, 5))).round(mc);
        }
        BigDecimal lip = BigDecimal.ONE;
        if (c.subtract(r).signum() > 0) {
            lip = expUpper(c.subtract(r).negate()).min(BigDecimal.ONE);
        }
        return new Ball(v, r.multiply(lip).round(UP).add(evalError(v, mc), UP).add(seriesError, UP));
    }

    /** Upper bound of the Euclidean norm of a vector of balls. */
    public static BigDecimal normUpper(Ball[] v) {
        BigDecimal s = BigDecimal.ZERO;
        for (Ball b : v) {
            BigDecimal u = b.absUpper();
            s = s.add(u.multiply(u, NORM_UP), NORM_UP);
        }
        return sqrtUp(s);
    }

    /** Lower bound of the Euclidean norm of a vector of balls. */
    public static BigDecimal normLower(Ball[] v) {
        BigDecimal s = BigDecimal.ZERO;
        for (Ball b : v) {
            BigDecimal u = b.absLower();
            MathContext down = new MathContext(34, RoundingMode.DOWN);
            s = s.add(u.multiply(u, down), down);
        }
        return sqrtDown(s);
    }

    /** Lower bound of {@code sqrt(s)} for {@code s >= 0}, 34 digits (Java's sqrt is within one ulp; 0 for s <= 0). */
    public static BigDecimal sqrtDown(BigDecimal s) {
        if (s.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        MathContext m = new MathContext(34, RoundingMode.DOWN);
        BigDecimal q = s.sqrt(m);
        BigDecimal lo = q.subtract(q.ulp().multiply(BigDecimal.valueOf(2)));
        return lo.signum() > 0 ? lo : BigDecimal.ZERO;
    }

    /** Upper bound of {@code sqrt(s)} for {@code s >= 0}, 34 digits (Java's sqrt is within one ulp). */
    public static BigDecimal sqrtUp(BigDecimal s) {
        if (s.signum() == 0) {
            return BigDecimal.ZERO;
        }
        MathContext m = new MathContext(34, RoundingMode.UP);
        BigDecimal q = s.sqrt(m);
        return q.add(q.ulp().multiply(BigDecimal.valueOf(2)));
    }
}
