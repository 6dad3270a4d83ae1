package dev.percept.proofs;

import static dev.percept.proofs.Expr.apply;
import static dev.percept.proofs.Expr.charMatrix;
import static dev.percept.proofs.Expr.det;
import static dev.percept.proofs.Expr.k;
import static dev.percept.proofs.Expr.v;

import java.util.ArrayList;
import java.util.List;

/**
 * The dimension-free statements behind P41.1-P41.5, P41.G and C1-C3 (spec/dimension-free.md),
 * each with a false variant that must be refuted. Models:
 * <ul>
 * <li>R (4x4): A = M(a, b) on span{e1, e2, a, b} in that basis, columns are images:
 *     A e1 = a, A e2 = b, A a = s e1 + p e2, A b = p e1 + t e2 ({@code s = ||a||^2},
 *     {@code t = ||b||^2}, {@code p = a^T b}). Proposition 4.1 is {@code b = Pa}; the only
 *     property of P it uses is {@code ||Pa|| = ||a||}, i.e. the hypothesis {@code t = s}, stated in
 *     each obligation that needs it (never {@code P = P^T} or {@code P^2 = I}).</li>
 * <li>R3 (3x3): A on span{e1, e2, a} when b = c a (then t = c^2 s, p = c s); Proposition 4.1's
 *     a = Pa, a = -Pa are c = 1, -1. R0: A on span{e1, e2, b} when a = 0.</li>
 * <li>M5 (5x5): the corollary family on span{e1, e2, f1, f2, [0,0,0,0,t]} with
 *     a = (alpha, beta, z t), Pa = (beta, alpha, z t), T = ||t||^2 = d - 2.</li>
 * </ul>
 */
public final class DimensionFree {

    private DimensionFree() {
    }

    static final Expr S = v("s");
    static final Expr P = v("p");
    static final Expr T = v("t");
    static final Expr L = v("lambda");
    static final Expr ZERO = k(0);
    static final Expr ONE = k(1);

    /** The reduced operator R of M(a, b) (columns are the images of e1, e2, a, b). */
    static Expr[][] reduced(Expr s, Expr p, Expr t) {
        return new Expr[][] {{ZERO, ZERO, s, p}, {ZERO, ZERO, p, t}, {ONE, ZERO, ZERO, ZERO}, {ZERO, ONE, ZERO, ZERO}};
    }

    /** A on span{e1, e2, a} when b = c a (then b^T a = c s). */
    static Expr[][] collapsed(Expr c) {
        return new Expr[][] {{ZERO, ZERO, S}, {ZERO, ZERO, c.times(S)}, {ONE, c, ZERO}};
    }

