package dev.percept.structured;

import dev.percept.exact.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Every coincidence of the general pair {@code M(a, b)} (claim P41.G), built ON PURPOSE and
 * ENUMERATED: one instance of each kind on every call, so no case can be missed by chance.
 * Kinds and the case each must land in:
 * <ul>
 * <li>{@code a = b = 0}: zero;</li>
 * <li>{@code b = 0}, {@code a = 0}, {@code b parallel to a} ({@code b = c a}, c not ±1),
 *     {@code b = a}, {@code b = -a}: rank one;</li>
 * <li>{@code orthogonal, equal norms} ({@code b} is a rotated by 90 degrees in coordinate pairs):
 *     double;</li>
 * <li>{@code orthogonal, unequal norms} ({@code p = 0}, {@code t != s});
 *     {@code rational squares} ({@code p != 0}, {@code t != s}, {@code D} a perfect square: a, b
 *     built as the columns of {@code diag(m1, m2) Q^T} for a rational rotation Q, so that the Gram
 *     matrix has eigenvalues {@code m1^2, m2^2}); {@code equal norms} ({@code t = s}, b a rotation
 *     of a in the first plane, not parallel); {@code nested} (random, redrawn until {@code D} is not
 *     a rational square): general.</li>
 * </ul>
 */
final class PairCases {

    private PairCases() {
    }

    /** One instance: the kind it was built as, the case it must land in, a and b. */
    record Pair(String kind, String expectedCase, Rational[] a, Rational[] b) {
        int d() {
            return a.length;
        }

        Rational s() {
            return Prop41Arbitraries.dot(a, a);
        }

        Rational t() {
            return Prop41Arbitraries.dot(b, b);
        }

        Rational p() {
            return Prop41Arbitraries.dot(a, b);
        }

        /** {@code D = (s-t)^2 + 4p^2} from the definitions. */
        Rational disc() {
            return s().subtract(t()).square().add(p().square().multiply(Rational.of(4)));
        }

        @Override
        public String toString() {
            return kind + " a=" + java.util.Arrays.toString(a) + " b=" + java.util.Arrays.toString(b);
        }
    }

    /** Every kind, in this order. */
    static final List<String> KINDS = List.of("a = b = 0", "b = 0", "a = 0", "b parallel to a", "b = a", "b = -a", "orthogonal, equal norms",
            "orthogonal, unequal norms", "rational squares", "equal norms", "nested");

    /** Whether a non-negative rational is the square of a rational (decided here with BigInteger.sqrt). */
    static boolean isRationalSquare(Rational q) {
        BigInteger n = q.numerator().sqrt();
        BigInteger m = q.denominator().sqrt();
        return n.multiply(n).equals(q.numerator()) && m.multiply(m).equals(q.denominator());
    }

    private static Rational[] random(Random rnd, int d) {
        Rational[] v = new Rational[d];
        for (int i = 0; i < d; i++) {
            v[i] = Prop41Cases.rational(rnd, 40, 30);
        }
        if (java.util.Arrays.stream(v).allMatch(Rational::isZero)) {
            v[0] = Rational.ONE;
        }
        return v;
    }

    private static Rational[] scale(Rational[] v, Rational c) {
        Rational[] r = new Rational[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = v[i].multiply(c);
        }
        return r;
    }

    /** A nonzero rational other than 1 and -1. */
    private static Rational factor(Random rnd) {
        Rational c = Prop41Cases.rational(rnd, 9, 5);
        return c.isZero() || c.abs().equals(Rational.ONE) ? Rational.of(-7, 3) : c;
    }

