package dev.percept.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import ch.obermuhlner.math.big.BigDecimalMath;
import dev.percept.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The binary ball kernels of {@link LinearGdKernel} against an independent referee: big-math's
 * {@code exp}/{@code log} on {@link BigDecimal} at far more digits than the ball carries (a plain
 * formula, no shared code path). Each enclosure must contain the referee's value, and be sharp:
 * its radius within a few bits of the working precision. The referee errs by about 10^-(digits),
 * hundreds of orders below every radius tested, so exact containment is the right test.
 */
class BinBallProperties {

    /** Referee precision: 600 digits, about 2000 bits, against balls of at most 420 bits. */
    private static final MathContext HI = new MathContext(600);

    /** The exact decimal value of {@code m 2^e}. */
    static BigDecimal exactValue(BigInteger m, int e) {
        if (e >= 0) {
            return new BigDecimal(m.shiftLeft(e));
        }
        return new BigDecimal(m.multiply(BigInteger.valueOf(5).pow(-e)), -e);
    }

    static BigDecimal center(BinBall b) {
        return exactValue(b.m, b.e);
    }

    static BigDecimal radius(BinBall b) {
        return exactValue(BigInteger.valueOf(b.r.m), b.r.e);
    }

    static BigDecimal value(Mag g) {
        return exactValue(BigInteger.valueOf(g.m), g.e);
    }

    static boolean contains(BinBall b, BigDecimal v) {
        return center(b).subtract(v).abs().compareTo(radius(b)) <= 0;
    }

    /** {@code |r| <= 2^(slack - prec) |v|}: the ball is as sharp as its precision promises. */
    static boolean sharp(BinBall b, BigDecimal v, int prec, int slack) {
        return radius(b).compareTo(v.abs().multiply(exactValue(BigInteger.ONE, slack - prec))) <= 0;
    }

    @Property(tries = 300)
    void magnitudesAreUpperBounds(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long a, @ForAll @IntRange(min = -300, max = 300) int ea,
            @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long b, @ForAll @IntRange(min = -300, max = 300) int eb) {
        BigDecimal va = exactValue(BigInteger.valueOf(a), ea);
        BigDecimal vb = exactValue(BigInteger.valueOf(b), eb);
        Mag ma = Mag.of(a, ea);
        Mag mb = Mag.of(b, eb);
        assertThat(value(ma)).isGreaterThanOrEqualTo(va);
        assertThat(value(ma)).isLessThanOrEqualTo(va.multiply(new BigDecimal("1.000000001")));
        assertThat(value(Mag.lower(BigInteger.valueOf(b), eb))).isLessThanOrEqualTo(vb);
        assertThat(value(ma.add(mb))).isGreaterThanOrEqualTo(value(ma).add(value(mb)));
        assertThat(value(ma.mul(mb))).isGreaterThanOrEqualTo(value(ma).multiply(value(mb)));
        assertThat(value(ma.div(mb))).isGreaterThanOrEqualTo(value(ma).divide(value(mb), HI));
        BigDecimal dec = va.add(new BigDecimal(BigInteger.valueOf(b), 40));
        assertThat(value(Mag.of(dec))).isGreaterThanOrEqualTo(dec);
        // and sharp: within 2^-29 relative (31-bit mantissas, rounded up once or twice)
        assertThat(value(ma.add(mb))).isLessThanOrEqualTo(value(ma).add(value(mb)).multiply(new BigDecimal("1.000000004")));
    }

    @Example
    void ln2IsEnclosed() {
        BigDecimal ln2 = BigDecimalMath.log(BigDecimal.valueOf(2), HI);
        for (int prec : new int[] {8, 64, 200, 1000, 1500}) {
            BinBall l = BinBall.ln2(prec);
            assertThat(contains(l, ln2)).as("ln2 at %d bits", prec).isTrue();
            assertThat(sharp(l, ln2, prec, 3)).isTrue();
        }
    }

