package dev.percept.proofs;

import static dev.percept.proofs.Expr.apply;
import static dev.percept.proofs.Expr.charMatrix;
import static dev.percept.proofs.Expr.det;
import static dev.percept.proofs.Expr.k;
import static dev.percept.proofs.Expr.v;

import java.util.ArrayList;
import java.util.List;

/**
 * The dimension-free statements behind P41.1-P41.5 and C1-C3 (spec/dimension-free.md), each with
 * a false variant that must be refuted. Models:
 * <ul>
 * <li>R (4x4): A on span{e1, e2, a, Pa} in that basis, columns are images:
 *     A e1 = a, A e2 = Pa, A a = s e1 + p e2, A Pa = p e1 + s e2.</li>
 * <li>R3 (3x3): A on span{e1, e2, a} when Pa = a (p = s) or Pa = -a (p = -s).</li>
 * <li>M5 (5x5): the corollary family on span{e1, e2, f1, f2, [0,0,0,0,t]} with
 *     a = (alpha, beta, z t), Pa = (beta, alpha, z t), T = ||t||^2 = d - 2.</li>
 * </ul>
 */
public final class DimensionFree {

    private DimensionFree() {
    }

    static final Expr S = v("s");
    static final Expr P = v("p");
    static final Expr L = v("lambda");
    static final Expr ZERO = k(0);
    static final Expr ONE = k(1);

    /** The reduced operator R (columns are the images of e1, e2, a, Pa). */
    static Expr[][] reduced(Expr s, Expr p) {
        return new Expr[][] {{ZERO, ZERO, s, p}, {ZERO, ZERO, p, s}, {ONE, ZERO, ZERO, ZERO}, {ZERO, ONE, ZERO, ZERO}};
    }

    /** A on span{e1, e2, a} when Pa = sign * a (then p = sign * s). */
    static Expr[][] collapsed(int sign) {
        Expr g = k(sign);
        return new Expr[][] {{ZERO, ZERO, S}, {ZERO, ZERO, g.times(S)}, {ONE, g, ZERO}};
    }

    /** The corollary model M5 for a = (alpha, beta, z t), T = ||t||^2. */
    static Expr[][] family(Expr alpha, Expr beta, Expr z, Expr t) {
        return new Expr[][] {
            {ZERO, ZERO, alpha, beta, z.times(t)},
            {ZERO, ZERO, beta, alpha, z.times(t)},
            {alpha, beta, ZERO, ZERO, ZERO},
            {beta, alpha, ZERO, ZERO, ZERO},
            {z, z, ZERO, ZERO, ZERO}};
    }

    private static Expr[] vec(Expr... xs) {
        return xs;
    }

    private static Expr[] scale(Expr c, Expr[] x) {
        Expr[] r = new Expr[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = c.times(x[i]);
        }
        return r;
    }

    private static Obligation eigen(String claim, String name, boolean truth, Expr[][] m, Expr lambda, Expr[] x) {
        return new Obligation(claim, name, truth).identity(apply(m, x), scale(lambda, x));
    }

