package dev.percept.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.exact.PlantedSpectrum;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The enclosure contract of percept's own symmetric-eigenvalue implementations: for a rational
 * matrix with a planted spectrum {@code Q diag(lambda) Q^T} ({@link PlantedSpectrum},
 * {@code Q = H(v1) H(v2)} with random small integer Householder vectors, so the entries are
 * general rationals), the implementation returns one closed interval per eigenvalue (with
 * multiplicity, increasing) that it claims encloses it, and the i-th smallest planted eigenvalue
 * must lie in the i-th interval. The exact implementation's intervals are isolating intervals of
 * the characteristic polynomial's roots; the fast implementation's are its values widened by its
 * stated forward-error bound (including the rounding of the rational entries to double). Run by
 * {@link ExactEigenContractTest} and {@code dev.percept.fast.FastEigenContractTest}. (The contract
 * for other projects' double solvers is {@code dev.percept.contract.SymmetricEigenContract} in
 * impl's test-jar.)
 */
public abstract class PlantedEnclosureContract {

    /** One enclosure {@code [lo, hi]} per eigenvalue, increasing, with multiplicity. */
    protected abstract List<Rational[]> enclosures(RationalMatrix a);

    /** {@code Q diag(lambda) Q^T} with {@code Q = H(v1) H(v2)}, v entries uniform in -3..3 (not all zero) from {@code seed}. */
    static RationalMatrix planted(Rational[] lambda, long seed) {
        java.util.Random rnd = new java.util.Random(seed);
        return PlantedSpectrum.of(lambda, householderVector(lambda.length, rnd), householderVector(lambda.length, rnd)).matrix();
    }

    private static Rational[] householderVector(int n, java.util.Random rnd) {
        Rational[] v = new Rational[n];
        boolean nonzero = false;
        for (int i = 0; i < n; i++) {
            v[i] = Rational.of(rnd.nextInt(7) - 3);
            nonzero |= v[i].signum() != 0;
        }
        if (!nonzero) {
            v[0] = Rational.ONE;
        }
        return v;
    }

    static Rational[] ints(long... xs) {
        Rational[] r = new Rational[xs.length];
        for (int i = 0; i < xs.length; i++) {
            r[i] = Rational.of(xs[i]);
        }
        return r;
    }

    static Rational[] scaled(Rational scale, long... xs) {
        Rational[] r = ints(xs);
        for (int i = 0; i < r.length; i++) {
            r[i] = r[i].multiply(scale);
        }
        return r;
    }

    void check(Rational[] planted, long seed) {
        RationalMatrix a = planted(planted, seed);
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
        check(ints(5, -3, 8, 1, 0, 2), 1);
    }

    @Example
    void repeated() {
        check(ints(2, 2, 2, -1, 5, 5), 2);
    }

    @Example
    void zeros() {
        check(ints(0, 0, 3, -3, 0), 3);
    }

    @Example
    void allEqual() {
        check(ints(7, 7, 7, 7), 4);
    }

    @Example
    void clustered() {
        Rational eps = Rational.of(1, 10_000_000_000L);
        check(new Rational[] {Rational.ONE, Rational.ONE.add(eps), Rational.ONE.add(eps.multiply(Rational.TWO)), Rational.of(7), Rational.of(-7)}, 5);
    }

    @Example
    void tinyScale() {
        check(scaled(Rational.of(1, 100_000_000), 3, -1, 4, 1, -5), 6);
    }

    @Example
    void hugeScale() {
        check(scaled(Rational.of(100_000_000), 3, -1, 4, 1, -5), 7);
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
