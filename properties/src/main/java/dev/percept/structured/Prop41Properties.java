package dev.percept.structured;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.exact.Polynomial;
import dev.percept.exact.QuadraticSurd;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.exact.SurdVector;
import dev.percept.spec.Claims;
import dev.percept.structured.Prop41Arbitraries.Inst;
import dev.percept.check.Check;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.statistics.Statistics;

/**
 * Claims P41.1-P41.5 on instances generated in each case on purpose, checked against
 * expectations computed here from the definitions ({@code s = sum a_i^2}, {@code p = sum a_i (Pa)_i}
 * with {@code Pa} from the construction, the dense matrix built here), and every certificate of
 * {@link Prop41} required to hold. Statistics coverage proves every case and every kind of P occurred.
 */
class Prop41Properties {

    @Provide
    Arbitrary<Inst> small() {
        return Prop41Arbitraries.instances(1, 12);
    }

    @Provide
    Arbitrary<Inst> large() {
        return Prop41Arbitraries.largeInstances(100, 2000);
    }

    /** The claim the case belongs to. */
    private static String claimOf(String kase) {
        switch (kase) {
            case "zero":
                return Claims.P41_1.id();
            case "symmetric":
                return Claims.P41_2.id();
            case "antisymmetric":
                return Claims.P41_3.id();
            default:
                return Claims.P41_4.id();
        }
    }

    private static void collect(Inst inst) {
        Statistics.label("case").collect(inst.intended());
        Statistics.label("P").collect(inst.ps().kind());
        Statistics.label("claim").collect(claimOf(inst.caseByDefinition()));
    }

    private static void coverage() {
        Statistics.label("case").coverage(c -> {
            for (String k : List.of("zero", "symmetric", "antisymmetric", "general", "p=0")) {
                c.check(k).percentage(p -> p >= 5.0);
            }
        });
        Statistics.label("P").coverage(c -> {
            c.check("permutation").percentage(p -> p >= 15.0);
            c.check("householder").percentage(p -> p >= 15.0);
            c.check("-permutation").percentage(p -> p >= 3.0);
        });
    }

    /** Distinct eigenvalues listed largest to smallest, as (sign, square) -> multiplicity. */
    private static Map<List<Object>, Integer> listed(StructuredSpectrum sp) {
        Map<List<Object>, Integer> m = new HashMap<>();
        for (Eigenvalue v : sp.eigenvalues()) {
            Integer old = m.put(List.of(v.sign(), v.square()), v.multiplicity());
            assertThat(old).as("eigenvalue %s listed twice", v.exact()).isNull();
            assertThat(v.multiplicity()).isPositive();
        }
        return m;
    }

    /** sign*sqrt(square) comparison, decided from signs and squares only. */
    private static int compareValues(Eigenvalue u, Eigenvalue v) {
        if (u.sign() != v.sign()) {
            return Integer.compare(u.sign(), v.sign());
        }
        int c = u.square().compareTo(v.square());
        return u.sign() >= 0 ? c : -c;
    }

    /** P41.1-P41.4: case, exact eigenvalues with multiplicities, order, certificates, d <= 12. */
    @Tag("P41.1")
    @Tag("P41.2")
    @Tag("P41.3")
    @Tag("P41.4")
    @Property(tries = 3000)
    void spectrumMatchesDefinitionSmall(@ForAll("small") Inst inst) {
        checkSpectrum(inst);
        collect(inst);
        coverage();
    }

    /** The same on d = 100..2000 (structured certificates only, the dense referee is off). */
    @Tag("P41.1")
    @Tag("P41.2")
    @Tag("P41.3")
    @Tag("P41.4")
    @Property(tries = 100)
    void spectrumMatchesDefinitionLarge(@ForAll("large") Inst inst) {
        checkSpectrum(inst);
        collect(inst);
        Statistics.label("case").coverage(c -> {
            for (String k : List.of("zero", "symmetric", "antisymmetric", "general", "p=0")) {
                c.check(k).count(n -> n >= 1);
            }
        });
    }

