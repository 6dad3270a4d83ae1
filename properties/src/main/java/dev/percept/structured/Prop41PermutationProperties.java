package dev.percept.structured;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.check.Check;
import dev.percept.exact.Rational;
import dev.percept.spec.Claims;
import dev.percept.structured.Prop41Arbitraries.Inst;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Proposition 4.1 for orthogonal P that are not involutions (long cycles, mixed cycle types with
 * fixed points, non-symmetric Cayley transforms and their negatives): every (kind, case) pair is
 * built on every try ({@link Prop41Cases}, enumerated, not sampled), for an even and an odd d, and
 * checked against expectations computed from the definitions by {@link Prop41Properties#checkSpectrum}
 * (case, s, p, eigenvalues with multiplicities and order, eigenvectors, every certificate,
 * the dense referee for d <= 60), plus P41.5's norm identity.
 */
class Prop41PermutationProperties {

    private static void checkAll(long seed, int d, boolean dense) {
        for (int dd : new int[] {d, d + 1}) {
            List<Inst> all = dense ? Prop41Cases.all(new Random(seed), dd) : Prop41Cases.allPermutations(new Random(seed), dd);
            List<String> labels = new ArrayList<>();
            for (Inst inst : all) {
                labels.add(inst.ps().kind() + " / " + inst.intended());
            }
            List<String> want = new ArrayList<>(Prop41Cases.expectedLabels(dd));
            if (!dense) {
                want.removeIf(l -> l.contains("cayley"));
            }
            assertThat(labels).as("every (kind, case) of d = %d, in order", dd).isEqualTo(want);
            for (Inst inst : all) {
                Prop41Properties.checkSpectrum(inst);
                // Neither P = P^T nor P^2 = I holds for these P (the point of the exercise).
                assertThat(inst.ps().p().toMatrix().isSymmetric()).as("%s is not symmetric", inst.ps().kind()).isFalse();
                StructuredSpectrum sp = Prop41.analyze(inst.a(), inst.ps().p());
                Rational s = inst.s();
                Rational p = inst.p();
                assertThat(sp.spectralNormSquare()).isEqualTo(s.add(p.abs()));
                assertThat(sp.checks().stream().filter(c -> c.claim().equals(Claims.P41_5.id()))).allMatch(Check::holds);
                Statistics.label("kind / case").collect(inst.ps().kind() + " / " + inst.intended());
                Statistics.label("d parity").collect(dd % 2 == 0 ? "even" : "odd");
            }
        }
    }

    /** Every kind and case at d = 6..13 (and d + 1), dense referee on. */
    @Tag("P41.1")
    @Tag("P41.2")
    @Tag("P41.3")
    @Tag("P41.4")
    @Tag("P41.5")
    @Property(tries = 150)
    void everyKindAndCaseSmall(@ForAll @IntRange(min = 6, max = 13) int d, @ForAll long seed) {
        checkAll(seed, d, true);
        Statistics.label("kind / case").coverage(c -> {
            for (String l : Prop41Cases.expectedLabels(6)) {
                c.check(l).count(n -> n >= 1);
            }
            c.check("long cycle / antisymmetric").count(n -> n >= 1);
        });
    }

    /** The permutation kinds at d = 100..3000 (and d + 1): structured certificates only. */
    @Tag("P41.1")
    @Tag("P41.2")
    @Tag("P41.3")
    @Tag("P41.4")
    @Property(tries = 20)
    void everyPermutationKindAndCaseLarge(@ForAll @IntRange(min = 100, max = 3000) int d, @ForAll long seed) {
        checkAll(seed, d, false);
    }
}
