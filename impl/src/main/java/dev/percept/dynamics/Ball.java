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
        return c.abs().add(r, UP);
    }

    /** @return a lower bound of {@code |x|} over the ball (0 if the ball contains 0) */
    public BigDecimal absLower() {
        BigDecimal v = c.abs().subtract(r);
        return v.signum() > 0 ? v.round(new MathContext(12, RoundingMode.DOWN)) : BigDecimal.ZERO;
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

    /** {@code this + o}. */
    public Ball add(Ball o, MathContext mc) {
        return rounded(c.add(o.c), r.add(o.r, UP), mc);
    }

    /** {@code this - o}. */
    public Ball subtract(Ball o, MathContext mc) {
        return rounded(c.subtract(o.c), r.add(o.r, UP), mc);
    }

    /** {@code -this}, exact. */
    public Ball negate() {
        return new Ball(c.negate(), r);
    }

    /** {@code this * o}: radius {@code |c| r' + |c'| r + r r'}. */
    public Ball multiply(Ball o, MathContext mc) {
        BigDecimal rad = c.abs().multiply(o.r).add(o.c.abs().multiply(r)).add(r.multiply(o.r)).round(UP);
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

    /** Upper bound of {@code exp(x)} for a decimal x, to a few digits. */
    static BigDecimal expUpper(BigDecimal x) {
        BigDecimal e = BigDecimalMath.exp(x, new MathContext(20));
        return e.multiply(new BigDecimal("1.000000000001")).round(UP);
    }

    /** {@code sigma(-c) = 1/(1+e^c)} at a decimal point, evaluated stably. */
    private static BigDecimal sigmaNeg(BigDecimal x, MathContext mc) {
        MathContext h = higher(mc, 5);
        if (x.signum() >= 0) {
            BigDecimal u = BigDecimalMath.exp(x.negate(), h);
            return u.divide(BigDecimal.ONE.add(u), h).round(mc);
        }
        BigDecimal u = BigDecimalMath.exp(x, h);
        return BigDecimal.ONE.divide(BigDecimal.ONE.add(u), h).round(mc);
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
        BigDecimal e = expUpper(low.negate());
        return e.min(quarter);
    }

    /** A ball containing {@code sigma(-z)} for every {@code z} in this ball. */
    public Ball sigmaOfNegative(MathContext mc) {
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
        BigDecimal v;
        if (c.signum() >= 0) {
            BigDecimal u = BigDecimalMath.exp(c.negate(), higher(mc, 5));
            int extra = Math.max(0, u.scale() - u.precision()) + 5;
            v = BigDecimalMath.log(BigDecimal.ONE.add(u), higher(mc, extra + 5)).round(mc);
        } else {
            BigDecimal u = BigDecimalMath.exp(c, higher(mc, 5));
            v = c.negate().add(BigDecimalMath.log(BigDecimal.ONE.add(u), higher(mc, 5))).round(mc);
        }
        BigDecimal lip = BigDecimal.ONE;
        if (c.subtract(r).signum() > 0) {
            lip = expUpper(c.subtract(r).negate()).min(BigDecimal.ONE);
        }
        return new Ball(v, r.multiply(lip).round(UP).add(evalError(v, mc), UP));
    }

    /** Upper bound of the Euclidean norm of a vector of balls. */
    public static BigDecimal normUpper(Ball[] v) {
        BigDecimal s = BigDecimal.ZERO;
        for (Ball b : v) {
            BigDecimal u = b.absUpper();
            s = s.add(u.multiply(u));
        }
        return sqrtUp(s);
    }

    /** Lower bound of the Euclidean norm of a vector of balls. */
    public static BigDecimal normLower(Ball[] v) {
        BigDecimal s = BigDecimal.ZERO;
        for (Ball b : v) {
            BigDecimal u = b.absLower();
            s = s.add(u.multiply(u));
        }
        if (s.signum() == 0) {
            return BigDecimal.ZERO;
        }
        MathContext m = new MathContext(12, RoundingMode.DOWN);
        BigDecimal q = s.sqrt(m);
        BigDecimal lo = q.subtract(q.ulp().multiply(BigDecimal.valueOf(2)));
        return lo.signum() > 0 ? lo : BigDecimal.ZERO;
    }

    /** Upper bound of {@code sqrt(s)} for {@code s >= 0} (Java's sqrt is within one ulp). */
    static BigDecimal sqrtUp(BigDecimal s) {
        if (s.signum() == 0) {
            return BigDecimal.ZERO;
        }
        MathContext m = new MathContext(12, RoundingMode.UP);
        BigDecimal q = s.sqrt(m);
        return q.add(q.ulp().multiply(BigDecimal.valueOf(2)));
    }
}
