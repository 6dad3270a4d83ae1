package dev.percept.structured;

import dev.percept.exact.Rational;
import dev.percept.check.Check;
import java.util.List;

/**
 * The exact spectrum of a Proposition 4.1 matrix with the certificates that were checked for it.
 * Produced by {@link Prop41#analyze}; nothing in it is trusted without its {@link #checks()}.
 */
public final class StructuredSpectrum {
    private final StructuredMatrix matrix;
    private final Rational s;
    private final Rational p;
    private final Prop41Case kase;
    private final List<Eigenvalue> eigenvalues;
    private final List<Eigenpair> eigenpairs;
    private final List<Check> checks;

    StructuredSpectrum(StructuredMatrix matrix, Rational s, Rational p, Prop41Case kase, List<Eigenvalue> eigenvalues,
            List<Eigenpair> eigenpairs, List<Check> checks) {
        this.matrix = matrix;
        this.s = s;
        this.p = p;
        this.kase = kase;
        this.eigenvalues = List.copyOf(eigenvalues);
        this.eigenpairs = List.copyOf(eigenpairs);
        this.checks = List.copyOf(checks);
    }

    /** @return the analysed matrix */
    public StructuredMatrix matrix() {
        return matrix;
    }

    /** @return d */
    public int d() {
        return matrix.d();
    }

    /** @return {@code s = ||a||^2} */
    public Rational s() {
        return s;
    }

    /** @return {@code p = a^T P a} */
    public Rational p() {
        return p;
    }

    /** @return the case of Proposition 4.1 */
    public Prop41Case kase() {
        return kase;
    }

    /** @return distinct eigenvalues, largest first, zero included, with multiplicities summing to d+2 */
    public List<Eigenvalue> eigenvalues() {
        return eigenvalues;
    }

    /** @return the eigenpairs of the nonzero eigenvalues, as the proposition states them */
    public List<Eigenpair> eigenpairs() {
        return eigenpairs;
    }

    /** @return {@code ||A||^2 = s + |p|} (P41.5) */
    public Rational spectralNormSquare() {
        return s.add(p.abs());
    }

    /** @return the certificates evaluated on this instance */
    public List<Check> checks() {
        return checks;
    }

    /** @return {@code true} iff every certificate held */
    public boolean allHold() {
        return checks.stream().allMatch(Check::holds);
    }
}
