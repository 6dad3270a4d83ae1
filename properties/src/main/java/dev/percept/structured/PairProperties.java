package dev.percept.structured;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.check.Check;
import dev.percept.exact.Polynomial;
import dev.percept.exact.QuadraticSurd;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.exact.SurdVector;
import dev.percept.spec.Claims;
import dev.percept.structured.PairCases.Pair;
import dev.percept.structured.Prop41Arbitraries.Inst;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Claim P41.G on every coincidence of the general pair, enumerated on every try
 * ({@link PairCases}): the case, the eigenvalues with multiplicities and exact order, the
 * quadratic their squares satisfy and Vieta's relations, rational squares exactly when D is a
 * rational square, the eigenpairs evaluated densely with the matrix built here, correctly rounded
 * decimals (bracketed exactly), every certificate, the dense characteristic polynomial
 * {@code lambda^(d-2)(lambda^4 - (s+t) lambda^2 + (s t - p^2))}; and the reduction to Proposition
 * 4.1 when {@code b = Pa} for every kind of orthogonal P ({@link Prop41Cases}).
 */
class PairProperties {

    /** The dense {@code M(a, b)}, built here. */
    static RationalMatrix dense(Rational[] a, Rational[] b) {
        int d = a.length;
        Rational[][] m = new Rational[d + 2][];
        for (int i = 0; i < d + 2; i++) {
            m[i] = Prop41Cases.zeros(d + 2);
        }
        for (int i = 0; i < d; i++) {
            m[0][i + 2] = a[i];
            m[i + 2][0] = a[i];
            m[1][i + 2] = b[i];
            m[i + 2][1] = b[i];
        }
        return RationalMatrix.of(m);
    }

    /** {@code (M x)_i} for x in Q(sqrt F), with the dense M, exactly. */
    private static QuadraticSurd[] times(RationalMatrix m, SurdVector x) {
        QuadraticSurd[] out = new QuadraticSurd[m.rows()];
        for (int i = 0; i < m.rows(); i++) {
            QuadraticSurd acc = QuadraticSurd.rational(Rational.ZERO, x.radicand());
            for (int j = 0; j < m.cols(); j++) {
                if (!m.get(i, j).isZero()) {
                    acc = acc.add(x.get(j).multiply(m.get(i, j)));
                }
            }
            out[i] = acc;
        }
        return out;
    }

    /** Checks {@code M u = sign q c}, {@code M c = sign u} and {@code v != 0} with the dense M. */
    static void assertDenseEigenpair(RationalMatrix m, PairEigenpair e) {
        QuadraticSurd[] mu = times(m, e.base());
        QuadraticSurd[] mc = times(m, e.coefficient());
        QuadraticSurd q = e.square();
        boolean nonzero = false;
        for (int i = 0; i < m.rows(); i++) {
            QuadraticSurd qc = e.coefficient().get(i).multiply(q);
            assertThat(mu[i].compareTo(e.sign() > 0 ? qc : qc.negate())).as("(M u)_%d for %s", i, e.label()).isZero();
            QuadraticSurd u = e.base().get(i);
            assertThat(mc[i].compareTo(e.sign() > 0 ? u : u.negate())).as("(M c)_%d for %s", i, e.label()).isZero();
            // u and c have disjoint supports here (head / tail), so v != 0 iff one of them is nonzero somewhere
            nonzero |= !u.isZero() || !e.coefficient().get(i).isZero();
            assertThat(u.isZero() || e.coefficient().get(i).isZero()).as("disjoint supports").isTrue();
        }
        assertThat(nonzero).as("eigenvector nonzero").isTrue();
    }

