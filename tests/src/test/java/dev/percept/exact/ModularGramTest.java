package dev.percept.exact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.structured.DenseOrthogonal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The multimodular orthogonality check ({@link ModularGram}, {@link DenseOrthogonal#firstNonOrthogonality})
 * against the direct rational check (the referee): the same verdict and the same first failing
 * entry, on Householder reflections with large entries and on copies with one entry perturbed by
 * an amount far below one prime (a check that used too few primes, or wrong residues, would miss it).
 */
class ModularGramTest {

    private static RationalMatrix householder(int n, int digits, long seed) {
        Random r = new Random(seed);
        Rational[] v = new Rational[n];
        for (int i = 0; i < n; i++) {
            v[i] = Rational.of(new BigInteger(digits * 10 / 3, r).add(BigInteger.ONE).multiply(BigInteger.valueOf(r.nextBoolean() ? 1 : -1)));
        }
        return PlantedSpectrum.householder(v);
    }

    private static RationalMatrix with(RationalMatrix m, int i, int j, Rational x) {
        Rational[][] e = new Rational[m.rows()][];
        for (int k = 0; k < m.rows(); k++) {
            e[k] = m.row(k);
        }
        e[i][j] = x;
        return RationalMatrix.of(e);
    }

    @Test
    void agreesWithTheRationalReferee() {
        for (int seed = 1; seed <= 3; seed++) {
            RationalMatrix h = householder(4 + seed * 3, 60 * seed, seed);
            assertThat(DenseOrthogonal.firstNonOrthogonality(h)).isNull();
            assertThat(DenseOrthogonal.firstNonOrthogonalityByRationals(h)).isNull();
            // Perturb one entry by 1 / (its denominator * 10^200): far below any prime, visible only exactly.
            Rational e = h.get(seed, seed + 1);
            RationalMatrix bad = with(h, seed, seed + 1,
                    e.add(Rational.of(BigInteger.ONE, e.denominator().multiply(BigInteger.TEN.pow(200)))));
            String got = DenseOrthogonal.firstNonOrthogonality(bad);
            assertThat(got).isNotNull().isEqualTo(DenseOrthogonal.firstNonOrthogonalityByRationals(bad));
        }
    }

    /** A non-orthogonal integer matrix: diagonal entries off first ((P^T P)[1,1] = 2). */
    @Test
    void reportsTheFirstFailingEntryRowByRow() {
        RationalMatrix m = RationalMatrix.of(new Rational[][] {{Rational.ONE, Rational.ONE}, {Rational.ONE, Rational.MINUS_ONE}});
        assertThat(DenseOrthogonal.firstNonOrthogonality(m)).isEqualTo("(P^T P)[1,1] = 2, expected 1")
                .isEqualTo(DenseOrthogonal.firstNonOrthogonalityByRationals(m));
        BigInteger[][] n = {{BigInteger.ONE, BigInteger.ONE}, {BigInteger.ONE, BigInteger.ONE.negate()}};
        assertThat(ModularGram.mismatches(n, BigInteger.TWO)).isEmpty();
    }

    /** The primes: distinct, below 2^28, above 2^27 (so each adds more than 27 bits), product beyond the bound. */
    @Test
    void primesCoverTheBound() {
        int bits = ModularGram.boundBits(200, 11_000, BigInteger.ONE.shiftLeft(22_000));
        int[] p = ModularGram.primesAbove(bits);
        BigInteger product = BigInteger.ONE;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int x : p) {
            assertThat(x).isLessThan(1 << 28).isGreaterThan(1 << 27);
            assertThat(BigInteger.valueOf(x).isProbablePrime(60)).isTrue();
            assertThat(seen.add(x)).isTrue();
            product = product.multiply(BigInteger.valueOf(x));
        }
        assertThat(product.bitLength()).isGreaterThan(bits);
        // residues from the 16-bit digits equal BigInteger.mod (all-ones digits: the largest terms)
        Random r = new Random(5);
        for (int k = 0; k < 50; k++) {
            BigInteger x = k == 0 ? BigInteger.ONE.shiftLeft(4096).subtract(BigInteger.ONE) : new BigInteger(1 + r.nextInt(3000), r);
            long q = p[k];
            ModularGram.Words w = new ModularGram.Words(new BigInteger[][] {{x}});
            assertThat(ModularGram.residue(w.mag[0][0], q, ModularGram.powers(q, w.maxDigits)))
                    .isEqualTo(x.mod(BigInteger.valueOf(q)).longValue());
        }
    }
}
