package dev.percept.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import ch.obermuhlner.math.big.BigDecimalMath;
import dev.percept.check.Progress;
import dev.percept.exact.Rational;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * {@link LogisticGd#run} on the linear model (the binary kernel {@link LinearGdKernel}) against an
 * independent referee: the same recursion {@code e <- e + eta sum_i (sigma(-z_i) - omega_i) a_i}
 * in plain {@link BigDecimal} at 160 digits with big-math's {@code exp}/{@code log} (no balls, no
 * shared code). Every enclosure {@code e_t}, and the loss, must contain the referee's value; the
 * referee's own error (about 10^-150 relative over these few steps) is far below every radius at
 * 30 working digits (about 10^-30 relative), so it is absorbed by one extra 10^-140 of slack,
 * stated here rather than hidden. The enclosures must also be sharp (radius below 10^-20 of the
 * iterate's size, 10 of the 30 digits lost at most over 6 steps).
 */
class LinearGdKernelProperties {

    private static final MathContext REF = new MathContext(160, RoundingMode.HALF_EVEN);
    private static final BigDecimal SLACK = new BigDecimal("1E-140");

    static BigDecimal dec(Rational q) {
        return new BigDecimal(q.numerator()).divide(new BigDecimal(q.denominator()), REF);
    }

    /** The referee's residual sigma(-z) - omega at 160 digits. */
    static BigDecimal residual(BigDecimal z, int twiceOmega) {
        BigDecimal s = BigDecimal.ONE.divide(BigDecimal.ONE.add(BigDecimalMath.exp(z, REF)), REF);
        return s.subtract(BigDecimal.valueOf(twiceOmega).divide(BigDecimal.valueOf(2)), REF);
    }

    /** A random reference trajectory: thR_t rational, 2 omega_t in {0, 1, 2}, one per step. */
    static LogisticGd.Reference reference(Random rnd, int d, int n, int steps, boolean zero) {
        List<Rational[]> th = new ArrayList<>();
        List<int[]> tw = new ArrayList<>();
        for (int t = 0; t <= steps; t++) {
            Rational[] v = new Rational[d];
            for (int k = 0; k < d; k++) {
                v[k] = zero ? Rational.ZERO : Rational.of(rnd.nextInt(41) - 20, 1 + rnd.nextInt(8));
            }
            th.add(v);
            int[] w = new int[n];
            for (int i = 0; i < n; i++) {
                w[i] = zero ? 0 : rnd.nextInt(3);
            }
            tw.add(w);
        }
        return LogisticGd.listed(th, tw);
    }

    @Property(tries = 60)
    void enclosuresContainTheReferee(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed, @ForAll @IntRange(min = 1, max = 6) int n,
            @ForAll @IntRange(min = 1, max = 5) int d, @ForAll @IntRange(min = 0, max = 6) int steps, @ForAll boolean zeroReference,
            @ForAll boolean integerData) {
        Random rnd = new Random(seed);
        Rational[][] x = new Rational[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                x[i][k] = integerData ? Rational.of(rnd.nextInt(21) - 10) : Rational.of(rnd.nextInt(201) - 100, 1 + rnd.nextInt(12));
            }
            y[i] = rnd.nextBoolean() ? 1 : -1;
        }
        Dataset data = new Dataset("random", x, y);
        Rational eta = Rational.of(1 + rnd.nextInt(40), 1 + rnd.nextInt(30));
        LogisticGd.Reference ref = reference(rnd, d, n, steps, zeroReference);
        MathContext mc = new MathContext(30, RoundingMode.HALF_EVEN);
        Ball[] e0 = new Ball[d];
        Arrays.fill(e0, Ball.ZERO);
        LogisticGd.Run run = LogisticGd.run(new LinearModel(d), data, eta, ref, e0, steps, mc, true, Progress.NONE);

        BigDecimal[] e = new BigDecimal[d];
        Arrays.fill(e, BigDecimal.ZERO);
        BigDecimal etaD = dec(eta);
        for (int t = 0; t <= steps; t++) {
            Ball[] got = run.e(t);
            for (int k = 0; k < d; k++) {
                BigDecimal miss = got[k].center().subtract(e[k]).abs().subtract(got[k].radius());
                assertThat(miss).as("t=%d k=%d: %s vs %s", t, k, got[k], e[k].round(new MathContext(40))).isLessThanOrEqualTo(SLACK);
                BigDecimal size = e[k].abs().max(BigDecimal.ONE);
                assertThat(got[k].radius()).as("sharp at t=%d k=%d: %s", t, k, got[k]).isLessThanOrEqualTo(size.scaleByPowerOfTen(-20));
            }
            if (t == steps) {
                break;
            }
            Rational[] thR = ref.theta(t);
            int[] tw = ref.twiceOmega(t);
            BigDecimal[] next = e.clone();
            for (int i = 0; i < n; i++) {
                Rational[] a = data.signed(i);
                BigDecimal z = dec(new LinearModel(d).margin(thR, data, i));
                for (int k = 0; k < d; k++) {
                    z = z.add(dec(a[k]).multiply(e[k], REF), REF);
                }
                BigDecimal s = residual(z, tw[i]).multiply(etaD, REF);
                for (int k = 0; k < d; k++) {
                    next[k] = next[k].add(s.multiply(dec(a[k]), REF), REF);
                }
            }
            e = next;
        }
        // the loss at theta_R,T + e_T
        BigDecimal loss = BigDecimal.ZERO;
        Rational[] thR = ref.theta(steps);
        for (int i = 0; i < n; i++) {
            Rational[] a = data.signed(i);
            BigDecimal z = dec(new LinearModel(d).margin(thR, data, i));
            for (int k = 0; k < d; k++) {
                z = z.add(dec(a[k]).multiply(e[k], REF), REF);
            }
            loss = loss.add(BinBallProperties.softplus(z), REF);
        }
        loss = loss.divide(BigDecimal.valueOf(n), REF);
        Ball l = run.loss();
        assertThat(l.center().subtract(loss).abs().subtract(l.radius())).as("loss %s vs %s", l, loss.round(new MathContext(40)))
                .isLessThanOrEqualTo(SLACK);
    }

    /**
     * The first step from 0 at a zero reference is the decimal step (its exact short decimals print
     * as before, e.g. {@code 56.0}); every later step runs on the binary kernel, and a margin beyond
     * its exponent range (here e^-(10^9)) sends the run back to decimal balls, still enclosing.
     */
    @Example
    void exactFirstStepAndFallback() {
        Rational[][] x = {{Rational.of(7), Rational.of(3, 2)}, {Rational.of(-1), Rational.of(1)}};
        Dataset data = new Dataset("two", x, new int[] {1, -1});
        Ball[] e0 = {Ball.ZERO, Ball.ZERO};
        LogisticGd.Run run = LogisticGd.run(new LinearModel(2), data, Rational.of(16), LogisticGd.zero(2, 2), e0, 3, new MathContext(30), false,
                Progress.NONE);
        // e_1 = 16 * (1/2) (a_1 + a_2) exactly, a decimal as the decimal step writes it
        assertThat(run.e(1)[0].center().toString()).isEqualTo("64.0");
        assertThat(run.e(1)[1].center().toString()).isEqualTo("4.00");
        assertThat(run.e(3)[0].center().precision()).isGreaterThanOrEqualTo(30);

        Rational[][] big = {{Rational.of(1_000_000_000L)}, {Rational.of(3)}};
        Dataset far = new Dataset("far", big, new int[] {1, 1});
        LogisticGd.Run r2 = LogisticGd.run(new LinearModel(1), far, Rational.of(1), LogisticGd.zero(1, 2), new Ball[] {Ball.ZERO}, 2,
                new MathContext(30), true, Progress.NONE);
        // e_1 = (10^9 + 3) / 2; at t = 1 the first margin is 5 * 10^17 > 2^28: decimal balls take over
        Ball e2 = r2.e(2)[0];
        BigDecimal e1 = new BigDecimal("500000001.5");
        // e_2 = e_1 + 3 sigma(-3 e_1) + 10^9 sigma(-10^9 e_1): both added terms are below e^-(10^9), so
        // e_2 is e_1 up to far less than the slack
        assertThat(e2.center().subtract(e1).abs()).isLessThanOrEqualTo(e2.radius().add(SLACK, new MathContext(20, RoundingMode.UP)));
        assertThat(CertifiedDecimal.certify(e2, 20)).isNotNull();
    }
}
