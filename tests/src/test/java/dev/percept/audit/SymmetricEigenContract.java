package dev.percept.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The contract of every symmetric-eigenvalue implementation in percept (in the manner of EJML's
 * {@code GeneralEigenDecompositionCheck_DDRM}): for a matrix with a planted spectrum
 * {@code Q diag(lambda) Q^T}, the implementation returns one closed interval per eigenvalue (with
 * multiplicity, increasing) that it claims encloses it, and the i-th smallest planted eigenvalue
 * must lie in the i-th interval. The exact implementation's intervals are isolating intervals of
 * the characteristic polynomial's roots; the fast implementation's are its values widened by its
 * stated forward-error bound. Run by {@link ExactEigenContractTest} and
 * {@code dev.percept.fast.FastEigenContractTest}.
 */
public abstract class SymmetricEigenContract {

    /** One enclosure {@code [lo, hi]} per eigenvalue, increasing, with multiplicity. */
    protected abstract List<Rational[]> enclosures(RationalMatrix a);

    void check(Rational[] planted, long seed) {
        RationalMatrix a = Planted.matrix(planted, seed);
        assertThat(a.isSymmetric()).isTrue();
        Rational[] sorted = planted.clone();
        Arrays.sort(sorted);
        List<Rational[]> enc = enclosures(a);
        assertThat(enc).hasSize(sorted.length);
        for (int i = 0; i < sorted.length; i++) {
            Rational[] e = enc.get(i);
            assertThat(e[0]).as("lower end of eigenvalue %d", i).isLessThanOrEqualTo(sorted[i]);
            assertThat(e[1]).as("upper end of eigenvalue %d", i).isGreaterThanOrEqualTo(sorted[i]);
            if (i > 0) {
                assertThat(e[0]).isGreaterThanOrEqualTo(enc.get(i - 1)[0]);
            }
        }
    }

    @Example
    void distinct() {
        check(Planted.ints(5, -3, 8, 1, 0, 2), 1);
    }

    @Example
    void repeated() {
        check(Planted.ints(2, 2, 2, -1, 5, 5), 2);
    }

    @Example
    void zeros() {
        check(Planted.ints(0, 0, 3, -3, 0), 3);
    }

    @Example
    void allEqual() {
        check(Planted.ints(7, 7, 7, 7), 4);
    }

    @Example
    void clustered() {
        Rational eps = Rational.of(1, 10_000_000_000L);
        check(new Rational[] {Rational.ONE, Rational.ONE.add(eps), Rational.ONE.add(eps.multiply(Rational.TWO)), Rational.of(7), Rational.of(-7)}, 5);
    }

    @Example
    void tinyScale() {
        check(Planted.scaled(Rational.of(1, 100_000_000), 3, -1, 4, 1, -5), 6);
    }

    @Example
    void hugeScale() {
        check(Planted.scaled(Rational.of(100_000_000), 3, -1, 4, 1, -5), 7);
    }

    @Property(tries = 25)
    void random(@ForAll @IntRange(min = 1, max = 7) int n, @ForAll long seed) {
        java.util.Random r = new java.util.Random(seed);
        Rational[] l = new Rational[n];
        for (int i = 0; i < n; i++) {
            l[i] = Rational.of(r.nextInt(21) - 10, 1 + r.nextInt(4));
        }
        check(l, seed);
    }
}
