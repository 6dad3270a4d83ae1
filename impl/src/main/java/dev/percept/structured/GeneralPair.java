package dev.percept.structured;

import dev.percept.check.Check;
import dev.percept.exact.Polynomial;
import dev.percept.exact.QuadraticSurd;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.exact.ScaledVector;
import dev.percept.exact.SurdVector;
import dev.percept.spec.Claims;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Claim P41.G, exactly and in {@code O(d)}: the spectrum of the general pair
 * {@code M(a, b) = [[0, 0, a^T], [0, 0, b^T], [a, b, 0]]} for any rational {@code a}, {@code b}.
 *
 * <p>With {@code B = [a, b]} ({@code d x 2}) and the Gram matrix {@code G = B^T B = [[s, p], [p, t]]}
 * ({@code s = ||a||^2}, {@code t = ||b||^2}, {@code p = a^T b}), {@code M = [[0, B^T], [B, 0]]}.
 * For {@code G h = q h}, {@code q > 0}, the vectors {@code v = [sign sqrt(q) h, B h]} satisfy
 * {@code M v = [G h, sign sqrt(q) B h] = sign sqrt(q) v}. The roots of
 * {@code det(q I - G) = q^2 - (s+t) q + (s t - p^2)} are {@code q = ((s+t) ± sqrt(D))/2},
 * {@code D = (s-t)^2 + 4p^2}: rational when {@code D} is a rational square, otherwise in
 * {@code Q(sqrt D)}, and then {@code ±sqrt(q)} are nested radicals. The eigenvectors have
 * coordinates in {@code Q(sqrt D)(sqrt q)}; percept holds them as {@code u + sqrt(q) c} with
 * {@code u, c} in {@code Q(sqrt F)^(d+2)} ({@link PairEigenpair}).
 *
 * <p><b>The certificate is complete</b>, as for {@link Prop41}: every stated eigenpair satisfies
 * {@code M v = lambda v} through the block structure (sufficient form: {@code M u = sign q c} and
 * {@code M c = sign u}, which give {@code M(u + sqrt(q) c) = sign sqrt(q) (u + sqrt(q) c)}); the
 * eigenvectors are nonzero and pairwise orthogonal (decided exactly, {@code sqrt} terms included);
 * and the squares of the stated eigenvalues sum to {@code tr(M^2) = 2(s+t)}, which forces every
 * eigenvalue not accounted for to be 0. {@code tr(M^4)}, the quadratic each square satisfies and,
 * for {@code d <= denseLimit}, the dense characteristic polynomial
 * {@code lambda^(d-2) (lambda^4 - (s+t) lambda^2 + (s t - p^2))} are checked as well.
 */
public final class GeneralPair {

    private GeneralPair() {
    }

    /** Analyses {@code M(a, b)} with the default dense-referee limit. */
    public static PairSpectrum analyze(Rational[] a, Rational[] b) {
        return analyze(StructuredMatrix.pair(a, b), Prop41.DEFAULT_DENSE_LIMIT);
    }

    /**
     * Computes the exact spectrum of {@code m}, its eigenpairs and every certificate.
     *
     * @param denseLimit the dense characteristic polynomial is compared when {@code d <= denseLimit}
     */
    public static PairSpectrum analyze(StructuredMatrix m, int denseLimit) {
        Rational s = m.normSquaredA();
        Rational t = m.normSquaredB();
        Rational p = m.aDotB();
        Rational disc = discriminant(s, t, p);
        Rational root = QuadraticSurd.rationalSqrt(disc);
        Rational field;
        QuadraticSurd sqrtD;
        if (root != null) {
            field = Rational.ZERO;
            sqrtD = QuadraticSurd.rational(root, field);
        } else {
            // D = n/m in lowest terms: sqrt(D) = sqrt(n m)/m, an integer radicand.
            field = Rational.of(disc.numerator().multiply(disc.denominator()));
            sqrtD = QuadraticSurd.of(Rational.ZERO, Rational.of(BigInteger.ONE, disc.denominator()), field);
        }
        PairCase kase = caseOf(m);
        List<QuadraticSurd> squares = positiveRoots(s, t, sqrtD, field);
        List<PairEigenvalue> values = eigenvalues(m.d(), squares, kase, field);
        List<PairEigenpair> pairs = eigenpairs(m, squares, field);
        List<Check> checks = certify(m, kase, values, pairs, denseLimit);
        return new PairSpectrum(m, disc, field, kase, values, pairs, checks);
    }