    /** Every kind for dimension {@code d >= 3}. */
    static List<Pair> all(Random rnd, int d) {
        List<Pair> out = new ArrayList<>();
        Rational[] zero = Prop41Cases.zeros(d);
        Rational[] a = random(rnd, d);
        out.add(new Pair("a = b = 0", "zero", zero, zero));
        out.add(new Pair("b = 0", "rank one", a, zero));
        out.add(new Pair("a = 0", "rank one", zero, random(rnd, d)));
        out.add(new Pair("b parallel to a", "rank one", a, scale(a, factor(rnd))));
        out.add(new Pair("b = a", "rank one", a, a.clone()));
        out.add(new Pair("b = -a", "rank one", a, scale(a, Rational.MINUS_ONE)));
        // b = J a, J rotating each coordinate pair (2k, 2k+1) by 90 degrees (last coordinate 0 when d is odd).
        Rational[] x = random(rnd, d);
        if (d % 2 == 1) {
            x[d - 1] = Rational.ZERO;
        }
        if (x[0].isZero()) {
            x[0] = Rational.ONE;
        }
        Rational[] jx = Prop41Cases.zeros(d);
        for (int k = 0; k + 1 < d; k += 2) {
            jx[k] = x[k + 1].negate();
            jx[k + 1] = x[k];
        }
        out.add(new Pair("orthogonal, equal norms", "double", x, jx));
        Rational[] e1 = Prop41Cases.zeros(d);
        e1[0] = factor(rnd);
        Rational[] rest = random(rnd, d);
        rest[0] = Rational.ZERO;
        if (Prop41Arbitraries.dot(rest, rest).isZero()) {
            rest[1] = Rational.ONE;
        }
        if (Prop41Arbitraries.dot(rest, rest).equals(e1[0].square())) {
            rest = scale(rest, Rational.TWO);
        }
        out.add(new Pair("orthogonal, unequal norms", "general", e1, rest));
        out.add(rationalSquares(rnd, d));
        // b = the first-plane rotation of a by (c, s) = ((1-k^2)/(1+k^2), 2k/(1+k^2)), k = 2: ||b|| = ||a||.
        Rational[] y = random(rnd, d);
        if (y[0].isZero() && y[1].isZero()) {
            y[0] = Rational.ONE;
        }
        Rational c = Rational.of(-3, 5);
        Rational sn = Rational.of(4, 5);
        Rational[] ry = y.clone();
        ry[0] = c.multiply(y[0]).subtract(sn.multiply(y[1]));
        ry[1] = sn.multiply(y[0]).add(c.multiply(y[1]));
        while (Prop41Arbitraries.dot(y, ry).isZero()) {
            // p = 0 would make this the double case: move a coordinate outside the rotated plane
            // (p changes by 2 y_3 + 1 each time, zero for at most one step).
            y[2] = y[2].add(Rational.ONE);
            ry[2] = y[2];
        }
        out.add(new Pair("equal norms", "general", y, ry));
        while (true) {
            Pair p = new Pair("nested", "general", random(rnd, d), random(rnd, d));
            if (!isRationalSquare(p.disc())) {
                out.add(p);
                break;
            }
        }
        return out;
    }

    /**
     * {@code [a, b] = diag(m1, m2) Q^T} in the first two coordinates (zero elsewhere, then the
     * coordinates shuffled), Q the rotation by (c, s) from a random Pythagorean parameter: the
     * Gram matrix {@code Q diag(m1^2, m2^2) Q^T} has rational eigenvalues, {@code p = c s (m1^2 - m2^2) != 0}
     * and {@code t - s = (m1^2 - m2^2)(s^2 - c^2) != 0}.
     */
    private static Pair rationalSquares(Random rnd, int d) {
        int k = 2 + rnd.nextInt(6);
        Rational c = Rational.of(1L - (long) k * k, 1L + (long) k * k);
        Rational s = Rational.of(2L * k, 1L + (long) k * k);
        Rational m1 = Rational.of(1 + rnd.nextInt(9), 1 + rnd.nextInt(4));
        Rational m2 = m1.add(Rational.of(1 + rnd.nextInt(5), 1 + rnd.nextInt(3)));
        Rational[] a = Prop41Cases.zeros(d);
        Rational[] b = Prop41Cases.zeros(d);
        int i = rnd.nextInt(d);
        int j = (i + 1 + rnd.nextInt(d - 1)) % d;
        a[i] = m1.multiply(c);
        a[j] = m2.multiply(s).negate();
        b[i] = m1.multiply(s);
        b[j] = m2.multiply(c);
        return new Pair("rational squares", "general", a, b);
    }
}
