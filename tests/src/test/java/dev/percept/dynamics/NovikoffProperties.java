package dev.percept.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.exact.Rational;
import dev.percept.model.TieMode;
import dev.percept.verify.ReductionSuite;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Novikoff's bound for the batch perceptron with the mistake rule (omega(0) = 1), from 0, any eta.
 * Batch form (proved in spec/reduction.md, section 5): with m_t the number of non-positive margins
 * at update t, M = sum m_t, R = max ||x_i|| and rho = min_i y_i w.x_i / ||w|| for any separator w,
 * {@code M^2 rho^2 <= R^2 sum_t m_t^2}; hence updates <= M <= (R/rho)^2 max_t m_t <= n (R/rho)^2.
 */
class NovikoffProperties {

    @Property(tries = 200)
    void batchNovikoff(@ForAll @IntRange(min = 2, max = 9) int n, @ForAll @IntRange(min = 1, max = 4) int d, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 3) int etaNum) {
        Random rnd = new Random(seed);
        int[] w = new int[d];
        for (int k = 0; k < d; k++) {
            w[k] = rnd.nextInt(7) - 3;
        }
        if (w[0] == 0) {
            w[0] = 1;
        }
        Dataset ds = ReductionSuite.separableBy(rnd, n, w);
        Rational[] sep = new Rational[d];
        for (int k = 0; k < d; k++) {
            sep[k] = Rational.of(w[k]);
        }
        Perceptron.Result r = Perceptron.run(new LinearModel(d), ds, Rational.of(etaNum, 2), Vec.zeros(d), 100_000, TieMode.MISTAKE, false);
        assertThat(r.converged()).as("separable data: the perceptron converges").isTrue();
        long m = 0;
        long m2 = 0;
        long maxM = 0;
        for (int k : r.mistakes()) {
            m += k;
            m2 += (long) k * k;
            maxM = Math.max(maxM, k);
        }
        Rational r2 = Rational.ZERO;
        Rational minMargin = null;
        for (int i = 0; i < n; i++) {
            r2 = r2.max(ds.normSquared(i));
            Rational z = Vec.dot(sep, ds.signed(i));
            minMargin = minMargin == null ? z : minMargin.min(z);
        }
        assertThat(minMargin.signum()).isPositive();
        Rational rho2TimesW2 = minMargin.square(); // rho^2 ||w||^2
        Rational w2 = Vec.normSquared(sep);
        // M^2 rho^2 <= R^2 sum m_t^2  <=>  M^2 minMargin^2 <= R^2 ||w||^2 sum m_t^2
        assertThat(Rational.of(m * m).multiply(rho2TimesW2)).isLessThanOrEqualTo(r2.multiply(w2).multiply(Rational.of(m2)));
        Rational bound = r2.multiply(w2).divide(rho2TimesW2).multiply(Rational.of(maxM)); // (R/rho)^2 max m_t
        assertThat(Rational.of(r.iterations())).isLessThanOrEqualTo(Rational.of(m));
        assertThat(Rational.of(m)).isLessThanOrEqualTo(bound);
    }
}