    /** Every obligation, true ones and negative controls. */
    public static List<Obligation> all() {
        List<Obligation> o = new ArrayList<>();
        Expr charR = det(charMatrix(L, reduced(S, P)));
        Expr formula = L.sq().minus(S.plus(P)).times(L.sq().minus(S.minus(P)));

        // P41.1: a = 0 gives s = p = 0 and the matrix of the family model vanishes.
        Obligation p1 = new Obligation("P41.1", "a = 0: charpoly of R is lambda^4, M(0) = 0", true)
                .def("s", ZERO).def("p", ZERO).identity(charR, L.sq().sq());
        Expr[][] m0 = family(ZERO, ZERO, ZERO, v("T"));
        for (Expr[] row : m0) {
            for (Expr e : row) {
                p1.identity(e, ZERO);
            }
        }
        o.add(p1);
        o.add(new Obligation("P41.1", "FALSE: a = 0 gives charpoly lambda^4 - lambda^2", false)
                .def("s", ZERO).def("p", ZERO).identity(charR, L.sq().sq().minus(L.sq())));

        // P41.4 (and the formula used by every case): charpoly and the four eigenpairs.
        o.add(new Obligation("P41.4", "det(lambda I - R) = (lambda^2 - (s+p)) (lambda^2 - (s-p))", true).identity(charR, formula));
        Expr r = v("r");
        Expr t = v("t");
        Expr[][] rr = reduced(S, P);
        o.add(eigen("P41.4", "R [r, r, 1, 1] = r [..], r = sqrt(s+p)", true, rr, r, vec(r, r, ONE, ONE)).root("r", S.plus(P)));
        o.add(eigen("P41.4", "R [-r, -r, 1, 1] = -r [..], r = sqrt(s+p)", true, rr, r.neg(), vec(r.neg(), r.neg(), ONE, ONE)).root("r", S.plus(P)));
        o.add(eigen("P41.4", "R [t, -t, 1, -1] = t [..], t = sqrt(s-p)", true, rr, t, vec(t, t.neg(), ONE, k(-1))).root("t", S.minus(P)));
        o.add(eigen("P41.4", "R [-t, t, 1, -1] = -t [..], t = sqrt(s-p)", true, rr, t.neg(), vec(t.neg(), t, ONE, k(-1))).root("t", S.minus(P)));
        o.add(new Obligation("P41.4", "Gram [[s,p],[p,s]] nonsingular, s >= 0 implies s+p > 0 and s-p > 0", true)
                .assume(Cond.le(ZERO, S)).assume(Cond.lt(P.sq(), S.sq()))
                .goal(Cond.lt(ZERO, S.plus(P)).and(Cond.lt(ZERO, S.minus(P)))));
        o.add(eigen("P41.4", "FALSE: eigenvalue sqrt(s+2p) with [r, r, 1, 1]", false, rr, r, vec(r, r, ONE, ONE))
                .root("r", S.plus(P.times(k(2)))));

        // P41.2 / P41.3: the collapsed 3-dimensional model.
        Expr n = v("n");
        Expr q = v("q");
        for (int sign : new int[] {1, -1}) {
            String claim = sign == 1 ? "P41.2" : "P41.3";
            Expr g = k(sign);
            Expr[][] m3 = collapsed(sign);
            o.add(new Obligation(claim, "det(lambda I - R3) = lambda (lambda^2 - 2s)", true)
                    .identity(det(charMatrix(L, m3)), L.times(L.sq().minus(k(2).times(S)))));
            o.add(new Obligation(claim, "the general formula at p = " + (sign == 1 ? "s" : "-s") + " is lambda^2 (lambda^2 - 2s)", true)
                    .def("p", g.times(S)).identity(formula, L.sq().times(L.sq().minus(k(2).times(S)))));
            o.add(eigen(claim, "[||a||, " + (sign == 1 ? "" : "-") + "||a||, sqrt2 a] has eigenvalue sqrt2 ||a||", true, m3,
                    q.times(n), vec(n, g.times(n), q)).root("n", S).root("q", k(2)));
            o.add(eigen(claim, "[-||a||, " + (sign == 1 ? "-" : "") + "||a||, sqrt2 a] has eigenvalue -sqrt2 ||a||", true, m3,
                    q.times(n).neg(), vec(n.neg(), g.times(n).neg(), q)).root("n", S).root("q", k(2)));
        }
        o.add(eigen("P41.2", "FALSE: eigenvalue ||a|| for [||a||, ||a||, sqrt2 a]", false, collapsed(1), n, vec(n, n, q))
                .root("n", S).root("q", k(2)));
        o.add(eigen("P41.3", "FALSE: [||a||, ||a||, sqrt2 a] is an eigenvector when a = -Pa", false, collapsed(-1), q.times(n), vec(n, n, q))
                .root("n", S).root("q", k(2)));

        // P41.5: ||A||^2 = max(s+p, s-p) = s + |p|, s <= s+|p| <= 2s, and the square-root form.
        Expr norm2 = S.plus(P.abs());
        Cond cs = Cond.le(P.abs(), S);
        o.add(new Obligation("P41.5", "|p| <= s implies max(s+p, s-p) = s+|p| and s <= s+|p| <= 2s", true).assume(cs)
                .goal(Cond.eq(S.plus(P).max(S.minus(P)), norm2).and(Cond.le(S, norm2)).and(Cond.le(norm2, k(2).times(S)))));
        o.add(new Obligation("P41.5", "equality: s+|p| = 2s iff |p| = s, and s+|p| = s iff p = 0", true).assume(cs)
                .goal(Cond.eq(norm2, k(2).times(S)).iff(Cond.eq(P.abs(), S)).and(Cond.eq(norm2, S).iff(Cond.eq(P, ZERO)))));
        Expr big = v("N");
        o.add(new Obligation("P41.5", "||a|| <= ||A|| <= sqrt2 ||a|| (n = sqrt s, N = sqrt(s+|p|), q = sqrt 2)", true).assume(cs)
                .root("n", S).root("N", norm2).root("q", k(2))
                .goal(Cond.le(n, big).and(Cond.le(big, q.times(n))))
                .confirmBy(Cond.le(S, norm2).and(Cond.le(norm2, k(2).times(S)))));
        o.add(new Obligation("P41.5", "FALSE: ||A|| <= ||a||", false).assume(cs).root("n", S).root("N", norm2).goal(Cond.le(big, n))
                .confirmBy(Cond.le(norm2, S)));

        // Corollary family: a1 = (1, 1, t), a2 = -(1+mu, 1, t), T = d - 2.
        Expr d = v("d");
        Expr mu = v("mu");
        Expr tt = v("T");
        Expr[][] a1 = family(ONE, ONE, ONE, tt);
        Expr[][] a2 = family(ONE.plus(mu).neg(), k(-1), k(-1), tt);
        Expr lam2sq = k(2).plus(mu).sq().plus(k(2).times(d.minus(k(2))));
        o.add(new Obligation("C1", "det(lambda I - M5(a1)) = lambda^3 (lambda^2 - 2d)", true).def("T", d.minus(k(2)))
                .identity(det(charMatrix(L, a1)), L.times(L.sq()).times(L.sq().minus(k(2).times(d)))));
        o.add(eigen("C1", "v1+ = [sqrt d, sqrt d, sqrt2 a1], eigenvalue sqrt(2d)", true, a1, q.times(n), vec(n, n, q, q, q))
                .def("T", d.minus(k(2))).root("n", d).root("q", k(2)));
        o.add(eigen("C1", "v1- = [-sqrt d, -sqrt d, sqrt2 a1], eigenvalue -sqrt(2d)", true, a1, q.times(n).neg(), vec(n.neg(), n.neg(), q, q, q))
                .def("T", d.minus(k(2))).root("n", d).root("q", k(2)));
        o.add(eigen("C1", "FALSE: eigenvalue sqrt(d) for [sqrt d, sqrt d, a1]", false, a1, n, vec(n, n, ONE, ONE, ONE))
                .def("T", d.minus(k(2))).root("n", d));

        o.add(new Obligation("C2", "det(lambda I - M5(a2)) = lambda (lambda^2 - lambda2^2) (lambda^2 - mu^2)", true).def("T", d.minus(k(2)))
                .identity(det(charMatrix(L, a2)), L.times(L.sq().minus(lam2sq)).times(L.sq().minus(mu.sq()))));
        Expr l2 = v("l2");
        Expr[] aPlus = vec(k(2).plus(mu).neg(), k(2).plus(mu).neg(), k(-2));
        o.add(eigen("C2", "v2+ = [lambda2, lambda2, a2 + P a2], eigenvalue lambda2", true, a2, l2, vec(l2, l2, aPlus[0], aPlus[1], aPlus[2]))
                .def("T", d.minus(k(2))).root("l2", lam2sq));
        o.add(eigen("C2", "v2- = [-lambda2, -lambda2, a2 + P a2], eigenvalue -lambda2", true, a2, l2.neg(),
                vec(l2.neg(), l2.neg(), aPlus[0], aPlus[1], aPlus[2])).def("T", d.minus(k(2))).root("l2", lam2sq));
        Expr[] vmuPlus = vec(mu, mu.neg(), mu.neg(), mu, ZERO);
        Expr[] vmuMinus = vec(mu.neg(), mu, mu.neg(), mu, ZERO);
        o.add(eigen("C2", "vmu+ = [mu, -mu, a2 - P a2], eigenvalue mu", true, a2, mu, vmuPlus).def("T", d.minus(k(2))));
        o.add(eigen("C2", "vmu- = [-mu, mu, a2 - P a2], eigenvalue -mu", true, a2, mu.neg(), vmuMinus).def("T", d.minus(k(2))));
        o.add(eigen("C2", "FALSE: lambda2 = sqrt((2+mu)^2 + 2d)", false, a2, l2, vec(l2, l2, aPlus[0], aPlus[1], aPlus[2]))
                .def("T", d.minus(k(2))).root("l2", k(2).plus(mu).sq().plus(k(2).times(d))));

        o.add(new Obligation("C3", "A1 vmu+ = 0, A1 vmu- = 0, vmu+ = -[-mu, mu, mu, -mu, 0], vmu- = -[mu, -mu, mu, -mu, 0]", true)
                .def("T", d.minus(k(2)))
                .identity(apply(a1, vmuPlus), vec(ZERO, ZERO, ZERO, ZERO, ZERO))
                .identity(apply(a1, vmuMinus), vec(ZERO, ZERO, ZERO, ZERO, ZERO))
                .identity(vmuPlus, scale(k(-1), vec(mu.neg(), mu, mu, mu.neg(), ZERO)))
                .identity(vmuMinus, scale(k(-1), vec(mu, mu.neg(), mu, mu.neg(), ZERO))));
        o.add(new Obligation("C3", "FALSE: [mu, mu, mu, -mu, 0] lies in ker A1", false).def("T", d.minus(k(2)))
                .identity(apply(a1, vec(mu, mu, mu, mu.neg(), ZERO)), vec(ZERO, ZERO, ZERO, ZERO, ZERO)));
        return o;
    }
}
