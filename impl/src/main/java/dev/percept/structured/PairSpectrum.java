package dev.percept.structured;

import dev.percept.check.Check;
import dev.percept.exact.QuadraticSurd;
import dev.percept.exact.Rational;
import java.util.List;

/**
 * The exact spectrum of a general pair {@code M(a, b)} (claim P41.G) with the certificates that
 * were checked for it. Produced by {@link GeneralPair#analyze}; nothing in it is trusted without
 * its {@link #checks()}.
 */
public final class PairSpectrum {
    private final StructuredMatrix matrix;
    private final Rational discriminant;
    private final Rational field;
    private final PairCase kase;
    private final List<PairEigenvalue> eigenvalues;
    private final List<PairEigenpair> eigenpairs;
    private final List<Check> checks;

    PairSpectrum(StructuredMatrix matrix, Rational discriminant, Rational field, PairCase kase, List<PairEigenvalue> eigenvalues,
            List<PairEigenpair> eigenpairs, List<Check> checks) {
        this.matrix = matrix;
        this.discriminant = discriminant;
        this.field = field;
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
        return matrix.normSquaredA();
    }

    /** @return {@code t = ||b||^2} */
    public Rational t() {
        return matrix.normSquaredB();
    }

    /** @return {@code p = a^T b} */
    public Rational p() {
        return matrix.aDotB();
    }

    /** @return {@code D = (s-t)^2 + 4p^2}, the discriminant of {@code q^2 - (s+t) q + (s t - p^2)} */
    public Rational discriminant() {
        return discriminant;
    }

    /**
     * @return the radicand {@code F} of the field {@code Q(sqrt F)} the squares and eigenvectors
     *     live in: 0 when {@code D} is the square of a rational (then every {@code q} is rational),
     *     else an integer with {@code sqrt(D)} a rational multiple of {@code sqrt(F)}
     */
    public Rational field() {
        return field;
    }

    /** @return whether every eigenvalue square is rational ({@code D} is a rational square) */
    public boolean rationalSquares() {
        return field.isZero();
    }

    /** @return the case */
    public PairCase kase() {
        return kase;
    }

    /** @return distinct eigenvalues, largest first, zero included, with multiplicities summing to d+2 */
    public List<PairEigenvalue> eigenvalues() {
        return eigenvalues;
    }

    /** @return the eigenpairs of the nonzero eigenvalues, one per unit of multiplicity */
    public List<PairEigenpair> eigenpairs() {
        return eigenpairs;
    }

    /** @return {@code ||M||^2}, the largest eigenvalue square {@code ((s+t) + sqrt(D))/2} */
    public QuadraticSurd spectralNormSquare() {
        QuadraticSurd best = QuadraticSurd.rational(Rational.ZERO, field);
        for (PairEigenvalue v : eigenvalues) {
            if (v.square().compareTo(best) > 0) {
                best = v.square();
            }
        }
        return best;
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