    /**
     * {@code e^-t} for {@code t = tm 2^te} up to {@code 2^28} (the largest the kernel accepts). The
     * ball and the referee are both scaled by {@code 2^K}, {@code K = floor(t / ln 2)}: the binary
     * scaling is exact, and it keeps the exact decimal expansions short (e^-(2^28) has 10^8 digits).
     */
    @Property(tries = 150)
    void expNegIsEnclosed(@ForAll @LongRange(min = 0, max = (1L << 40) - 1) long tm, @ForAll @IntRange(min = -70, max = -12) int te,
            @ForAll @IntRange(min = 16, max = 420) int prec) {
        BinBall y = BinBall.expNeg(BigInteger.valueOf(tm), te, prec);
        BigDecimal t = exactValue(BigInteger.valueOf(tm), te);
        BigDecimal ln2 = BigDecimalMath.log(BigDecimal.valueOf(2), HI);
        long k = t.divide(ln2, HI).setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
        BigDecimal want = BigDecimalMath.exp(t.subtract(ln2.multiply(BigDecimal.valueOf(k))).negate(), HI); // e^-t 2^k
        BinBall scaled = y.mulPow2(k);
        assertThat(contains(scaled, want)).as("e^-%s * 2^%d at %d bits: %s", t, k, prec, scaled).isTrue();
        assertThat(sharp(scaled, want, prec, 2)).as("sharp: %s", scaled).isTrue();
    }

    @Example
    void expNegEdges() {
        // zero, far below one ulp, near multiples of ln 2, and the largest accepted t (2^28 - 2^-12)
        assertThat(BinBall.expNeg(BigInteger.ZERO, 0, 100).m).isEqualTo(BigInteger.ONE);
        expNegIsEnclosed(1, -70, 300);
        expNegIsEnclosed((1L << 40) - 1, -12, 200);
        BigInteger k693 = BigDecimalMath.log(BigDecimal.valueOf(2), HI).multiply(BigDecimal.valueOf(1000L << 30)).toBigInteger();
        expNegIsEnclosed(k693.longValueExact(), -30, 250);
        expNegIsEnclosed(k693.longValueExact() + 1, -30, 250);
    }

    /** sigma(-z) - omega at 600 digits, forms without cancellation: 1/(1+e^z), -1/(1+e^-z), (1-e^z)/(2(1+e^z)). */
    static BigDecimal residual(BigDecimal z, int twiceOmega) {
        if (twiceOmega == 0) {
            return BigDecimal.ONE.divide(BigDecimal.ONE.add(BigDecimalMath.exp(z, HI)), HI);
        }
        if (twiceOmega == 2) {
            return BigDecimal.ONE.divide(BigDecimal.ONE.add(BigDecimalMath.exp(z.negate(), HI)), HI).negate();
        }
        BigDecimal ez = BigDecimalMath.exp(z, HI);
        if (z.abs().compareTo(new BigDecimal("1E-30")) < 0) {
            // 1 - e^z = -(z + z^2/2 + z^3/6 + ...): the series, since e^z rounds away z's digits at 600 digits
            BigDecimal s = BigDecimal.ZERO;
            BigDecimal term = z;
            for (int j = 2; term.abs().compareTo(BigDecimal.ONE.scaleByPowerOfTen(-1200)) > 0; j++) {
                s = s.add(term, HI);
                term = term.multiply(z, HI).divide(BigDecimal.valueOf(j), HI);
            }
            return s.negate().divide(BigDecimal.valueOf(2).multiply(BigDecimal.ONE.add(ez)), HI);
        }
        return BigDecimal.ONE.subtract(ez).divide(BigDecimal.valueOf(2).multiply(BigDecimal.ONE.add(ez)), HI);
    }