    static void checkSpectrum(Inst inst) {
        StructuredSpectrum sp = Prop41.analyze(StructuredMatrix.of(inst.a(), inst.ps().p()), 60);
        String kase = inst.intended().equals("p=0") ? "general" : inst.intended();
        assertThat(inst.caseByDefinition()).as("generator aimed at %s", inst.intended()).isEqualTo(kase);
        assertThat(sp.kase().label()).isEqualTo(kase);
        assertThat(sp.kase().claim().id()).isEqualTo(claimOf(kase));
        assertThat(sp.s()).isEqualTo(inst.s());
        assertThat(sp.p()).isEqualTo(inst.p());
        if (inst.intended().equals("p=0")) {
            assertThat(sp.p().isZero()).isTrue();
        }
        // Exactly the expected eigenvalues and multiplicities (incl. p = 0 doubles, zero with d+2 or d-2).
        assertThat(listed(sp)).isEqualTo(inst.expectedSpectrum());
        int total = sp.eigenvalues().stream().mapToInt(Eigenvalue::multiplicity).sum();
        assertThat(total).isEqualTo(inst.d() + 2);
        for (int i = 0; i + 1 < sp.eigenvalues().size(); i++) {
            assertThat(compareValues(sp.eigenvalues().get(i), sp.eigenvalues().get(i + 1))).as("largest to smallest").isPositive();
        }
        int zeroMult = sp.eigenvalues().stream().filter(v -> v.sign() == 0).mapToInt(Eigenvalue::multiplicity).sum();
        int expectZero = kase.equals("zero") ? inst.d() + 2 : kase.equals("general") ? inst.d() - 2 : inst.d();
        assertThat(zeroMult).isEqualTo(expectZero);
        // One eigenpair per nonzero eigenvalue counted with multiplicity.
        assertThat(sp.eigenpairs()).hasSize(inst.d() + 2 - expectZero);
        // The eigenvectors are the proposition's: [sign sqrt q, sign tau sqrt q, a + tau Pa] with
        // q = s + tau p; for a = +-Pa that is sqrt(2) times [+-||a||, +-(+-)||a||, sqrt(2) a].
        for (Eigenpair e : sp.eigenpairs()) {
            Rational q = e.tau() > 0 ? inst.s().add(inst.p()) : inst.s().subtract(inst.p());
            assertThat(e.square()).isEqualTo(q);
            SurdVector v = e.vector();
            assertThat(v.get(0)).isEqualTo(QuadraticSurd.sqrt(e.sign(), q));
            assertThat(v.get(1)).isEqualTo(QuadraticSurd.sqrt(e.sign() * e.tau(), q));
            for (int i = 0; i < inst.d(); i++) {
                Rational block = e.tau() > 0 ? inst.a()[i].add(inst.pa()[i]) : inst.a()[i].subtract(inst.pa()[i]);
                assertThat(v.get(i + 2)).isEqualTo(QuadraticSurd.rational(block, q));
                if (!kase.equals("general")) {
                    assertThat(block).isEqualTo(inst.a()[i].multiply(Rational.TWO));
                }
            }
            if (!kase.equals("general")) {
                assertThat(e.tau()).isEqualTo(kase.equals("symmetric") ? 1 : -1);
                assertThat(q).isEqualTo(inst.s().multiply(Rational.TWO));
            }
        }
        // Every certificate holds, under the claim of the case or P41.5.
        assertThat(sp.checks()).allSatisfy(c -> assertThat(c.holds()).as(c.toString()).isTrue());
        assertThat(sp.allHold()).isTrue();
        assertThat(sp.checks()).extracting(Check::claim).containsOnly(claimOf(kase), Claims.P41_5.id());
        boolean dense = sp.checks().stream().anyMatch(c -> c.name().startsWith("dense charpoly"));
        assertThat(dense).isEqualTo(inst.d() <= 60);
    }

    /** P41.5: ||A||^2 = s + |p| = the largest expected squared eigenvalue; s <= s+|p| <= 2s; equality cases. */
    @Tag("P41.5")
    @Property(tries = 600)
    void spectralNorm(@ForAll("small") Inst inst) {
        StructuredSpectrum sp = Prop41.analyze(inst.a(), inst.ps().p());
        Rational s = inst.s();
        Rational p = inst.p();
        Rational maxSq = Rational.ZERO;
        for (List<Object> key : inst.expectedSpectrum().keySet()) {
            maxSq = maxSq.max((Rational) key.get(1));
        }
        assertThat(sp.spectralNormSquare()).isEqualTo(maxSq).isEqualTo(s.add(p.abs()));
        assertThat(s.compareTo(maxSq)).isLessThanOrEqualTo(0);
        assertThat(maxSq.compareTo(s.multiply(Rational.TWO))).isLessThanOrEqualTo(0);
        String kase = inst.caseByDefinition();
        assertThat(maxSq.equals(s.multiply(Rational.TWO))).as("right equality iff a = +-Pa").isEqualTo(!kase.equals("general"));
        assertThat(maxSq.equals(s)).as("left equality iff p = 0").isEqualTo(p.isZero());
        List<Check> p415 = sp.checks().stream().filter(c -> c.claim().equals(Claims.P41_5.id())).collect(Collectors.toList());
        assertThat(p415).hasSize(3).allSatisfy(c -> assertThat(c.holds()).as(c.toString()).isTrue());
        collect(inst);
        Statistics.label("norm equality").collect(maxSq.equals(s) ? "left" : maxSq.equals(s.multiply(Rational.TWO)) ? "right" : "strict");
        Statistics.label("norm equality").coverage(c -> {
            c.check("left").count(n -> n > 0);
            c.check("right").count(n -> n > 0);
            c.check("strict").count(n -> n > 0);
        });
    }

