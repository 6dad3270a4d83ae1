package dev.percept.structured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.percept.exact.QuadraticSurd;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.exact.SurdVector;
import dev.percept.check.Check;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

/**
 * The JML contracts of {@link StructuredMatrix} and {@link StructuredSpectrum} (the Proposition 4.1
 * result), clause by clause: the property named after a label ({@code StructuredMatrix_apply_denseProduct}
 * for {@code // [StructuredMatrix.apply.denseProduct]}) evaluates that clause on random matrices
 * {@code M(a, Pa)} (every permutation P, and Householder reflections) and {@code M(a, b)}, d from 1
 * to 9, where the dense referee is cheap. Checked by property, not proved (spec/deductive.md); the
 * computations inside ({@code StructuredProduct}, {@code StructuredSums}) are the KeY-proved
 * kernels.
 */
@Tag("contract")
class StructuredContractProperties {

    private static Rational[] vector(Random rnd, int d, int zeroIn) {
        Rational[] a = new Rational[d];
        for (int i = 0; i < d; i++) {
            a[i] = rnd.nextInt(zeroIn) == 0 ? Rational.ZERO : Rational.of(rnd.nextInt(41) - 20, 1 + rnd.nextInt(12));
        }
        return a;
    }

    private static OrthogonalMap map(Random rnd, int d) {
        if (d >= 2 && rnd.nextInt(4) == 0) {
            Rational[] v = vector(rnd, d, 100);
            v[0] = v[0].add(Rational.of(1, 3));
            return DenseOrthogonal.householder(v);
        }
        List<Integer> img = new ArrayList<>();
        for (int i = 1; i <= d; i++) {
            img.add(i);
        }
        Collections.shuffle(img, rnd);
        return Permutation.ofOneBased(img.stream().mapToInt(Integer::intValue).toArray());
    }