    /** log(1 + e^-z) at 600 digits without losing digits at either end (as BallEnclosureProperties). */
    static BigDecimal softplus(BigDecimal z) {
        if (z.signum() >= 0) {
            BigDecimal u = BigDecimalMath.exp(z.negate(), HI);
            if (u.compareTo(new BigDecimal("1E-200")) < 0) {
                return u.subtract(u.multiply(u, HI).divide(BigDecimal.valueOf(2), HI), HI).add(u.pow(3, HI).divide(BigDecimal.valueOf(3), HI), HI);
            }
            return BigDecimalMath.log(BigDecimal.ONE.add(u), new MathContext(1200));
        }
        BigDecimal v = BigDecimalMath.exp(z, HI);
        BigDecimal l = v.compareTo(new BigDecimal("1E-200")) < 0
                ? v.subtract(v.multiply(v, HI).divide(BigDecimal.valueOf(2), HI), HI)
                : BigDecimalMath.log(BigDecimal.ONE.add(v), new MathContext(1200));
        return z.negate().add(l);
    }

    /**
     * A ball around the rational {@code q} (rounded to {@code prec} bits) widened by
     * {@code 2^-wexp}; the function must be enclosed at the centre and at both ends of the ball.
     * Margins up to 20 000 in magnitude (e^-20000, 28 854 binary places, still expands exactly in
     * decimal at a bearable cost; larger margins run through the same code with a larger k).
     */
    @Property(tries = 100)
    void logisticTermsAreEnclosedOverTheBall(@ForAll @LongRange(min = -20_000, max = 20_000) long num,
            @ForAll @IntRange(min = 1, max = 1000) int den, @ForAll @IntRange(min = 0, max = 2) int twiceOmega,
            @ForAll @IntRange(min = 20, max = 400) int prec, @ForAll @IntRange(min = 0, max = 300) int wexp) {
        BinBall z = BinBall.of(Rational.of(num, den), prec + 40);
        if (wexp > 0) {
            z = z.widen(Mag.pow2(-(long) wexp - prec / 2));
        }
        BigDecimal c = center(z);
        BigDecimal r = radius(z);
        BinBall res = z.logisticResidual(twiceOmega, prec);
        BinBall sp = z.softplusOfNegative(prec);
        for (BigDecimal p : new BigDecimal[] {c.subtract(r), c, c.add(r)}) {
            BigDecimal want = residual(p, twiceOmega);
            assertThat(contains(res, want)).as("residual %d at %s: %s", twiceOmega, p.round(new MathContext(30)), res).isTrue();
            BigDecimal spWant = softplus(p);
            assertThat(contains(sp, spWant)).as("softplus at %s: %s", p.round(new MathContext(30)), sp).isTrue();
        }
        if (z.r.isZero()) {
            BigDecimal want = residual(c, twiceOmega);
            if (want.signum() != 0) {
                assertThat(sharp(res, want, prec, 4)).as("sharp residual: %s vs %s", res, want.round(new MathContext(30))).isTrue();
            }
            assertThat(sharp(sp, softplus(c), prec, 4)).as("sharp softplus: %s", sp).isTrue();
        }
    }

    @Example
    void tinyAndExactMargins() {
        // z = 0 exactly, z = 1/3 (rounded), and |z| far below one: sigma(-z) - 1/2 keeps relative accuracy
        for (int tw = 0; tw <= 2; tw++) {
            logisticTermsAreEnclosedOverTheBall(0, 1, tw, 100, 0);
            logisticTermsAreEnclosedOverTheBall(1, 3, tw, 200, 0);
            logisticTermsAreEnclosedOverTheBall(1, 999, tw, 300, 0);
            logisticTermsAreEnclosedOverTheBall(-20_000, 7, tw, 64, 10);
            logisticTermsAreEnclosedOverTheBall(20_000, 1, tw, 400, 0);
        }
        BinBall tiny = BinBall.exact(BigInteger.valueOf(3), -400);
        BinBall half = tiny.logisticResidual(1, 200);
        BigDecimal want = residual(center(tiny), 1);
        assertThat(contains(half, want)).isTrue();
        assertThat(sharp(half, want, 200, 4)).as("relative accuracy at z = 3 * 2^-400: %s", half).isTrue();
    }

