package dev.percept.structured;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.check.Check;
import dev.percept.exact.QuadraticSurd;
import dev.percept.exact.Rational;
import dev.percept.exact.SurdVector;
import dev.percept.structured.PairCases.Pair;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Every certificate of {@link GeneralPair#certify} can fail: a wrong eigenvalue sign, a wrong
 * square, one perturbed coordinate of an eigenvector (either part, rational or surd), a dropped
 * eigenpair, a wrong multiplicity list, a wrong listed square, a wrong case, two eigenvectors of a
 * double eigenvalue that are eigenvectors but not orthogonal, and a Proposition 4.1 spectrum of
 * another vector offered as the reduction are each reported by the failing check they target.
 * Only {@code honestStatementPasses} checks the claim itself and carries its tag.
 */
class PairFalsificationProperties {

    private static List<String> failing(PairSpectrum sp, PairCase kase, List<PairEigenvalue> values, List<PairEigenpair> pairs) {
        List<Check> checks = GeneralPair.certify(sp.matrix(), kase, values, pairs, 60);
        return checks.stream().filter(c -> !c.holds()).map(Check::name).collect(Collectors.toList());
    }

    /** The instances with at least one eigenpair: every kind but a = b = 0. */
    private static List<PairSpectrum> nonzero(long seed, int d) {
        List<PairSpectrum> out = new ArrayList<>();
        for (Pair pr : PairCases.all(new Random(seed), d)) {
            if (!pr.kind().equals("a = b = 0")) {
                out.add(GeneralPair.analyze(pr.a(), pr.b()));
            }
        }
        return out;
    }

    /** The honest statement passes for every kind: the perturbations below are what makes the checks fail. */
    @Tag("P41.G")
    @Property(tries = 100)
    void honestStatementPasses(@ForAll @IntRange(min = 3, max = 10) int d, @ForAll long seed) {
        for (Pair pr : PairCases.all(new Random(seed), d)) {
            PairSpectrum sp = GeneralPair.analyze(pr.a(), pr.b());
            assertThat(failing(sp, sp.kase(), sp.eigenvalues(), sp.eigenpairs())).as(pr.toString()).isEmpty();
        }
    }

    /** Flipping the sign of one stated eigenpair breaks {@code A v = lambda v}. */
    @Property(tries = 60)
    void wrongSignIsCaught(@ForAll @IntRange(min = 3, max = 10) int d, @ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int which) {
        for (PairSpectrum sp : nonzero(seed, d)) {
            List<PairEigenpair> pairs = new ArrayList<>(sp.eigenpairs());
            int k = which % pairs.size();
            pairs.set(k, pairs.get(k).withSign(-pairs.get(k).sign()));
            assertThat(failing(sp, sp.kase(), sp.eigenvalues(), pairs)).contains("A v = lambda v");
        }
    }

    /** Stating the square q + 1 (or, with two roots, the other root) for one eigenpair breaks {@code A v = lambda v} and the traces. */
    @Property(tries = 60)
    void wrongSquareIsCaught(@ForAll @IntRange(min = 3, max = 10) int d, @ForAll long seed, @ForAll boolean otherRoot) {
        for (PairSpectrum sp : nonzero(seed, d)) {
            List<PairEigenpair> pairs = new ArrayList<>(sp.eigenpairs());
            QuadraticSurd q = pairs.get(0).square();
            QuadraticSurd wrong = q.add(QuadraticSurd.rational(Rational.ONE, q.radicand()));
            if (otherRoot && sp.kase() == PairCase.GENERAL) {
                wrong = pairs.get(pairs.size() - 1).square();
            }
            pairs.set(0, pairs.get(0).withSquare(wrong));
            assertThat(failing(sp, sp.kase(), sp.eigenvalues(), pairs)).contains("A v = lambda v", "sum lambda^2 = tr(A^2) = 2(s+t)");
        }
    }

    /**
     * Changing one coordinate of u or c of one eigenpair is caught, for every part enumerated on
     * every try: u or c, a head or a tail coordinate, the rational part or (when the field is not Q)
     * the coefficient of sqrt(F).
     */
    @Property(tries = 80)
    void perturbedEigenvectorIsCaught(@ForAll @IntRange(min = 3, max = 10) int d, @ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int which,
            @ForAll @IntRange(min = 0, max = 1) int head, @ForAll @IntRange(min = 0, max = 9) int tail) {
        for (PairSpectrum sp : nonzero(seed, d)) {
            List<PairEigenpair> original = sp.eigenpairs();
            int k = which % original.size();
            PairEigenpair e = original.get(k);
            for (boolean inC : new boolean[] {false, true}) {
                for (int i : new int[] {head, 2 + tail % d}) {
                    for (boolean surd : new boolean[] {false, true}) {
                        SurdVector v = inC ? e.coefficient() : e.base();
                        if (surd && v.radicand().isZero()) {
                            continue;
                        }
                        SurdVector w = surd ? v.with(i, v.x(i), v.y(i).add(BigInteger.ONE)) : v.with(i, v.x(i).add(BigInteger.ONE), v.y(i));
                        List<PairEigenpair> pairs = new ArrayList<>(original);
                        pairs.set(k, inC ? e.withVector(e.base(), w) : e.withVector(w, e.coefficient()));
                        assertThat(failing(sp, sp.kase(), sp.eigenvalues(), pairs)).as("%s, pair %d, %s coordinate %d %s part", sp.kase().label(), k,
                                inC ? "c" : "u", i, surd ? "surd" : "rational").contains("A v = lambda v");
                        Statistics.label("part").collect((inC ? "c " : "u ") + (i < 2 ? "head " : "tail ") + (surd ? "surd" : "rational"));
                    }
                }
            }
        }
        Statistics.label("part").coverage(c -> {
            for (String u : List.of("u ", "c ")) {
                for (String h : List.of("head ", "tail ")) {
                    for (String p : List.of("rational", "surd")) {
                        c.check(u + h + p).count(n -> n > 0);
                    }
                }
            }
        });
    }

    /** A dropped eigenpair is caught by the multiplicity and trace checks. */
    @Property(tries = 60)
    void missingEigenpairIsCaught(@ForAll @IntRange(min = 3, max = 10) int d, @ForAll long seed) {
        for (PairSpectrum sp : nonzero(seed, d)) {
            List<PairEigenpair> pairs = new ArrayList<>(sp.eigenpairs());
            pairs.remove(pairs.size() - 1);
            assertThat(failing(sp, sp.kase(), sp.eigenvalues(), pairs)).contains("multiplicities sum to d+2", "sum lambda^2 = tr(A^2) = 2(s+t)");
        }
    }

    /** One multiplicity moved from 0 to the top eigenvalue (sum still d+2) fails the traces and the dense charpoly; one more zero fails the count. */
    @Property(tries = 60)
    void wrongMultiplicitiesAreCaught(@ForAll @IntRange(min = 3, max = 10) int d, @ForAll long seed) {
        for (PairSpectrum sp : nonzero(seed, d)) {
            List<PairEigenvalue> values = new ArrayList<>(sp.eigenvalues());
            int z = -1;
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).sign() == 0) {
                    z = i;
                }
            }
            PairEigenvalue top = values.get(0);
            List<PairEigenvalue> extra = new ArrayList<>(values);
            extra.set(0, new PairEigenvalue(top.sign(), top.square(), top.multiplicity() + 1));
            if (z >= 0) {
                PairEigenvalue zero = values.get(z);
                if (zero.multiplicity() == 1) {
                    extra.remove(z);
                } else {
                    extra.set(z, new PairEigenvalue(0, zero.square(), zero.multiplicity() - 1));
                }
                assertThat(failing(sp, sp.kase(), extra, sp.eigenpairs())).contains("sum lambda^2 = tr(A^2) = 2(s+t)", "multiplicities sum to d+2")
                        .anyMatch(n -> n.startsWith("dense charpoly"));
            }
            List<PairEigenvalue> more = new ArrayList<>(values);
            if (z >= 0) {
                more.set(z, new PairEigenvalue(0, values.get(z).square(), values.get(z).multiplicity() + 1));
            } else {
                more.add(values.size() / 2, new PairEigenvalue(0, QuadraticSurd.rational(Rational.ZERO, top.square().radicand()), 1));
            }
            assertThat(failing(sp, sp.kase(), more, sp.eigenpairs())).contains("multiplicities sum to d+2");
        }
    }

    /** A wrong listed square (q + 1 for the pair ±sqrt(q)) fails the traces, the quadratic and the dense charpoly. */
    @Property(tries = 60)
    void wrongListedSquareIsCaught(@ForAll @IntRange(min = 3, max = 10) int d, @ForAll long seed) {
        for (PairSpectrum sp : nonzero(seed, d)) {
            QuadraticSurd q = sp.eigenvalues().get(0).square();
            QuadraticSurd q1 = q.add(QuadraticSurd.rational(Rational.ONE, q.radicand()));
            List<PairEigenvalue> values = new ArrayList<>();
            for (PairEigenvalue v : sp.eigenvalues()) {
                values.add(v.sign() != 0 && v.square().equals(q) ? new PairEigenvalue(v.sign(), q1, v.multiplicity()) : v);
            }
            assertThat(failing(sp, sp.kase(), values, sp.eigenpairs())).contains("multiplicities sum to d+2", "sum lambda^2 = tr(A^2) = 2(s+t)",
                    "q^2 - (s+t) q + (s t - p^2) = 0").anyMatch(n -> n.startsWith("dense charpoly"));
        }
    }

    /** Stating another case is caught by the case check. */
    @Property(tries = 60)
    void wrongCaseIsCaught(@ForAll @IntRange(min = 3, max = 10) int d, @ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int shift) {
        for (Pair pr : PairCases.all(new Random(seed), d)) {
            PairSpectrum sp = GeneralPair.analyze(pr.a(), pr.b());
            PairCase stated = PairCase.values()[(sp.kase().ordinal() + shift) % PairCase.values().length];
            assertThat(failing(sp, stated, sp.eigenvalues(), sp.eigenpairs())).containsExactly("case");
        }
    }

    /**
     * In the double case (a ⟂ b, ||a|| = ||b||) the vector built from {@code h = e1 + e2} is an
     * eigenvector for sqrt(s) too, but not orthogonal to the one from {@code h = e1}: stated in place
     * of the {@code h = e2} vector, {@code A v = lambda v} still holds and the orthogonality check
     * alone fails (without it, the multiplicity 2 would be unproved).
     */
    @Property(tries = 60)
    void nonOrthogonalEigenvectorsAreCaught(@ForAll @IntRange(min = 3, max = 10) int d, @ForAll long seed) {
        Pair pr = PairCases.all(new Random(seed), d).stream().filter(x -> x.kind().equals("orthogonal, equal norms")).findFirst().orElseThrow();
        PairSpectrum sp = GeneralPair.analyze(pr.a(), pr.b());
        assertThat(sp.kase()).isEqualTo(PairCase.DOUBLE);
        List<PairEigenpair> pairs = new ArrayList<>(sp.eigenpairs());
        // Order: h = e1 (+, -), h = e2 (+, -) for sqrt(s), then the same for -sqrt(s) ... find the +sqrt(s) pair with h = e2.
        int k = -1;
        for (int i = 0; i < pairs.size(); i++) {
            PairEigenpair e = pairs.get(i);
            if (e.sign() > 0 && e.coefficient().x(0).signum() == 0 && e.coefficient().x(1).signum() != 0) {
                k = i;
            }
        }
        assertThat(k).isNotNegative();
        PairEigenpair e2 = pairs.get(k);
        Rational r = e2.base().radicand();
        int n = d + 2;
        BigInteger[] ux = new BigInteger[n];
        BigInteger[] uy = new BigInteger[n];
        BigInteger[] cx = new BigInteger[n];
        BigInteger[] cy = new BigInteger[n];
        Arrays.fill(ux, BigInteger.ZERO);
        Arrays.fill(uy, BigInteger.ZERO);
        Arrays.fill(cx, BigInteger.ZERO);
        Arrays.fill(cy, BigInteger.ZERO);
        // v = [sqrt(s) (1, 1), a + b]: u = [0, 0, a + b], c = [1, 1, 0..] (a, b over their common denominator L).
        for (int i = 0; i < d; i++) {
            ux[i + 2] = sp.matrix().a().numerator(i).add(sp.matrix().b().numerator(i));
        }
        cx[0] = BigInteger.ONE;
        cx[1] = BigInteger.ONE;
        PairEigenpair sum = new PairEigenpair(1, e2.square(), SurdVector.of(ux, sp.matrix().a().denominator(), uy, BigInteger.ONE, r),
                SurdVector.of(cx, BigInteger.ONE, cy, BigInteger.ONE, r));
        pairs.set(k, sum);
        List<String> bad = failing(sp, sp.kase(), sp.eigenvalues(), pairs);
        assertThat(bad).contains("eigenvectors pairwise orthogonal").doesNotContain("A v = lambda v");
    }

    /** The reduction check rejects a Proposition 4.1 spectrum of a different vector. */
    @Property(tries = 40)
    void reductionCheckRejectsAnotherSpectrum(@ForAll @IntRange(min = 6, max = 10) int d, @ForAll long seed) {
        List<Prop41Arbitraries.Inst> insts = Prop41Cases.all(new Random(seed), d);
        for (int i = 0; i < insts.size(); i++) {
            Prop41Arbitraries.Inst x = insts.get(i);
            Prop41Arbitraries.Inst y = insts.get((i + 1) % insts.size());
            if (x.d() != y.d() || (x.s().equals(y.s()) && x.p().equals(y.p()))) {
                continue;
            }
            PairSpectrum g = GeneralPair.analyze(x.a(), x.pa());
            StructuredSpectrum other = Prop41.analyze(y.a(), y.ps().p());
            assertThat(GeneralPair.agreesWithProp41(g, other).holds()).isFalse();
        }
    }
}
