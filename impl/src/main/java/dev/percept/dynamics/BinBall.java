package dev.percept.dynamics;

import dev.percept.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A ball {@code [c - r, c + r]} with a binary centre {@code c = m * 2^e} ({@link BigInteger}
 * mantissa) and a {@link Mag} radius: the arithmetic of {@link LinearGdKernel}, the binary
 * counterpart of the decimal {@link Ball} (spec/gd-precision.md). Every operation returns a ball
 * containing every exact result for arguments in the argument balls: centres are rounded to
 * {@code prec} significant bits (floor; the error, below one unit of the last kept bit, goes into
 * the radius) and radii are rounded up. Unlike {@link Ball}, the elementary functions are computed
 * here with their own error bounds (argument reduction and Taylor series carried out in this ball
 * arithmetic, plus an explicit bound of the series' tail), so nothing is assumed of a library.
 */
final class BinBall {
    final BigInteger m;
    final int e;
    final Mag r;

    /** Zero, exactly. */
    static final BinBall ZERO = new BinBall(BigInteger.ZERO, 0, Mag.ZERO);
    /** One, exactly. */
    static final BinBall ONE = new BinBall(BigInteger.ONE, 0, Mag.ZERO);

    private BinBall(BigInteger m, int e, Mag r) {
        this.m = m;
        this.e = e;
        this.r = r;
    }

    /** The ball {@code m 2^e ± r}. */
    static BinBall of(BigInteger m, long e, Mag r) {
        if (m.signum() == 0) {
            return new BinBall(BigInteger.ZERO, 0, r);
        }
        if (e > Mag.LIMIT || e < -Mag.LIMIT) {
            throw new Mag.OutOfRange("binary exponent " + e);
        }
        return new BinBall(m, (int) e, r);
    }

    /** The exact ball {@code m 2^e}. */
    static BinBall exact(BigInteger m, long e) {
        return of(m, e, Mag.ZERO);
    }

    /** @return whether this is the exact zero ball {@code 0 ± 0} */
    boolean isExactZero() {
        return m.signum() == 0 && r.isZero();
    }

    /** @return {@code t} with {@code |c| < 2^t} (centre non-zero) */
    long top() {
        return (long) m.bitLength() + e;
    }

    /** @return an upper bound of {@code |x|} over the ball */
    Mag absUpper() {
        return Mag.of(m, e).add(r);
    }

    /** @return a lower bound of {@code |x|} over the ball, zero if it contains 0 */
    Mag absLower() {
        BinBall d = exactAbsMinusRadius();
        return d.m.signum() > 0 ? Mag.lower(d.m, d.e) : Mag.ZERO;
    }

    /** The exact number {@code |c| - r} (as an exact ball, possibly negative). */
    private BinBall exactAbsMinusRadius() {
        if (r.isZero()) {
            return exact(m.abs(), e);
        }
        return addExact(exact(m.abs(), e), exact(BigInteger.valueOf(r.m).negate(), r.e));
    }

    /** @return +1/-1 if every point of the ball has that sign, 0 if it contains 0 */
    int certainSign() {
        if (m.signum() == 0) {
            return 0;
        }
        return exactAbsMinusRadius().m.signum() > 0 ? m.signum() : 0;
    }

    /** {@code -this}, exact. */
    BinBall negate() {
        return new BinBall(m.negate(), e, r);
    }

    /** Adds {@code x >= 0} to the radius. */
    BinBall widen(Mag x) {
        return new BinBall(m, e, r.add(x));
    }

    /** The centre rounded (floor) to {@code prec} significant bits; the error into the radius. */
    BinBall round(int prec) {
        int bl = m.bitLength();
        if (bl <= prec) {
            return this;
        }
        int sh = bl - prec;
        BigInteger q = m.shiftRight(sh);
        boolean exact = m.getLowestSetBit() >= sh;
        return of(q, (long) e + sh, exact ? r : r.add(Mag.pow2((long) e + sh)));
    }

    /** Exact sum of the centres (radii added), no rounding. */
    private static BinBall addExact(BinBall a, BinBall b) {
        if (a.m.signum() == 0) {
            return of(b.m, b.e, a.r.add(b.r));
        }
        if (b.m.signum() == 0) {
            return of(a.m, a.e, a.r.add(b.r));
        }
        int lo = Math.min(a.e, b.e);
        BigInteger s = a.m.shiftLeft(a.e - lo).add(b.m.shiftLeft(b.e - lo));
        return of(s, lo, a.r.add(b.r));
    }

    /** {@code this + o}, centre rounded to {@code prec} bits. */
    BinBall add(BinBall o, int prec) {
        if (o.m.signum() != 0 && m.signum() != 0) {
            // a summand far below the other's last kept bit is charged to the radius, not aligned
            long ta = top();
            long tb = o.top();
            if (tb < ta - prec - 4) {
                return of(m, e, r.add(o.absUpper())).round(prec);
            }
            if (ta < tb - prec - 4) {
                return of(o.m, o.e, o.r.add(absUpper())).round(prec);
            }
        }
        return addExact(this, o).round(prec);
    }

    /** {@code this * o}: radius {@code |c| r' + |c'| r + r r'}, centre rounded to {@code prec} bits. */
    BinBall mul(BinBall o, int prec) {
        Mag ca = Mag.of(m, e);
        Mag cb = Mag.of(o.m, o.e);
        Mag rad = ca.mul(o.r).add(cb.mul(r)).add(r.mul(o.r));
        return of(m.multiply(o.m), (long) e + o.e, rad).round(prec);
    }

    /** {@code this * k} for an exact integer, centre rounded to {@code prec} bits. */
    BinBall mul(BigInteger k, int prec) {
        return of(m.multiply(k), e, r.mul(Mag.of(k, 0))).round(prec);
    }

    /** {@code this * 2^k}, exact. */
    BinBall mulPow2(long k) {
        return of(m, (long) e + k, r.mulPow2(k));
    }

    /**
     * {@code this / o} for a divisor ball that excludes 0: centre quotient truncated to
     * {@code prec + 2} bits (error below one unit), radius
     * {@code (r |c'| + |c| r') / (|c'| (|c'| - r'))} rounded up.
     *
     * @throws ArithmeticException if the divisor ball contains 0
     */
    BinBall div(BinBall o, int prec) {
        Mag low = o.absLower();
        if (low.isZero()) {
            throw new ArithmeticException("divisor ball contains 0");
        }
        int sh = Math.max(0, prec + 2 + o.m.bitLength() - m.bitLength());
        BigInteger q;
        long qe = (long) e - sh - o.e;
        Mag rad;
        if (m.signum() == 0) {
            q = BigInteger.ZERO;
            rad = Mag.ZERO;
        } else {
            BigInteger[] qr = m.shiftLeft(sh).divideAndRemainder(o.m);
            q = qr[0];
            rad = qr[1].signum() == 0 ? Mag.ZERO : Mag.pow2(qe); // truncation of the centre quotient, below one unit
        }
        if (!r.isZero() || !o.r.isZero()) {
            Mag num = r.mul(Mag.of(o.m, o.e)).add(Mag.of(m, e).mul(o.r));
            rad = rad.add(num.div(lowerOfProduct(o, low)));
        }
        return of(q, qe, rad).round(prec);
    }

    /** A lower bound of {@code |c'| (|c'| - r')}, given a lower bound {@code low} of {@code |c'| - r'}. */
    private static Mag lowerOfProduct(BinBall o, Mag low) {
        // lower(|c'|) * low rounded down: take a lower bound of the product of two lower bounds
        Mag a = Mag.lower(o.m, o.e);
        BigInteger p = BigInteger.valueOf(a.m).multiply(BigInteger.valueOf(low.m));
        return Mag.lower(p, (long) a.e + low.e);
    }

    /** {@code this / k} for an exact non-zero integer. */
    BinBall div(BigInteger k, int prec) {
        return div(exact(k, 0), prec);
    }

    /** A ball containing the rational {@code q}, centre with {@code prec} significant bits. */
    static BinBall of(Rational q, int prec) {
        BigInteger num = q.numerator();
        BigInteger den = q.denominator();
        if (den.equals(BigInteger.ONE)) {
            return exact(num, 0).round(prec);
        }
        if (den.bitCount() == 1) {
            return exact(num, -(den.bitLength() - 1)).round(prec);
        }
        return exact(num, 0).div(den, prec);
    }

    /** A ball containing the decimal ball {@code c ± rad}, centre with {@code prec} significant bits. */
    static BinBall of(BigDecimal c, BigDecimal rad, int prec) {
        Mag rr = Mag.of(rad);
        if (c.signum() == 0) {
            return of(BigInteger.ZERO, 0, rr);
        }
        BigInteger u = c.unscaledValue();
        int s = c.scale();
        if (s <= 0) {
            return of(u.multiply(BigInteger.TEN.pow(-s)), 0, rr).round(prec);
        }
        BinBall q = exact(u, 0).div(BigInteger.TEN.pow(s), prec);
        return q.widen(rr);
    }

    /**
     * This ball as a decimal {@link Ball}: the centre to {@code digits} significant digits (floor of
     * an exact scaling, trailing zeros kept so that it carries at least that many digits), the
     * conversion error and the radius rounded up into the decimal radius. The exact zero ball gives
     * {@code 0 ± 0}.
     */
    Ball toBall(int digits) {
        BigDecimal rad = r.toDecimal(UP);
        if (m.signum() == 0) {
            return Ball.of(BigDecimal.ZERO, rad);
        }
        if (e >= 0) {
            BigDecimal c = new BigDecimal(m.shiftLeft(e));
            if (!r.isZero() && c.precision() < digits + 2) {
                c = c.setScale(digits + 2 - c.precision()); // an inexact centre shows its digits (trailing zeros)
            }
            return Ball.of(c, rad);
        }
        // k decimal places: q = trunc(|c| 10^k) has at least digits + 2 digits (tenExp <= log10 |c|)
        long tenExp = (long) Math.floor((top() - 1) * 0.30102999566398114);
        long k = digits + 1 - tenExp;
        if (Math.abs(k) > 400_000_000L) {
            throw new Mag.OutOfRange("decimal scale " + k);
        }
        BigInteger abs = m.abs();
        BigInteger q;
        boolean exactQ;
        if (k >= 0) {
            BigInteger num = abs.multiply(tenPow((int) k));
            q = num.shiftRight(-e);
            exactQ = num.getLowestSetBit() >= -e;
        } else {
            BigInteger[] qr = abs.shiftRight(-e).divideAndRemainder(tenPow((int) -k));
            q = qr[0];
            exactQ = abs.getLowestSetBit() >= -e && qr[1].signum() == 0;
        }
        BigDecimal cc = new BigDecimal(m.signum() < 0 ? q.negate() : q, (int) k);
        if (!exactQ) {
            rad = rad.add(BigDecimal.ONE.scaleByPowerOfTen((int) -k), UP); // truncation: below one unit of the k-th place
        }
        return Ball.of(cc, rad);
    }

    private static final BigInteger[] TEN_POW = new BigInteger[4096];

    /** {@code 10^k}, cached for small k (every conversion of a run uses the same few). */
    private static BigInteger tenPow(int k) {
        if (k >= TEN_POW.length) {
            return BigInteger.TEN.pow(k);
        }
        BigInteger p = TEN_POW[k];
        if (p == null) {
            p = BigInteger.TEN.pow(k);
            TEN_POW[k] = p;
        }
        return p;
    }

    // ---- elementary functions ------------------------------------------------------------------

    /** ln 2 to the largest precision computed so far: {@code [v 2^-w, (v + 1) 2^-w]} contains ln 2. */
    private static final AtomicReference<BigInteger[]> LN2 = new AtomicReference<>(new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO});

    /**
     * A ball containing {@code ln 2} with about {@code prec} bits: the series
     * {@code ln 2 = sum_{k >= 1} 1 / (k 2^k)} in fixed point with {@code g} guard bits; each of the
     * K truncated terms errs by less than one unit and the tail after K terms is below
     * {@code 2^-K}, so the truncated sum lies within {@code K + 1} units below ln 2.
     */
    static BinBall ln2(int prec) {
        BigInteger[] c = LN2.get();
        int w = c[1].intValue();
        if (w < prec) {
            int want = Math.max(prec, 2 * w);
            int g = 32 - Integer.numberOfLeadingZeros(want + 64) + 2;
            int wp = want + g;
            BigInteger s = BigInteger.ZERO;
            for (int k = 1; k <= wp; k++) {
                s = s.add(BigInteger.ONE.shiftLeft(wp - k).divide(BigInteger.valueOf(k)));
            }
            // ln 2 in [s, s + wp + 1] units of 2^-wp (wp truncated terms, tail below one unit)
            c = new BigInteger[] {s.shiftRight(g), BigInteger.valueOf(want)};
            LN2.set(c);
            w = want;
        }
        // ln 2 * 2^w lies in [c, c + 1.25) (K + 1 < 2^g / 4 units of 2^-wp lost); shifted to prec bits
        // it lies in [v, v + 2.25]: the ball (v + 1) ± 2 units contains it
        BigInteger v = c[0].shiftRight(w - prec);
        return of(v.add(BigInteger.ONE), -(long) prec, Mag.pow2(1 - (long) prec));
    }

    /**
     * A ball containing {@code e^-t} for the exact number {@code t = tm 2^te >= 0}, with about
     * {@code prec} significant bits. Argument reduction {@code t = k ln2 + r}, {@code |r| < 0.71},
     * then {@code e^-r = (e^{-x})^(2^s)}, {@code x = r / 2^s}, all in fixed point with
     * {@code W = prec + 16} fractional bits ({@code W + s} for x), truncating after every
     * operation. Error bound, in units of {@code 2^-(W+s)}:
     * <ul>
     *   <li>r: {@code floor(t 2^W)} errs below 1 unit of {@code 2^-W}, {@code k ln2} below 1.2
     *       ({@link #ln2} at {@code W + bits(k) + 4} bits is within 2.25 units there, times k, shifted),
     *       so {@code |delta| <= 2.2 * 2^-W} and {@code e^-(r + delta)} is within
     *       {@code 2.3 |delta| e^-r <= 5 * 2^-(W+s) 2^s}-units of {@code e^-r} ({@code e^-r <= 2.02});</li>
     *   <li>Taylor: each term {@code T_j = trunc(trunc(T_{j-1} (-x)) / j)} errs by at most
     *       {@code eps_{j-1} |x| / j + 2 <= 2.5} (|x| < 1/2), the series stops at the first zero
     *       term J, whose true value is then below 2.5, and the tail after it below twice that: in
     *       all at most {@code 3J + 6};</li>
     *   <li>squaring s times: {@code eps' <= 2 y eps + eps^2 + 1} with the true
     *       {@code y_i <= e^{0.71 / 2^(s-i)}}, whose product of doublings is below
     *       {@code 2^s e^0.71 < 2^(s+1.03)}: {@code eps_s <= 2^(s+2) (eps_0 + s + 2)} while
     *       {@code eps} stays far below the unit of the value.</li>
     * </ul>
     * In all below {@code 2^(s+2) (3J + s + 13)} units of {@code 2^-(W+s)}, i.e. a relative error
     * below {@code 2^(9 - W) = 2^-(prec + 7)} for J below 40 (J is about {@code W / s}).
     *
     * @throws Mag.OutOfRange for {@code t >= 2^28} (the result leaves the exponent range)
     */
    static BinBall expNeg(BigInteger tm, int te, int prec) {
        if (tm.signum() < 0) {
            throw new IllegalArgumentException("expNeg needs t >= 0");
        }
        if (tm.signum() == 0) {
            return ONE;
        }
        long top = (long) tm.bitLength() + te;
        if (top > 28) {
            throw new Mag.OutOfRange("exp of a margin beyond 2^28");
        }
        int sh0 = Math.max(0, tm.bitLength() - 62);
        double td = top < -64 ? 0 : Math.scalb((double) tm.shiftRight(sh0).longValue(), te + sh0); // only to choose k
        long k = Math.max(0, (long) Math.floor(td / 0.6931471805599453));
        int s = (int) Math.sqrt(prec) + 1;
        int w = prec + 16;
        int kb = 64 - Long.numberOfLeadingZeros(k);
        // R = floor(t 2^w) - k ln2 2^w, within 2.2 units of r 2^w
        BigInteger tw = te >= -w ? tm.shiftLeft(w + te) : tm.shiftRight(-w - te);
        BigInteger rr = tw;
        if (k > 0) {
            int lb = w + kb + 4;
            BinBall l = ln2(lb); // centre c 2^-lb with |c - ln2 2^lb| <= 2.25
            BigInteger c = l.m.shiftLeft(l.e + lb);
            rr = tw.subtract(c.multiply(BigInteger.valueOf(k)).shiftRight(kb + 4));
        }
        if (rr.compareTo(BigInteger.ONE.shiftLeft(w - 6).negate()) < 0 || rr.bitLength() > w) {
            throw new IllegalStateException("exp argument reduction left |r| >= 1: t = " + tm + "*2^" + te);
        }
        // x = r / 2^s: the same integer read with W = w + s fractional bits
        int wk = w + s;
        BigInteger one = BigInteger.ONE.shiftLeft(wk);
        BigInteger negX = rr.negate();
        BigInteger term = one;
        BigInteger sum = one;
        long j = 1;
        for (; j < 100_000; j++) {
            term = term.multiply(negX).shiftRight(wk);
            term = term.divide(BigInteger.valueOf(j));
            if (term.signum() == 0) {
                break;
            }
            sum = sum.add(term);
        }
        BigInteger eps = BigInteger.valueOf(3 * j + 6);
        BigInteger y = sum;
        for (int i = 0; i < s; i++) {
            y = y.multiply(y).shiftRight(wk);
        }
        // eps_s <= 2^(s+2) (eps_0 + s + 2), plus the 5 * 2^s of the reduction
        BigInteger err = eps.add(BigInteger.valueOf(s + 2)).shiftLeft(s + 2).add(BigInteger.valueOf(5).shiftLeft(s));
        return of(y, -(long) wk - k, Mag.of(err, -(long) wk - k)).round(prec);
    }

    /**
     * An upper bound of {@code e^{-t}} for the exact {@code t = tm 2^te >= 0} (evaluated at about
     * 40 bits, upper end of the ball).
     */
    private static Mag expNegUpper(BigInteger tm, int te) {
        if (tm.signum() == 0) {
            return Mag.of(1, 0);
        }
        if ((long) tm.bitLength() + te > 29) {
            return Mag.pow2(-(1L << 28)); // t >= 2^28: e^-t <= 2^-(1.44 t) < 2^-(2^28)
        }
        BigInteger m2 = tm;
        int e2 = te;
        if (m2.bitLength() > 64) { // a lower bound of t with 64 bits keeps e^-t an upper bound
            int sh = m2.bitLength() - 64;
            m2 = m2.shiftRight(sh);
            e2 += sh;
        }
        return expNeg(m2, e2, 40).absUpper();
    }

    /**
     * {@code sigma(-c) = 1 / (1 + e^c)} at the exact centre {@code c = cm 2^ce}, a ball with about
     * {@code prec} bits, and (second element) the ball {@code u} of {@code e^{-|c|}} it was made from.
     */
    private static BinBall[] sigmaNegAt(BigInteger cm, int ce, int prec) {
        int wp = prec + 8;
        BinBall u = expNeg(cm.abs(), ce, wp);
        BinBall den = ONE.add(u, wp);
        return new BinBall[] {cm.signum() >= 0 ? u.div(den, prec) : ONE.div(den, prec), u};
    }

    /**
     * A ball containing {@code sigma(-z)} for every z in this ball: the value at the centre widened
     * by {@code r sup|sigma'|}, {@code sup |sigma'| <= min(1/4, e^{-(|c| - r)})} (since
     * {@code sigma'(t) = sigma(t) sigma(-t) <= e^{-|t|}}), and {@code e^{-(|c| - r)} = e^{-|c|} e^r
     * <= u (1 + 2r)} for {@code r <= 1} ({@code e^r <= 1 + 2r} there) with u the enclosure of
     * {@code e^{-|c|}} already computed.
     */
    BinBall sigmaOfNegative(int prec) {
        BinBall[] vu = sigmaNegAt(m, e, prec);
        if (r.isZero()) {
            return vu[0];
        }
        Mag quarter = Mag.pow2(-2);
        Mag lip = quarter;
        if (r.compareTo(Mag.of(1, 0)) <= 0) {
            Mag b = vu[1].absUpper().mul(Mag.of(1, 0).add(r.mulPow2(1)));
            lip = b.compareTo(quarter) < 0 ? b : quarter;
        }
        return vu[0].widen(r.mul(lip));
    }

    /**
     * {@code e^c - 1} at an exact {@code |c| <= 1/2}, with relative accuracy: {@code c F},
     * {@code F = sum_{j >= 0} c^j / (j + 1)!}, tail bounded by the last term (ratio below 1/2).
     */
    private static BinBall expm1Small(BigInteger cm, int ce, int prec) {
        int wp = prec + 16;
        BinBall c = exact(cm, ce);
        BinBall f = ONE;
        BinBall term = ONE;
        Mag eps = Mag.pow2(-(long) wp - 4);
        for (int j = 1; j < 10_000; j++) {
            term = term.mul(c, wp).div(BigInteger.valueOf(j + 1), wp);
            f = f.add(term, wp);
            if (term.absUpper().compareTo(eps) < 0) {
                f = f.widen(term.absUpper());
                break;
            }
        }
        return c.mul(f, prec);
    }

    /**
     * A ball containing {@code sigma(-z) - omega} for every z in this ball, {@code omega} in
     * {0, 1/2, 1} given twice; relative accuracy even when the difference is tiny (as
     * {@link Ball#logisticResidual}).
     */
    BinBall logisticResidual(int twiceOmega, int prec) {
        if (twiceOmega == 0) {
            return sigmaOfNegative(prec);
        }
        if (twiceOmega == 2) {
            return negate().sigmaOfNegative(prec).negate();
        }
        Mag spread = r.mulPow2(-2); // Lipschitz 1/4
        if (m.signum() == 0) {
            return of(BigInteger.ZERO, 0, spread);
        }
        BinBall v;
        if (top() <= -1) { // |c| < 1/2: -(e^c - 1) / (2 (e^c - 1 + 2)) without cancellation
            BinBall em1 = expm1Small(m, e, prec + 8);
            v = em1.negate().div(em1.add(exact(BigInteger.TWO, 0), prec + 8).mulPow2(1), prec);
        } else {
            v = sigmaNegAt(m, e, prec + 4)[0].add(exact(BigInteger.ONE, -1).negate(), prec);
        }
        return v.widen(spread);
    }

    /**
     * {@code log(1 + u)} for a ball {@code u} within {@code [0, 1]}: {@code 2 atanh(w)},
     * {@code w = u / (2 + u) <= 1/3}, series {@code 2 w sum_j w^{2j} / (2j + 1)}, tail after the
     * last term {@code T} at most {@code T w^2 / (1 - w^2) <= T / 8}.
     */
    private static BinBall log1p(BinBall u, int prec) {
        int wp = prec + 16;
        BinBall w = u.div(u.add(exact(BigInteger.TWO, 0), wp), wp);
        BinBall w2 = w.mul(w, wp);
        BinBall sum = ONE;
        BinBall pow = ONE;
        Mag eps = Mag.pow2(-(long) wp - 4);
        for (int j = 1; j < 100_000; j++) {
            pow = pow.mul(w2, wp);
            sum = sum.add(pow.div(BigInteger.valueOf(2L * j + 1), wp), wp);
            if (pow.absUpper().compareTo(eps) < 0) {
                sum = sum.widen(pow.absUpper());
                break;
            }
        }
        return w.mul(sum, wp).mulPow2(1).round(prec);
    }

    /**
     * A ball containing {@code log(1 + e^{-z})} for every z in this ball (as
     * {@link Ball#softplusOfNegative}); Lipschitz bound {@code min(1, e^{-(c - r)})} when
     * {@code c > r}, else 1.
     */
    BinBall softplusOfNegative(int prec) {
        int wp = prec + 8;
        BinBall v;
        if (m.signum() >= 0) {
            v = log1p(expNeg(m, e, wp), prec);
        } else {
            v = exact(m.negate(), e).add(log1p(expNeg(m.negate(), e, wp), wp), prec);
        }
        if (r.isZero()) {
            return v;
        }
        Mag lip = Mag.of(1, 0);
        if (m.signum() > 0) {
            BinBall d = exactAbsMinusRadius();
            if (d.m.signum() > 0) {
                Mag e1 = expNegUpper(d.m, d.e);
                lip = e1.compareTo(lip) < 0 ? e1 : lip;
            }
        }
        return v.widen(r.mul(lip));
    }

    /** Significant bits matching {@code digits} decimal digits, plus 4. */
    static int bits(int digits) {
        return (int) Math.ceil(digits * 3.3219280948873626) + 4;
    }

    /** Rounding used when radii meet decimals. */
    static final MathContext UP = new MathContext(12, RoundingMode.UP);

    @Override
    public String toString() {
        return m + "*2^" + e + " ± " + r;
    }
}
