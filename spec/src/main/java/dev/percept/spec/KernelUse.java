package dev.percept.spec;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which KeY-proved kernels a computation executed. Every place in percept's code that calls a
 * kernel of {@code dev.percept.spec.kernels} marks its {@link Site} first; a check that wants to
 * know what it ran wraps itself in {@link #capture}. The ledger lists a proved contract under a
 * claim only when that claim's check executed it, with the site's role as the reason
 * (spec/evidence.md), so the list is measured, not asserted.
 *
 * <p>Marking is a plain write to a flag array while a capture is open and a single volatile read
 * otherwise. Captures do not nest and are meant for one check at a time (the ledger runs its
 * suites one after another); work the check hands to other threads and joins is seen as well.
 */
public final class KernelUse {

    /** A place that calls a proved kernel, the contracts it relies on, and what it uses them for. */
    public enum Site {
        /** {@code IntMath.gcd}, the reduction in {@code Rational.of}. */
        RATIONAL_REDUCTION(List.of("IntegerKernels::gcd"),
                "Rational.of divides numerator and denominator by this gcd when both fit in 62 bits (every exact value built from a fraction)"),
        /** {@code IntMath.isqrt}. */
        INTEGER_SQUARE_ROOT(List.of("IntegerKernels::isqrt", "IntegerKernels::square"),
                "IntMath.isqrt takes floor(sqrt(n)) with it when n fits in 62 bits (decimal enclosures of square roots)"),
        /** {@code Permutation.ofOneBased} and {@code Permutation.ofCycles}. */
        PERMUTATION_CHECK(List.of("Permutations::invert"),
                "Permutation accepts the permutation P of the instance (one-line or cycle notation) only if this check proves it a bijection, and takes P^-1 from it"),
        /** {@code Prop41.analyze}: the case. */
        PROP41_CASE(List.of("Prop41Kernel::caseOf"),
                "Prop41.analyze classifies the case (a = 0, a = Pa, a = -Pa, general) with it"),
        /** {@code Prop41.eigenvalues}: the multiplicities. */
        PROP41_MULTIPLICITIES(List.of("Prop41Kernel::zeroMultiplicity", "Prop41Kernel::nonzeroMultiplicity"),
                "Prop41.eigenvalues takes the stated multiplicities of 0 and of +-sqrt(s+-p) from them"),
        /** {@code TieMode.twiceOmega}: the weight of every perceptron step. */
        PERCEPTRON_WEIGHT(List.of("TieRule::twiceOmega"),
                "every perceptron step (the dynamics, the minimal example's reduced and direct steps) weighs each point by omega(margin) through TieMode.twiceOmega"),
        /** {@code StructuredMatrix.apply}: every product with the structured matrix. */
        STRUCTURED_PRODUCT(List.of("StructuredProduct::headRow", "StructuredProduct::tailRow"),
                "StructuredMatrix.apply computes every row of A v with them (the eigen-equation certificate A v = lambda v)"),
        /** {@code StructuredMatrix}'s construction: the Gram sums and the trace. */
        STRUCTURED_SUMS(List.of("StructuredSums::gram"),
                "StructuredMatrix takes s = ||a||^2, t = ||b||^2, p = a^T b and tr(A^2) from it (the eigenvalues, and the certificate sum lambda^2 = tr(A^2))"),
        /** {@code QuadraticSurd.signum}: every exact sign and comparison in {@code Q(sqrt r)}. */
        SURD_SIGN(List.of("SurdSign::signum"),
                "QuadraticSurd.signum decides every sign and comparison of numbers x + y sqrt(r) with it (after scaling x, y, r to integers)"),
        /** {@code Activation.pattern}. */
        ACTIVATION_PATTERN(List.of("ActivationPatterns::pattern"),
                "Activation.pattern decides which units are on their right piece (the activation pattern of each step) with it");

        private final List<String> contracts;
        private final String role;

        Site(List<String> contracts, String role) {
            this.contracts = contracts;
            this.role = role;
        }

        /** @return the kernel contracts ({@code Class::method}) this site executes, callee contracts included */
        public List<String> contracts() {
            return contracts;
        }

        /** @return what the site uses the kernel for, one line */
        public String role() {
            return role;
        }
    }

    private static final Site[] SITES = Site.values();
    private static final boolean[] HIT = new boolean[SITES.length];
    private static volatile boolean recording;

    private KernelUse() {
    }

    /** Notes that {@code site} is about to call its kernel (a no-op unless a capture is open). */
    public static void mark(Site site) {
        if (recording) {
            HIT[site.ordinal()] = true;
        }
    }

    /** A result and the sites its computation executed. */
    public record Captured<T>(T value, Set<Site> sites) {
    }

    /**
     * Runs {@code work} and returns its result with the sites it executed.
     *
     * @throws IllegalStateException if another capture is open
     */
    public static synchronized <T> Captured<T> capture(Supplier<T> work) {
        if (recording) {
            throw new IllegalStateException("KernelUse captures do not nest");
        }
        java.util.Arrays.fill(HIT, false);
        recording = true;
        T value;
        try {
            value = work.get();
        } finally {
            recording = false;
        }
        Set<Site> used = EnumSet.noneOf(Site.class);
        for (Site s : SITES) {
            if (HIT[s.ordinal()]) {
                used.add(s);
            }
        }
        return new Captured<>(value, used);
    }
}
