package dev.percept.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link RationalMatrix#rank} on matrices of known rank, matrix identities, {@link ScaledVector}
 * inner products, and the ring laws of {@link Polynomial} with evaluation as a homomorphism.
 */
class MatrixAndPolynomialProperties {

    private static Rational randomRational(Random rnd, int bits) {
        BigInteger n = new BigInteger(bits, rnd);
        return Rational.of(rnd.nextBoolean() ? n : n.negate(), BigInteger.valueOf(1 + rnd.nextInt(12)));
    }

    /**
     * A rows x cols matrix of rank exactly k: {@code L [I_k 0; 0 0] R} with L, R invertible
     * (unit lower/upper triangular with random rational entries, then rows and columns permuted).
     */
    static RationalMatrix ofRank(int rows, int cols, int k, Random rnd, int bits) {
        Rational[][] c = new Rational[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                c[i][j] = (i == j && i < k) ? Rational.ONE : Rational.ZERO;
            }
        }
        return invertible(rows, rnd, bits).multiply(RationalMatrix.of(c)).multiply(invertible(cols, rnd, bits));
    }

    static RationalMatrix invertible(int n, Random rnd, int bits) {
        Rational[][] lo = new Rational[n][n];
        Rational[][] up = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                lo[i][j] = i == j ? Rational.ONE : i > j ? randomRational(rnd, bits) : Rational.ZERO;
                up[i][j] = i == j ? Rational.ONE : i < j ? randomRational(rnd, bits) : Rational.ZERO;
            }
        }
        List<Integer> perm = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            perm.add(i);
        }
        Collections.shuffle(perm, rnd);
        Rational[][] p = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                p[i][j] = perm.get(i) == j ? Rational.ONE : Rational.ZERO;
            }
        }
        return RationalMatrix.of(p).multiply(RationalMatrix.of(lo)).multiply(RationalMatrix.of(up));
    }

    @Property(tries = 300)
    void rankOfKnownConstructions(@ForAll @IntRange(min = 1, max = 9) int rows, @ForAll @IntRange(min = 1, max = 9) int cols,
            @ForAll @IntRange(min = 0, max = 9) int k0, @ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int bits) {
        int k = k0 % (Math.min(rows, cols) + 1);
        RationalMatrix m = ofRank(rows, cols, k, new Random(seed), bits);
        assertThat(m.rank()).isEqualTo(k);
        assertThat(m.transpose().rank()).isEqualTo(k);
        assertThat(m.scale(Rational.of(-3, 7)).rank()).isEqualTo(k);
        assertThat(m.transpose().transpose()).isEqualTo(m);
        Statistics.label("rank").collect(k == 0 ? "0" : k == Math.min(rows, cols) ? "full" : "deficient");
        Statistics.label("rank").coverage(c -> {
            c.check("0").count(n -> n > 0);
            c.check("full").count(n -> n > 0);
            c.check("deficient").count(n -> n > 0);
        });
    }

    @Property(tries = 200)
    void matrixIdentities(@ForAll @IntRange(min = 1, max = 7) int n, @ForAll long seed) {
        Random rnd = new Random(seed);
        RationalMatrix a = ofRank(n, n, n, rnd, 6);
        RationalMatrix b = ofRank(n, n, rnd.nextInt(n + 1), rnd, 6);
        RationalMatrix c = ofRank(n, n, n, rnd, 6);
        assertThat(a.multiply(b).multiply(c)).isEqualTo(a.multiply(b.multiply(c)));
        assertThat(a.multiply(b).transpose()).isEqualTo(b.transpose().multiply(a.transpose()));
        assertThat(a.multiply(RationalMatrix.identity(n))).isEqualTo(a);
        assertThat(a.add(b).trace()).isEqualTo(a.trace().add(b.trace()));
        assertThat(a.multiply(b).trace()).isEqualTo(b.multiply(a).trace());
        assertThat(a.add(a.transpose()).isSymmetric()).isTrue();
        assertThat(a.multiply(a.transpose()).isSymmetric()).isTrue();
        // Symmetric iff no asymmetry is reported.
        assertThat(a.firstAsymmetry() == null).isEqualTo(a.equals(a.transpose()));
        BigInteger l = a.commonDenominator();
        BigInteger[][] ints = a.scaledToIntegers(l);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertThat(Rational.of(ints[i][j], l)).isEqualTo(a.get(i, j));
                assertThat(l.mod(a.get(i, j).denominator())).isZero();
            }
        }
        Rational[] v = new Rational[n];
        for (int i = 0; i < n; i++) {
            v[i] = randomRational(rnd, 10);
        }
        Rational[] av = a.apply(v);
        for (int i = 0; i < n; i++) {
            Rational s = Rational.ZERO;
            for (int j = 0; j < n; j++) {
                s = s.add(a.get(i, j).multiply(v[j]));
            }
            assertThat(av[i]).isEqualTo(s);
        }
    }

    @Property(tries = 500)
    void scaledVectorInnerProducts(@ForAll @IntRange(min = 1, max = 30) int d, @ForAll long seed) {
        Random rnd = new Random(seed);
        Rational[] v = new Rational[d];
        Rational[] w = new Rational[d];
        Rational dot = Rational.ZERO;
        for (int i = 0; i < d; i++) {
            v[i] = rnd.nextInt(4) == 0 ? Rational.ZERO : randomRational(rnd, 30);
            w[i] = randomRational(rnd, 30);
            dot = dot.add(v[i].multiply(w[i]));
        }
        ScaledVector[] both = ScaledVector.common(v, w);
        assertThat(both[0].dot(both[1])).isEqualTo(dot);
        assertThat(ScaledVector.of(v).dot(ScaledVector.of(w))).isEqualTo(dot);
        assertThat(both[0].toRationals()).isEqualTo(v);
        assertThat(ScaledVector.of(v).toRationals()).isEqualTo(v);
        assertThat(both[0].denominator()).isEqualTo(both[1].denominator());
        boolean zero = true;
        for (Rational x : v) {
            zero &= x.isZero();
        }
        assertThat(ScaledVector.of(v).isZero()).isEqualTo(zero);
    }

    // ---- Polynomial ----

    @Provide
    Arbitrary<Polynomial> polynomials() {
        Arbitrary<Rational> coef = Combinators.combine(Arbitraries.integers().between(-50, 50), Arbitraries.integers().between(1, 9))
                .as((n, q) -> Rational.of(n, q));
        Arbitrary<Rational> sparse = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(Rational.ZERO)), net.jqwik.api.Tuple.of(2, coef));
        return sparse.array(Rational[].class).ofMaxSize(8).map(Polynomial::of);
    }

    @Provide
    Arbitrary<Rational> points() {
        return Combinators.combine(Arbitraries.integers().between(-20, 20), Arbitraries.integers().between(1, 7)).as((n, q) -> Rational.of(n, q));
    }

    @Property(tries = 1000)
    void polynomialRingLaws(@ForAll("polynomials") Polynomial f, @ForAll("polynomials") Polynomial g, @ForAll("polynomials") Polynomial h) {
        assertThat(f.add(g)).isEqualTo(g.add(f));
        assertThat(f.add(g).add(h)).isEqualTo(f.add(g.add(h)));
        assertThat(f.multiply(g)).isEqualTo(g.multiply(f));
        assertThat(f.multiply(g).multiply(h)).isEqualTo(f.multiply(g.multiply(h)));
        assertThat(f.multiply(g.add(h))).isEqualTo(f.multiply(g).add(f.multiply(h)));
        assertThat(f.subtract(f)).isEqualTo(Polynomial.ZERO);
        assertThat(f.multiply(Polynomial.ONE)).isEqualTo(f);
        assertThat(f.multiply(Polynomial.ZERO)).isEqualTo(Polynomial.ZERO);
        if (f.degree() >= 0 && g.degree() >= 0) {
            assertThat(f.multiply(g).degree()).isEqualTo(f.degree() + g.degree());
        }
        assertThat(f.add(g).degree()).isLessThanOrEqualTo(Math.max(f.degree(), g.degree()));
        // Canonical: the leading coefficient is never zero.
        if (f.degree() >= 0) {
            assertThat(f.coefficient(f.degree()).isZero()).isFalse();
        }
        assertThat(f.equals(g)).isEqualTo(f.subtract(g).degree() == -1);
    }

    @Property(tries = 1000)
    void evaluationIsAHomomorphism(@ForAll("polynomials") Polynomial f, @ForAll("polynomials") Polynomial g, @ForAll("points") Rational x,
            @ForAll @IntRange(min = 0, max = 4) int k) {
        assertThat(f.add(g).evaluate(x)).isEqualTo(f.evaluate(x).add(g.evaluate(x)));
        assertThat(f.multiply(g).evaluate(x)).isEqualTo(f.evaluate(x).multiply(g.evaluate(x)));
        assertThat(f.pow(k).evaluate(x)).isEqualTo(f.evaluate(x).pow(k));
        assertThat(f.scale(x).evaluate(x)).isEqualTo(f.evaluate(x).multiply(x));
        // Evaluation by the definition sum c_i x^i.
        Rational s = Rational.ZERO;
        for (int i = 0; i <= f.degree(); i++) {
            s = s.add(f.coefficient(i).multiply(x.pow(i)));
        }
        assertThat(f.evaluate(x)).isEqualTo(s);
        assertThat(Polynomial.monomial(Rational.ONE, k).evaluate(x)).isEqualTo(x.pow(k));
        assertThat(Polynomial.X.pow(k)).isEqualTo(Polynomial.monomial(Rational.ONE, k));
    }
}