    /** A on span{e1, e2, b} when a = 0 (A e1 = 0, A e2 = b, A b = t e2). */
    static Expr[][] onlyB() {
        return new Expr[][] {{ZERO, ZERO, ZERO}, {ZERO, ZERO, T}, {ZERO, ONE, ZERO}};
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

    /** The hypothesis of Proposition 4.1 as a definition: {@code t := s}, i.e. {@code ||Pa|| = ||a||}. */
    private static final String NORM = "[||Pa|| = ||a||: t = s] ";

    /** Every obligation, true ones and negative controls. */
    public static List<Obligation> all() {
        List<Obligation> o = new ArrayList<>();
        Expr charR = det(charMatrix(L, reduced(S, P, T)));
        Expr quartic = L.sq().sq().minus(S.plus(T).times(L.sq())).plus(S.times(T).minus(P.sq()));
        Expr formula = L.sq().minus(S.plus(P)).times(L.sq().minus(S.minus(P)));

        // P41.1: a = 0 gives b = Pa = 0 (no hypothesis on P), so s = p = t = 0 and M(0) = 0.
        Obligation p1 = new Obligation("P41.1", "[a = 0: s = p = t = 0] charpoly of R is lambda^4, M(0) = 0", true)
                .def("s", ZERO).def("p", ZERO).def("t", ZERO).identity(charR, L.sq().sq());
        Expr[][] m0 = family(ZERO, ZERO, ZERO, v("T"));
        for (Expr[] row : m0) {
            for (Expr e : row) {
                p1.identity(e, ZERO);
            }
        }
        o.add(p1);
        o.add(new Obligation("P41.1", "FALSE: a = 0 gives charpoly lambda^4 - lambda^2", false)
                .def("s", ZERO).def("p", ZERO).def("t", ZERO).identity(charR, L.sq().sq().minus(L.sq())));

        // P41.4 (and the formula used by every case): charpoly and the four eigenpairs, under t = s.
        o.add(new Obligation("P41.4", NORM + "det(lambda I - R) = (lambda^2 - (s+p)) (lambda^2 - (s-p))", true).def("t", S)
                .identity(charR, formula));
        Expr r = v("r");
        Expr u = v("u");
        Expr[][] rr = reduced(S, P, T);
        o.add(eigen("P41.4", NORM + "R [r, r, 1, 1] = r [..], r = sqrt(s+p)", true, rr, r, vec(r, r, ONE, ONE)).def("t", S)
                .root("r", S.plus(P)));
        o.add(eigen("P41.4", NORM + "R [-r, -r, 1, 1] = -r [..], r = sqrt(s+p)", true, rr, r.neg(), vec(r.neg(), r.neg(), ONE, ONE))
                .def("t", S).root("r", S.plus(P)));
        o.add(eigen("P41.4", NORM + "R [u, -u, 1, -1] = u [..], u = sqrt(s-p)", true, rr, u, vec(u, u.neg(), ONE, k(-1))).def("t", S)
                .root("u", S.minus(P)));
        o.add(eigen("P41.4", NORM + "R [-u, u, 1, -1] = -u [..], u = sqrt(s-p)", true, rr, u.neg(), vec(u.neg(), u, ONE, k(-1)))
                .def("t", S).root("u", S.minus(P)));
        o.add(new Obligation("P41.4", NORM + "Gram [[s,p],[p,t]] nonsingular, s >= 0 implies s+p > 0 and s-p > 0", true)
                .assume(Cond.eq(T, S)).assume(Cond.le(ZERO, S)).assume(Cond.lt(P.sq(), S.times(T)))
                .goal(Cond.lt(ZERO, S.plus(P)).and(Cond.lt(ZERO, S.minus(P)))).overT());
        o.add(eigen("P41.4", "FALSE: eigenvalue sqrt(s+2p) with [r, r, 1, 1]", false, rr, r, vec(r, r, ONE, ONE)).def("t", S)
                .root("r", S.plus(P.times(k(2)))));
        o.add(eigen("P41.4", "FALSE: without t = s, [r, r, 1, 1] with r = sqrt(s+p) is an eigenvector", false, rr, r, vec(r, r, ONE, ONE))
                .root("r", S.plus(P)));

        // P41.2 / P41.3: the collapsed 3-dimensional model b = Pa = g a (no hypothesis on P: Pa = g a gives t = s).
        Expr n = v("n");
        Expr q = v("q");
        for (int sign : new int[] {1, -1}) {
            String claim = sign == 1 ? "P41.2" : "P41.3";
            Expr g = k(sign);
            Expr[][] m3 = collapsed(g);
            String hyp = "[Pa = " + (sign == 1 ? "" : "-") + "a] ";
            o.add(new Obligation(claim, hyp + "det(lambda I - R3) = lambda (lambda^2 - 2s)", true)
                    .identity(det(charMatrix(L, m3)), L.times(L.sq().minus(k(2).times(S)))));
            o.add(new Obligation(claim, hyp + "the general formula at t = s, p = " + (sign == 1 ? "s" : "-s") + " is lambda^2 (lambda^2 - 2s)", true)
                    .def("p", g.times(S)).def("t", S).identity(quartic, L.sq().times(L.sq().minus(k(2).times(S)))));
            o.add(eigen(claim, hyp + "[||a||, " + (sign == 1 ? "" : "-") + "||a||, sqrt2 a] has eigenvalue sqrt2 ||a||", true, m3,
                    q.times(n), vec(n, g.times(n), q)).root("n", S).root("q", k(2)));
            o.add(eigen(claim, hyp + "[-||a||, " + (sign == 1 ? "-" : "") + "||a||, sqrt2 a] has eigenvalue -sqrt2 ||a||", true, m3,
                    q.times(n).neg(), vec(n.neg(), g.times(n).neg(), q)).root("n", S).root("q", k(2)));
        }
        o.add(eigen("P41.2", "FALSE: eigenvalue ||a|| for [||a||, ||a||, sqrt2 a]", false, collapsed(ONE), n, vec(n, n, q))
                .root("n", S).root("q", k(2)));
        o.add(eigen("P41.3", "FALSE: [||a||, ||a||, sqrt2 a] is an eigenvector when a = -Pa", false, collapsed(k(-1)), q.times(n), vec(n, n, q))
                .root("n", S).root("q", k(2)));

        generalPair(o, charR, quartic, formula);

        // P41.5: ||A||^2 = max(s+p, s-p) = s + |p|, s <= s+|p| <= 2s, and the square-root form.
        // |p| <= s is Cauchy-Schwarz (p^2 <= s t, for any b) with the hypothesis t = s.
        o.add(new Obligation("P41.5", NORM + "Cauchy-Schwarz p^2 <= s t and s >= 0 give |p| <= s", true)
                .assume(Cond.eq(T, S)).assume(Cond.le(ZERO, S)).assume(Cond.le(P.sq(), S.times(T)))
                .goal(Cond.le(P.abs(), S)).overT());
        o.add(new Obligation("P41.5", "FALSE: without t = s, Cauchy-Schwarz gives |p| <= s", false)
                .assume(Cond.le(ZERO, S)).assume(Cond.le(ZERO, T)).assume(Cond.le(P.sq(), S.times(T)))
                .goal(Cond.le(P.abs(), S)).overT());
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

    /**
     * P41.G: the general pair M(a, b). The charpoly of R is the quartic for every (s, p, t) (a, b
     * independent); the dependent cases b = c a and a = 0 give the same polynomial through their
     * 3x3 models; the eigenpairs {@code [sign r h, h]} of R with {@code h = (p, q - s)},
     * {@code q = ((s+t) ± e)/2}, {@code e = sqrt(D)}, {@code r = sqrt(q)} (nested roots), and
     * {@code h = e1, e2} when {@code p = 0}; the roots are real and non-negative under
     * Cauchy-Schwarz; and at t = s the quartic is Proposition 4.1's formula.
     */
    private static void generalPair(List<Obligation> o, Expr charR, Expr quartic, Expr formula) {
        o.add(new Obligation("P41.G", "[a, b independent] det(lambda I - R(s,p,t)) = lambda^4 - (s+t) lambda^2 + (s t - p^2)", true)
                .identity(charR, quartic));
        Expr c = v("c");
        o.add(new Obligation("P41.G", "[b = c a: t = c^2 s, p = c s] det(lambda I - R3) = lambda (lambda^2 - (s+t)), the quartic is lambda^2 (lambda^2 - (s+t))", true)
                .def("t", c.sq().times(S)).def("p", c.times(S))
                .identity(det(charMatrix(L, collapsed(c))), L.times(L.sq().minus(S.plus(T))))
                .identity(quartic, L.sq().times(L.sq().minus(S.plus(T)))));
        o.add(new Obligation("P41.G", "[a = 0: s = p = 0] det(lambda I - R0) = lambda (lambda^2 - t), the quartic is lambda^2 (lambda^2 - t)", true)
                .def("s", ZERO).def("p", ZERO)
                .identity(det(charMatrix(L, onlyB())), L.times(L.sq().minus(T)))
                .identity(quartic, L.sq().times(L.sq().minus(T))));
        Expr e = v("e");
        Expr r = v("r");
        Expr q = v("q");
        Expr disc = S.minus(T).sq().plus(k(4).times(P.sq()));
        Expr[][] rr = reduced(S, P, T);
        for (int root : new int[] {1, -1}) {
            Expr qDef = k(1, 2).times(S.plus(T)).plus(k(root, 2).times(e));
            String qText = "q = ((s+t) " + (root > 0 ? "+" : "-") + " sqrt(D))/2";
            o.add(new Obligation("P41.G", qText + " solves q^2 - (s+t) q + (s t - p^2) = 0 [e^2 = D = (s-t)^2 + 4p^2]", true)
                    .def("q", qDef).root("e", disc)
                    .identity(q.sq().minus(S.plus(T).times(q)).plus(S.times(T).minus(P.sq())), ZERO));
            for (int sign : new int[] {1, -1}) {
                Expr lam = sign > 0 ? r : r.neg();
                Expr[] h = vec(P, q.minus(S));
                o.add(eigen("P41.G", "R [" + (sign > 0 ? "" : "-") + "r h, h] = " + (sign > 0 ? "" : "-") + "r [..], h = (p, q - s), " + qText
                        + ", r = sqrt(q)", true, rr, lam, vec(lam.times(h[0]), lam.times(h[1]), h[0], h[1]))
                        .def("q", qDef).root("r", q).root("e", disc));
            }
        }
        for (int sign : new int[] {1, -1}) {
            Expr lam = sign > 0 ? r : r.neg();
            o.add(eigen("P41.G", "[p = 0] R [" + (sign > 0 ? "" : "-") + "r, 0, 1, 0] = " + (sign > 0 ? "" : "-") + "r [..], r = sqrt(s)", true, rr,
                    lam, vec(lam, ZERO, ONE, ZERO)).def("p", ZERO).root("r", S));
            o.add(eigen("P41.G", "[p = 0] R [0, " + (sign > 0 ? "" : "-") + "r, 0, 1] = " + (sign > 0 ? "" : "-") + "r [..], r = sqrt(t)", true, rr,
                    lam, vec(ZERO, lam, ZERO, ONE)).def("p", ZERO).root("r", T));
        }
        o.add(new Obligation("P41.G", "[Cauchy-Schwarz p^2 <= s t, s, t >= 0, e = sqrt(D)] 0 <= ((s+t) - e)/2 <= ((s+t) + e)/2", true)
                .assume(Cond.le(ZERO, S)).assume(Cond.le(ZERO, T)).assume(Cond.le(P.sq(), S.times(T))).root("e", disc)
                .goal(Cond.le(ZERO, S.plus(T).minus(e)).and(Cond.le(S.plus(T).minus(e), S.plus(T).plus(e))))
                .confirmBy(Cond.le(disc, S.plus(T).sq()).and(Cond.le(ZERO, S.plus(T)))).overT());
        o.add(new Obligation("P41.G", NORM + "the quartic is (lambda^2 - (s+p)) (lambda^2 - (s-p)) (P41.G reduces to P41.4)", true)
                .def("t", S).identity(quartic, formula));
        // False variants: a sign error in the constant term; h = (p, q - t) instead of (p, q - s); D without the factor 4.
        o.add(new Obligation("P41.G", "FALSE: det(lambda I - R) = lambda^4 - (s+t) lambda^2 + (s t + p^2)", false)
                .identity(charR, L.sq().sq().minus(S.plus(T).times(L.sq())).plus(S.times(T).plus(P.sq()))));
        Expr qPlus = k(1, 2).times(S.plus(T)).plus(k(1, 2).times(e));
        Expr[] wrongH = vec(P, q.minus(T));
        o.add(eigen("P41.G", "FALSE: h = (p, q - t) gives an eigenvector", false, rr, r,
                vec(r.times(wrongH[0]), r.times(wrongH[1]), wrongH[0], wrongH[1])).def("q", qPlus).root("r", q).root("e", disc));
        Expr[] h = vec(P, q.minus(S));
        o.add(eigen("P41.G", "FALSE: D = (s-t)^2 + p^2", false, rr, r, vec(r.times(h[0]), r.times(h[1]), h[0], h[1]))
                .def("q", qPlus).root("r", q).root("e", S.minus(T).sq().plus(P.sq())));
    }
}
