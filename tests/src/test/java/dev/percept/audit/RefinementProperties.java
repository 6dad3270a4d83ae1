package dev.percept.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link RealRoots#refineAround}: whatever the given value (a good approximation, a poor one, one
 * outside the isolating interval, an endpoint, the root's own neighbourhood), the result is an
 * isolating interval of the same root that meets the documented width conditions. The roots are
 * known exactly: {@code f = prod (x^2 - q_i)} with distinct non-square {@code q_i}, roots
 * {@code +-sqrt(q_i)}, so containment is checked by squaring the endpoints. The Newton proposals
 * inside {@code refineAround} must never change the answer, only the number of evaluations.
 */
class RefinementProperties {

    record Case(List<Integer> qs, int rootIndex, boolean negative, int kind, int exponent) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<Integer>> qs = Arbitraries.integers().between(2, 5000)
                .filter(q -> BigInteger.valueOf(q).sqrt().pow(2).intValue() != q)
                .list().ofMinSize(1).ofMaxSize(6).uniqueElements();
        return Combinators.combine(qs, Arbitraries.integers().between(0, 5), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(1, 30))
                .as((q, i, neg, kind, e) -> new Case(q, i % q.size(), neg, kind, e));
    }

    @Property(tries = 300)
    void refinedIntervalIsolatesTheSameRootAndIsNarrowEnough(@ForAll("cases") Case c) {
        BigInteger[] f = {BigInteger.ONE};
        for (int q : c.qs()) {
            f = IntPoly.multiply(f, new BigInteger[] {BigInteger.valueOf(-q), BigInteger.ZERO, BigInteger.ONE});
        }
        int q = c.qs().get(c.rootIndex());
        BigDecimal root = new BigDecimal(q).sqrt(new MathContext(60));
        if (c.negative()) {
            root = root.negate();
        }
        List<RealRoots.Interval> isolated = RealRoots.isolateSturm(f);
        RealRoots.Interval iv = isolated.stream().filter(i -> contains(i, q, c.negative())).findFirst().orElseThrow();

        Rational x = switch (c.kind()) {
            // within a relative 10^-e of the root, on either side
            case 0 -> Rational.of(root.multiply(BigDecimal.ONE.add(BigDecimal.ONE.movePointLeft(c.exponent()))));
            case 1 -> Rational.of(root.multiply(BigDecimal.ONE.subtract(BigDecimal.ONE.movePointLeft(c.exponent()))));
            // far away (a wrong value from another library)
            case 2 -> Rational.of(root.multiply(BigDecimal.valueOf(c.exponent() + 1)));
            // an endpoint of the isolating interval
            case 3 -> iv.lo();
            // the root to 60 digits: the error itself is ~10^-60
            default -> Rational.of(root);
        };
        Statistics.label("given").collect(c.kind() == 0 || c.kind() == 1 ? "close" : c.kind() == 2 ? "far" : c.kind() == 3 ? "endpoint" : "60 digits");

        RealRoots.Interval r = RealRoots.refineAround(iv, x);

        assertThat(r.lo().compareTo(iv.lo())).isGreaterThanOrEqualTo(0);
        assertThat(r.hi().compareTo(iv.hi())).isLessThanOrEqualTo(0);
        assertThat(r.exact()).as("an irrational root is never hit exactly").isFalse();
        assertThat(IntPoly.signAt(f, r.lo()) * IntPoly.signAt(f, r.hi())).as("a sign change brackets the root").isNegative();
        assertThat(contains(r, q, c.negative())).as("the bracket holds +-sqrt(%d)", q).isTrue();
        Rational width = r.hi().subtract(r.lo());
        Rational limit = Rational.of(100_000);
        assertThat(width.multiply(limit).compareTo(r.lo().abs().min(r.hi().abs()))).isLessThanOrEqualTo(0);
        Rational dist = x.compareTo(r.lo()) < 0 ? r.lo().subtract(x) : x.compareTo(r.hi()) > 0 ? x.subtract(r.hi()) : Rational.ZERO;
        assertThat(dist.signum()).as("x lies outside the refined interval").isPositive();
        assertThat(width.multiply(limit).compareTo(dist)).isLessThanOrEqualTo(0);
    }

    /**
     * {@link RealRoots#refineToDigits} (the test vectors' eigenvalue digits): the result still
     * isolates the same root, and its ends truncate toward zero to the same {@code n} significant
     * digits, which are then the root's own (checked against the root to 80 digits). Rational
     * roots that sit on an n-digit decimal ({@code x - k/10^m}) must be met exactly.
     */
    @Property(tries = 200)
    void digitRefinementGivesTheRootsTruncatedDigits(@ForAll("cases") Case c, @ForAll("digitCounts") int n) {
        BigInteger[] f = {BigInteger.ONE};
        for (int q : c.qs()) {
            f = IntPoly.multiply(f, new BigInteger[] {BigInteger.valueOf(-q), BigInteger.ZERO, BigInteger.ONE});
        }
        int q = c.qs().get(c.rootIndex());
        List<RealRoots.Interval> isolated = RealRoots.isolateSturm(f);
        RealRoots.Interval iv = isolated.stream().filter(i -> contains(i, q, c.negative())).findFirst().orElseThrow();
        RealRoots.Interval r = RealRoots.refineToDigits(iv, n);
        assertThat(contains(r, q, c.negative())).as("the bracket holds +-sqrt(%d)", q).isTrue();
        BigDecimal a = Audit.round(r.lo().abs(), n, java.math.RoundingMode.FLOOR);
        BigDecimal b = Audit.round(r.hi().abs(), n, java.math.RoundingMode.FLOOR);
        assertThat(a).as("both ends truncate to the same %d digits", n).isEqualByComparingTo(b);
        BigDecimal root = new BigDecimal(q).sqrt(new MathContext(80));
        assertThat(root.round(new MathContext(n, java.math.RoundingMode.DOWN))).isEqualByComparingTo(a);

        // A rational root on an n-digit decimal boundary: f = (10^m x - k)(x^2 - q), root k/10^m.
        int k = c.exponent() * 37 + 1;
        int m = Math.min(n - 1, 3);
        BigInteger[] g = IntPoly.multiply(new BigInteger[] {BigInteger.valueOf(-k), BigInteger.TEN.pow(m)}, f);
        Rational exactRoot = Rational.of(BigInteger.valueOf(k), BigInteger.TEN.pow(m));
        RealRoots.Interval rv = RealRoots.isolateSturm(g).stream()
                .filter(i -> i.lo().compareTo(exactRoot) <= 0 && i.hi().compareTo(exactRoot) >= 0).findFirst().orElseThrow();
        RealRoots.Interval hit = RealRoots.refineToDigits(rv, n);
        if (!hit.exact()) {
            assertThat(Audit.round(hit.lo().abs(), n, java.math.RoundingMode.FLOOR))
                    .isEqualByComparingTo(Audit.round(hit.hi().abs(), n, java.math.RoundingMode.FLOOR));
        }
        assertThat(hit.lo().compareTo(exactRoot)).isLessThanOrEqualTo(0);
        assertThat(hit.hi().compareTo(exactRoot)).isGreaterThanOrEqualTo(0);
    }

    @Provide
    Arbitrary<Integer> digitCounts() {
        return Arbitraries.integers().between(1, 60);
    }

    /** Whether the interval holds {@code +-sqrt(q)}: compares squares of the endpoints with q. */
    static boolean contains(RealRoots.Interval iv, int q, boolean negative) {
        Rational lo = negative ? iv.hi().negate() : iv.lo();
        Rational hi = negative ? iv.lo().negate() : iv.hi();
        Rational qq = Rational.of(q);
        return lo.signum() >= 0 && lo.multiply(lo).compareTo(qq) < 0 && hi.multiply(hi).compareTo(qq) > 0;
    }
}
