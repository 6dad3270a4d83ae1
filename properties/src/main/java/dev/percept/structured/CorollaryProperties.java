package dev.percept.structured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.spec.Claims;
import dev.percept.check.Check;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Claims C1-C3 on the reconstructed family (P swaps coordinates 1 and 2,
 * {@code a1 = (1, 1, t)}, {@code a2 = sigma (1+mu, 1, t)}, tail signs t, any rational mu > 0):
 * every check of {@link Corollary#check} holds, and the statements are re-derived here from the
 * vectors themselves: s and p from their definitions, {@code lambda2^2 = s2 + p2},
 * {@code mu^2 = s2 - p2}, and the fragment's vectors {@code [-mu, mu, mu, -mu, 0..]},
 * {@code [mu, -mu, mu, -mu, 0..]} multiplied densely by A1 (zero) and A2 ({@code +-mu} times the vector).
 */
class CorollaryProperties {

    /** One member of the family. */
    record Member(int d, Rational mu, int[] tail, int sigma) {
        @Override
        public String toString() {
            return "d=" + d + " mu=" + mu + " sigma=" + sigma + " tail=" + Arrays.toString(tail);
        }
    }

    @Provide
    Arbitrary<Member> members() {
        Arbitrary<Rational> integerMu = Arbitraries.integers().between(1, 50).map(Rational::of);
        Arbitrary<Rational> fractionMu = Combinators.combine(Arbitraries.integers().between(1, 1000), Arbitraries.integers().between(2, 997))
                .as((n, q) -> Rational.of(n, q));
        Arbitrary<Rational> mu = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Rational.ONE)), Tuple.of(2, integerMu), Tuple.of(4, fractionMu));
        Arbitrary<Integer> d = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.integers().between(3, 12)),
                Tuple.of(1, Arbitraries.integers().between(13, 40)));
        return Combinators.combine(d, mu, Arbitraries.of(1, -1), Arbitraries.randoms()).as((dd, m, sg, rnd) -> {
            int[] tail = new int[dd - 2];
            for (int i = 0; i < tail.length; i++) {
                tail[i] = rnd.nextBoolean() ? 1 : -1;
            }
            return new Member(dd, m, tail, sg);
        });
    }

    private static Rational[] a1(Member m) {
        Rational[] a = new Rational[m.d()];
        a[0] = Rational.ONE;
        a[1] = Rational.ONE;
        for (int i = 2; i < m.d(); i++) {
            a[i] = Rational.of(m.tail()[i - 2]);
        }
        return a;
    }

    private static Rational[] a2(Member m) {
        Rational[] a = a1(m);
        a[0] = Rational.ONE.add(m.mu());
        Rational sg = Rational.of(m.sigma());
        for (int i = 0; i < a.length; i++) {
            a[i] = a[i].multiply(sg);
        }
        return a;
    }

    /** a with coordinates 1 and 2 swapped (P of the family), written out here. */
    private static Rational[] swap12(Rational[] a) {
        Rational[] b = a.clone();
        b[0] = a[1];
        b[1] = a[0];
        return b;
    }

    private static RationalMatrix dense(Rational[] a) {
        return new Prop41Arbitraries.Inst("", null, a, swap12(a)).dense();
    }

    private static Rational[] times(RationalMatrix m, Rational[] v) {
        return m.apply(v);
    }

    private static Rational[] fragmentVector(int d, Rational mu, int[] head) {
        Rational[] v = new Rational[d + 2];
        Arrays.fill(v, Rational.ZERO);
        for (int i = 0; i < 4; i++) {
            v[i] = mu.multiply(Rational.of(head[i]));
        }
        return v;
    }

    private static Rational[] scale(Rational[] v, Rational q) {
        Rational[] r = new Rational[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = v[i].multiply(q);
        }
        return r;
    }

    @Tag("C1")
    @Tag("C2")
    @Tag("C3")
    @Property(tries = 300)
    void corollaryHolds(@ForAll("members") Member m) {
        Corollary c = Corollary.of(m.d(), m.mu(), m.tail(), m.sigma());
        assertThat(c.a1()).isEqualTo(a1(m));
        assertThat(c.a2()).isEqualTo(a2(m));
        List<Check> checks = c.check(60);
        assertThat(checks).isNotEmpty().allSatisfy(ch -> assertThat(ch.holds()).as(ch.toString()).isTrue());
        assertThat(checks).extracting(Check::claim).contains(Claims.C1.id(), Claims.C2.id(), Claims.C3.id());

        Rational[] a1 = a1(m);
        Rational[] a2 = a2(m);
        Rational s1 = Prop41Arbitraries.dot(a1, a1);
        Rational p1 = Prop41Arbitraries.dot(a1, swap12(a1));
        Rational s2 = Prop41Arbitraries.dot(a2, a2);
        Rational p2 = Prop41Arbitraries.dot(a2, swap12(a2));
        Rational twoD = Rational.of(2L * m.d());
        // C1: a1 = P a1, so the nonzero eigenvalues are +-sqrt(s1 + p1) = +-sqrt(2d).
        assertThat(s1.add(p1)).isEqualTo(twoD);
        assertThat(s1.subtract(p1)).isEqualTo(Rational.ZERO);
        StructuredSpectrum sp1 = Prop41.analyze(a1, c.involution());
        assertThat(sp1.kase()).isEqualTo(Prop41Case.SYMMETRIC);
        assertThat(sp1.eigenvalues()).extracting(Eigenvalue::square).containsExactly(twoD, Rational.ZERO, twoD);
        // C2: lambda2^2 = (2+mu)^2 + 2(d-2) = s2 + p2 and mu^2 = s2 - p2.
        Rational lambda2Sq = Rational.TWO.add(m.mu()).square().add(Rational.of(2L * (m.d() - 2)));
        assertThat(c.lambda2Square()).isEqualTo(lambda2Sq).isEqualTo(s2.add(p2));
        assertThat(s2.subtract(p2)).isEqualTo(m.mu().square());
        StructuredSpectrum sp2 = Prop41.analyze(a2, c.involution());
        assertThat(sp2.kase()).isEqualTo(Prop41Case.GENERAL);
        assertThat(sp2.eigenvalues()).extracting(Eigenvalue::sign).containsExactly(1, 1, 0, -1, -1);
        assertThat(sp2.eigenvalues()).extracting(Eigenvalue::square)
                .containsExactly(lambda2Sq, m.mu().square(), Rational.ZERO, m.mu().square(), lambda2Sq);
        assertThat(sp2.eigenvalues().get(2).multiplicity()).isEqualTo(m.d() - 2);

        // C3, densely: the fragment's vectors are in ker(A1) and are eigenvectors of A2 for +-mu
        // (in the fragment's order exactly when sigma = -1, i.e. y2 = -1).
        Rational[] vPlus = fragmentVector(m.d(), m.mu(), new int[] {-1, 1, 1, -1});
        Rational[] vMinus = fragmentVector(m.d(), m.mu(), new int[] {1, -1, 1, -1});
        RationalMatrix d1 = dense(a1);
        RationalMatrix d2 = dense(a2);
        Rational[] zero = scale(vPlus, Rational.ZERO);
        assertThat(times(d1, vPlus)).isEqualTo(zero);
        assertThat(times(d1, vMinus)).isEqualTo(zero);
        Rational muSigned = m.mu().multiply(Rational.of(-m.sigma()));
        assertThat(times(d2, vPlus)).isEqualTo(scale(vPlus, muSigned));
        assertThat(times(d2, vMinus)).isEqualTo(scale(vMinus, muSigned.negate()));

        // Spec section 4 (reconstructed): with sigma = -1 the "brake" A1 + A2 = M(a1 + a2) = M(-mu e1)
        // has p = 0, so its nonzero eigenvalues are +-mu, each double.
        if (m.sigma() < 0) {
            Rational[] sum = new Rational[m.d()];
            for (int i = 0; i < m.d(); i++) {
                sum[i] = a1[i].add(a2[i]);
            }
            Rational[] minusMuE1 = new Rational[m.d()];
            Arrays.fill(minusMuE1, Rational.ZERO);
            minusMuE1[0] = m.mu().negate();
            assertThat(sum).isEqualTo(minusMuE1);
            assertThat(d1.add(d2)).isEqualTo(dense(sum));
            StructuredSpectrum brake = Prop41.analyze(sum, c.involution());
            assertThat(brake.allHold()).isTrue();
            assertThat(brake.p()).isEqualTo(Rational.ZERO);
            assertThat(brake.eigenvalues()).extracting(Eigenvalue::square).containsExactly(m.mu().square(), Rational.ZERO, m.mu().square());
            assertThat(brake.eigenvalues()).extracting(Eigenvalue::multiplicity).containsExactly(2, m.d() - 2, 2);
        }
        Statistics.label("sigma").collect(m.sigma());
        Statistics.label("mu").collect(m.mu().equals(Rational.ONE) ? "1" : m.mu().isInteger() ? "integer" : "fraction");
        Statistics.label("mu vs 1").collect(Integer.signum(m.mu().compareTo(Rational.ONE)));
        Statistics.label("sigma").coverage(cov -> {
            cov.check(1).percentage(p -> p > 30);
            cov.check(-1).percentage(p -> p > 30);
        });
        Statistics.label("mu").coverage(cov -> {
            cov.check("1").count(n -> n > 0);
            cov.check("integer").count(n -> n > 0);
            cov.check("fraction").count(n -> n > 0);
        });
        Statistics.label("mu vs 1").coverage(cov -> {
            cov.check(-1).count(n -> n > 0);
            cov.check(1).count(n -> n > 0);
        });
    }

    /** Large d: the structured certificates alone (the dense referee off). */
    @Tag("C1")
    @Tag("C2")
    @Tag("C3")
    @Property(tries = 20)
    void corollaryHoldsForLargeD(@ForAll("members") Member small, @ForAll("largeD") int d) {
        int[] tail = new int[d - 2];
        for (int i = 0; i < tail.length; i++) {
            tail[i] = small.tail()[i % small.tail().length];
        }
        Corollary c = Corollary.of(d, small.mu(), tail, small.sigma());
        assertThat(c.check(0)).allSatisfy(ch -> assertThat(ch.holds()).as(ch.toString()).isTrue());
        assertThat(c.lambda2Square()).isEqualTo(Prop41Arbitraries.dot(c.a2(), c.a2()).add(Prop41Arbitraries.dot(c.a2(), swap12(c.a2()))));
    }

    @Provide
    Arbitrary<Integer> largeD() {
        return Arbitraries.integers().between(100, 20_000);
    }

    /** The family's preconditions are enforced. */
    @Test
    void invalidMembersAreRejected() {
        assertThatThrownBy(() -> Corollary.of(2, Rational.ONE, new int[0], -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Corollary.of(3, Rational.ZERO, new int[] {1}, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Corollary.of(3, Rational.of(-1, 2), new int[] {1}, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Corollary.of(3, Rational.ONE, new int[] {2}, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Corollary.of(3, Rational.ONE, new int[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Corollary.of(4, Rational.ONE, new int[] {1}, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
