package dev.percept.proofs;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import dev.percept.exact.Rational;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** A condition over real terms, for Z3 and for exact evaluation on instances. */
public final class Cond {
    private final Function<Context, BoolExpr> z3;
    private final Predicate<Map<String, Rational>> eval;
    private final String text;

    private Cond(Function<Context, BoolExpr> z3, Predicate<Map<String, Rational>> eval, String text) {
        this.z3 = z3;
        this.eval = eval;
        this.text = text;
    }

    /** @return the Z3 formula */
    public BoolExpr z3(Context c) {
        return z3.apply(c);
    }

    /** @return the truth value under an exact assignment */
    public boolean holdsAt(Map<String, Rational> at) {
        return eval.test(at);
    }

    /** {@code a = b}. */
    public static Cond eq(Expr a, Expr b) {
        return new Cond(c -> c.mkEq(a.z3(c), b.z3(c)), m -> a.eval(m).compareTo(b.eval(m)) == 0, a + " = " + b);
    }

    /** {@code a <= b}. */
    public static Cond le(Expr a, Expr b) {
        return new Cond(c -> c.mkLe(a.z3(c), b.z3(c)), m -> a.eval(m).compareTo(b.eval(m)) <= 0, a + " <= " + b);
    }

    /** {@code a < b}. */
    public static Cond lt(Expr a, Expr b) {
        return new Cond(c -> c.mkLt(a.z3(c), b.z3(c)), m -> a.eval(m).compareTo(b.eval(m)) < 0, a + " < " + b);
    }

    /** {@code this and o}. */
    public Cond and(Cond o) {
        return new Cond(c -> c.mkAnd(z3(c), o.z3(c)), m -> holdsAt(m) && o.holdsAt(m), "(" + this + " and " + o + ")");
    }

    /** {@code this <=> o}. */
    public Cond iff(Cond o) {
        return new Cond(c -> c.mkIff(z3(c), o.z3(c)), m -> holdsAt(m) == o.holdsAt(m), "(" + this + " <=> " + o + ")");
    }

    @Override
    public String toString() {
        return text;
    }
}
