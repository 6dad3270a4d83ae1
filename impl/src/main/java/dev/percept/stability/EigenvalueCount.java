package dev.percept.stability;

import dev.percept.exact.CharPoly;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.math.BigInteger;

/**
 * How many eigenvalues of a symmetric rational matrix S lie below, at and above a rational x,
 * exactly, from its characteristic polynomial (computed once, multimodular): the inertia of
 * {@code x I - S} without an elimination per x.
 *
 * <p>With {@code L} the common denominator and {@code B = L S}, {@code chi_B} has the eigenvalues
 * {@code L lambda}. For {@code L x = u / v} the integer polynomial
 * {@code P(t) = v^n chi_B((u + t) / v)} has a root {@code t = v (L lambda - L x)} per eigenvalue:
 * positive roots for eigenvalues above x, a root 0 of multiplicity m for an eigenvalue x of
 * multiplicity m. A symmetric matrix has only real eigenvalues, so P has only real roots, and for
 * such a polynomial Descartes' rule of signs is exact: the sign variations of its coefficients
 * (zeros skipped, after dividing out {@code t^m}) are its positive roots. {@code P} is
 * {@code R(y + u)} for {@code R(y) = sum_i c_i v^(n-i) y^i}: a Taylor shift by the integer u,
 * O(n^2) integer operations.
 */
final class EigenvalueCount {

    private final BigInteger[] chi;
    private final BigInteger l;

    /** @param s a symmetric matrix (not checked here: the caller did) */
    EigenvalueCount(RationalMatrix s) {
        this.l = s.commonDenominator();
        this.chi = CharPoly.multimodular(s.scaledToIntegers(l));
    }

    /** @return the inertia of {@code x I - S}: positive = eigenvalues below x, negative = above, zero = equal */
    Inertia shiftedInertia(Rational x) {
        int n = chi.length - 1;
        Rational lx = x.multiply(Rational.of(l));
        BigInteger u = lx.numerator();
        BigInteger v = lx.denominator();
        BigInteger[] r = new BigInteger[n + 1];
        BigInteger vp = BigInteger.ONE;
        for (int i = n; i >= 0; i--) {
            r[i] = chi[i].multiply(vp);
            vp = vp.multiply(v);
        }
        // Taylor shift r(y) -> r(y + u), lowest coefficient first (Horner's scheme, n(n+1)/2 steps)
        if (u.signum() != 0) {
            for (int i = 0; i < n; i++) {
                for (int j = n - 1; j >= i; j--) {
                    r[j] = r[j].add(u.multiply(r[j + 1]));
                }
            }
        }
        int zero = 0;
        while (zero <= n && r[zero].signum() == 0) {
            zero++;
        }
        int above = 0;
        int last = 0;
        for (int i = zero; i <= n; i++) {
            int sg = r[i].signum();
            if (sg != 0) {
                if (last != 0 && sg != last) {
                    above++;
                }
                last = sg;
            }
        }
        return new Inertia(n - zero - above, above, zero);
    }
}