    /**
     * The structured path agrees with the dense referee for d <= 12: the dense matrix built here
     * equals {@code toDense()}; its characteristic polynomial (multimodular and Berkowitz) equals
     * {@code lambda^(d-2)(lambda^2-(s+p))(lambda^2-(s-p))} and the polynomial of the listed
     * spectrum; its rank is the number of nonzero eigenvalues (0, 2 or 4); and each eigenpair
     * satisfies {@code A v = lambda v} evaluated densely in {@code Q(sqrt r)} with exact signs.
     */
    @Tag("P41.1")
    @Tag("P41.2")
    @Tag("P41.3")
    @Tag("P41.4")
    @Property(tries = 1000)
    void structuredAgreesWithDense(@ForAll("small") Inst inst) {
        StructuredMatrix m = StructuredMatrix.of(inst.a(), inst.ps().p());
        StructuredSpectrum sp = Prop41.analyze(m, 0);
        RationalMatrix dense = inst.dense();
        assertThat(m.toDense()).isEqualTo(dense);
        Polynomial multimodular = m.toDense().charPoly();
        Polynomial berkowitz = m.toDense().charPolyBerkowitz();
        assertThat(multimodular).isEqualTo(berkowitz);

        Rational s = inst.s();
        Rational p = inst.p();
        Polynomial quartic = Polynomial.of(s.add(p).negate(), Rational.ZERO, Rational.ONE)
                .multiply(Polynomial.of(s.subtract(p).negate(), Rational.ZERO, Rational.ONE));
        if (inst.d() >= 2) {
            assertThat(berkowitz).isEqualTo(quartic.multiply(Polynomial.X.pow(inst.d() - 2)));
        } else {
            assertThat(berkowitz.multiply(Polynomial.X)).isEqualTo(quartic);
        }
        Polynomial fromList = Polynomial.ONE;
        for (Eigenvalue v : sp.eigenvalues()) {
            Polynomial factor = Polynomial.of(Rational.ZERO, Rational.ONE);
            if (v.sign() != 0) {
                // x - sign sqrt(q) pairs with x + sign sqrt(q): multiply (x^2 - q) once per pair.
                factor = v.sign() > 0 ? Polynomial.of(v.square().negate(), Rational.ZERO, Rational.ONE) : Polynomial.ONE;
            }
            fromList = fromList.multiply(factor.pow(v.multiplicity()));
        }
        assertThat(berkowitz).isEqualTo(fromList);
        int nonzero = inst.d() + 2 - inst.expectedSpectrum().getOrDefault(List.of(0, Rational.ZERO), 0);
        assertThat(dense.rank()).isEqualTo(nonzero).isIn(0, 2, 4);

        for (Eigenpair e : sp.eigenpairs()) {
            assertDenseEigenpair(dense, e);
        }
        collect(inst);
        coverage();
        Statistics.label("d").collect(inst.d() <= 4 ? "1-4" : inst.d() <= 8 ? "5-8" : "9-12");
        Statistics.label("d").coverage(c -> c.check("9-12").percentage(q -> q >= 15));
    }

    /** Checks A v = sign sqrt(r) v with the dense A, in Q(sqrt r), exactly. */
    static void assertDenseEigenpair(RationalMatrix dense, Eigenpair e) {
        SurdVector v = e.vector();
        Rational r = v.radicand();
        QuadraticSurd lambda = QuadraticSurd.sqrt(e.sign(), r);
        boolean nonzero = false;
        for (int i = 0; i < dense.rows(); i++) {
            QuadraticSurd sum = QuadraticSurd.rational(Rational.ZERO, r);
            for (int j = 0; j < dense.cols(); j++) {
                sum = sum.add(v.get(j).multiply(dense.get(i, j)));
            }
            assertThat(sum.compareTo(lambda.multiply(v.get(i)))).as("(Av)_%d for %s", i, e.label()).isZero();
            nonzero |= v.get(i).signum() != 0;
        }
        assertThat(nonzero).as("eigenvector nonzero").isTrue();
    }
}
