package dev.percept.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.exact.Rational;
import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Differential tests of the ball-arithmetic shortcut ({@link BallHorner}) against exact rational
 * evaluation: the ball always contains the exact value (also at a deliberately tiny precision,
 * where every rounding matters), {@link IntPoly#signAt} equals the exact sign, and
 * {@link RealRoots#valueSignAndNewtonStep} equals its exact-integer version. The polynomials are
 * products of linear factors with known rational roots (times a random factor), so the points
 * include the roots themselves (value 0: the ball must not decide) and points a hair away from
 * them (heavy cancellation), plus random rational and dyadic points. Since root isolation and
 * refinement depend on the polynomials only through these two functions, equal answers here mean
 * byte-identical enclosures from the audit.
 */
class BallHornerProperties {

    /** A polynomial with roots {@code num_i / den_i} (and a random cofactor) and a point kind. */
    record Case(long seed, int roots, int cofactorDegree, int bits, int pointKind, int closeness) {
        Random rnd() {
            return new Random(seed);
        }

        BigInteger[] poly() {
            Random r = rnd();
            BigInteger[] c = {BigInteger.ONE};
            for (int i = 0; i < roots; i++) {
                c = IntPoly.multiply(c, new BigInteger[] {BigInteger.valueOf(r.nextInt(2001) - 1000), BigInteger.valueOf(1 + r.nextInt(7))});
            }
            BigInteger[] co = new BigInteger[cofactorDegree + 1];
            for (int i = 0; i <= cofactorDegree; i++) {
                co[i] = new BigInteger(bits, r).subtract(BigInteger.ONE.shiftLeft(bits - 1));
            }
            co[cofactorDegree] = co[cofactorDegree].signum() == 0 ? BigInteger.ONE : co[cofactorDegree];
            return IntPoly.multiply(c, co);
        }

        /** A root of the linear factors (the first factor of poly()), by replaying the generator. */
        Rational root() {
            Random r = rnd();
            long num = r.nextInt(2001) - 1000;
            long den = 1 + r.nextInt(7);
            return Rational.of(BigInteger.valueOf(-num), BigInteger.valueOf(den));
        }

        Rational point() {
            Random r = new Random(seed ^ 0x9e3779b97f4a7c15L);
            Rational root = roots > 0 ? root() : Rational.of(r.nextInt(100));
            Rational tiny = Rational.of(BigInteger.ONE, BigInteger.TWO.pow(closeness));
            Rational decimalTiny = Rational.of(BigInteger.ONE, BigInteger.valueOf(3).multiply(BigInteger.TEN.pow(closeness / 3 + 1)));
            return switch (pointKind) {
                case 0 -> root;
                case 1 -> root.add(tiny);
                case 2 -> root.subtract(decimalTiny);
                case 3 -> Rational.of(BigInteger.valueOf(r.nextInt(2_000_001) - 1_000_000), BigInteger.valueOf(1 + r.nextInt(999)));
                default -> Rational.of(BigInteger.valueOf(r.nextLong() >> 10), BigInteger.ONE.shiftLeft(r.nextInt(60)));
            };
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(1, 300), Arbitraries.integers().between(0, 4), Arbitraries.integers().between(1, 200))
                .as(Case::new).filter(c -> c.roots() + c.cofactorDegree() >= IntPoly.BALL_MIN_DEGREE);
    }

    static Rational exactValue(BigInteger[] c, Rational x) {
        Rational v = Rational.ZERO;
        for (int i = c.length - 1; i >= 0; i--) {
            v = v.multiply(x).add(Rational.of(c[i]));
        }
        return v;
    }

    static Rational scaled(BigInteger mantissa, int exp) {
        return exp >= 0 ? Rational.of(mantissa.shiftLeft(exp)) : Rational.of(mantissa, BigInteger.ONE.shiftLeft(-exp));
    }

    @Property(tries = 120)
    void ballContainsTheExactValueAndSignAtIsExact(@ForAll("cases") Case c, @ForAll("precisions") int prec) {
        BigInteger[] f = c.poly();
        Rational x = c.point();
        Rational exact = exactValue(f, x);
        BallHorner.Ball b = BallHorner.eval(f, BallHorner.point(x, prec), prec);
        assertThat(scaled(b.lo(), b.exp())).isLessThanOrEqualTo(exact);
        assertThat(scaled(b.hi(), b.exp())).isGreaterThanOrEqualTo(exact);
        assertThat(b.sign()).isIn(0, exact.signum());
        assertThat(IntPoly.signAt(f, x)).isEqualTo(exact.signum());
        assertThat(IntPoly.exactSignAt(f, x)).isEqualTo(exact.signum());
        Statistics.label("ball").collect(b.sign() != 0 ? "decided" : exact.signum() == 0 ? "zero (undecided)" : "undecided");
        Statistics.label("ball").coverage(k -> {
            k.check("decided").count(n -> n > 0);
            k.check("zero (undecided)").count(n -> n > 0);
        });
    }

    @Provide
    Arbitrary<Integer> precisions() {
        return Arbitraries.oneOf(Arbitraries.integers().between(8, 40), Arbitraries.integers().between(100, 600));
    }

    @Property(tries = 100)
    void newtonStepEqualsTheExactIntegers(@ForAll("cases") Case c, @ForAll("dyadicScales") int k) {
        BigInteger[] f = c.poly();
        BigInteger[] df = IntPoly.derivative(f);
        Rational x = c.point();
        BigInteger n = x.multiply(Rational.of(BigInteger.ONE.shiftLeft(k))).floor();
        BigInteger[] fast = RealRoots.valueSignAndNewtonStep(f, df, n, k);
        BigInteger[] exact = RealRoots.exactValueSignAndNewtonStep(f, df, n, k);
        assertThat(fast[0].signum()).isEqualTo(exact[0].signum());
        assertThat(fast[1]).isEqualTo(exact[1]);
        // and both say what the rationals say: sign f(c) and trunc(2^(k+8) f(c) / f'(c))
        Rational pt = Rational.of(n, BigInteger.ONE.shiftLeft(k));
        Rational fv = exactValue(f, pt);
        Rational dv = exactValue(df, pt);
        assertThat(exact[0].signum()).isEqualTo(fv.signum());
        if (fv.signum() != 0 && dv.signum() != 0) {
            Rational q = fv.divide(dv).multiply(Rational.of(BigInteger.ONE.shiftLeft(k + 8)));
            BigInteger trunc = q.signum() >= 0 ? q.floor() : q.ceil();
            assertThat(exact[1]).isEqualTo(trunc);
        }
    }

    /**
     * Differential test of the refinement's sign oracle: on the characteristic polynomials of
     * random symmetric integer matrices (n = 12..20, so the ball filter and the oracle are on),
     * {@link RealRoots#refineAround} gives exactly the interval of
     * {@link RealRoots#refineAroundEvaluatingEverySign}, for given values at, near (a few ulps of
     * a 17-digit decimal) and far from each eigenvalue.
     */
    @Property(tries = 12)
    void refinementWithTheSignOracleEqualsEvaluatingEverySign(@ForAll long seed, @ForAll("orders") int n, @ForAll("offsets") int offset) {
        Random r = new Random(seed);
        Rational[][] a = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                a[i][j] = Rational.of(r.nextInt(201) - 100);
                a[j][i] = a[i][j];
            }
        }
        ExactSpectrum s = ExactSpectrum.of(dev.percept.exact.RationalMatrix.of(a));
        for (ExactSpectrum.Root root : s.roots()) {
            Rational near = Rational.of(root.decimal(17));
            Rational x = offset == 0 ? near : near.add(Rational.of(BigInteger.valueOf(offset), BigInteger.TEN.pow(offset > 50 ? 2 : 15)));
            assertThat(RealRoots.refineAround(root.interval(), x)).isEqualTo(RealRoots.refineAroundEvaluatingEverySign(root.interval(), x));
        }
    }

    @Provide
    Arbitrary<Integer> orders() {
        return Arbitraries.integers().between(12, 20);
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.of(0, 1, -3, 7, 99);
    }

    @Provide
    Arbitrary<Integer> dyadicScales() {
        return Arbitraries.integers().between(0, 240);
    }
}