    /**
     * The decimal {@code r} (digits significant digits) is sqrt(q) correctly rounded: with
     * {@code h} half a unit in the last place, {@code (|r| - h)^2 < q < (|r| + h)^2}, decided exactly
     * in Q(sqrt F) (sqrt(q) is irrational or the rounding is exact, so no tie arises).
     */
    static void assertCorrectlyRounded(PairEigenvalue v, BigDecimal r, int digits) {
        if (v.sign() == 0) {
            assertThat(r.signum()).isZero();
            return;
        }
        assertThat(r.signum()).isEqualTo(v.sign());
        assertThat(r.precision()).isLessThanOrEqualTo(digits);
        BigDecimal abs = r.abs();
        BigDecimal half = BigDecimal.ONE.movePointLeft(abs.scale()).multiply(new BigDecimal("0.5"));
        if (abs.precision() < digits) {
            half = BigDecimal.ONE.movePointLeft(abs.scale() + digits - abs.precision()).multiply(new BigDecimal("0.5"));
        }
        Rational lo = Rational.of(abs.subtract(half));
        Rational hi = Rational.of(abs.add(half));
        QuadraticSurd q = v.square();
        assertThat(q.compareTo(QuadraticSurd.rational(lo.square(), q.radicand()))).as("%s above the lower half-ulp", v.exact())
                .isGreaterThanOrEqualTo(0);
        assertThat(q.compareTo(QuadraticSurd.rational(hi.square(), q.radicand()))).as("%s below the upper half-ulp", v.exact())
                .isLessThanOrEqualTo(0);
    }

    private static void checkPair(Pair pr) {
        int d = pr.d();
        PairSpectrum sp = GeneralPair.analyze(pr.a(), pr.b());
        Rational s = pr.s();
        Rational t = pr.t();
        Rational p = pr.p();
        assertThat(sp.s()).isEqualTo(s);
        assertThat(sp.t()).isEqualTo(t);
        assertThat(sp.p()).isEqualTo(p);
        assertThat(sp.discriminant()).isEqualTo(pr.disc());
        assertThat(sp.kase().label()).as("case of %s", pr).isEqualTo(pr.expectedCase());
        assertThat(sp.rationalSquares()).isEqualTo(PairCases.isRationalSquare(pr.disc()));
        if (pr.kind().equals("nested")) {
            assertThat(sp.eigenvalues()).anyMatch(v -> !v.square().isRational());
        }
        // Multiplicities by case, from the definitions.
        int total = 0;
        int zero = 0;
        List<PairEigenvalue> positive = new ArrayList<>();
        for (PairEigenvalue v : sp.eigenvalues()) {
            total += v.multiplicity();
            if (v.sign() == 0) {
                zero += v.multiplicity();
            } else if (v.sign() > 0) {
                positive.add(v);
            }
        }
        assertThat(total).isEqualTo(d + 2);
        switch (pr.expectedCase()) {
            case "zero":
                assertThat(zero).isEqualTo(d + 2);
                break;
            case "rank one":
                assertThat(zero).isEqualTo(d);
                assertThat(positive).hasSize(1);
                assertThat(positive.get(0).square().compareTo(QuadraticSurd.rational(s.add(t), positive.get(0).square().radicand()))).isZero();
                break;
            case "double":
                assertThat(zero).isEqualTo(d - 2);
                assertThat(positive).hasSize(1);
                assertThat(positive.get(0).multiplicity()).isEqualTo(2);
                assertThat(positive.get(0).square().compareTo(QuadraticSurd.rational(s, positive.get(0).square().radicand()))).isZero();
                break;
            default:
                assertThat(zero).isEqualTo(d - 2);
                assertThat(positive).hasSize(2);
                QuadraticSurd q1 = positive.get(0).square();
                QuadraticSurd q2 = positive.get(1).square();
                assertThat(q1.compareTo(q2)).as("largest first").isPositive();
                assertThat(q1.add(q2).compareTo(QuadraticSurd.rational(s.add(t), q1.radicand()))).as("Vieta: sum").isZero();
                assertThat(q1.multiply(q2).compareTo(QuadraticSurd.rational(s.multiply(t).subtract(p.square()), q1.radicand())))
                        .as("Vieta: product").isZero();
                break;
        }
        for (int i = 0; i < sp.eigenvalues().size(); i++) {
            PairEigenvalue v = sp.eigenvalues().get(i);
            if (i + 1 < sp.eigenvalues().size()) {
                assertThat(PairEigenvalue.compare(v, sp.eigenvalues().get(i + 1))).as("largest to smallest").isPositive();
            }
            QuadraticSurd q = v.square();
            QuadraticSurd f = q.multiply(q).subtract(q.multiply(s.add(t))).add(QuadraticSurd.rational(s.multiply(t).subtract(p.square()), q.radicand()));
            assertThat(v.sign() == 0 || f.isZero()).as("%s solves the quadratic", v.exact()).isTrue();
            assertCorrectlyRounded(v, v.decimal(25), 25);
        }
        // Eigenpairs: one per unit of nonzero multiplicity, each checked with the dense matrix built here.
        assertThat(sp.eigenpairs()).hasSize(d + 2 - zero);
        RationalMatrix m = dense(pr.a(), pr.b());
        assertThat(sp.matrix().toDense()).isEqualTo(m);
        for (PairEigenpair e : sp.eigenpairs()) {
            assertDenseEigenpair(m, e);
        }
        // Certificates, all under P41.G; the dense referee for d <= 60.
        assertThat(sp.checks()).allSatisfy(c -> assertThat(c.holds()).as(c.toString()).isTrue());
        assertThat(sp.checks()).extracting(Check::claim).containsOnly(Claims.P41_G.id());
        if (d <= 60) {
            Polynomial quartic = Polynomial.of(s.multiply(t).subtract(p.square()), Rational.ZERO, s.add(t).negate(), Rational.ZERO, Rational.ONE);
            assertThat(m.charPolyBerkowitz()).isEqualTo(quartic.multiply(Polynomial.X.pow(d - 2)));
            assertThat(m.rank()).isEqualTo(d + 2 - zero);
        }
        Statistics.label("kind").collect(pr.kind());
        Statistics.label("case").collect(pr.expectedCase());
    }

