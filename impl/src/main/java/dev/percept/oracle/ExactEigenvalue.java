package dev.percept.oracle;

import dev.percept.audit.ExactSpectrum;
import dev.percept.exact.QuadraticSurd;
import dev.percept.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One distinct eigenvalue of a symmetric matrix, exactly: the unique root of an integer polynomial
 * in a closed rational interval {@code [lower, upper]} (a single point when the eigenvalue is
 * rational), with its multiplicity. Its decimal and double values are correctly rounded, decided by
 * exact signs. Immutable; two values are equal when they carry the same polynomial, interval and
 * multiplicity.
 */
public final class ExactEigenvalue {

    private final ExactSpectrum.Root root;

    ExactEigenvalue(ExactSpectrum.Root root) {
        this.root = root;
    }

    /** @return the lower end of the isolating interval */
    public Rational lower() {
        return root.interval().lo();
    }

    /** @return the upper end of the isolating interval */
    public Rational upper() {
        return root.interval().hi();
    }

    /** @return the algebraic (= geometric) multiplicity */
    public int multiplicity() {
        return root.multiplicity();
    }

    /**
     * @return the integer coefficients, constant term first, of a square-free polynomial whose only
     *     root in {@code [lower, upper]} is this eigenvalue
     */
    public List<BigInteger> polynomial() {
        return root.interval().factor();
    }

    /**
     * @return the eigenvalue in closed form: a rational ({@link #rationalValue()}), or
     *     {@code x ± sqrt(t)} ({@link QuadraticSurd}'s normal form) when its polynomial has degree 2;
     *     empty otherwise
     */
    public Optional<QuadraticSurd> closedForm() {
        Optional<Rational> q = rationalValue();
        if (q.isPresent()) {
            return Optional.of(QuadraticSurd.rational(q.get(), Rational.ZERO));
        }
        List<BigInteger> f = polynomial();
        if (f.size() != 3) {
            return Optional.empty();
        }
        // roots (-c1 ± sqrt(c1^2 - 4 c2 c0)) / (2 c2) = x ± sqrt(t); the one in [lower, upper] is this eigenvalue
        Rational c0 = Rational.of(f.get(0));
        Rational c1 = Rational.of(f.get(1));
        Rational c2 = Rational.of(f.get(2));
        Rational x = c1.negate().divide(c2.multiply(Rational.TWO));
        Rational t = c1.square().subtract(Rational.of(4).multiply(c2).multiply(c0)).divide(Rational.of(4).multiply(c2.square()));
        QuadraticSurd plus = QuadraticSurd.of(x, Rational.ONE, t);
        boolean inside = plus.compareTo(QuadraticSurd.rational(lower(), Rational.ZERO)) >= 0
                && plus.compareTo(QuadraticSurd.rational(upper(), Rational.ZERO)) <= 0;
        return Optional.of(inside ? plus : QuadraticSurd.of(x, Rational.MINUS_ONE, t));
    }

    /**
     * @return the eigenvalue when it is rational and recognised: a point interval, a root of a linear
     *     factor, or the simplest rational of its (refined) interval when that is a root, which
     *     covers integers and fractions with small denominators; else empty
     */
    public Optional<Rational> rationalValue() {
        return root.rationalValue();
    }

    /** @return the eigenvalue rounded to {@code digits >= 1} significant digits, ties to even (correctly rounded) */
    public BigDecimal decimal(int digits) {
        return root.decimal(digits);
    }

    /** @return the double nearest to the eigenvalue, ties to even: what an ideal double-precision solver returns */
    public double nearestDouble() {
        return root.nearestDouble();
    }

    /**
     * The exact value in words: the closed form ({@code 7/2}, {@code 2 - sqrt(3)}, {@code -sqrt(5/2)})
     * when the polynomial has degree at most 2, otherwise {@code root of <polynomial> in [lower, upper]}.
     */
    public String exactForm() {
        return closedForm().map(QuadraticSurd::toString)
                .orElseGet(() -> "root of " + polynomialText(polynomial()) + " in [" + lower() + ", " + upper() + "]");
    }

    /** {@code c_n x^n + ... + c_0} with unit coefficients and zero terms dropped. */
    static String polynomialText(List<BigInteger> f) {
        StringBuilder b = new StringBuilder();
        for (int k = f.size() - 1; k >= 0; k--) {
            BigInteger c = f.get(k);
            if (c.signum() == 0) {
                continue;
            }
            if (b.length() > 0) {
                b.append(c.signum() < 0 ? " - " : " + ");
            } else if (c.signum() < 0) {
                b.append('-');
            }
            BigInteger a = c.abs();
            if (k == 0 || !a.equals(BigInteger.ONE)) {
                b.append(a);
            }
            if (k >= 1) {
                b.append(k == 1 ? "x" : "x^" + k);
            }
        }
        return b.toString();
    }

    /**
     * {@code 0.2679491924311227 (= 2 - sqrt(3), multiplicity 1)}: the value correctly rounded
     * to 17 significant digits (trailing zeros dropped), then the exact value and the multiplicity.
     */
    @Override
    public String toString() {
        return Text.decimal(decimal(17).stripTrailingZeros(), 17) + " (= " + exactForm() + ", multiplicity " + multiplicity() + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExactEigenvalue e && root.equals(e.root);
    }

    @Override
    public int hashCode() {
        return Objects.hash(root);
    }
}
