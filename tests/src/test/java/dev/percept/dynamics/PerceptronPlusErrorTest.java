package dev.percept.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import ch.obermuhlner.math.big.BigDecimalMath;
import dev.percept.exact.Rational;
import dev.percept.minimal.MinimalFamily;
import dev.percept.model.TieMode;
import dev.percept.verify.ReductionSuite;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PerceptronPlusError}: the option and the error {@code xi_t} of each GD step, recomputed
 * independently. At the centre of each enclosed GD iterate (an exact rational), the margins are
 * exact, the option follows from their signs, and {@code xi = eta sum_i (sigma(-z_i) - omega_i) A_i theta}
 * is evaluated with big-math's {@code exp} at 100 digits (no balls). Its norm must lie in the
 * certified enclosure widened by a relative 10^-20: the centre differs from the true iterate by the
 * ball radius (relative size below 10^-25 at 30 working digits for these short runs), and xi is
 * Lipschitz in theta with a modest constant at these scales, so 10^-20 is a generous margin that a
 * wrong formula (for instance omega taken from the reference perceptron instead of the GD iterate,
 * or a missing factor eta) exceeds by many orders of magnitude.
 */
class PerceptronPlusErrorTest {

    private static final MathContext MC = new MathContext(100, RoundingMode.HALF_EVEN);

    @Test
    void xiMatchesAnIndependentEvaluationAtTheIterates() {
        MinimalFamily f = MinimalFamily.of(4, Rational.ONE);
        UnitModel m = f.tiedModel();
        Dataset data = f.dataset();
        Rational eta = Rational.of(1, 4);
        Rational[] theta0 = ReductionSuite.seededInit(1, m.parameterCount());
        Perceptron.Result p = Reduction.normalizedPerceptron(m, data, eta, theta0, 8, TieMode.HALF);
        int checked = 0;
        for (Rational scale : new Rational[] {Rational.ONE, Rational.of(3, 2), Rational.of(3)}) {
            Reduction.Row row = Reduction.compare(m, data, eta, theta0, p, 8, TieMode.HALF, scale, 30);
            List<PerceptronPlusError.Step> view = row.asPerceptron();
            assertThat(view).hasSize(row.iterates().size() - 1);
            for (PerceptronPlusError.Step s : view) {
                Rational[] th = center(row.iterates().get(s.t()));
                int[] tw = new int[2];
                BigDecimal[] xi = new BigDecimal[th.length];
                java.util.Arrays.fill(xi, BigDecimal.ZERO);
                for (int i = 0; i < 2; i++) {
                    Rational z = m.margin(th, data, i);
                    tw[i] = TieMode.HALF.twiceOmega(z.signum());
                    BigDecimal sigma = BigDecimal.ONE.divide(BigDecimal.ONE.add(BigDecimalMath.exp(dec(z), MC)), MC);
                    BigDecimal r = sigma.subtract(BigDecimal.valueOf(tw[i]).divide(BigDecimal.valueOf(2)), MC);
                    Rational[] c = new Rational[2];
                    c[i] = Rational.ONE;
                    c[1 - i] = Rational.ZERO;
                    Rational[] ai = m.patternMatrix(th, data, c).apply(th);
                    for (int k = 0; k < th.length; k++) {
                        xi[k] = xi[k].add(r.multiply(dec(ai[k].multiply(eta)), MC), MC);
                    }
                }
                assertThat(s.twiceOmega()).as("option at t = %d", s.t()).containsExactly(tw);
                BigDecimal norm2 = BigDecimal.ZERO;
                for (BigDecimal x : xi) {
                    norm2 = norm2.add(x.multiply(x, MC), MC);
                }
                BigDecimal norm = norm2.sqrt(MC);
                BigDecimal slack = new BigDecimal("1e-20");
                assertThat(norm).as("||xi_%d|| at scale %s", s.t(), scale)
                        .isBetween(s.xiLower().multiply(BigDecimal.ONE.subtract(slack)), s.xiUpper().multiply(BigDecimal.ONE.add(slack)));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(24);
    }

    private static Rational[] center(Ball[] b) {
        Rational[] r = new Rational[b.length];
        for (int k = 0; k < b.length; k++) {
            r[k] = Rational.of(b[k].center());
        }
        return r;
    }

    private static BigDecimal dec(Rational q) {
        return new BigDecimal(q.numerator()).divide(new BigDecimal(q.denominator()), MC);
    }
}
