package dev.percept.proofs;

import dev.percept.exact.Rational;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Multivariate polynomial over Q in named variables, kept in normal form: a sorted map from
 * monomials (sorted variable -> positive exponent) to nonzero rational coefficients. Two
 * polynomials are equal as functions iff their normal forms are equal, so a polynomial identity is
 * decided by {@code lhs.subtract(rhs).isZero()}. Immutable.
 */
public final class MPoly {

    /** A monomial: variables with positive exponents, compared lexicographically. */
    static final class Mono implements Comparable<Mono> {
        final TreeMap<String, Integer> exps;

        Mono(TreeMap<String, Integer> exps) {
            this.exps = exps;
        }

        Mono times(Mono o) {
            TreeMap<String, Integer> e = new TreeMap<>(exps);
            for (Map.Entry<String, Integer> x : o.exps.entrySet()) {
                e.merge(x.getKey(), x.getValue(), Integer::sum);
            }
            return new Mono(e);
        }

        @Override
        public int compareTo(Mono o) {
            Iterator<Map.Entry<String, Integer>> a = exps.entrySet().iterator();
            Iterator<Map.Entry<String, Integer>> b = o.exps.entrySet().iterator();
            while (a.hasNext() && b.hasNext()) {
                Map.Entry<String, Integer> x = a.next();
                Map.Entry<String, Integer> y = b.next();
                int c = x.getKey().compareTo(y.getKey());
                if (c != 0) {
                    return c;
                }
                c = Integer.compare(x.getValue(), y.getValue());
                if (c != 0) {
                    return c;
                }
            }
            return Boolean.compare(a.hasNext(), b.hasNext());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Mono && compareTo((Mono) o) == 0;
        }

        @Override
        public int hashCode() {
            return exps.hashCode();
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, Integer> x : exps.entrySet()) {
                if (sb.length() > 0) {
                    sb.append('*');
                }
                sb.append(x.getKey());
                if (x.getValue() > 1) {
                    sb.append('^').append(x.getValue());
                }
            }
            return sb.toString();
        }
    }

    private final TreeMap<Mono, Rational> terms;

    private MPoly(TreeMap<Mono, Rational> terms) {
        this.terms = terms;
    }

    /** The zero polynomial. */
    public static final MPoly ZERO = new MPoly(new TreeMap<>());

    /** @return the constant polynomial {@code c} */
    public static MPoly constant(Rational c) {
        TreeMap<Mono, Rational> t = new TreeMap<>();
        if (!c.isZero()) {
            t.put(new Mono(new TreeMap<>()), c);
        }
        return new MPoly(t);
    }

    /** @return the polynomial consisting of the single variable {@code name} */
    public static MPoly var(String name) {
        TreeMap<String, Integer> e = new TreeMap<>();
        e.put(name, 1);
        TreeMap<Mono, Rational> t = new TreeMap<>();
        t.put(new Mono(e), Rational.ONE);
        return new MPoly(t);
    }

    /** @return {@code this + o} */
    public MPoly add(MPoly o) {
        TreeMap<Mono, Rational> t = new TreeMap<>(terms);
        for (Map.Entry<Mono, Rational> x : o.terms.entrySet()) {
            Rational c = t.getOrDefault(x.getKey(), Rational.ZERO).add(x.getValue());
            if (c.isZero()) {
                t.remove(x.getKey());
            } else {
                t.put(x.getKey(), c);
            }
        }
        return new MPoly(t);
    }

    /** @return {@code -this} */
    public MPoly negate() {
        TreeMap<Mono, Rational> t = new TreeMap<>();
        terms.forEach((m, c) -> t.put(m, c.negate()));
        return new MPoly(t);
    }

    /** @return {@code this - o} */
    public MPoly subtract(MPoly o) {
        return add(o.negate());
    }

    /** @return {@code this * o} */
    public MPoly multiply(MPoly o) {
        MPoly r = ZERO;
        for (Map.Entry<Mono, Rational> x : terms.entrySet()) {
            TreeMap<Mono, Rational> t = new TreeMap<>();
            for (Map.Entry<Mono, Rational> y : o.terms.entrySet()) {
                t.put(x.getKey().times(y.getKey()), x.getValue().multiply(y.getValue()));
            }
            r = r.add(new MPoly(t));
        }
        return r;
    }

    /** @return {@code this^k}, {@code k >= 0} */
    public MPoly pow(int k) {
        MPoly r = constant(Rational.ONE);
        for (int i = 0; i < k; i++) {
            r = r.multiply(this);
        }
        return r;
    }

    /** @return this with every occurrence of variable {@code name} replaced by {@code value} */
    public MPoly substitute(String name, MPoly value) {
        MPoly r = ZERO;
        for (Map.Entry<Mono, Rational> x : terms.entrySet()) {
            TreeMap<String, Integer> rest = new TreeMap<>(x.getKey().exps);
            Integer e = rest.remove(name);
            TreeMap<Mono, Rational> t = new TreeMap<>();
            t.put(new Mono(rest), x.getValue());
            MPoly term = new MPoly(t);
            r = r.add(e == null ? term : term.multiply(value.pow(e)));
        }
        return r;
    }

    /**
     * Reduces modulo {@code name^2 - value} (value free of {@code name}): {@code name^e} becomes
     * {@code value^(e/2) name^(e mod 2)}. This is the normal form in Q[...][name]/(name^2 - value),
     * the ring in which {@code name} stands for a square root of {@code value}.
     */
    public MPoly reduceSquare(String name, MPoly value) {
        MPoly r = ZERO;
        for (Map.Entry<Mono, Rational> x : terms.entrySet()) {
            TreeMap<String, Integer> rest = new TreeMap<>(x.getKey().exps);
            Integer e = rest.remove(name);
            if (e != null && e % 2 == 1) {
                rest.put(name, 1);
            }
            TreeMap<Mono, Rational> t = new TreeMap<>();
            t.put(new Mono(rest), x.getValue());
            MPoly term = new MPoly(t);
            r = r.add(e == null ? term : term.multiply(value.pow(e / 2)));
        }
        return r;
    }

    /** @return whether this is the zero polynomial (normal form empty) */
    public boolean isZero() {
        return terms.isEmpty();
    }

    /** @return the number of terms in normal form */
    public int size() {
        return terms.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MPoly && ((MPoly) o).subtract(this).isZero();
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        if (terms.isEmpty()) {
            return "0";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Mono, Rational> x : terms.descendingMap().entrySet()) {
            String m = x.getKey().toString();
            parts.add(m.isEmpty() ? x.getValue().toString() : x.getValue() + "*" + m);
        }
        return String.join(" + ", parts);
    }
}
