package dev.percept.exact;

/**
 * Exact sign of a sum of a rational and two square roots, {@code a + b sqrt(m) + c sqrt(n)} with
 * rationals {@code a, b, c} and radicands {@code m, n >= 0}: the comparison the main bound of the
 * paper (claims L2, L2.A1, L2.B) needs, whose right-hand side carries both {@code lambda} and
 * {@code lambda ||xi|| ||theta||}, two different square roots.
 *
 * <p>Decided in {@code Q(sqrt m)} with one squaring: write the number as {@code u + v} with
 * {@code u = a + b sqrt(m)} and {@code v = c sqrt(n)}. When {@code u} and {@code v} do not have
 * opposite signs the sign of the sum is immediate; otherwise it is the sign of the term of larger
 * modulus, and {@code |u|} against {@code |v|} is decided by {@code u^2 - c^2 n}, an element of
 * {@code Q(sqrt m)} whose sign {@link QuadraticSurd#signum()} decides exactly.
 */
public final class SurdSum {

    private SurdSum() {
    }

    /**
     * @return the sign (-1, 0, 1) of {@code a + b sqrt(m) + c sqrt(n)}
     * @throws IllegalArgumentException if {@code m < 0} or {@code n < 0}
     */
    public static int signum(Rational a, Rational b, Rational m, Rational c, Rational n) {
        if (n.signum() < 0) {
            throw new IllegalArgumentException("negative radicand " + n);
        }
        QuadraticSurd u = QuadraticSurd.of(a, b, m);
        int su = u.signum();
        int sv = n.isZero() ? 0 : c.signum();
        if (sv == 0) {
            return su;
        }
        if (su == 0 || su == sv) {
            return sv;
        }
        int cmp = u.multiply(u).subtract(QuadraticSurd.rational(c.square().multiply(n), m)).signum();
        return cmp > 0 ? su : (cmp == 0 ? 0 : sv);
    }
}