    /**
     * Writes {@code q} in the field {@code Q(sqrt F)}: {@code x + y*sqrt(F)}, dropping zero parts
     * ({@code 35/2 + 1/2*sqrt(305)}, {@code -sqrt(305)}, {@code 9}); {@code F = 0} for rationals.
     *
     * @throws IllegalArgumentException if q is not in that field
     */
    public static String format(QuadraticSurd q, Rational field) {
        Rational x = q.rationalPart();
        Rational y = q.surdPartIn(field);
        if (y.isZero()) {
            return x.toString();
        }
        String surd = (y.equals(Rational.ONE) ? "" : y.equals(Rational.MINUS_ONE) ? "-" : y + "*") + "sqrt(" + field + ")";
        if (x.isZero()) {
            return surd;
        }
        return x + (surd.startsWith("-") ? " - " + surd.substring(1) : " + " + surd);
    }

    /** @return {@code D = (s-t)^2 + 4p^2} */
    static Rational discriminant(Rational s, Rational t, Rational p) {
        return s.subtract(t).square().add(p.square().multiply(Rational.of(4)));
    }

    /**
     * The case from the vectors themselves (not from s, t, p): zero, linearly dependent,
     * orthogonal with equal norms, or general.
     */
    static PairCase caseOf(StructuredMatrix m) {
        if (m.aIsZero() && m.bIsZero()) {
            return PairCase.ZERO;
        }
        if (dependent(m.a(), m.b())) {
            return PairCase.RANK_ONE;
        }
        if (m.aDotB().isZero() && m.normSquaredA().equals(m.normSquaredB())) {
            return PairCase.DOUBLE;
        }
        return PairCase.GENERAL;
    }

    /** Whether two common-denominator vectors are linearly dependent: {@code a_k b_i = a_i b_k} for a pivot k. */
    private static boolean dependent(ScaledVector a, ScaledVector b) {
        int k = -1;
        for (int i = 0; i < a.length() && k < 0; i++) {
            if (a.numerator(i).signum() != 0) {
                k = i;
            }
        }
        if (k < 0) {
            return true;
        }
        BigInteger ak = a.numerator(k);
        BigInteger bk = b.numerator(k);
        for (int i = 0; i < a.length(); i++) {
            if (!ak.multiply(b.numerator(i)).equals(a.numerator(i).multiply(bk))) {
                return false;
            }
        }
        return true;
    }

    /** The distinct positive roots {@code q = ((s+t) ± sqrt(D))/2}, largest first. */
    static List<QuadraticSurd> positiveRoots(Rational s, Rational t, QuadraticSurd sqrtD, Rational field) {
        QuadraticSurd half = QuadraticSurd.rational(Rational.of(1, 2), field);
        QuadraticSurd sum = QuadraticSurd.rational(s.add(t), field);
        List<QuadraticSurd> out = new ArrayList<>();
        for (QuadraticSurd q : new QuadraticSurd[] {sum.add(sqrtD).multiply(half), sum.subtract(sqrtD).multiply(half)}) {
            if (q.signum() > 0 && (out.isEmpty() || out.get(0).compareTo(q) != 0)) {
                out.add(q);
            }
        }
        return out;
    }

    /** The distinct eigenvalues, largest first, with multiplicities: 2 per square in the double case. */
    static List<PairEigenvalue> eigenvalues(int d, List<QuadraticSurd> squares, PairCase kase, Rational field) {
        int mult = kase == PairCase.DOUBLE ? 2 : 1;
        List<PairEigenvalue> out = new ArrayList<>();
        for (QuadraticSurd q : squares) {
            out.add(new PairEigenvalue(1, q, mult, field));
        }
        int zero = d + 2 - 2 * mult * squares.size();
        if (zero > 0) {
            out.add(new PairEigenvalue(0, QuadraticSurd.rational(Rational.ZERO, field), zero, field));
        }
        for (int i = squares.size() - 1; i >= 0; i--) {
            out.add(new PairEigenvalue(-1, squares.get(i), mult, field));
        }
        return out;
    }

