package dev.percept.proofs;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One statement to prove for all real values of its free variables: under the definitions
 * ({@code x := term}), the square roots ({@code r^2 = term, r >= 0}) and the assumptions, every
 * goal holds. Identities (goals {@code lhs = rhs}) are decided twice: by Z3, and by percept's own
 * polynomial normal form after substituting the definitions and reducing modulo the square-root
 * relations. Inequalities (a {@link Cond} goal) are decided by Z3 and confirmed on exact instances.
 * {@code expectTrue == false} marks a negative control, a false variant the harness must refute.
 */
public final class Obligation {
    final String claim;
    final String name;
    final boolean expectTrue;
    final Map<String, Expr> defs = new LinkedHashMap<>();
    final Map<String, Expr> roots = new LinkedHashMap<>();
    final List<Cond> assumptions = new ArrayList<>();
    final List<Expr[]> identities = new ArrayList<>();
    Cond inequality;
    Cond squared;
    /** Exact points for the instance check of an inequality (instead of the (s, p) grid); filtered by the assumptions. */
    final List<Map<String, dev.percept.exact.Rational>> points = new ArrayList<>();
    /** An attempt: its Z3 outcome ({@code unsat}, {@code unknown}, timeout) is recorded, not required; only {@code sat} is a failure. */
    boolean attempt;
    /** Z3 time limit in milliseconds (0: none). */
    int timeoutMillis;

    Obligation(String claim, String name, boolean expectTrue) {
        this.claim = claim;
        this.name = name;
        this.expectTrue = expectTrue;
    }

    /** Definition {@code x := term} (eliminated by substitution in the polynomial check). */
    Obligation def(String x, Expr term) {
        defs.put(x, term);
        return this;
    }

    /** {@code r >= 0, r^2 = term}: r stands for sqrt(term). */
    Obligation root(String r, Expr term) {
        roots.put(r, term);
        return this;
    }

    /** An assumption (Z3 and instances only). */
    Obligation assume(Cond c) {
        assumptions.add(c);
        return this;
    }

    /** Whether the exact instances of an inequality also range over {@code t} (the general pair's {@code ||b||^2}). */
    boolean gridOverT;

    /** The exact instances of the inequality goal range over {@code t} as well as {@code s, p}. */
    Obligation overT() {
        gridOverT = true;
        return this;
    }

    /** Goal {@code lhs = rhs}. */
    Obligation identity(Expr lhs, Expr rhs) {
        identities.add(new Expr[] {lhs, rhs});
        return this;
    }

    /** Goal: the vector identity {@code lhs = rhs}, componentwise. */
    Obligation identity(Expr[] lhs, Expr[] rhs) {
        for (int i = 0; i < lhs.length; i++) {
            identity(lhs[i], rhs[i]);
        }
        return this;
    }

    /** An inequality goal (Z3 and instances). */
    Obligation goal(Cond c) {
        inequality = c;
        return this;
    }

    /** For an inequality goal with square roots: the equivalent root-free goal checked on instances. */
    Obligation confirmBy(Cond c) {
        squared = c;
        return this;
    }

    /**
     * Instance points for the exact check of an inequality: {@code count} random assignments of
     * {@code vars} (values {@code p/q}, {@code |p| <= 12}, {@code 1 <= q <= 6}, from a generator
     * seeded by the obligation's name; a name written {@code +x} gets {@code p >= 0}), of which
     * those satisfying the assumptions are evaluated.
     */
    Obligation sample(int count, String... vars) {
        java.util.Random rnd = new java.util.Random(name.hashCode() * 31L + claim.hashCode());
        for (int i = 0; i < count; i++) {
            Map<String, dev.percept.exact.Rational> at = new java.util.HashMap<>();
            for (String v : vars) {
                if (v.startsWith("+")) {
                    at.put(v.substring(1), dev.percept.exact.Rational.of(rnd.nextInt(13), 1 + rnd.nextInt(6)));
                } else {
                    at.put(v, dev.percept.exact.Rational.of(rnd.nextInt(25) - 12, 1 + rnd.nextInt(6)));
                }
            }
            points.add(at);
        }
        return this;
    }

    /** One explicit instance point {@code name1, value1, name2, value2, ...} (values as rationals, e.g. {@code "17/10"}). */
    Obligation point(String... nameValue) {
        Map<String, dev.percept.exact.Rational> at = new java.util.HashMap<>();
        for (int i = 0; i + 1 < nameValue.length; i += 2) {
            at.put(nameValue[i], dev.percept.exact.Rational.parse(nameValue[i + 1]));
        }
        points.add(at);
        return this;
    }

    /** Marks this obligation as an attempt with a time limit: its outcome is recorded, not required. */
    Obligation attempt(int millis) {
        attempt = true;
        timeoutMillis = millis;
        return this;
    }

    /** @return whether the goal is made of polynomial identities only */
    boolean isIdentity() {
        return inequality == null;
    }

    /** The hypotheses as one Z3 formula. */
    BoolExpr hypotheses(Context c) {
        List<BoolExpr> h = new ArrayList<>();
        defs.forEach((x, t) -> h.add(c.mkEq(c.mkRealConst(x), t.z3(c))));
        roots.forEach((r, t) -> {
            h.add(c.mkEq(c.mkMul(c.mkRealConst(r), c.mkRealConst(r)), t.z3(c)));
            h.add(c.mkGe(c.mkRealConst(r), c.mkReal(0)));
        });
        for (Cond a : assumptions) {
            h.add(a.z3(c));
        }
        return c.mkAnd(h.toArray(new BoolExpr[0]));
    }

    /** The goal as one Z3 formula. */
    BoolExpr goal(Context c) {
        if (inequality != null) {
            return inequality.z3(c);
        }
        List<BoolExpr> g = new ArrayList<>();
        for (Expr[] e : identities) {
            g.add(c.mkEq(e[0].z3(c), e[1].z3(c)));
        }
        return c.mkAnd(g.toArray(new BoolExpr[0]));
    }

    /**
     * The independent check of an identity goal: substitute the definitions (last first, so a
     * definition may use earlier ones), reduce modulo each {@code r^2 - term}, and return the
     * normal forms of {@code lhs - rhs}; all zero iff the identity holds in that quotient ring.
     */
    List<MPoly> residues() {
        List<MPoly> out = new ArrayList<>();
        List<Map.Entry<String, Expr>> ds = new ArrayList<>(defs.entrySet());
        for (Expr[] e : identities) {
            MPoly r = e[0].poly().subtract(e[1].poly());
            for (int i = ds.size() - 1; i >= 0; i--) {
                r = r.substitute(ds.get(i).getKey(), ds.get(i).getValue().poly());
            }
            for (Map.Entry<String, Expr> root : roots.entrySet()) {
                MPoly val = root.getValue().poly();
                for (int i = ds.size() - 1; i >= 0; i--) {
                    val = val.substitute(ds.get(i).getKey(), ds.get(i).getValue().poly());
                }
                r = r.reduceSquare(root.getKey(), val);
            }
            out.add(r);
        }
        return out;
    }

    @Override
    public String toString() {
        return claim + " " + name;
    }
}
