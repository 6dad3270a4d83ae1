package dev.percept.structured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.percept.exact.PlantedSpectrum;
import dev.percept.exact.Rational;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Householder}, P held by its vector: applied in O(d) exactly as the dense matrix applies,
 * and Proposition 4.1 on it gives the same spectrum and certificates as the dense P; the
 * structured eigenpairs' O(1) Gram checks agree with the O(d) evaluation of A v on the explicit vectors.
 */
class HouseholderTest {

    private static Rational[] vector(int n, int bits, long seed) {
        Random r = new Random(seed);
        Rational[] v = new Rational[n];
        for (int i = 0; i < n; i++) {
            BigInteger num = new BigInteger(bits, r).add(BigInteger.ONE);
            v[i] = Rational.of(r.nextBoolean() ? num : num.negate(), BigInteger.valueOf(1 + r.nextInt(30)));
        }
        return v;
    }

    @Test
    void appliesAsTheDenseMatrix() {
        for (int bits : new int[] {8, 40, 400}) {
            Rational[] v = vector(9, bits, bits);
            Rational[] a = vector(9, 20, bits + 1);
            Householder h = Householder.of(v);
            assertThat(h.apply(a)).containsExactly(PlantedSpectrum.householder(v).apply(a));
            assertThat(h.toMatrix()).isEqualTo(DenseOrthogonal.householder(v).toMatrix());
            assertThat(h.apply(a)).containsExactly(DenseOrthogonal.householder(v).apply(a));
        }
    }

    @Test
    void spectrumAsWithTheDenseMatrix() {
        Rational[] v = vector(7, 30, 3);
        Rational[] a = vector(7, 12, 4);
        StructuredSpectrum viaVector = Prop41.analyze(a, Householder.of(v));
        StructuredSpectrum viaDense = Prop41.analyze(a, DenseOrthogonal.householder(v));
        assertThat(viaVector.allHold()).isTrue();
        assertThat(viaVector.s()).isEqualTo(viaDense.s());
        assertThat(viaVector.p()).isEqualTo(viaDense.p());
        assertThat(viaVector.checks()).usingRecursiveFieldByFieldElementComparator().isEqualTo(viaDense.checks());
        // the O(1) Gram checks of the structured pairs agree with A v = lambda v on the explicit vectors
        StructuredMatrix m = viaVector.matrix();
        for (Eigenpair e : viaVector.eigenpairs()) {
            assertThat(e.structuredOf()).isSameAs(m);
            assertThat(m.apply(e.vector()).equalsSqrtTimes(e.sign(), e.vector())).isTrue();
            assertThat(Prop41.structuredEigen(m, e)).isTrue();
            for (Eigenpair f : viaVector.eigenpairs()) {
                if (e != f) {
                    assertThat(Prop41.structuredOrthogonal(m, e, f)).isEqualTo(e.vector().isOrthogonalTo(f.vector())).isTrue();
                }
            }
        }
    }

    /** The Gram check fails when ||Pa|| != ||a||: a non-orthogonal map applied as if it were P. */
    @Test
    void gramCheckFailsForANonOrthogonalPair() {
        Rational[] a = {Rational.of(1), Rational.of(2), Rational.of(3)};
        Rational[] b = {Rational.of(2), Rational.of(3), Rational.of(5)};
        StructuredMatrix m = StructuredMatrix.pair(a, b);
        Rational s = m.normSquaredA();
        Rational p = m.aDotB();
        for (Eigenpair e : Prop41.eigenpairs(m, s, p)) {
            assertThat(Prop41.structuredEigen(m, e)).isFalse();
            assertThat(m.apply(e.vector()).equalsSqrtTimes(e.sign(), e.vector())).isFalse();
        }
    }

    @Test
    void zeroVectorIsRefused() {
        assertThatThrownBy(() -> Householder.of(new Rational[] {Rational.ZERO, Rational.ZERO}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("v = 0");
    }
}