    /**
     * Eigenvectors {@code h} of {@code G = [[s, p], [p, t]]} for the root q: {@code (p, q - s)}
     * when {@code p != 0}; for {@code p = 0} ({@code G} diagonal) {@code e1} if {@code q = s} and
     * {@code e2} if {@code q = t} (both when {@code s = t}).
     */
    static List<QuadraticSurd[]> gramEigenvectors(Rational s, Rational t, Rational p, QuadraticSurd q, Rational field) {
        QuadraticSurd zero = QuadraticSurd.rational(Rational.ZERO, field);
        QuadraticSurd one = QuadraticSurd.rational(Rational.ONE, field);
        List<QuadraticSurd[]> out = new ArrayList<>();
        if (!p.isZero()) {
            out.add(new QuadraticSurd[] {QuadraticSurd.rational(p, field), q.subtract(QuadraticSurd.rational(s, field))});
            return out;
        }
        if (q.compareTo(QuadraticSurd.rational(s, field)) == 0) {
            out.add(new QuadraticSurd[] {one, zero});
        }
        if (q.compareTo(QuadraticSurd.rational(t, field)) == 0) {
            out.add(new QuadraticSurd[] {zero, one});
        }
        return out;
    }

    /** For every positive root q, every Gram eigenvector h and both signs: {@code [sign sqrt(q) h, B h]}. */
    static List<PairEigenpair> eigenpairs(StructuredMatrix m, List<QuadraticSurd> squares, Rational field) {
        List<PairEigenpair> out = new ArrayList<>();
        for (QuadraticSurd q : squares) {
            for (QuadraticSurd[] h : gramEigenvectors(m.normSquaredA(), m.normSquaredB(), m.aDotB(), q, field)) {
                SurdVector u = tailVector(m, h, field);
                for (int sign : new int[] {1, -1}) {
                    out.add(new PairEigenpair(sign, q, u, headVector(m.d(), h, sign, field)));
                }
            }
        }
        return out;
    }

    /** {@code [0, 0, h1 a + h2 b]} over common denominators, {@code O(d)}. */
    private static SurdVector tailVector(StructuredMatrix m, QuadraticSurd[] h, Rational field) {
        int d = m.d();
        Rational[] xs = {h[0].rationalPart(), h[1].rationalPart()};
        Rational[] ys = {h[0].surdPartIn(field), h[1].surdPartIn(field)};
        BigInteger mx = ScaledVector.lcm(xs[0].denominator(), xs[1].denominator());
        BigInteger my = ScaledVector.lcm(ys[0].denominator(), ys[1].denominator());
        BigInteger x1 = xs[0].numerator().multiply(mx.divide(xs[0].denominator()));
        BigInteger x2 = xs[1].numerator().multiply(mx.divide(xs[1].denominator()));
        BigInteger y1 = ys[0].numerator().multiply(my.divide(ys[0].denominator()));
        BigInteger y2 = ys[1].numerator().multiply(my.divide(ys[1].denominator()));
        BigInteger[] x = new BigInteger[d + 2];
        BigInteger[] y = new BigInteger[d + 2];
        x[0] = BigInteger.ZERO;
        x[1] = BigInteger.ZERO;
        y[0] = BigInteger.ZERO;
        y[1] = BigInteger.ZERO;
        for (int i = 0; i < d; i++) {
            BigInteger ai = m.a().numerator(i);
            BigInteger bi = m.b().numerator(i);
            x[i + 2] = combine(x1, ai, x2, bi);
            y[i + 2] = combine(y1, ai, y2, bi);
        }
        BigInteger l = m.a().denominator();
        return SurdVector.of(x, mx.multiply(l), y, my.multiply(l), field);
    }

    private static BigInteger combine(BigInteger c1, BigInteger ai, BigInteger c2, BigInteger bi) {
        BigInteger r = c1.signum() == 0 || ai.signum() == 0 ? BigInteger.ZERO : c1.multiply(ai);
        return c2.signum() == 0 || bi.signum() == 0 ? r : r.add(c2.multiply(bi));
    }

