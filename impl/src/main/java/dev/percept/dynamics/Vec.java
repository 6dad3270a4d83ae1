package dev.percept.dynamics;

import dev.percept.exact.Rational;
import java.util.Arrays;

/** Small exact vector helpers over {@link Rational} (no floating point). */
public final class Vec {
    private Vec() {
    }

    /** @return the zero vector of length n */
    public static Rational[] zeros(int n) {
        Rational[] z = new Rational[n];
        Arrays.fill(z, Rational.ZERO);
        return z;
    }

    /** @return {@code a . b}, exact */
    public static Rational dot(Rational[] a, Rational[] b) {
        Rational s = Rational.ZERO;
        for (int i = 0; i < a.length; i++) {
            if (!a[i].isZero() && !b[i].isZero()) {
                s = s.add(a[i].multiply(b[i]));
            }
        }
        return s;
    }

    /** {@code a + c b}. */
    public static Rational[] axpy(Rational[] a, Rational c, Rational[] b) {
        Rational[] r = new Rational[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = c.isZero() || b[i].isZero() ? a[i] : a[i].add(c.multiply(b[i]));
        }
        return r;
    }

    /** @return {@code c b} */
    public static Rational[] scale(Rational c, Rational[] b) {
        Rational[] r = new Rational[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = c.multiply(b[i]);
        }
        return r;
    }

    /** @return {@code ||a||^2}, exact */
    public static Rational normSquared(Rational[] a) {
        return dot(a, a);
    }
}
