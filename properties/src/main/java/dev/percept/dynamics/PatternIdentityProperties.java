package dev.percept.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.structured.Permutation;
import dev.percept.verify.Instances;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

/**
 * Claim R2's per-pattern identity: on the activation pattern of theta, {@code sum_i c_i g_i(theta) =
 * A theta} with A the pattern matrix (symmetric), and the margin is {@code theta^T A_i theta / 2};
 * for the tied model on the identity activation A is the Proposition 4.1 matrix {@code M(sum c_i y_i x_i)}.
 */
class PatternIdentityProperties {

    @Provide
    Arbitrary<Activation> activations() {
        return Arbitraries.of(Activation.RELU, Activation.IDENTITY, Activation.leaky(Rational.of(1, 10)), Activation.leaky(Rational.of(-2)));
    }

    private static Dataset data(Random rnd, int n, int d) {
        Rational[][] x = new Rational[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = Instances.vector(rnd, d, 5, 3);
            y[i] = rnd.nextBoolean() ? 1 : -1;
        }
        return new Dataset("random", x, y);
    }

    private static Rational[] weights(Random rnd, int n) {
        Rational[] c = new Rational[n];
        for (int i = 0; i < n; i++) {
            c[i] = Rational.of(rnd.nextInt(3), 2);
        }
        return c;
    }

    private static void checkIdentity(Model m, Dataset ds, Rational[] theta, Rational[] c) {
        Rational[] direct = Vec.zeros(theta.length);
        for (int i = 0; i < ds.n(); i++) {
            direct = Vec.axpy(direct, c[i], m.signedGradient(theta, ds, i));
        }
        PatternMatrix a = m.patternMatrix(theta, ds, c);
        assertThat(a.apply(theta)).containsExactly(direct);
        RationalMatrix dense = a.toDense();
        assertThat(dense.isSymmetric()).isTrue();
        assertThat(dense.apply(theta)).containsExactly(direct);
        for (int i = 0; i < ds.n(); i++) {
            Rational[] e = Vec.zeros(ds.n());
            e[i] = Rational.ONE;
            Rational quad = Vec.dot(theta, m.patternMatrix(theta, ds, e).apply(theta)).multiply(Rational.of(1, 2));
            assertThat(quad).isEqualTo(m.margin(theta, ds, i));
        }
    }

    @Tag("R2")
    @Property(tries = 150)
    void twoLayer(@ForAll @IntRange(min = 1, max = 5) int n, @ForAll @IntRange(min = 1, max = 4) int d, @ForAll @IntRange(min = 1, max = 3) int width,
            @ForAll("activations") Activation act, @ForAll long seed) {
        Random rnd = new Random(seed);
        Dataset ds = data(rnd, n, d);
        UnitModel m = UnitModel.twoLayer(d, width, act);
        Rational[] theta = Instances.vector(rnd, m.parameterCount(), 4, 3);
        if (rnd.nextBoolean()) {
            theta[width] = Rational.ZERO; // a zero pre-activation exercises the convention phi'(0) = left slope
        }
        checkIdentity(m, ds, theta, weights(rnd, n));
    }

    @Tag("R2")
    @Property(tries = 150)
    void tied(@ForAll @IntRange(min = 1, max = 5) int n, @ForAll @IntRange(min = 2, max = 6) int d, @ForAll("activations") Activation act,
            @ForAll long seed) {
        Random rnd = new Random(seed);
        Dataset ds = data(rnd, n, d);
        Permutation p = Permutation.ofOneBased(Instances.involution(rnd, d));
        UnitModel m = UnitModel.tied(p, act);
        Rational[] theta = Instances.vector(rnd, m.parameterCount(), 4, 3);
        Rational[] c = weights(rnd, n);
        checkIdentity(m, ds, theta, c);
        if (act.isLinear() && act.left().equals(Rational.ONE)) {
            PatternMatrix a = m.patternMatrix(theta, ds, c);
            assertThat(a.hasProp41Form()).isTrue();
            Rational[] b = Vec.zeros(d);
            for (int i = 0; i < n; i++) {
                b = Vec.axpy(b, c[i], ds.signed(i));
            }
            assertThat(a.coupling(0)).containsExactly(b);
            assertThat(a.prop41Spectrum().allHold()).isTrue();
        }
    }
}