    /** {@code [sign h1, sign h2, 0, ..., 0]}. */
    private static SurdVector headVector(int d, QuadraticSurd[] h, int sign, Rational field) {
        BigInteger[] x = new BigInteger[d + 2];
        BigInteger[] y = new BigInteger[d + 2];
        Arrays.fill(x, BigInteger.ZERO);
        Arrays.fill(y, BigInteger.ZERO);
        BigInteger mx = ScaledVector.lcm(h[0].rationalPart().denominator(), h[1].rationalPart().denominator());
        Rational[] ys = {h[0].surdPartIn(field), h[1].surdPartIn(field)};
        BigInteger my = ScaledVector.lcm(ys[0].denominator(), ys[1].denominator());
        BigInteger sg = BigInteger.valueOf(sign);
        for (int k = 0; k < 2; k++) {
            x[k] = h[k].rationalPart().numerator().multiply(mx.divide(h[k].rationalPart().denominator())).multiply(sg);
            y[k] = ys[k].numerator().multiply(my.divide(ys[k].denominator())).multiply(sg);
        }
        return SurdVector.of(x, mx, y, my, field);
    }

    /**
     * Evaluates every certificate of claim P41.G on stated values and pairs (which may come from
     * {@link #analyze} or from anywhere else, e.g. a falsified copy in a test).
     */
    public static List<Check> certify(StructuredMatrix m, PairCase kase, List<PairEigenvalue> values, List<PairEigenpair> pairs,
            int denseLimit) {
        String claim = Claims.P41_G.id();
        List<Check> checks = new ArrayList<>();
        int d = m.d();
        Rational s = m.normSquaredA();
        Rational t = m.normSquaredB();
        Rational p = m.aDotB();
        Rational det = s.multiply(t).subtract(p.square());

        // The case from the vectors agrees with the stated one, and with the one read off s, t, p.
        PairCase byVectors = caseOf(m);
        PairCase byNumbers = s.isZero() && t.isZero() ? PairCase.ZERO : det.isZero() ? PairCase.RANK_ONE
                : discriminant(s, t, p).isZero() ? PairCase.DOUBLE : PairCase.GENERAL;
        checks.add(new Check(claim, "case", kase == byVectors && kase == byNumbers,
                "stated " + kase.label() + ", from the vectors " + byVectors.label() + ", from s, t, p " + byNumbers.label()
                        + " (s = " + s + ", t = " + t + ", p = " + p + ")"));

        boolean eig = true;
        String eigDetail = pairs.size() + " eigenpairs";
        SurdVector.DotMemo memo = new SurdVector.DotMemo();
        // structured[k]: pair k passed the eigen-equation and has the shape u = [0, 0, w], c = [c1, c2, 0]; then
        // M c = sign u (checked) says w = sign (c1 a + c2 b), so inner products of the u's follow from G in O(1).
        boolean[] structured = new boolean[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
            PairEigenpair e = pairs.get(k);
            if (!isEigenpair(m, e, memo)) {
                eig = false;
                eigDetail = "A v != lambda v for lambda = " + e.label();
                break;
            }
            structured[k] = headTailShape(e);
        }
        checks.add(new Check(claim, "A v = lambda v", eig, eigDetail));

        boolean orth = true;
        String orthDetail = pairs.size() * (pairs.size() - 1) / 2 + " pairs";
        for (int i = 0; i < pairs.size() && orth; i++) {
            for (int j = i + 1; j < pairs.size(); j++) {
                boolean ok = structured[i] && structured[j] ? orthogonalViaGram(pairs.get(i), pairs.get(j), s, t, p)
                        : orthogonal(pairs.get(i), pairs.get(j));
                if (!ok) {
                    orth = false;
                    orthDetail = "eigenvectors " + (i + 1) + " (" + pairs.get(i).label() + ") and " + (j + 1) + " ("
                            + pairs.get(j).label() + ") are not orthogonal";
                    break;
                }
            }
        }
        checks.add(new Check(claim, "eigenvectors pairwise orthogonal", orth, orthDetail));

        // The field the stated vectors live in (any radicand of it will do for the membership tests below).
        Rational field = !pairs.isEmpty() ? pairs.get(0).base().radicand()
                : values.stream().map(v -> v.square().radicand()).filter(r -> r.signum() > 0).findFirst().orElse(Rational.ZERO);
        QuadraticSurd zero = QuadraticSurd.rational(Rational.ZERO, field);
        int total = 0;
        QuadraticSurd sumSq = zero;
        QuadraticSurd sumFourth = zero;
        boolean sameField = true;
        for (PairEigenvalue v : values) {
            total += v.multiplicity();
            if (!v.square().isIn(field)) {
                sameField = false;
                continue;
            }
            QuadraticSurd q = v.square();
            QuadraticSurd mult = QuadraticSurd.rational(Rational.of(v.multiplicity()), field);
            sumSq = sumSq.add(q.multiply(mult));
            sumFourth = sumFourth.add(q.multiply(q).multiply(mult));
        }
        QuadraticSurd pairSq = zero;
        for (PairEigenpair e : pairs) {
            if (!e.square().isIn(field)) {
                sameField = false;
                continue;
            }
            pairSq = pairSq.add(e.square());
        }
        boolean mult = sameField && total == d + 2 && pairSq.compareTo(sumSq) == 0 && countNonzero(values) == pairs.size();
        checks.add(new Check(claim, "multiplicities sum to d+2", mult, "sum " + total + ", d+2 = " + (d + 2) + ", "
                + pairs.size() + " eigenpairs for " + countNonzero(values) + " nonzero eigenvalues"));

        QuadraticSurd tr2 = QuadraticSurd.rational(m.traceOfSquare(), field);
        boolean traces = sameField && sumSq.compareTo(tr2) == 0 && pairSq.compareTo(tr2) == 0
                && m.traceOfSquare().equals(s.add(t).multiply(Rational.TWO));
        checks.add(new Check(claim, "sum lambda^2 = tr(A^2) = 2(s+t)", traces,
                "sum lambda^2 = " + sumSq + ", tr(A^2) = " + m.traceOfSquare() + ", 2(s+t) = " + s.add(t).multiply(Rational.TWO)));
        QuadraticSurd tr4 = QuadraticSurd.rational(m.traceOfFourthPower(), field);
        checks.add(new Check(claim, "sum lambda^4 = tr(A^4)", sameField && sumFourth.compareTo(tr4) == 0,
                "sum lambda^4 = " + sumFourth + ", tr(A^4) = " + m.traceOfFourthPower()));

        boolean roots = sameField;
        String rootDetail = "every nonzero square";
        for (PairEigenvalue v : values) {
            if (v.sign() == 0 || !roots) {
                continue;
            }
            QuadraticSurd q = v.square();
            QuadraticSurd f = q.multiply(q).subtract(q.multiply(QuadraticSurd.rational(s.add(t), field)))
                    .add(QuadraticSurd.rational(det, field));
            if (!f.isZero()) {
                roots = false;
                rootDetail = "q = " + v.square() + " gives q^2 - (s+t) q + (s t - p^2) = " + f;
            }
        }
        checks.add(new Check(claim, "q^2 - (s+t) q + (s t - p^2) = 0", roots, rootDetail));

        // The same size limit as Prop41's referee, on a and b (b = Pa has a's entries there).
        if (d <= denseLimit && m.a().denominator().bitLength() + Math.max(Prop41.maxBits(m.a()), Prop41.maxBits(m.b())) <= Prop41.DENSE_BIT_LIMIT) {
            RationalMatrix dense = m.toDense();
            Polynomial chi = dense.charPoly();
            Polynomial quartic = Polynomial.of(det, Rational.ZERO, s.add(t).negate(), Rational.ZERO, Rational.ONE);
            boolean formulaOk = d >= 2 ? chi.equals(quartic.multiply(Polynomial.X.pow(d - 2))) : chi.multiply(Polynomial.X).equals(quartic);
            boolean listed = sameField && chi.equals(fromSpectrum(values, field));
            checks.add(new Check(claim, "dense charpoly = lambda^(d-2)(lambda^4-(s+t)lambda^2+(st-p^2))", formulaOk && listed,
                    "det(lambda I - A) = " + Prop41.abbreviate(chi.toString())));
        }
        return checks;
    }

