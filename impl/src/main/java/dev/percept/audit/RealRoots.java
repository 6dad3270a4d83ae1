package dev.percept.audit;

import dev.percept.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact real-root isolation of a square-free integer polynomial. Two certified methods:
 * <ul>
 *   <li>{@link #isolateWithHints}: given approximate roots (any rationals, e.g. the numbers
 *   another library printed), evaluates the exact sign at separating points between them; when
 *   the signs change exactly {@code deg f} times, the intermediate value theorem puts at least one
 *   root in each sign-change interval and the degree leaves room for no more, so every interval
 *   isolates exactly one root. Otherwise it reports failure.</li>
 *   <li>{@link #isolateSturm}: Sturm's theorem with a primitive-pseudo-remainder Sturm sequence,
 *   recursive bisection of the Cauchy interval; works without hints.</li>
 * </ul>
 * Intervals are open {@code (lo, hi)} with {@code f(lo) f(hi) < 0}, or a point {@code [x, x]}
 * when a rational root was met exactly.
 */
public final class RealRoots {

    /** From this degree on, {@link #isolateWithHints} evaluates its signs in parallel. */
    static final int PARALLEL_MIN_DEGREE = 24;

    private RealRoots() {
    }

    /**
     * An isolating interval of one root of {@code factor} (integer coefficients, constant term
     * first; unmodifiable, so two intervals are equal exactly when they say the same thing).
     */
    public record Interval(List<BigInteger> factor, Rational lo, Rational hi) {

        /** Keeps an unmodifiable copy of the coefficients. */
        public Interval {
            factor = List.copyOf(factor);
        }

        /** The interval of a root of the polynomial with coefficients {@code factor} (copied). */
        public Interval(BigInteger[] factor, Rational lo, Rational hi) {
            this(List.of(factor), lo, hi);
        }

        /** @return the coefficients as a fresh array (constant term first), for {@link IntPoly} */
        public BigInteger[] coefficients() {
            return factor.toArray(new BigInteger[0]);
        }

        /** @return whether the root is known exactly ({@code lo == hi}) */
        public boolean exact() {
            return lo.equals(hi);
        }
    }

    /** Cauchy bound: every root satisfies {@code |x| < 1 + max |c_k| / |c_m|}; returned as an integer. */
    static BigInteger cauchyBound(BigInteger[] f) {
        BigInteger max = BigInteger.ZERO;
        for (int k = 0; k < f.length - 1; k++) {
            max = max.max(f[k].abs());
        }
        BigInteger lc = f[f.length - 1].abs();
        return max.add(lc).divide(lc).add(BigInteger.ONE);
    }

    /**
     * Isolation certified by sign changes at points between sorted hints; returns null when the
     * number of sign changes is not the degree (then use {@link #isolateSturm}).
     */
    public static List<Interval> isolateWithHints(BigInteger[] f, List<Rational> sortedHints) {
        int m = f.length - 1;
        List<Interval> out = new ArrayList<>();
        if (m == 0) {
            return out;
        }
        Rational bound = Rational.of(cauchyBound(f));
        List<Rational> pts = new ArrayList<>();
        pts.add(bound.negate());
        for (int i = 0; i + 1 < sortedHints.size(); i++) {
            Rational x = sortedHints.get(i);
            Rational y = sortedHints.get(i + 1);
            if (x.compareTo(y) < 0 && x.compareTo(bound.negate()) > 0 && y.compareTo(bound) < 0) {
                pts.add(x.add(y).divide(Rational.TWO));
            }
        }
        pts.add(bound);
        // the signs are independent: for large degrees they are evaluated in parallel, then read in order
        java.util.stream.IntStream idx = java.util.stream.IntStream.range(0, pts.size());
        int[] signs = (m >= PARALLEL_MIN_DEGREE ? idx.parallel() : idx).map(i -> IntPoly.signAt(f, pts.get(i))).toArray();
        Rational prev = null;
        int prevSign = 0;
        for (int i = 0; i < pts.size(); i++) {
            Rational p = pts.get(i);
            int s = signs[i];
            if (s == 0) {
                out.add(new Interval(f, p, p));
                prev = null;
                continue;
            }
            if (prev != null && s != prevSign) {
                out.add(new Interval(f, prev, p));
            }
            prev = p;
            prevSign = s;
        }
        return out.size() == m ? out : null;
    }

    /** Sturm sequence {@code f, f', -prem(...)...}, each made primitive (positive scalings keep the signs). */
    static List<BigInteger[]> sturm(BigInteger[] f) {
        List<BigInteger[]> seq = new ArrayList<>();
        seq.add(f);
        BigInteger[] g = IntPoly.derivative(f);
        if (g.length == 0) {
            return seq;
        }
        seq.add(IntPoly.primitiveKeepSign(g));
        while (true) {
            BigInteger[] a = seq.get(seq.size() - 2);
            BigInteger[] b = seq.get(seq.size() - 1);
            if (b.length <= 1) {
                break;
            }
            BigInteger[] r = IntPoly.pseudoDivide(a, b)[1];
            if (r.length == 0) {
                break;
            }
            seq.add(IntPoly.primitiveKeepSign(IntPoly.negate(r)));
        }
        return seq;
    }

    static int variations(List<BigInteger[]> seq, Rational x) {
        int v = 0;
        int last = 0;
        for (BigInteger[] p : seq) {
            int s = IntPoly.signAt(p, x);
            if (s != 0) {
                if (last != 0 && s != last) {
                    v++;
                }
                last = s;
            }
        }
        return v;
    }

    /** Isolates every real root of square-free {@code f} by Sturm sequences and bisection. */
    public static List<Interval> isolateSturm(BigInteger[] f) {
        List<Interval> out = new ArrayList<>();
        if (f.length <= 1) {
            return out;
        }
        List<BigInteger[]> seq = sturm(f);
        Rational b = Rational.of(cauchyBound(f));
        Rational lo = b.negate();
        bisect(f, seq, lo, variations(seq, lo), b, variations(seq, b), out);
        return out;
    }

    /**
     * Bisection of {@code (lo, hi]} until each part holds at most one root, appending the isolating
     * intervals to {@code out} from left to right. An explicit stack, not recursion: roots that
     * agree to thousands of bits (matrices whose entries span the double range) need thousands of
     * levels, and each level's big-integer products use stack of their own.
     */
    private static void bisect(BigInteger[] f, List<BigInteger[]> seq, Rational lo, int vlo, Rational hi, int vhi, List<Interval> out) {
        java.util.ArrayDeque<Object> todo = new java.util.ArrayDeque<>();
        todo.push(new Part(lo, vlo, hi, vhi));
        while (!todo.isEmpty()) {
            Object next = todo.pop();
            if (next instanceof Interval done) {
                out.add(done);
                continue;
            }
            Part part = (Part) next;
            int count = part.vlo() - part.vhi(); // roots in (lo, hi]; endpoints are never roots here
            if (count == 0) {
                continue;
            }
            if (count == 1) {
                out.add(new Interval(f, part.lo(), part.hi()));
                continue;
            }
            Rational mid = part.lo().add(part.hi()).divide(Rational.TWO);
            if (IntPoly.signAt(f, mid) == 0) {
                // step off the root on both sides to keep endpoints root-free
                Rational w = part.hi().subtract(part.lo());
                Rational left;
                Rational right;
                int vl;
                int vr;
                do {
                    w = w.divide(Rational.TWO);
                    left = mid.subtract(w);
                    right = mid.add(w);
                    vl = variations(seq, left);
                    vr = variations(seq, right);
                } while (vl - vr != 1 || IntPoly.signAt(f, left) == 0 || IntPoly.signAt(f, right) == 0);
                // pushed in reverse: the left part is handled first, then the root, then the right part
                todo.push(new Part(right, vr, part.hi(), part.vhi()));
                todo.push(new Interval(f, mid, mid));
                todo.push(new Part(part.lo(), part.vlo(), left, vl));
                continue;
            }
            int vm = variations(seq, mid);
            todo.push(new Part(mid, vm, part.hi(), part.vhi()));
            todo.push(new Part(part.lo(), part.vlo(), mid, vm));
        }
    }

    /** A part {@code (lo, hi]} of the bisection with the Sturm sign variations at its ends. */
    private record Part(Rational lo, int vlo, Rational hi, int vhi) {
    }

    /**
     * A dyadic rational within {@code width/64} of {@code m} and strictly inside {@code (l, h)} (else
     * {@code m}): evaluating at dyadic points costs shifts, not big multiplications.
     */
    static Rational dyadicInside(Rational m, Rational l, Rational h) {
        Rational w = h.subtract(l);
        int k = Math.max(0, Rational.of(64).divide(w).floorLog2() + 1);
        Rational t = m.multiply(BigInteger.TWO.pow(k));
        Rational r = Rational.of(t.floor(), BigInteger.TWO.pow(k));
        return r.compareTo(l) > 0 && r.compareTo(h) < 0 ? r : m;
    }

    /**
     * Shrinks the isolating interval of a root {@code r} of {@code iv.factor()} until the distance
     * of {@code x} from {@code r} is known to relative precision {@code 10^-5}, the interval does
     * not contain 0 (unless {@code r = 0}) and its width is below {@code 10^-5 |r|}; or until
     * {@code r} is hit exactly. Newton's iteration from {@code x} proposes a tight bracket first
     * ({@link #newtonBracket}); then, as long as the conditions fail, splits at {@code x}, searches
     * geometrically from {@code x} towards the root (steps from {@code 2^-50 |x|} growing by 16),
     * and bisects. Only exact signs move the endpoints, so the result is an isolating interval
     * whatever the proposals were. The signs of that search come from a {@link SignOracle} (a
     * second, finer Newton bracket), which answers most of them without an evaluation and always
     * with the evaluated sign, so the result is the one every sign evaluated would give
     * ({@link #refineAroundEvaluatingEverySign}).
     */
    public static Interval refineAround(Interval iv, Rational x) {
        return refineAround(iv, x, true);
    }

    /** {@link #refineAround} with every sign of the final search evaluated (no {@link SignOracle}): the differential tests' referee. */
    static Interval refineAroundEvaluatingEverySign(Interval iv, Rational x) {
        return refineAround(iv, x, false);
    }

    private static Interval refineAround(Interval iv, Rational x, boolean useOracle) {
        BigInteger[] f = iv.coefficients();
        if (iv.exact()) {
            return iv;
        }
        int sl = IntPoly.signAt(f, iv.lo());
        Rational[] b = newtonBracket(f, iv.lo(), iv.hi(), sl, x);
        if (b[0].equals(b[1])) {
            return new Interval(f, b[0], b[0]);
        }
        java.util.function.Function<Rational, Integer> sign = useOracle ? SignOracle.around(f, b[0], b[1], sl, x)::sign
                : m -> IntPoly.signAt(f, m);
        return shrink(f, b[0], b[1], sl, new AroundRule(x), 100_000, sign);
    }

    /**
     * The exact sign of f at points of an isolating interval of its root, answered without
     * evaluation outside a certified inner bracket {@code [a, b]} of the root: {@code f(a)} has
     * the sign {@code sl} of the interval's left end and {@code f(b)} the opposite one (or
     * {@code a = b} is the root), so by the intermediate value theorem and the uniqueness of the
     * root in the isolating interval, every point {@code <= a} has sign {@code sl} and every point
     * {@code >= b} the opposite. Points inside are evaluated and narrow the bracket. The signs are
     * thus exactly the evaluated ones, and the refinement that asks for them takes the same path.
     */
    static final class SignOracle {
        private final BigInteger[] f;
        private final int sl;
        private Rational a;
        private Rational b;

        private SignOracle(BigInteger[] f, int sl, Rational a, Rational b) {
            this.f = f;
            this.sl = sl;
            this.a = a;
            this.b = b;
        }

        /**
         * An oracle for the root of {@code f} in {@code (l, h)} ({@code sign f(l) = sl}), its bracket
         * first narrowed by {@link #newtonBracket} at a resolution 2^64 times finer, so a Newton
         * step below the refinement's own resolution is not rounded to 0. Only exact signs move
         * the bracket's ends.
         */
        static SignOracle around(BigInteger[] f, Rational l, Rational h, int sl, Rational x) {
            if (f.length - 1 < IntPoly.BALL_MIN_DEGREE) {
                return new SignOracle(f, sl, l, h);
            }
            Rational[] b = newtonBracket(f, l, h, sl, x, 64);
            return new SignOracle(f, sl, b[0], b[1]);
        }

        /** @return the exact sign of {@code f(m)} for m in the isolating interval */
        int sign(Rational m) {
            int ca = m.compareTo(a);
            int cb = m.compareTo(b);
            if (a.equals(b)) {
                return ca < 0 ? sl : ca > 0 ? -sl : 0;
            }
            if (ca <= 0) {
                return sl;
            }
            if (cb >= 0) {
                return -sl;
            }
            int s = IntPoly.signAt(f, m);
            if (s == sl) {
                a = m;
            } else if (s == -sl) {
                b = m;
            } else {
                a = m;
                b = m;
            }
            return s;
        }
    }

    /**
     * The root isolated by {@code iv} as an exact interval {@code [r, r]} when it is rational,
     * else {@code iv} unchanged. Complete, not heuristic: a rational root {@code p/q} (lowest
     * terms) of the primitive integer factor has {@code q | lc} (the rational root theorem), and
     * the caller may know a tighter {@code den} with {@code den r} an integer for every rational
     * root (an eigenvalue of a rational matrix times the common denominator D of its entries is an
     * algebraic integer, so a rational one is an integer: {@code q | D}); so {@code g r} is an
     * integer for {@code g = gcd(lc, den)}. The candidates are the multiples {@code k/g} strictly
     * inside the interval; each split is at the candidate nearest the midpoint, decided by an
     * exact sign, which either finds the root or discards that candidate with at least the half of
     * the interval beyond it; about {@code log2(g * width)} evaluations settle it.
     *
     * @param den a positive integer with {@code den r} an integer for every rational root r (1 when nothing is known beyond lc)
     */
    public static Interval exactIfRational(Interval iv, BigInteger den) {
        if (iv.exact()) {
            return iv;
        }
        BigInteger[] f = iv.coefficients();
        BigInteger lc = f[f.length - 1].abs();
        BigInteger g = den.signum() > 0 ? lc.gcd(den) : lc;
        Rational rg = Rational.of(g);
        Rational l = iv.lo();
        Rational h = iv.hi();
        int sl = IntPoly.signAt(f, l);
        while (true) {
            Rational gl = l.multiply(rg);
            Rational gh = h.multiply(rg);
            BigInteger kLo = gl.floor().add(BigInteger.ONE); // smallest integer > g l
            BigInteger kHi = gh.ceil().subtract(BigInteger.ONE); // largest integer < g h
            if (kLo.compareTo(kHi) > 0) {
                return iv; // no candidate left: the root is irrational
            }
            BigInteger k = gl.add(gh).divide(Rational.TWO).floor().max(kLo).min(kHi);
            Rational m = Rational.of(k, g);
            int s = IntPoly.signAt(f, m);
            if (s == 0) {
                return new Interval(f, m, m);
            }
            if (s == sl) {
                l = m;
            } else {
                h = m;
            }
        }
    }

    /** {@link #refineAround}'s rule: stop when the distance to x and the root are known to 10^-5 relative; split near x first. */
    private static final class AroundRule implements Rule {
        private static final Rational TEN_K = Rational.of(100_000);
        private static final Rational SIXTEEN = Rational.of(16);
        private final Rational x;
        private Rational delta;

        AroundRule(Rational x) {
            this.x = x;
        }

        @Override
        public Interval result(BigInteger[] f, Rational l, Rational h, int k) {
            Rational width = h.subtract(l);
            Rational dLow = x.compareTo(l) < 0 ? l.subtract(x) : (x.compareTo(h) > 0 ? x.subtract(h) : Rational.ZERO);
            boolean straddlesZero = l.signum() < 0 && h.signum() > 0;
            boolean relOk = !straddlesZero && width.multiply(TEN_K).compareTo(l.abs().min(h.abs())) <= 0;
            boolean absOk = dLow.signum() > 0 && width.multiply(TEN_K).compareTo(dLow) <= 0;
            return relOk && absOk ? new Interval(f, l, h) : null;
        }

        @Override
        public Rational split(Rational l, Rational h) {
            Rational m;
            if (l.signum() < 0 && h.signum() > 0) {
                m = Rational.ZERO;
            } else if (x.compareTo(l) > 0 && x.compareTo(h) < 0) {
                m = x;
            } else if (x.equals(l) || x.equals(h)) {
                // geometric search outward from x: a good given value sits ~1 ulp from the root
                Rational width = h.subtract(l);
                Rational step = width.divide(SIXTEEN);
                if (delta == null) {
                    delta = (x.signum() == 0 ? width : x.abs()).divide(Rational.of(BigInteger.ONE.shiftLeft(50)));
                }
                if (delta.compareTo(step) < 0) {
                    step = delta;
                    delta = delta.multiply(SIXTEEN);
                }
                m = x.equals(l) ? l.add(step) : h.subtract(step);
            } else {
                m = l.add(h).divide(Rational.TWO);
            }
            if (!m.equals(x) && m.signum() != 0) {
                m = dyadicInside(m, l, h);
            }
            return m;
        }
    }

    /**
     * Shrinks the isolating interval of a root until both ends, truncated toward zero to {@code n}
     * significant digits, agree (so those digits are the root's), or the root is met exactly: by
     * bisection (at 0 while the interval straddles it), and every 64 steps the common candidate
     * decimal itself is tested as a root (a rational root on a decimal boundary would otherwise
     * never separate). The test vectors' eigenvalues are printed this way.
     */
    public static Interval refineToDigits(Interval iv, int n) {
        if (iv.exact()) {
            return iv;
        }
        BigInteger[] f = iv.coefficients();
        return shrink(f, iv.lo(), iv.hi(), IntPoly.signAt(f, iv.lo()), new DigitsRule(n), 1_000_000, m -> IntPoly.signAt(f, m));
    }

    /** {@link #refineToDigits}'s rule. */
    private static final class DigitsRule implements Rule {
        private final int n;

        DigitsRule(int n) {
            this.n = n;
        }

        @Override
        public Interval result(BigInteger[] f, Rational l, Rational h, int k) {
            if (l.signum() * h.signum() <= 0) {
                return null;
            }
            BigDecimal a = Audit.round(l.abs(), n, RoundingMode.FLOOR);
            BigDecimal b = Audit.round(h.abs(), n, RoundingMode.FLOOR);
            if (a.compareTo(b) == 0) {
                return new Interval(f, l, h);
            }
            if (k % 64 == 63) {
                for (BigDecimal c : new BigDecimal[] {a, b}) {
                    Rational x = Rational.of(l.signum() < 0 ? c.negate() : c);
                    if (x.compareTo(l) > 0 && x.compareTo(h) < 0 && IntPoly.signAt(f, x) == 0) {
                        return new Interval(f, x, x);
                    }
                }
            }
            return null;
        }

        @Override
        public Rational split(Rational l, Rational h) {
            return l.signum() < 0 && h.signum() > 0 ? Rational.ZERO : l.add(h).divide(Rational.TWO);
        }
    }

    /** How a refinement decides: when the bracket is good enough, and where to split it next. */
    private interface Rule {
        /** @return the result when the bracket {@code (l, h)} is good enough after {@code k} splits, else null */
        Interval result(BigInteger[] f, Rational l, Rational h, int k);

        /** @return the next split point, strictly inside {@code (l, h)} */
        Rational split(Rational l, Rational h);
    }

    /**
     * The one refinement loop: shrinks the bracket {@code (l, h)} of a root of {@code f}
     * ({@code sign f(l) = sl}) by the exact sign at each split point the rule proposes, until the
     * rule accepts the bracket or a split point is the root itself. Only exact signs move the
     * ends, so the result isolates the root whatever the proposals were. {@code sign} gives the
     * exact sign of f at a point: evaluated, or read off a {@link SignOracle}'s certified bracket.
     */
    private static Interval shrink(BigInteger[] f, Rational l, Rational h, int sl, Rule rule, int maxSplits,
            java.util.function.Function<Rational, Integer> sign) {
        for (int k = 0; k < maxSplits; k++) {
            Interval r = rule.result(f, l, h, k);
            if (r != null) {
                return r;
            }
            Rational m = rule.split(l, h);
            int sm = sign.apply(m);
            if (sm == 0) {
                return new Interval(f, m, m);
            }
            if (sm == sl) {
                l = m;
            } else {
                h = m;
            }
        }
        throw new IllegalStateException("internal error: root refinement did not converge");
    }

    /** Newton iterations at most; each costs two polynomial evaluations. */
    private static final int NEWTON_STEPS = 12;
    private static final Rational FOUR_HUNDRED_THOUSAND = Rational.of(400_000);

    /**
     * Narrows the bracket {@code (l, h)} of a simple root of {@code f} ({@code sign f(l) = sl},
     * {@code sign f(h) = -sl}) with Newton's iteration started at {@code x}: each iterate
     * {@code c} (a dyadic rational) proposes a point, and once the Newton correction is below
     * {@code eps = min(|c|, |x - c|) / (4 10^5)} the points {@code c -+ eps} are tried as the new
     * bracket, which then already meets {@link #refineAround}'s width conditions. Every point
     * evaluated moves an endpoint only by its exact sign; proposals that leave the bracket, a zero
     * derivative or slow convergence just end the iteration (bisection takes over). Near a simple
     * root Newton converges quadratically, so a good {@code x} needs about 3 iterations where
     * bisection needs 40 or more evaluations.
     *
     * @return {@code {l, h}} narrowed, or {@code {r, r}} when a root {@code r} was hit exactly
     */
    static Rational[] newtonBracket(BigInteger[] f, Rational l, Rational h, int sl, Rational x) {
        return newtonBracket(f, l, h, sl, x, 0);
    }

    /** {@link #newtonBracket(BigInteger[], Rational, Rational, int, Rational)} with iterates and steps {@code extraBits} bits finer. */
    static Rational[] newtonBracket(BigInteger[] f, Rational l, Rational h, int sl, Rational x, int extraBits) {
        BigInteger[] df = IntPoly.derivative(f);
        if (df.length == 0) {
            return new Rational[] {l, h};
        }
        Rational c = x.compareTo(l) > 0 && x.compareTo(h) < 0 ? x : l.add(h).divide(Rational.TWO);
        for (int it = 0; it < NEWTON_STEPS; it++) {
            Rational eps = newtonTarget(c, x, h.subtract(l));
            if (eps == null) {
                break;
            }
            int k = Math.max(0, 8 - eps.floorLog2()) + extraBits;
            c = toDyadic(c, k);
            if (c.compareTo(l) <= 0 || c.compareTo(h) >= 0) {
                break;
            }
            BigInteger n = c.numerator().shiftLeft(k - (c.denominator().bitLength() - 1));
            BigInteger[] vs = valueSignAndNewtonStep(f, df, n, k);
            int sv = vs[0].signum();
            if (sv == 0) {
                return new Rational[] {c, c};
            }
            if (sv == sl) {
                l = c;
            } else {
                h = c;
            }
            if (vs[1] == null) {
                break;
            }
            int kk = k + 8;
            BigInteger stepNum = vs[1];
            Rational step = Rational.of(stepNum, BigInteger.ONE.shiftLeft(kk));
            Rational next = c.subtract(step);
            if (next.compareTo(l) <= 0 || next.compareTo(h) >= 0) {
                break;
            }
            Rational target = newtonTarget(next, x, h.subtract(l));
            if (target != null && step.abs().compareTo(target) <= 0) {
                Rational e = Rational.powerOfTwo(target.floorLog2());
                Rational a = next.subtract(e);
                Rational bb = next.add(e);
                if (a.compareTo(l) > 0 && bb.compareTo(h) < 0) {
                    for (Rational p : new Rational[] {a, bb}) {
                        if (p.compareTo(l) <= 0 || p.compareTo(h) >= 0) {
                            continue;
                        }
                        int sp = IntPoly.signAt(f, p);
                        if (sp == 0) {
                            return new Rational[] {p, p};
                        }
                        if (sp == sl) {
                            l = p;
                        } else {
                            h = p;
                        }
                    }
                    if (l.equals(a) && h.equals(bb)) {
                        return new Rational[] {l, h};
                    }
                }
            }
            c = next;
        }
        return new Rational[] {l, h};
    }

    /**
     * For {@code c = n / 2^k}: {@code {sign f(c), trunc(2^(k+8) f(c) / f'(c))}} as BigIntegers, the
     * second null when {@code f(c) = 0} or {@code f'(c) = 0}; exactly what the integer values
     * {@code v = 2^(km) f(c)} and {@code d = 2^(k(m-1)) f'(c)} give as {@code sign v} and
     * {@code trunc(v 2^(k+8) / (d 2^k))}. First in ball arithmetic ({@link BallHorner}): the sign
     * when the ball of f excludes 0, the truncated quotient when the quotient's ball has the same
     * truncation at its four corners (truncation is monotone, so then at every point of it);
     * otherwise, or for small degrees, with the exact integers.
     */
    static BigInteger[] valueSignAndNewtonStep(BigInteger[] f, BigInteger[] df, BigInteger n, int k) {
        if (f.length - 1 >= IntPoly.BALL_MIN_DEGREE) {
            Rational x = Rational.of(n, BigInteger.ONE.shiftLeft(k));
            int prec = BallHorner.initialPrecision(f.length - 1);
            for (int attempt = 0; attempt < 2; attempt++, prec *= 4) {
                BallHorner.Ball point = BallHorner.point(x, prec);
                BallHorner.Ball bf = BallHorner.eval(f, point, prec);
                if (bf.sign() == 0) {
                    continue;
                }
                BallHorner.Ball bd = BallHorner.eval(df, point, prec);
                if (bd.sign() == 0) {
                    continue;
                }
                int shift = k + 8 + bf.exp() - bd.exp();
                BigInteger q = null;
                boolean same = true;
                for (BigInteger fv : new BigInteger[] {bf.lo(), bf.hi()}) {
                    for (BigInteger dv : new BigInteger[] {bd.lo(), bd.hi()}) {
                        BigInteger t = shift >= 0 ? fv.shiftLeft(shift).divide(dv) : fv.divide(dv.shiftLeft(-shift));
                        if (q == null) {
                            q = t;
                        } else if (!q.equals(t)) {
                            same = false;
                        }
                    }
                }
                if (same) {
                    return new BigInteger[] {BigInteger.valueOf(bf.sign()), q};
                }
            }
        }
        return exactValueSignAndNewtonStep(f, df, n, k);
    }

    /** {@link #valueSignAndNewtonStep} with the exact integers only. */
    static BigInteger[] exactValueSignAndNewtonStep(BigInteger[] f, BigInteger[] df, BigInteger n, int k) {
        BigInteger v = IntPoly.scaledValueAtDyadic(f, n, k);
        if (v.signum() == 0) {
            return new BigInteger[] {v, null};
        }
        BigInteger d = IntPoly.scaledValueAtDyadic(df, n, k);
        if (d.signum() == 0) {
            return new BigInteger[] {v, null};
        }
        return new BigInteger[] {BigInteger.valueOf(v.signum()), v.shiftLeft(k + 8).divide(d.shiftLeft(k))};
    }

    /** {@code min(|c|, |x - c|) / (4 10^5)}, with the bracket width standing in for {@code |x - c| = 0}; null when that is 0. */
    private static Rational newtonTarget(Rational c, Rational x, Rational width) {
        Rational dx = x.subtract(c).abs();
        Rational m = c.abs().min(dx.signum() == 0 ? width : dx);
        return m.signum() == 0 ? null : m.divide(FOUR_HUNDRED_THOUSAND);
    }

    /** {@code floor(v 2^k) / 2^k}. */
    private static Rational toDyadic(Rational v, int k) {
        return Rational.of(v.multiply(Rational.of(BigInteger.ONE.shiftLeft(k))).floor(), BigInteger.ONE.shiftLeft(k));
    }
}
