package dev.percept.exact;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A univariate polynomial with rational coefficients, {@code c[0] + c[1] x + ... + c[n] x^n}.
 *
 * <p>Canonical: no trailing zero coefficients (the zero polynomial has no coefficients and
 * degree -1), so {@link #equals} decides equality of polynomials. Immutable.
 */
public final class Polynomial {

    /** The zero polynomial. */
    public static final Polynomial ZERO = new Polynomial(new Rational[0]);
    /** The constant 1. */
    public static final Polynomial ONE = new Polynomial(new Rational[] {Rational.ONE});
    /** The monomial {@code x}. */
    public static final Polynomial X = new Polynomial(new Rational[] {Rational.ZERO, Rational.ONE});

    private final Rational[] c;

    private Polynomial(Rational[] c) {
        this.c = c;
    }

    /** Returns the polynomial with coefficients {@code c[0] + c[1] x + ...} (lowest first). */
    public static Polynomial of(Rational... coefficients) {
        int n = coefficients.length;
        while (n > 0 && coefficients[n - 1].isZero()) {
            n--;
        }
        return new Polynomial(Arrays.copyOf(coefficients, n));
    }

    /** Returns the polynomial with integer coefficients (lowest first). */
    public static Polynomial ofIntegers(BigInteger... coefficients) {
        Rational[] r = new Rational[coefficients.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = Rational.of(coefficients[i]);
        }
        return of(r);
    }

    /** Returns {@code coef * x^k}. */
    public static Polynomial monomial(Rational coef, int k) {
        Rational[] r = new Rational[k + 1];
        Arrays.fill(r, Rational.ZERO);
        r[k] = coef;
        return of(r);
    }

    /** @return the degree, -1 for the zero polynomial */
    public int degree() {
        return c.length - 1;
    }

    /** @return the coefficient of {@code x^k} (zero beyond the degree) */
    public Rational coefficient(int k) {
        return k < c.length ? c[k] : Rational.ZERO;
    }

    /** @return {@code this + o} */
    public Polynomial add(Polynomial o) {
        Rational[] r = new Rational[Math.max(c.length, o.c.length)];
        for (int i = 0; i < r.length; i++) {
            r[i] = coefficient(i).add(o.coefficient(i));
        }
        return of(r);
    }

    /** @return {@code this - o} */
    public Polynomial subtract(Polynomial o) {
        return add(o.scale(Rational.MINUS_ONE));
    }

    /** @return {@code q * this} */
    public Polynomial scale(Rational q) {
        Rational[] r = new Rational[c.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = c[i].multiply(q);
        }
        return of(r);
    }

    /** @return {@code this * o} (schoolbook) */
    public Polynomial multiply(Polynomial o) {
        if (c.length == 0 || o.c.length == 0) {
            return ZERO;
        }
        Rational[] r = new Rational[c.length + o.c.length - 1];
        Arrays.fill(r, Rational.ZERO);
        for (int i = 0; i < c.length; i++) {
            if (c[i].isZero()) {
                continue;
            }
            for (int j = 0; j < o.c.length; j++) {
                r[i + j] = r[i + j].add(c[i].multiply(o.c[j]));
            }
        }
        return of(r);
    }

    /** @return {@code this^k}, {@code k >= 0} */
    public Polynomial pow(int k) {
        Polynomial r = ONE;
        for (int i = 0; i < k; i++) {
            r = r.multiply(this);
        }
        return r;
    }

    /** @return the value at {@code x} (Horner) */
    public Rational evaluate(Rational x) {
        Rational v = Rational.ZERO;
        for (int i = c.length - 1; i >= 0; i--) {
            v = v.multiply(x).add(c[i]);
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Polynomial && Arrays.equals(c, ((Polynomial) o).c);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(c);
    }

    /** Human form, highest power first: {@code x^3 - 2*x + 1/2}. */
    @Override
    public String toString() {
        if (c.length == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (int k = c.length - 1; k >= 0; k--) {
            Rational a = c[k];
            if (a.isZero()) {
                continue;
            }
            boolean neg = a.signum() < 0;
            Rational m = a.abs();
            if (sb.length() > 0) {
                sb.append(neg ? " - " : " + ");
            } else if (neg) {
                sb.append('-');
            }
            String mono = k == 0 ? "" : (k == 1 ? "x" : "x^" + k);
            if (k == 0) {
                sb.append(m);
            } else if (m.equals(Rational.ONE)) {
                sb.append(mono);
            } else {
                sb.append(m).append('*').append(mono);
            }
        }
        return sb.toString();
    }
}