    @Property(tries = 200)
    void decimalConversionsEnclose(@ForAll @LongRange(min = Long.MIN_VALUE / 2, max = Long.MAX_VALUE / 2) long m,
            @ForAll @IntRange(min = -500, max = 100) int e, @ForAll @IntRange(min = 5, max = 120) int digits,
            @ForAll @LongRange(min = 0, max = 1L << 40) long rm) {
        BinBall b = BinBall.of(BigInteger.valueOf(m).shiftLeft(64).add(BigInteger.valueOf(rm)), e, Mag.of(rm, e - 30));
        Ball dec = b.toBall(digits);
        // the decimal ball contains the binary one: |C - c| + r <= R
        BigDecimal gap = dec.center().subtract(center(b)).abs().add(radius(b));
        assertThat(gap).isLessThanOrEqualTo(dec.radius());
        if (rm != 0) {
            // an inexact centre carries at least `digits` significant digits (an exact one may be shorter)
            assertThat(dec.center().precision()).as("at least `digits` significant digits kept").isGreaterThanOrEqualTo(digits);
        }
        // and back: the binary ball of the decimal one contains it
        BinBall back = BinBall.of(dec.center(), dec.radius(), BinBall.bits(digits));
        assertThat(center(back).subtract(dec.center()).abs().add(dec.radius())).isLessThanOrEqualTo(radius(back));
    }

    /** {@link LimbDot} is the exact integer dot product ({@link BigInteger} arithmetic as referee). */
    @Property(tries = 200)
    void limbDotIsExact(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed, @ForAll @IntRange(min = 1, max = 40) int len,
            @ForAll @IntRange(min = 1, max = 700) int bits) {
        java.util.Random rnd = new java.util.Random(seed);
        BigInteger[] v = new BigInteger[len];
        int[] a = new int[len];
        BigInteger want = BigInteger.ZERO;
        for (int k = 0; k < len; k++) {
            v[k] = rnd.nextInt(5) == 0 ? BigInteger.ZERO : new BigInteger(1 + rnd.nextInt(bits), rnd);
            if (rnd.nextBoolean()) {
                v[k] = v[k].negate();
            }
            a[k] = switch (rnd.nextInt(4)) {
                case 0 -> 0;
                case 1 -> rnd.nextBoolean() ? Integer.MAX_VALUE : -Integer.MAX_VALUE;
                default -> rnd.nextInt();
            };
            if (a[k] == Integer.MIN_VALUE) {
                a[k] = -Integer.MAX_VALUE;
            }
            want = want.add(v[k].multiply(BigInteger.valueOf(a[k])));
        }
        assertThat(new LimbDot(v).dot(a)).isEqualTo(want);
    }

    /** {@link Mag.Sum} bounds a sum of products from above, as tightly as {@link Mag#mul} and {@link Mag#add}. */
    @Property(tries = 200)
    void magSumIsAnUpperBound(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed, @ForAll @IntRange(min = 1, max = 30) int len) {
        java.util.Random rnd = new java.util.Random(seed);
        Mag.Sum s = new Mag.Sum();
        Mag viaAdd = Mag.ZERO;
        BigDecimal exactSum = BigDecimal.ZERO;
        for (int j = 0; j < len; j++) {
            Mag a = Mag.of((rnd.nextLong() >>> 1) >>> rnd.nextInt(63), rnd.nextInt(200) - 100);
            Mag b = Mag.of((rnd.nextLong() >>> 1) >>> rnd.nextInt(63), rnd.nextInt(200) - 100);
            s.addProduct(a, b);
            viaAdd = viaAdd.add(a.mul(b));
            exactSum = exactSum.add(value(a).multiply(value(b)));
        }
        assertThat(value(s.value())).isGreaterThanOrEqualTo(exactSum);
        assertThat(value(s.value())).isLessThanOrEqualTo(exactSum.multiply(new BigDecimal("1.0000001")).add(value(Mag.pow2(-400))));
        assertThat(value(viaAdd)).isGreaterThanOrEqualTo(exactSum);
    }
}