    /**
     * {@code M v = sign sqrt(q) v} for {@code v = u + sqrt(q) c}, in the sufficient form
     * {@code M u = sign q c} and {@code M c = sign u}, with {@code v != 0}.
     */
    static boolean isEigenpair(StructuredMatrix m, PairEigenpair e, SurdVector.DotMemo memo) {
        SurdVector u = e.base();
        SurdVector c = e.coefficient();
        QuadraticSurd q = e.square();
        Rational r = u.radicand();
        if (!c.radicand().equals(r) || !q.isIn(r) || q.signum() <= 0
                || u.length() != m.d() + 2 || c.length() != m.d() + 2) {
            return false;
        }
        if (!m.apply(u, memo).equalsTimes(e.sign(), c.times(q))) {
            return false;
        }
        if (!m.apply(c, memo).equalsTimes(e.sign(), u)) {
            return false;
        }
        return nonzero(u, q, c);
    }

    /** {@code u + sqrt(q) c != 0}: some coordinate {@code u_i + sqrt(q) c_i} is nonzero (decided exactly). */
    private static boolean nonzero(SurdVector u, QuadraticSurd q, SurdVector c) {
        for (int i = 0; i < u.length(); i++) {
            boolean uz = u.x(i).signum() == 0 && (u.y(i).signum() == 0 || u.radicand().isZero());
            boolean cz = c.x(i).signum() == 0 && (c.y(i).signum() == 0 || c.radicand().isZero());
            if (uz && cz) {
                continue;
            }
            if (!plusSqrtTimesIsZero(u.get(i), q, c.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Decides {@code y + sqrt(r) x = 0} exactly for {@code x, y, r} in one field {@code Q(sqrt F)},
     * {@code r >= 0}: either {@code x = y = 0}, or {@code r x^2 = y^2} with {@code x} and {@code y}
     * of opposite signs (or {@code r = 0} and {@code y = 0}).
     */
    static boolean plusSqrtTimesIsZero(QuadraticSurd y, QuadraticSurd r, QuadraticSurd x) {
        if (x.isZero() || r.isZero()) {
            return y.isZero();
        }
        return y.signum() == -x.signum() && r.multiply(x).multiply(x).compareTo(y.multiply(y)) == 0;
    }

    /**
     * {@code <v, v'> = 0} for {@code v = u + sqrt(q) c}, {@code v' = u' + sqrt(q') c'}: the cross
     * terms {@code <u, c'>}, {@code <c, u'>} must vanish (sufficient; they do for the vectors
     * {@link #analyze} builds, whose u and c have disjoint supports), and then
     * {@code <u, u'> + sqrt(q q') <c, c'> = 0} is decided exactly.
     */
    static boolean orthogonal(PairEigenpair e, PairEigenpair f) {
        Rational r = e.base().radicand();
        if (!f.base().radicand().equals(r) || !e.coefficient().radicand().equals(r) || !f.coefficient().radicand().equals(r)) {
            return false;
        }
        if (!e.square().isIn(r) || !f.square().isIn(r)) {
            return false;
        }
        if (!e.base().dot(f.coefficient()).isZero() || !e.coefficient().dot(f.base()).isZero()) {
            return false;
        }
        QuadraticSurd qq = e.square().multiply(f.square());
        return plusSqrtTimesIsZero(e.base().dot(f.base()), qq, e.coefficient().dot(f.coefficient()));
    }

    /** Whether {@code u = [0, 0, w]} and {@code c = [c1, c2, 0, ..., 0]} (zero checks only). */
    private static boolean headTailShape(PairEigenpair e) {
        SurdVector u = e.base();
        SurdVector c = e.coefficient();
        for (int i = 0; i < 2; i++) {
            if (u.x(i).signum() != 0 || u.y(i).signum() != 0) {
                return false;
            }
        }
        for (int i = 2; i < c.length(); i++) {
            if (c.x(i).signum() != 0 || c.y(i).signum() != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code <v, v'> = 0} for two eigenpairs of head/tail shape that passed the eigen-equation, in
     * {@code O(1)}: with {@code u = [0, 0, sign B c_head]} (that is {@code M c = sign u}),
     * {@code <u, u'> = sign sign' c_head^T G c'_head} and {@code <c, c'> = c_head . c'_head}, and
     * {@code <u, c'> = <c, u'> = 0} by the disjoint supports.
     */
    static boolean orthogonalViaGram(PairEigenpair e, PairEigenpair f, Rational s, Rational t, Rational p) {
        Rational r = e.base().radicand();
        if (!f.base().radicand().equals(r) || !e.square().isIn(r) || !f.square().isIn(r)) {
            return false;
        }
        QuadraticSurd e1 = e.coefficient().get(0);
        QuadraticSurd e2 = e.coefficient().get(1);
        QuadraticSurd f1 = f.coefficient().get(0);
        QuadraticSurd f2 = f.coefficient().get(1);
        QuadraticSurd cc = e1.multiply(f1).add(e2.multiply(f2));
        // c_head^T G c'_head with G = [[s, p], [p, t]]
        QuadraticSurd gram = e1.multiply(f1).multiply(s).add(e1.multiply(f2).add(e2.multiply(f1)).multiply(p)).add(e2.multiply(f2).multiply(t));
        QuadraticSurd uu = e.sign() * f.sign() > 0 ? gram : gram.negate();
        QuadraticSurd qq = e.square().multiply(f.square());
        return plusSqrtTimesIsZero(uu, qq, cc);
    }

    private static int countNonzero(List<PairEigenvalue> values) {
        int n = 0;
        for (PairEigenvalue v : values) {
            if (v.sign() != 0) {
                n += v.multiplicity();
            }
        }
        return n;
    }

    /**
     * The characteristic polynomial implied by a stated spectrum: {@code lambda^m0} times
     * {@code (lambda^2 - q)^m} for every pair {@code ±sqrt(q)} with equal multiplicities, computed
     * with coefficients in {@code Q(sqrt F)}; a list that is not symmetric under
     * {@code lambda -> -lambda}, or whose product is not rational, yields the zero polynomial
     * (which no characteristic polynomial equals).
     */
    static Polynomial fromSpectrum(List<PairEigenvalue> values, Rational field) {
        QuadraticSurd zero = QuadraticSurd.rational(Rational.ZERO, field);
        List<QuadraticSurd> poly = new ArrayList<>(List.of(QuadraticSurd.rational(Rational.ONE, field)));
        for (PairEigenvalue v : values) {
            if (v.sign() == 0) {
                for (int k = 0; k < v.multiplicity(); k++) {
                    poly.add(0, zero);
                }
            } else if (v.sign() > 0) {
                boolean partner = false;
                for (PairEigenvalue w : values) {
                    if (w.sign() < 0 && w.square().compareTo(v.square()) == 0
                            && w.multiplicity() == v.multiplicity()) {
                        partner = true;
                    }
                }
                if (!partner) {
                    return Polynomial.ZERO;
                }
                QuadraticSurd q = v.square();
                for (int k = 0; k < v.multiplicity(); k++) {
                    // multiply by (lambda^2 - q)
                    List<QuadraticSurd> next = new ArrayList<>();
                    for (int i = 0; i < poly.size() + 2; i++) {
                        QuadraticSurd c = zero;
                        if (i >= 2) {
                            c = c.add(poly.get(i - 2));
                        }
                        if (i < poly.size()) {
                            c = c.subtract(q.multiply(poly.get(i)));
                        }
                        next.add(c);
                    }
                    poly = next;
                }
            }
        }
        Rational[] coeffs = new Rational[poly.size()];
        for (int i = 0; i < coeffs.length; i++) {
            if (!poly.get(i).isRational()) {
                return Polynomial.ZERO;
            }
            coeffs[i] = poly.get(i).rationalPart();
        }
        return Polynomial.of(coeffs);
    }

    /**
     * Whether a P41.G spectrum is the Proposition 4.1 spectrum of the same matrix (claim P41.G
     * reduces to P41.1-P41.4 when {@code b = Pa}): the same d, s, t = s, p, and the same eigenvalues
     * with the same multiplicities, exactly.
     */
    public static Check agreesWithProp41(PairSpectrum g, StructuredSpectrum s) {
        boolean ok = g.d() == s.d() && g.s().equals(s.s()) && g.t().equals(s.s()) && g.p().equals(s.p())
                && g.eigenvalues().size() == s.eigenvalues().size();
        for (int i = 0; ok && i < s.eigenvalues().size(); i++) {
            Eigenvalue e = s.eigenvalues().get(i);
            PairEigenvalue f = g.eigenvalues().get(i);
            ok = e.sign() == f.sign() && e.multiplicity() == f.multiplicity() && f.square().surdPart().isZero()
                    && f.square().rationalPart().equals(e.square());
        }
        return new Check(Claims.P41_G.id(), "b = Pa: same spectrum as Proposition 4.1 (" + s.kase().claim().id() + ")", ok,
                "P41.G case " + g.kase().label() + ", Proposition 4.1 case " + s.kase().label() + ", t = " + g.t() + ", s = " + g.s());
    }
}