    private static void coverage() {
        Statistics.label("kind").coverage(c -> {
            for (String k : PairCases.KINDS) {
                c.check(k).count(n -> n >= 1);
            }
        });
    }

    /** Every kind at d = 3..14 on every try. */
    @Tag("P41.G")
    @Property(tries = 200)
    void everyCoincidenceSmall(@ForAll @IntRange(min = 3, max = 14) int d, @ForAll long seed) {
        for (Pair pr : PairCases.all(new Random(seed), d)) {
            checkPair(pr);
        }
        coverage();
    }

    /** Every kind at d = 61..2000 (no dense referee): the O(d) certificates alone. */
    @Tag("P41.G")
    @Property(tries = 15)
    void everyCoincidenceLarge(@ForAll @IntRange(min = 61, max = 2000) int d, @ForAll long seed) {
        for (Pair pr : PairCases.all(new Random(seed), d)) {
            checkPair(pr);
        }
        coverage();
    }

    /**
     * P41.G reduces to P41.1-P41.4 when b = Pa: for every kind of orthogonal P and every case
     * ({@link Prop41Cases}), the general-pair spectrum equals Proposition 4.1's exactly (same
     * eigenvalues and multiplicities, all squares rational since D = 4p^2), and the certificates of both hold.
     */
    @Tag("P41.G")
    @Property(tries = 80)
    void reducesToProposition41(@ForAll @IntRange(min = 6, max = 12) int d, @ForAll long seed) {
        for (Inst inst : Prop41Cases.all(new Random(seed), d)) {
            PairSpectrum g = GeneralPair.analyze(inst.a(), inst.pa());
            StructuredSpectrum s = Prop41.analyze(inst.a(), inst.ps().p());
            assertThat(g.t()).isEqualTo(g.s());
            assertThat(g.rationalSquares()).isTrue();
            Check agree = GeneralPair.agreesWithProp41(g, s);
            assertThat(agree.holds()).as(agree.toString()).isTrue();
            assertThat(g.allHold()).isTrue();
            assertThat(s.allHold()).isTrue();
            String want = inst.intended().equals("zero") ? "zero" : inst.intended().equals("symmetric") || inst.intended().equals("antisymmetric")
                    ? "rank one" : inst.p().isZero() ? "double" : "general";
            assertThat(g.kase().label()).isEqualTo(want);
            Statistics.label("kind / case").collect(inst.ps().kind() + " / " + inst.intended());
        }
        Statistics.label("kind / case").coverage(c -> {
            for (String l : Prop41Cases.expectedLabels(6)) {
                c.check(l).count(n -> n >= 1);
            }
        });
    }
}
