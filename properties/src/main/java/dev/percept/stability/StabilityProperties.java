package dev.percept.stability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.exact.PlantedSpectrum;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

/**
 * Claim Q1 against planted spectra {@code Q diag(lambda) Q^T} with a rational Householder Q: the
 * exact decision, the inertia and the lambda_max enclosure must match what the planted eigenvalues
 * say, including eta exactly at the boundary {@code 2/lambda_max}. Tagged Q1: the decision, the
 * boundary and the sign flip, which are the claim's statements; the inertia and enclosure properties
 * check the means of deciding and are not.
 */
class StabilityProperties {

    record Instance(Rational[] v, Rational[] lambda) {
        PlantedSpectrum planted() {
            return PlantedSpectrum.of(lambda, v);
        }

        @Override
        public String toString() {
            return "v=" + Arrays.toString(v) + " lambda=" + Arrays.toString(lambda);
        }
    }

    @Provide
    Arbitrary<Instance> planted() {
        Arbitrary<Rational> entry = Combinators.combine(Arbitraries.integers().between(-6, 6), Arbitraries.integers().between(1, 4))
                .as((p, q) -> Rational.of(p, q));
        Arbitrary<Rational> eig = Combinators.combine(Arbitraries.integers().between(-20, 60), Arbitraries.integers().between(1, 5))
                .as((p, q) -> Rational.of(p, q));
        return Arbitraries.integers().between(1, 5).flatMap(n -> Combinators.combine(
                entry.array(Rational[].class).ofSize(n).filter(v -> Arrays.stream(v).anyMatch(x -> !x.isZero())),
                eig.array(Rational[].class).ofSize(n)).as(Instance::new));
    }

    @Tag("Q1")
    @Property(tries = 200)
    void decisionMatchesPlantedSpectrum(@ForAll("planted") Instance in, @ForAll @IntRange(min = 1, max = 30) int etaNum,
            @ForAll @IntRange(min = 1, max = 30) int etaDen) {
        RationalMatrix s = in.planted().matrix();
        Rational eta = Rational.of(etaNum, etaDen);
        QuadraticStability.Decision dec = QuadraticStability.decide(s, eta, 16);
        assertThat(dec.converges()).as(dec.reason()).isEqualTo(QuadraticStability.convergesFor(in.lambda(), eta));
    }

    @Tag("Q1")
    @Property(tries = 150)
    void boundaryDoesNotConvergeAndJustInsideDoes(@ForAll("planted") Instance in) {
        Rational top = in.planted().max();
        Assume.that(top.signum() > 0); // no positive eigenvalue: there is no boundary step
        RationalMatrix s = in.planted().matrix();
        QuadraticStability.Decision at = QuadraticStability.decide(s, Rational.TWO.divide(top), 8);
        assertThat(at.converges()).isFalse();
        assertThat(at.inertiaGap().negative()).isZero();
        assertThat(at.inertiaGap().zero()).isPositive();
        boolean allPositive = Arrays.stream(in.lambda()).allMatch(l -> l.signum() > 0);
        QuadraticStability.Decision inside = QuadraticStability.decide(s, Rational.TWO.divide(top.add(Rational.of(1, 1_000_000))), 8);
        assertThat(inside.converges()).as(inside.reason()).isEqualTo(allPositive);
    }

    @Property(tries = 150)
    void inertiaCountsPlantedSigns(@ForAll("planted") Instance in) {
        Inertia i = Inertia.of(in.planted().matrix());
        assertThat(i.positive()).isEqualTo(Arrays.stream(in.lambda()).filter(l -> l.signum() > 0).count());
        assertThat(i.negative()).isEqualTo(Arrays.stream(in.lambda()).filter(l -> l.signum() < 0).count());
        assertThat(i.zero()).isEqualTo(Arrays.stream(in.lambda()).filter(Rational::isZero).count());
    }

    @Property(tries = 100)
    void enclosureContainsPlantedMaximumAndShrinks(@ForAll("planted") Instance in) {
        RationalMatrix s = in.planted().matrix();
        Rational top = in.planted().max();
        Rational[] e = QuadraticStability.lambdaMax(s, 30);
        assertThat(e[0].compareTo(top)).isLessThanOrEqualTo(0);
        assertThat(top.compareTo(e[1])).isLessThanOrEqualTo(0);
        // 30 halvings of a start interval no wider than (Gershgorin + 1) - (min) : width below 2^-20 of it
        Rational[] wide = QuadraticStability.lambdaMax(s, 0);
        Rational bound = wide[1].subtract(wide[0]).divide(Rational.of(1 << 30));
        assertThat(e[1].subtract(e[0]).compareTo(bound)).isLessThanOrEqualTo(0);
    }

    @Property(tries = 50)
    void inertiaHandlesZeroDiagonal(@ForAll @IntRange(min = -9, max = 9) int b, @ForAll @IntRange(min = -9, max = 9) int c) {
        // [[0,b,0],[b,0,c],[0,c,0]]: eigenvalues 0, +-sqrt(b^2+c^2); every diagonal pivot is zero
        Rational[][] m = {{Rational.ZERO, Rational.of(b), Rational.ZERO}, {Rational.of(b), Rational.ZERO, Rational.of(c)},
            {Rational.ZERO, Rational.of(c), Rational.ZERO}};
        Inertia i = Inertia.of(RationalMatrix.of(m));
        int nz = b == 0 && c == 0 ? 0 : 1;
        assertThat(i).isEqualTo(new Inertia(nz, nz, 3 - 2 * nz));
    }

    @Tag("Q1")
    @Property(tries = 50)
    void boundaryTrajectoryOscillates(@ForAll("planted") Instance in) {
        Rational top = in.planted().max();
        Assume.that(top.signum() > 0);
        int idx = Arrays.asList(in.lambda()).indexOf(top);
        Rational[] q = in.planted().eigenvector(idx);
        var traj = QuadraticStability.trajectory(in.planted().matrix(), Rational.TWO.divide(top), q, 4);
        for (int t = 0; t < traj.size(); t++) {
            Rational sign = t % 2 == 0 ? Rational.ONE : Rational.MINUS_ONE;
            for (int i = 0; i < q.length; i++) {
                assertThat(traj.get(t)[i]).isEqualTo(q[i].multiply(sign));
            }
        }
    }
}
