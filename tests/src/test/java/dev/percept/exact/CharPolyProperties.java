package dev.percept.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The two exact characteristic polynomials agree ({@link CharPoly#berkowitz} ==
 * {@link CharPoly#multimodular}) on integer matrices up to n = 20 (zero, sparse, dense, entries up to
 * 2^200), and both agree with the definition: Cayley-Hamilton {@code chi(B) = 0}, {@code c_{n-1} = -tr B},
 * and {@code chi(t) = det(t I - B)} at integer points by Gaussian elimination written here.
 */
class CharPolyProperties {

    /** A square integer matrix description: size, entry bound (bits), density, seed. */
    record Spec(int n, int bits, int zeroPercent, long seed) {
        BigInteger[][] matrix() {
            Random rnd = new Random(seed);
            BigInteger[][] b = new BigInteger[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    BigInteger v = rnd.nextInt(100) < zeroPercent ? BigInteger.ZERO : new BigInteger(bits, rnd);
                    b[i][j] = rnd.nextBoolean() ? v : v.negate();
                }
            }
            return b;
        }
    }

    @Provide
    Arbitrary<Spec> matrices() {
        Arbitrary<Integer> n = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(0, 8)), Tuple.of(2, Arbitraries.integers().between(9, 20)));
        Arbitrary<Integer> bits = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.integers().between(1, 8)), Tuple.of(2, Arbitraries.integers().between(9, 64)),
                Tuple.of(1, Arbitraries.integers().between(65, 200)));
        Arbitrary<Integer> zeros = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0)), Tuple.of(3, Arbitraries.just(30)), Tuple.of(2, Arbitraries.just(80)), Tuple.of(1, Arbitraries.just(100)));
        return Combinators.combine(n, bits, zeros, Arbitraries.longs()).as(Spec::new);
    }

    private static RationalMatrix rational(BigInteger[][] b) {
        Rational[][] r = new Rational[b.length][];
        for (int i = 0; i < b.length; i++) {
            r[i] = new Rational[b[i].length];
            for (int j = 0; j < b[i].length; j++) {
                r[i][j] = Rational.of(b[i][j]);
            }
        }
        return RationalMatrix.of(r);
    }

    /** det by fraction Gaussian elimination with pivoting (the plain textbook method). */
    static Rational det(Rational[][] m0) {
        int n = m0.length;
        Rational[][] m = new Rational[n][];
        for (int i = 0; i < n; i++) {
            m[i] = m0[i].clone();
        }
        Rational det = Rational.ONE;
        for (int c = 0; c < n; c++) {
            int piv = c;
            while (piv < n && m[piv][c].isZero()) {
                piv++;
            }
            if (piv == n) {
                return Rational.ZERO;
            }
            if (piv != c) {
                Rational[] t = m[piv];
                m[piv] = m[c];
                m[c] = t;
                det = det.negate();
            }
            det = det.multiply(m[c][c]);
            for (int i = c + 1; i < n; i++) {
                Rational f = m[i][c].divide(m[c][c]);
                for (int j = c; j < n; j++) {
                    m[i][j] = m[i][j].subtract(f.multiply(m[c][j]));
                }
            }
        }
        return det;
    }

    @Property(tries = 400)
    void berkowitzEqualsMultimodular(@ForAll("matrices") Spec spec) {
        BigInteger[][] b = spec.matrix();
        BigInteger[] berk = CharPoly.berkowitz(b);
        BigInteger[] mm = CharPoly.multimodular(b);
        assertThat(mm).isEqualTo(berk);
        assertThat(berk).hasSize(spec.n() + 1);
        assertThat(berk[spec.n()]).isEqualTo(BigInteger.ONE);
        BigInteger trace = BigInteger.ZERO;
        for (int i = 0; i < spec.n(); i++) {
            trace = trace.add(b[i][i]);
        }
        if (spec.n() > 0) {
            assertThat(berk[spec.n() - 1]).isEqualTo(trace.negate());
        }
        if (spec.zeroPercent() == 100) {
            for (int k = 0; k < spec.n(); k++) {
                assertThat(berk[k]).isZero();
            }
        }
        Statistics.label("n").collect(spec.n() <= 8 ? "0-8" : "9-20");
        Statistics.label("entries").collect(spec.zeroPercent() == 100 ? "zero" : spec.bits() > 64 ? "big" : "small");
        Statistics.label("entries").coverage(c -> {
            c.check("zero").count(k -> k > 0);
            c.check("big").count(k -> k > 0);
            c.check("small").count(k -> k > 0);
        });
        Statistics.label("n").coverage(c -> c.check("9-20").percentage(p -> p > 20));
    }

    /** chi(t) = det(t I - B) at three integer points, and Cayley-Hamilton chi(B) = 0, for n <= 8. */
    @Property(tries = 200)
    void agreesWithTheDefinition(@ForAll("matrices") Spec spec) {
        if (spec.n() > 8) {
            spec = new Spec(spec.n() % 9, spec.bits(), spec.zeroPercent(), spec.seed());
        }
        BigInteger[][] b = spec.matrix();
        int n = spec.n();
        Polynomial chi = Polynomial.ofIntegers(CharPoly.multimodular(b));
        for (int t : new int[] {-3, 0, 7}) {
            Rational[][] m = new Rational[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    m[i][j] = Rational.of(b[i][j].negate().add(i == j ? BigInteger.valueOf(t) : BigInteger.ZERO));
                }
            }
            assertThat(chi.evaluate(Rational.of(t))).isEqualTo(det(m));
        }
        if (n > 0) {
            RationalMatrix bm = rational(b);
            RationalMatrix acc = RationalMatrix.zero(n);
            RationalMatrix power = RationalMatrix.identity(n);
            for (int k = 0; k <= n; k++) {
                acc = acc.add(power.scale(chi.coefficient(k)));
                power = power.multiply(bm);
            }
            assertThat(acc).isEqualTo(RationalMatrix.zero(n));
        }
    }

    /** Rational matrices: charPoly() (multimodular) = charPolyBerkowitz(), both monic, trace and determinant right. */
    @Property(tries = 200)
    void rationalMatrixCharPoly(@ForAll("matrices") Spec spec, @ForAll("denominators") int den) {
        if (spec.n() == 0) {
            return;
        }
        BigInteger[][] b = spec.matrix();
        Random rnd = new Random(spec.seed() ^ 0x5eed);
        Rational[][] r = new Rational[spec.n()][spec.n()];
        for (int i = 0; i < spec.n(); i++) {
            for (int j = 0; j < spec.n(); j++) {
                r[i][j] = Rational.of(b[i][j], BigInteger.valueOf(1 + rnd.nextInt(den)));
            }
        }
        RationalMatrix m = RationalMatrix.of(r);
        Polynomial chi = m.charPoly();
        assertThat(chi).isEqualTo(m.charPolyBerkowitz());
        assertThat(chi.degree()).isEqualTo(spec.n());
        assertThat(chi.coefficient(spec.n())).isEqualTo(Rational.ONE);
        assertThat(chi.coefficient(spec.n() - 1)).isEqualTo(m.trace().negate());
        if (spec.n() <= 10) {
            Rational sign = spec.n() % 2 == 0 ? Rational.ONE : Rational.MINUS_ONE;
            assertThat(chi.coefficient(0)).isEqualTo(det(r).multiply(sign));
        }
    }

    /**
     * Differential test of the fast kernel: {@link CharPoly#hessenbergCharPolyModPFast} (Shoup
     * products, lazy dot products, rows before columns) gives the same residues as the plain
     * reference {@link CharPoly#hessenbergCharPolyModP} for every prime, large ones near 2^28 (the
     * lazy sums' worst case) and tiny ones (many zero pivots, so row and column swaps and skipped
     * columns), on the matrices above and on symmetric ones up to n = 60.
     */
    @Property(tries = 150)
    void fastKernelEqualsReferenceModP(@ForAll("matrices") Spec spec, @ForAll("kernelPrimes") long p, @ForAll boolean symmetric) {
        BigInteger[][] b = spec.matrix();
        if (symmetric) {
            int n = Math.min(60, 3 * spec.n());
            b = new Spec(n, spec.bits(), spec.zeroPercent(), spec.seed()).matrix();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    b[i][j] = b[j][i];
                }
            }
        }
        assertThat(CharPoly.hessenbergCharPolyModPFast(b, p)).isEqualTo(CharPoly.hessenbergCharPolyModP(b, p));
        Statistics.label("prime").collect(p < 100 ? "tiny" : "word");
    }

    @Provide
    Arbitrary<Long> kernelPrimes() {
        return Arbitraries.oneOf(Arbitraries.of(2L, 3L, 5L, 7L, 13L),
                Arbitraries.integers().between(0, 40).map(CharPoly.Primes::prime28));
    }

    @Provide
    Arbitrary<Integer> denominators() {
        return Arbitraries.of(1, 2, 7, 1000);
    }
}