    /** M(a, Pa) or, one time in three, a general pair M(a, b); one case in five has a = +-Pa or a = 0. */
    @Provide
    Arbitrary<StructuredMatrix> matrices() {
        return Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.longs()).as((d, seed) -> {
            Random rnd = new Random(seed);
            Rational[] a = vector(rnd, d, 4);
            if (rnd.nextInt(3) == 0) {
                return StructuredMatrix.pair(a, vector(rnd, d, 4));
            }
            OrthogonalMap p = map(rnd, d);
            switch (rnd.nextInt(8)) {
                case 0:
                    Arrays.fill(a, Rational.ZERO);
                    break;
                case 1:
                case 2:
                    // a = sign * Pa for an involutive permutation: symmetrize over a swap.
                    if (d >= 2) {
                        int sign = rnd.nextBoolean() ? 1 : -1;
                        int[] swap = new int[d];
                        for (int i = 0; i < d; i++) {
                            swap[i] = i + 1;
                        }
                        swap[0] = 2;
                        swap[1] = 1;
                        a[1] = sign > 0 ? a[0] : a[0].negate();
                        for (int i = 2; i < d; i++) {
                            a[i] = sign > 0 ? a[i] : Rational.ZERO;
                        }
                        return StructuredMatrix.of(a, Permutation.ofOneBased(swap));
                    }
                    break;
                default:
                    break;
            }
            return StructuredMatrix.of(a, p);
        });
    }

    @Provide
    Arbitrary<StructuredSpectrum> spectra() {
        return matrices().filter(m -> m.map() != null).map(m -> Prop41.analyze(m, Prop41.DEFAULT_DENSE_LIMIT));
    }

    /** A random vector with coordinates in Q(sqrt r) of the right length for {@code m}. */
    private static SurdVector vectorFor(StructuredMatrix m, long seed) {
        Random rnd = new Random(seed);
        int n = m.d() + 2;
        BigInteger[] x = new BigInteger[n];
        BigInteger[] y = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            x[i] = BigInteger.valueOf(rnd.nextInt(61) - 30);
            y[i] = rnd.nextInt(3) == 0 ? BigInteger.ZERO : BigInteger.valueOf(rnd.nextInt(21) - 10);
        }
        return SurdVector.of(x, BigInteger.valueOf(1 + rnd.nextInt(9)), y, BigInteger.valueOf(1 + rnd.nextInt(9)), Rational.of(1 + rnd.nextInt(7)));
    }

    private static void assertDenseProduct(StructuredMatrix m, SurdVector v, SurdVector av) {
        RationalMatrix dense = m.toDense();
        assertThat(av.rationalParts().toRationals()).containsExactly(dense.apply(v.rationalParts().toRationals()));
        assertThat(av.surdParts().toRationals()).containsExactly(dense.apply(v.surdParts().toRationals()));
        assertThat(av.radicand()).isEqualTo(v.radicand());
    }

    @Property(tries = 150)
    void StructuredMatrix_of_entries(@ForAll @IntRange(min = 1, max = 9) int d, @ForAll long seed) {
        Random rnd = new Random(seed);
        Rational[] a = vector(rnd, d, 4);
        OrthogonalMap p = map(rnd, d);
        StructuredMatrix m = StructuredMatrix.of(a, p);
        Rational[] pa = p.apply(a);
        assertThat(m.d()).isEqualTo(d);
        assertThat(m.map()).isSameAs(p);
        for (int i = 0; i < d; i++) {
            assertThat(m.a().get(i)).isEqualTo(a[i]);
            assertThat(m.b().get(i)).isEqualTo(pa[i]);
        }
    }

    @Property(tries = 100)
    void StructuredMatrix_of_dimension(@ForAll @IntRange(min = 1, max = 9) int d, @ForAll long seed) {
        Random rnd = new Random(seed);
        OrthogonalMap p = map(rnd, d);
        StructuredMatrix m = StructuredMatrix.of(vector(rnd, d, 4), p);
        assertThat(m.d()).isEqualTo(d);
        assertThat(m.map()).isSameAs(p);
    }

    @Property(tries = 50)
    void StructuredMatrix_of_badLengths(@ForAll @IntRange(min = 1, max = 9) int d, @ForAll long seed) {
        Random rnd = new Random(seed);
        OrthogonalMap p = map(rnd, d);
        assertThatThrownBy(() -> StructuredMatrix.of(vector(rnd, d + 1, 4), p)).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StructuredMatrix.of(new Rational[0], p)).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 150)
    void StructuredMatrix_pair_entries(@ForAll @IntRange(min = 1, max = 9) int d, @ForAll long seed) {
        Random rnd = new Random(seed);
        Rational[] a = vector(rnd, d, 4);
        Rational[] b = vector(rnd, d, 4);
        StructuredMatrix m = StructuredMatrix.pair(a, b);
        assertThat(m.d()).isEqualTo(d);
        assertThat(m.map()).isNull();
        for (int i = 0; i < d; i++) {
            assertThat(m.a().get(i)).isEqualTo(a[i]);
            assertThat(m.b().get(i)).isEqualTo(b[i]);
        }
    }

    @Property(tries = 100)
    void StructuredMatrix_pair_dimension(@ForAll @IntRange(min = 1, max = 9) int d, @ForAll long seed) {
        Random rnd = new Random(seed);
        StructuredMatrix m = StructuredMatrix.pair(vector(rnd, d, 4), vector(rnd, d, 4));
        assertThat(m.d()).isEqualTo(d);
        assertThat(m.map()).isNull();
    }

    @Property(tries = 50)
    void StructuredMatrix_pair_badLengths(@ForAll @IntRange(min = 1, max = 9) int d, @ForAll long seed) {
        Random rnd = new Random(seed);
        assertThatThrownBy(() -> StructuredMatrix.pair(vector(rnd, d, 4), vector(rnd, d + 1, 4))).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StructuredMatrix.pair(new Rational[0], new Rational[0])).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 100)
    void StructuredMatrix_d_length(@ForAll("matrices") StructuredMatrix m) {
        assertThat(m.d()).isEqualTo(m.a().length()).isEqualTo(m.b().length()).isPositive();
    }

    @Property(tries = 100)
    void StructuredMatrix_a_length(@ForAll("matrices") StructuredMatrix m) {
        assertThat(m.a().length()).isEqualTo(m.b().length());
    }

    @Property(tries = 100)
    void StructuredMatrix_b_commonDenominator(@ForAll("matrices") StructuredMatrix m) {
        assertThat(m.b().denominator()).isEqualTo(m.a().denominator());
    }

    @Property(tries = 100)
    void StructuredMatrix_map_givesB(@ForAll("matrices") StructuredMatrix m) {
        if (m.map() != null) {
            assertThat(m.map().dimension()).isEqualTo(m.d());
            assertThat(m.map().apply(m.a().toRationals())).containsExactly(m.b().toRationals());
        }
    }

    @Property(tries = 200)
    void StructuredMatrix_apply_denseProduct(@ForAll("matrices") StructuredMatrix m, @ForAll long seed) {
        SurdVector v = vectorFor(m, seed);
        assertDenseProduct(m, v, m.apply(v));
    }

    @Property(tries = 30)
    void StructuredMatrix_apply_badLength(@ForAll("matrices") StructuredMatrix m, @ForAll long seed) {
        SurdVector v = vectorFor(widen(m), seed);
        assertThatThrownBy(() -> m.apply(v)).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    /** A matrix one dimension larger (its vectors are too long for {@code m}). */
    private static StructuredMatrix widen(StructuredMatrix m) {
        Rational[] a = new Rational[m.d() + 1];
        Arrays.fill(a, Rational.ONE);
        return StructuredMatrix.pair(a, a);
    }

    @Property(tries = 200)
    void StructuredMatrix_applyMemo_denseProduct(@ForAll("matrices") StructuredMatrix m, @ForAll long seed) {
        SurdVector v = vectorFor(m, seed);
        SurdVector.DotMemo memo = new SurdVector.DotMemo();
        assertDenseProduct(m, v, m.apply(v, memo));
        assertDenseProduct(m, v, m.apply(v, memo)); // again, from the memo
    }

    @Property(tries = 30)
    void StructuredMatrix_applyMemo_badLength(@ForAll("matrices") StructuredMatrix m, @ForAll long seed) {
        SurdVector v = vectorFor(widen(m), seed);
        assertThatThrownBy(() -> m.apply(v, new SurdVector.DotMemo())).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 150)
    void StructuredMatrix_normSquaredA_sum(@ForAll("matrices") StructuredMatrix m) {
        assertThat(m.normSquaredA()).isEqualTo(m.a().dot(m.a()));
    }

    @Property(tries = 150)
    void StructuredMatrix_normSquaredB_sum(@ForAll("matrices") StructuredMatrix m) {
        assertThat(m.normSquaredB()).isEqualTo(m.b().dot(m.b()));
    }

    @Property(tries = 150)
    void StructuredMatrix_aDotB_sum(@ForAll("matrices") StructuredMatrix m) {
        assertThat(m.aDotB()).isEqualTo(m.a().dot(m.b()));
    }

    @Property(tries = 150)
    void StructuredMatrix_aIsZero_definition(@ForAll("matrices") StructuredMatrix m) {
        assertThat(m.aIsZero()).isEqualTo(Arrays.stream(m.a().toRationals()).allMatch(Rational::isZero));
    }

    @Property(tries = 150)
    void StructuredMatrix_bIsZero_definition(@ForAll("matrices") StructuredMatrix m) {
        assertThat(m.bIsZero()).isEqualTo(Arrays.stream(m.b().toRationals()).allMatch(Rational::isZero));
    }

    @Property(tries = 150)
    void StructuredMatrix_aEqualsSignedB_definition(@ForAll("matrices") StructuredMatrix m, @ForAll @IntRange(min = -2, max = 2) int sign) {
        boolean expected = true;
        for (int i = 0; i < m.d(); i++) {
            expected &= m.a().get(i).equals(sign >= 0 ? m.b().get(i) : m.b().get(i).negate());
        }
        assertThat(m.aEqualsSignedB(sign)).isEqualTo(expected);
    }

    @Property(tries = 150)
    void StructuredMatrix_traceOfSquare_dense(@ForAll("matrices") StructuredMatrix m) {
        RationalMatrix a = m.toDense();
        assertThat(m.traceOfSquare()).isEqualTo(a.multiply(a).trace());
    }

    @Property(tries = 100)
    void StructuredMatrix_traceOfFourthPower_dense(@ForAll("matrices") StructuredMatrix m) {
        RationalMatrix a = m.toDense();
        assertThat(m.traceOfFourthPower()).isEqualTo(a.multiply(a).multiply(a).multiply(a).trace());
    }

    @Property(tries = 100)
    void StructuredMatrix_toDense_size(@ForAll("matrices") StructuredMatrix m) {
        assertThat(m.toDense().rows()).isEqualTo(m.d() + 2);
        assertThat(m.toDense().cols()).isEqualTo(m.d() + 2);
    }

    @Property(tries = 100)
    void StructuredMatrix_toDense_entries(@ForAll("matrices") StructuredMatrix m) {
        RationalMatrix a = m.toDense();
        int n = m.d() + 2;
        assertThat(a.rows()).isEqualTo(n);
        assertThat(a.cols()).isEqualTo(n);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                Rational want = r == 0 ? (c >= 2 ? m.a().get(c - 2) : Rational.ZERO) : r == 1 ? (c >= 2 ? m.b().get(c - 2) : Rational.ZERO)
                        : c == 0 ? m.a().get(r - 2) : c == 1 ? m.b().get(r - 2) : Rational.ZERO;
                assertThat(a.get(r, c)).isEqualTo(want);
            }
        }
    }

    // ---- StructuredSpectrum ----

    @Property(tries = 100)
    void StructuredSpectrum_matrix_analysed(@ForAll("spectra") StructuredSpectrum s) {
        assertThat(s.matrix().d()).isEqualTo(s.d());
    }

    @Property(tries = 100)
    void StructuredSpectrum_d_ofMatrix(@ForAll("spectra") StructuredSpectrum s) {
        assertThat(s.d()).isEqualTo(s.matrix().d());
    }

    @Property(tries = 100)
    void StructuredSpectrum_s_normSquared(@ForAll("spectra") StructuredSpectrum s) {
        assertThat(s.s()).isEqualTo(s.matrix().normSquaredA());
    }

    @Property(tries = 100)
    void StructuredSpectrum_p_aDotB(@ForAll("spectra") StructuredSpectrum s) {
        assertThat(s.p()).isEqualTo(s.matrix().aDotB());
    }

    @Property(tries = 150)
    void StructuredSpectrum_kase_definition(@ForAll("spectra") StructuredSpectrum s) {
        StructuredMatrix m = s.matrix();
        Prop41Case want = m.aIsZero() ? Prop41Case.ZERO : m.aEqualsSignedB(1) ? Prop41Case.SYMMETRIC
                : m.aEqualsSignedB(-1) ? Prop41Case.ANTISYMMETRIC : Prop41Case.GENERAL;
        assertThat(s.kase()).isEqualTo(want);
    }

    @Property(tries = 150)
    void StructuredSpectrum_eigenvalues_multiplicitiesSum(@ForAll("spectra") StructuredSpectrum s) {
        assertThat(s.eigenvalues().stream().mapToInt(Eigenvalue::multiplicity).sum()).isEqualTo(s.d() + 2);
    }

    @Property(tries = 150)
    void StructuredSpectrum_eigenvalues_largestFirst(@ForAll("spectra") StructuredSpectrum s) {
        List<Eigenvalue> v = s.eigenvalues();
        for (int i = 1; i < v.size(); i++) {
            assertThat(QuadraticSurd.sqrt(v.get(i - 1).sign(), v.get(i - 1).square()).compareTo(QuadraticSurd.sqrt(v.get(i).sign(), v.get(i).square())))
                    .isPositive();
        }
    }

    @Property(tries = 100)
    void StructuredSpectrum_eigenvalues_charPoly(@ForAll("spectra") StructuredSpectrum s) {
        assertThat(s.matrix().toDense().charPoly()).isEqualTo(Prop41.fromSpectrum(s.eigenvalues()));
    }

    @Property(tries = 150)
    void StructuredSpectrum_eigenpairs_eigenEquation(@ForAll("spectra") StructuredSpectrum s) {
        for (Eigenpair e : s.eigenpairs()) {
            assertThat(s.matrix().apply(e.vector()).equalsSqrtTimes(e.sign(), e.vector())).isTrue();
        }
    }

    @Property(tries = 150)
    void StructuredSpectrum_eigenpairs_count(@ForAll("spectra") StructuredSpectrum s) {
        int nonzero = s.eigenvalues().stream().filter(v -> v.sign() != 0).mapToInt(Eigenvalue::multiplicity).sum();
        assertThat(s.eigenpairs()).hasSize(nonzero);
    }

    @Property(tries = 150)
    void StructuredSpectrum_spectralNormSquare_largestSquare(@ForAll("spectra") StructuredSpectrum s) {
        Rational n = s.spectralNormSquare();
        assertThat(s.eigenvalues()).allSatisfy(v -> assertThat(v.square().compareTo(n)).isNotPositive());
        assertThat(s.eigenvalues()).anySatisfy(v -> assertThat(v.square()).isEqualTo(n));
    }

    @Property(tries = 100)
    void StructuredSpectrum_checks_nonEmpty(@ForAll("spectra") StructuredSpectrum s) {
        assertThat(s.checks()).isNotEmpty();
    }

    @Property(tries = 100)
    void StructuredSpectrum_allHold_definition(@ForAll("spectra") StructuredSpectrum s) {
        assertThat(s.allHold()).isEqualTo(s.checks().stream().allMatch(Check::holds));
    }
}
