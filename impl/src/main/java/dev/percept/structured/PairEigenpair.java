package dev.percept.structured;

import dev.percept.exact.QuadraticSurd;
import dev.percept.exact.SurdVector;

/**
 * An exact eigenpair of the general pair {@code M(a, b)} (claim P41.G): eigenvalue
 * {@code sign * sqrt(q)} with {@code q} in {@code Q(sqrt F)}, eigenvector
 * {@code v = u + sqrt(q) c} with {@code u, c} in {@code Q(sqrt F)^(d+2)}. As built by
 * {@link GeneralPair}, {@code u = [0, 0, B h]} and {@code c = [sign h, 0]} for an eigenvector
 * {@code h} of the Gram matrix {@code G = [[s, p], [p, t]]} with {@code G h = q h}, so
 * {@code v = [sign sqrt(q) h, B h]}.
 */
public final class PairEigenpair {
    private final int sign;
    private final QuadraticSurd square;
    private final SurdVector base;
    private final SurdVector coefficient;

    /** Records an eigenpair {@code (sign sqrt(square), base + sqrt(square) coefficient)}. */
    public PairEigenpair(int sign, QuadraticSurd square, SurdVector base, SurdVector coefficient) {
        this.sign = sign;
        this.square = square;
        this.base = base;
        this.coefficient = coefficient;
    }

    /** @return the sign of the eigenvalue */
    public int sign() {
        return sign;
    }

    /** @return {@code q = lambda^2} */
    public QuadraticSurd square() {
        return square;
    }

    /** @return {@code u}: the part of the eigenvector free of {@code sqrt(q)} */
    public SurdVector base() {
        return base;
    }

    /** @return {@code c}: the coefficient of {@code sqrt(q)} in the eigenvector */
    public SurdVector coefficient() {
        return coefficient;
    }

    /** @return a copy with another eigenvalue sign (used by tests that falsify a certificate) */
    public PairEigenpair withSign(int s) {
        return new PairEigenpair(s, square, base, coefficient);
    }

    /** @return a copy with another eigenvector (used by tests that falsify a certificate) */
    public PairEigenpair withVector(SurdVector u, SurdVector c) {
        return new PairEigenpair(sign, square, u, c);
    }

    /** @return a copy with another square (used by tests that falsify a certificate) */
    public PairEigenpair withSquare(QuadraticSurd q) {
        return new PairEigenpair(sign, q, base, coefficient);
    }

    /** @return the eigenvalue as text, e.g. {@code -sqrt(15/2 + 1/2*sqrt(89))} */
    public String label() {
        return (sign < 0 ? "-" : "") + "sqrt(" + (square.isIn(base.radicand()) ? GeneralPair.format(square, base.radicand()) : square.toString()) + ")";
    }
}
