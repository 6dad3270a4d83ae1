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
    /*@ public normal_behavior
      @   ensures \result.d() == d(); // [StructuredSpectrum.matrix.analysed]
      @*/
    public /*@ pure @*/ StructuredMatrix matrix() {
        return matrix;
    }

    /** @return d */
    /*@ public normal_behavior
      @   ensures \result == matrix().d(); // [StructuredSpectrum.d.ofMatrix]
      @*/
    public /*@ pure @*/ int d() {
        return matrix.d();
    }

    /** @return {@code s = ||a||^2} */
    /*@ public normal_behavior
      @   ensures \result.equals(matrix().normSquaredA()); // [StructuredSpectrum.s.normSquared]
      @*/
    public /*@ pure @*/ Rational s() {
        return s;
    }

    /** @return {@code p = a^T P a} */
    /*@ public normal_behavior
      @   ensures \result.equals(matrix().aDotB()); // [StructuredSpectrum.p.aDotB]
      @*/
    public /*@ pure @*/ Rational p() {
        return p;
    }

    /** @return the case of Proposition 4.1 */
    /*@ public normal_behavior
      @   ensures \result == (matrix().aIsZero() ? Prop41Case.ZERO : matrix().aEqualsSignedB(1) ? Prop41Case.SYMMETRIC
      @       : matrix().aEqualsSignedB(-1) ? Prop41Case.ANTISYMMETRIC : Prop41Case.GENERAL); // [StructuredSpectrum.kase.definition]
      @*/
    public /*@ pure @*/ Prop41Case kase() {
        return kase;
    }

    /** @return distinct eigenvalues, largest first, zero included, with multiplicities summing to d+2 */
    /*@ public normal_behavior
      @   ensures (\sum int i; 0 <= i && i < \result.size(); \result.get(i).multiplicity()) == d() + 2; // [StructuredSpectrum.eigenvalues.multiplicitiesSum]
      @   ensures (\forall int i; 0 < i && i < \result.size(); dev.percept.exact.QuadraticSurd.sqrt(\result.get(i - 1).sign(), \result.get(i - 1).square())
      @       .compareTo(dev.percept.exact.QuadraticSurd.sqrt(\result.get(i).sign(), \result.get(i).square())) > 0); // [StructuredSpectrum.eigenvalues.largestFirst]
      @   ensures matrix().toDense().charPoly().equals(Prop41.fromSpectrum(\result)); // [StructuredSpectrum.eigenvalues.charPoly]
      @*/
    public /*@ pure @*/ List<Eigenvalue> eigenvalues() {
        return eigenvalues;
    }

    /** @return the eigenpairs of the nonzero eigenvalues, as the proposition states them */
    /*@ public normal_behavior
      @   ensures (\forall int i; 0 <= i && i < \result.size();
      @       matrix().apply(\result.get(i).vector()).equalsSqrtTimes(\result.get(i).sign(), \result.get(i).vector())); // [StructuredSpectrum.eigenpairs.eigenEquation]
      @   ensures \result.size() == (\sum int i; 0 <= i && i < eigenvalues().size(); eigenvalues().get(i).sign() == 0 ? 0 : eigenvalues().get(i).multiplicity()); // [StructuredSpectrum.eigenpairs.count]
      @*/
    public /*@ pure @*/ List<Eigenpair> eigenpairs() {
        return eigenpairs;
    }

    /** @return {@code ||A||^2 = s + |p|} (P41.5) */
    /*@ public normal_behavior
      @   ensures (\forall int i; 0 <= i && i < eigenvalues().size(); eigenvalues().get(i).square().compareTo(\result) <= 0)
      @       && (\exists int i; 0 <= i && i < eigenvalues().size(); eigenvalues().get(i).square().equals(\result)); // [StructuredSpectrum.spectralNormSquare.largestSquare]
      @*/
    public /*@ pure @*/ Rational spectralNormSquare() {
        return s.add(p.abs());
    }

    /** @return the certificates evaluated on this instance */
    /*@ public normal_behavior
      @   ensures !\result.isEmpty(); // [StructuredSpectrum.checks.nonEmpty]
      @*/
    public /*@ pure @*/ List<Check> checks() {
        return checks;
    }

    /** @return {@code true} iff every certificate held */
    /*@ public normal_behavior
      @   ensures \result <==> (\forall int i; 0 <= i && i < checks().size(); checks().get(i).holds()); // [StructuredSpectrum.allHold.definition]
      @*/
    public /*@ pure @*/ boolean allHold() {
        return checks.stream().allMatch(Check::holds);
    }
}
