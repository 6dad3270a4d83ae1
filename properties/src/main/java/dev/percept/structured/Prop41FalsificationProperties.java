package dev.percept.structured;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.exact.Rational;
import dev.percept.exact.SurdVector;
import dev.percept.structured.Prop41Arbitraries.Inst;
import dev.percept.check.Check;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The certificates of {@link Prop41#certify} can fail: a stated eigenvalue with the wrong sign or
 * the wrong square, an eigenvector with one coordinate perturbed, a wrong multiplicity list or a
 * wrong case is each reported by a failing check (and the unperturbed statement passes).
 * Only {@code honestStatementPasses} checks the claims themselves (every certificate of the true
 * statement holds) and carries their tags; the others test the checker, not a claim.
 */
class Prop41FalsificationProperties {

    @Provide
    Arbitrary<Inst> nonzero() {
        return Prop41Arbitraries.instances(1, 12).filter(i -> !i.caseByDefinition().equals("zero"));
    }

    @Provide
    Arbitrary<Inst> any() {
        return Prop41Arbitraries.instances(1, 12);
    }

    private static StructuredSpectrum analyze(Inst inst) {
        return Prop41.analyze(StructuredMatrix.of(inst.a(), inst.ps().p()), 12);
    }

    private static List<String> failing(StructuredSpectrum sp, Prop41Case kase, List<Eigenvalue> values, List<Eigenpair> pairs) {
        List<Check> checks = Prop41.certify(sp.matrix(), kase, sp.s(), sp.p(), values, pairs, 12);
        return checks.stream().filter(c -> !c.holds()).map(Check::name).collect(Collectors.toList());
    }

    /** The honest statement passes: the perturbations below are what makes the checks fail. */
    @Tag("P41.1")
    @Tag("P41.2")
    @Tag("P41.3")
    @Tag("P41.4")
    @Tag("P41.5")
    @Property(tries = 200)
    void honestStatementPasses(@ForAll("any") Inst inst) {
        StructuredSpectrum sp = analyze(inst);
        assertThat(failing(sp, sp.kase(), sp.eigenvalues(), sp.eigenpairs())).isEmpty();
    }

    /** Flipping the sign of one stated eigenvalue breaks {@code A v = lambda v}. */
    @Property(tries = 200)
    void wrongEigenvalueSignIsCaught(@ForAll("nonzero") Inst inst, @ForAll @IntRange(min = 0, max = 3) int which) {
        StructuredSpectrum sp = analyze(inst);
        List<Eigenpair> pairs = new ArrayList<>(sp.eigenpairs());
        int k = which % pairs.size();
        pairs.set(k, pairs.get(k).withSign(-pairs.get(k).sign()));
        assertThat(failing(sp, sp.kase(), sp.eigenvalues(), pairs)).contains("A v = lambda v");
        Statistics.label("case").collect(inst.intended());
    }

    /** Stating the eigenvector in the field of a wrong square (lambda^2 + 1) breaks the eigen-equation and the traces. */
    @Property(tries = 200)
    void wrongEigenvalueSquareIsCaught(@ForAll("nonzero") Inst inst, @ForAll @IntRange(min = 0, max = 3) int which) {
        StructuredSpectrum sp = analyze(inst);
        List<Eigenpair> pairs = new ArrayList<>(sp.eigenpairs());
        int k = which % pairs.size();
        SurdVector v = pairs.get(k).vector();
        BigInteger[] x = new BigInteger[v.length()];
        BigInteger[] y = new BigInteger[v.length()];
        for (int i = 0; i < v.length(); i++) {
            x[i] = v.x(i);
            y[i] = v.y(i);
        }
        SurdVector wrong = SurdVector.of(x, y, v.denominator(), v.radicand().add(Rational.ONE));
        pairs.set(k, pairs.get(k).withVector(wrong));
        List<String> bad = failing(sp, sp.kase(), sp.eigenvalues(), pairs);
        assertThat(bad).contains("A v = lambda v", "sum lambda^2 = tr(A^2) = 4s");
    }

    /** Changing one coordinate of one eigenvector (rational or surd part) is caught. */
    @Property(tries = 300)
    void perturbedEigenvectorIsCaught(@ForAll("nonzero") Inst inst, @ForAll @IntRange(min = 0, max = 3) int which,
            @ForAll @IntRange(min = 0, max = 13) int coord, @ForAll boolean surdPart) {
        StructuredSpectrum sp = analyze(inst);
        List<Eigenpair> pairs = new ArrayList<>(sp.eigenpairs());
        int k = which % pairs.size();
        SurdVector v = pairs.get(k).vector();
        int i = coord % v.length();
        SurdVector w = surdPart ? v.with(i, v.x(i), v.y(i).add(BigInteger.ONE)) : v.with(i, v.x(i).add(BigInteger.ONE), v.y(i));
        pairs.set(k, pairs.get(k).withVector(w));
        assertThat(failing(sp, sp.kase(), sp.eigenvalues(), pairs)).contains("A v = lambda v");
        Statistics.label("coordinate").collect(i < 2 ? "head" : "tail");
        Statistics.label("part").collect(surdPart ? "surd" : "rational");
        Statistics.label("coordinate").coverage(c -> {
            c.check("head").count(n -> n > 0);
            c.check("tail").count(n -> n > 0);
        });
    }

    /** A dropped eigenpair (the list claims fewer eigenvectors) is caught by the multiplicity and trace checks. */
    @Property(tries = 150)
    void missingEigenpairIsCaught(@ForAll("nonzero") Inst inst) {
        StructuredSpectrum sp = analyze(inst);
        List<Eigenpair> pairs = new ArrayList<>(sp.eigenpairs());
        pairs.remove(0);
        assertThat(failing(sp, sp.kase(), sp.eigenvalues(), pairs)).contains("multiplicities sum to d+2", "sum lambda^2 = tr(A^2) = 4s");
    }

    /**
     * A wrong multiplicity list is caught: one multiplicity moved from 0 to a nonzero eigenvalue
     * (sum still d+2) fails the traces; one more or one less zero fails the count.
     */
    @Property(tries = 300)
    void wrongMultiplicitiesAreCaught(@ForAll("nonzero") Inst inst, @ForAll @IntRange(min = 0, max = 2) int mode) {
        StructuredSpectrum sp = analyze(inst);
        List<Eigenvalue> values = new ArrayList<>(sp.eigenvalues());
        int zeroAt = -1;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).sign() == 0) {
                zeroAt = i;
            }
        }
        List<String> bad;
        if (mode == 0 && zeroAt >= 0) {
            Eigenvalue z = values.get(zeroAt);
            Eigenvalue top = values.get(0);
            values.set(0, new Eigenvalue(top.sign(), top.square(), top.multiplicity() + 1));
            if (z.multiplicity() == 1) {
                values.remove(zeroAt);
            } else {
                values.set(zeroAt, new Eigenvalue(0, Rational.ZERO, z.multiplicity() - 1));
            }
            bad = failing(sp, sp.kase(), values, sp.eigenpairs());
            assertThat(bad).contains("sum lambda^2 = tr(A^2) = 4s");
            Statistics.label("mode").collect("moved");
        } else if (mode == 1 || zeroAt < 0) {
            if (zeroAt >= 0) {
                Eigenvalue z = values.get(zeroAt);
                values.set(zeroAt, new Eigenvalue(0, Rational.ZERO, z.multiplicity() + 1));
            } else {
                values.add(values.size() / 2, new Eigenvalue(0, Rational.ZERO, 1));
            }
            bad = failing(sp, sp.kase(), values, sp.eigenpairs());
            assertThat(bad).contains("multiplicities sum to d+2");
            Statistics.label("mode").collect("extra zero");
        } else {
            Eigenvalue z = values.get(zeroAt);
            if (z.multiplicity() == 1) {
                values.remove(zeroAt);
            } else {
                values.set(zeroAt, new Eigenvalue(0, Rational.ZERO, z.multiplicity() - 1));
            }
            bad = failing(sp, sp.kase(), values, sp.eigenpairs());
            assertThat(bad).contains("multiplicities sum to d+2");
            Statistics.label("mode").collect("missing zero");
        }
        if (inst.d() <= 12) {
            assertThat(bad).anyMatch(n -> n.startsWith("dense charpoly"));
        }
        Statistics.label("mode").coverage(c -> {
            c.check("moved").count(n -> n > 0);
            c.check("extra zero").count(n -> n > 0);
            c.check("missing zero").count(n -> n > 0);
        });
    }

    /** A wrong eigenvalue square in the list (q + 1 instead of q, for +-sqrt(q)) fails the traces and the dense charpoly. */
    @Property(tries = 150)
    void wrongListedSquareIsCaught(@ForAll("nonzero") Inst inst) {
        StructuredSpectrum sp = analyze(inst);
        List<Eigenvalue> values = new ArrayList<>();
        Rational q = sp.eigenvalues().get(0).square();
        for (Eigenvalue v : sp.eigenvalues()) {
            values.add(v.square().equals(q) ? new Eigenvalue(v.sign(), q.add(Rational.ONE), v.multiplicity()) : v);
        }
        List<String> bad = failing(sp, sp.kase(), values, sp.eigenpairs());
        assertThat(bad).contains("multiplicities sum to d+2", "sum lambda^2 = tr(A^2) = 4s", "||A||^2 = s + |p|");
        assertThat(bad).anyMatch(n -> n.startsWith("dense charpoly"));
    }

    /** Stating the wrong case is caught by the case check. */
    @Property(tries = 150)
    void wrongCaseIsCaught(@ForAll("any") Inst inst, @ForAll("cases") Prop41Case stated) {
        StructuredSpectrum sp = analyze(inst);
        if (stated == sp.kase()) {
            stated = Prop41Case.values()[(stated.ordinal() + 1) % 4];
        }
        assertThat(failing(sp, stated, sp.eigenvalues(), sp.eigenpairs())).contains("case");
    }

    @Provide
    Arbitrary<Prop41Case> cases() {
        return Arbitraries.of(Prop41Case.class);
    }
}
