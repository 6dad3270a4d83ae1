package dev.percept.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link SmallEntrySums#dot}, the per-entry small-number inner product of the structured spectrum,
 * against the plain sum of rational products (the definition), including products and sums at the
 * ends of the 31-bit range (the 128-bit cell accumulators overflow 64 bits there).
 */
class SmallEntrySumsProperties {

    @Provide
    Arbitrary<Rational[]> smallVectors() {
        Arbitrary<Rational> entry = Arbitraries.oneOf(
                Arbitraries.integers().between(-1000, 1000).flatMap(n -> Arbitraries.integers().between(1, 60).map(d -> Rational.of(n, d))),
                Arbitraries.integers().between(-Integer.MAX_VALUE, Integer.MAX_VALUE)
                        .flatMap(n -> Arbitraries.integers().between(1, Integer.MAX_VALUE).map(d -> Rational.of(n, d))));
        return entry.array(Rational[].class).ofMinSize(0).ofMaxSize(40);
    }

    private static Rational naive(Rational[] u, Rational[] v) {
        Rational s = Rational.ZERO;
        for (int i = 0; i < u.length; i++) {
            s = s.add(u[i].multiply(v[i]));
        }
        return s;
    }

    @Property(tries = 300)
    void dotIsTheExactInnerProduct(@ForAll("smallVectors") Rational[] u, @ForAll("smallVectors") Rational[] w) {
        Rational[] v = java.util.Arrays.copyOf(w, u.length);
        for (int i = w.length; i < u.length; i++) {
            v[i] = u[u.length - 1 - i];
        }
        assertThat(SmallEntrySums.dot(u, v)).isEqualTo(naive(u, v));
        assertThat(SmallEntrySums.dot(u, u)).isEqualTo(naive(u, u));
    }

    /** The cell partition: per-cell integer sums, combined over the cells' denominators, give the inner products. */
    @Property(tries = 200)
    void cellSumsCombineToTheInnerProducts(@ForAll("smallVectors") Rational[] u, @ForAll("smallVectors") Rational[] w) {
        Rational[] v = java.util.Arrays.copyOf(w, u.length);
        for (int i = w.length; i < u.length; i++) {
            v[i] = u[u.length - 1 - i];
        }
        SmallEntrySums.Cells cells = SmallEntrySums.cells(SmallEntrySums.of(u), SmallEntrySums.of(v));
        BigInteger[] uu = new BigInteger[cells.count()];
        BigInteger[] vv = new BigInteger[cells.count()];
        BigInteger[] uv = new BigInteger[cells.count()];
        int entries = 0;
        for (int c = 0; c < cells.count(); c++) {
            BigInteger[] n = cells.uNumerators(c);
            BigInteger[] m = cells.vNumerators(c);
            entries += n.length;
            uu[c] = BigInteger.ZERO;
            vv[c] = BigInteger.ZERO;
            uv[c] = BigInteger.ZERO;
            for (int k = 0; k < n.length; k++) {
                uu[c] = uu[c].add(n[k].multiply(n[k]));
                vv[c] = vv[c].add(m[k].multiply(m[k]));
                uv[c] = uv[c].add(n[k].multiply(m[k]));
            }
        }
        assertThat(entries).isEqualTo(u.length);
        assertThat(cells.overUU(uu)).isEqualTo(naive(u, u));
        assertThat(cells.overVV(vv)).isEqualTo(naive(v, v));
        assertThat(cells.overUV(uv)).isEqualTo(naive(u, v));
    }

    /** 2^31 - 1 squared, 10^4 times: the cell sum needs 93 bits; and sums that cancel through zero. */
    @Example
    void accumulatorsCarryPast64Bits() {
        int d = 10_000;
        Rational big = Rational.of(Integer.MAX_VALUE);
        Rational[] u = new Rational[d];
        Rational[] v = new Rational[d];
        for (int i = 0; i < d; i++) {
            u[i] = i % 2 == 0 ? big : big.negate();
            v[i] = big;
        }
        BigInteger m = BigInteger.valueOf(Integer.MAX_VALUE);
        assertThat(SmallEntrySums.dot(v, v)).isEqualTo(Rational.of(m.multiply(m).multiply(BigInteger.valueOf(d))));
        assertThat(SmallEntrySums.dot(u, v)).isEqualTo(Rational.ZERO);
        Rational[] w = u.clone();
        w[0] = Rational.of(Integer.MAX_VALUE, 7);
        assertThat(SmallEntrySums.dot(w, v)).isEqualTo(naive(w, v));
    }

    /** An entry beyond 31 bits is not taken (the caller's common-denominator path is). */
    @Example
    void largeEntriesAreDeclined() {
        Rational[] u = {Rational.of(1), Rational.of(BigInteger.ONE.shiftLeft(31))};
        assertThat(SmallEntrySums.of(u)).isNull();
        assertThat(SmallEntrySums.dot(u, u)).isNull();
        Rational[] v = {Rational.of(1), Rational.of(BigInteger.ONE, BigInteger.ONE.shiftLeft(31))};
        assertThat(SmallEntrySums.dot(v, v)).isNull();
    }
}
