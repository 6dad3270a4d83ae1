package dev.percept.proofs;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.RealSort;
import dev.percept.exact.Rational;
import java.util.Map;

/**
 * A real-valued term over named variables: the single source from which both the Z3 query and the
 * independent polynomial normal form are built, so the two checks decide the same statement.
 */
public abstract class Expr {

    /** @return the Z3 term (variables as Real constants of the same name) */
    public abstract ArithExpr<RealSort> z3(Context ctx);

    /** @return the polynomial; throws for non-polynomial terms ({@code abs}, {@code max}) */
    public abstract MPoly poly();

    /** @return the exact value under an assignment of every variable */
    public abstract Rational eval(Map<String, Rational> at);

    /** @return variable {@code name} */
    public static Expr v(String name) {
        return new Expr() {
            @Override public ArithExpr<RealSort> z3(Context c) { return c.mkRealConst(name); }
            @Override public MPoly poly() { return MPoly.var(name); }
            @Override public Rational eval(Map<String, Rational> at) {
                Rational x = at.get(name);
                if (x == null) {
                    throw new IllegalArgumentException("unassigned " + name);
                }
                return x;
            }
            @Override public String toString() { return name; }
        };
    }

    /** @return the integer constant {@code k} */
    public static Expr k(long k) {
        return new Expr() {
            @Override public ArithExpr<RealSort> z3(Context c) { return c.mkReal(k); }
            @Override public MPoly poly() { return MPoly.constant(Rational.of(k)); }
            @Override public Rational eval(Map<String, Rational> at) { return Rational.of(k); }
            @Override public String toString() { return Long.toString(k); }
        };
    }

    /** @return the rational constant {@code num/den} ({@code den > 0}) */
    public static Expr k(long num, long den) {
        return new Expr() {
            @Override public ArithExpr<RealSort> z3(Context c) { return c.mkReal(Math.toIntExact(num), Math.toIntExact(den)); }
            @Override public MPoly poly() { return MPoly.constant(Rational.of(num, den)); }
            @Override public Rational eval(Map<String, Rational> at) { return Rational.of(num, den); }
            @Override public String toString() { return num + "/" + den; }
        };
    }

    /** @return {@code this + o} */
    public Expr plus(Expr o) {
        Expr a = this;
        return new Expr() {
            @Override @SuppressWarnings("unchecked") public ArithExpr<RealSort> z3(Context c) { return c.mkAdd(a.z3(c), o.z3(c)); }
            @Override public MPoly poly() { return a.poly().add(o.poly()); }
            @Override public Rational eval(Map<String, Rational> at) { return a.eval(at).add(o.eval(at)); }
            @Override public String toString() { return "(" + a + " + " + o + ")"; }
        };
    }

    /** @return {@code this - o} */
    public Expr minus(Expr o) {
        return plus(o.neg());
    }

    /** @return {@code -this} */
    public Expr neg() {
        Expr a = this;
        return new Expr() {
            @Override public ArithExpr<RealSort> z3(Context c) { return c.mkUnaryMinus(a.z3(c)); }
            @Override public MPoly poly() { return a.poly().negate(); }
            @Override public Rational eval(Map<String, Rational> at) { return a.eval(at).negate(); }
            @Override public String toString() { return "-" + a; }
        };
    }

    /** @return {@code this * o} */
    public Expr times(Expr o) {
        Expr a = this;
        return new Expr() {
            @Override @SuppressWarnings("unchecked") public ArithExpr<RealSort> z3(Context c) { return c.mkMul(a.z3(c), o.z3(c)); }
            @Override public MPoly poly() { return a.poly().multiply(o.poly()); }
            @Override public Rational eval(Map<String, Rational> at) { return a.eval(at).multiply(o.eval(at)); }
            @Override public String toString() { return a + "*" + o; }
        };
    }

    /** @return {@code this^2} */
    public Expr sq() {
        return times(this);
    }

    /** @return {@code |this|} (not a polynomial: Z3 and exact evaluation only) */
    public Expr abs() {
        Expr a = this;
        return new Expr() {
            @Override @SuppressWarnings("unchecked") public ArithExpr<RealSort> z3(Context c) {
                ArithExpr<RealSort> x = a.z3(c);
                return (ArithExpr<RealSort>) c.mkITE(c.mkGe(x, c.mkReal(0)), x, c.mkUnaryMinus(x));
            }
            @Override public MPoly poly() { throw new UnsupportedOperationException("|x| is not a polynomial"); }
            @Override public Rational eval(Map<String, Rational> at) { return a.eval(at).abs(); }
            @Override public String toString() { return "|" + a + "|"; }
        };
    }

    /** @return {@code max(this, o)} (not a polynomial: Z3 and exact evaluation only) */
    public Expr max(Expr o) {
        Expr a = this;
        return new Expr() {
            @Override @SuppressWarnings("unchecked") public ArithExpr<RealSort> z3(Context c) {
                ArithExpr<RealSort> x = a.z3(c);
                ArithExpr<RealSort> y = o.z3(c);
                return (ArithExpr<RealSort>) c.mkITE(c.mkGe(x, y), x, y);
            }
            @Override public MPoly poly() { throw new UnsupportedOperationException("max is not a polynomial"); }
            @Override public Rational eval(Map<String, Rational> at) { return a.eval(at).max(o.eval(at)); }
            @Override public String toString() { return "max(" + a + ", " + o + ")"; }
        };
    }

    /** @return the determinant of a square matrix of terms, by Laplace expansion along the first row */
    public static Expr det(Expr[][] m) {
        int n = m.length;
        if (n == 1) {
            return m[0][0];
        }
        Expr sum = k(0);
        for (int j = 0; j < n; j++) {
            Expr[][] minor = new Expr[n - 1][n - 1];
            for (int i = 1; i < n; i++) {
                for (int c = 0, cc = 0; c < n; c++) {
                    if (c != j) {
                        minor[i - 1][cc++] = m[i][c];
                    }
                }
            }
            Expr term = m[0][j].times(det(minor));
            sum = j % 2 == 0 ? sum.plus(term) : sum.minus(term);
        }
        return sum;
    }

    /** @return {@code lambda I - m} */
    public static Expr[][] charMatrix(Expr lambda, Expr[][] m) {
        int n = m.length;
        Expr[][] r = new Expr[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                r[i][j] = i == j ? lambda.minus(m[i][j]) : m[i][j].neg();
            }
        }
        return r;
    }

    /** @return {@code m x} */
    public static Expr[] apply(Expr[][] m, Expr[] x) {
        Expr[] r = new Expr[m.length];
        for (int i = 0; i < m.length; i++) {
            Expr acc = k(0);
            for (int j = 0; j < x.length; j++) {
                acc = acc.plus(m[i][j].times(x[j]));
            }
            r[i] = acc;
        }
        return r;
    }
}
