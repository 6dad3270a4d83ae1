package dev.percept.minimal;

import dev.percept.dynamics.Ball;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.PatternMatrix;
import dev.percept.dynamics.UnitModel;
import dev.percept.dynamics.Vec;
import dev.percept.exact.QuadraticSurd;
import dev.percept.exact.Rational;
import dev.percept.exact.SurdSum;
import dev.percept.exact.SurdVector;
import dev.percept.structured.Eigenpair;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The proof step of the paper's main bound (claims L2, L2.A1, L2.B, L2.H; spec/main-bound.md) on a
 * member of the minimal family: for a step {@code theta_{t+1} = (I + gamma A) theta_t + xi_t} with
 * one of the three matrices the perceptron uses (Lemma C.2's "options": {@code A1}, {@code A2} and
 * the brake {@code A1 + A2 = M(-mu e1)}), the bound
 * <pre>
 *   ||theta_{t+1}||^2 &lt;= (1+s) Q(theta_t) + (1 + 1/s) ||xi_t||^2 + (1+s) 2 gamma Lambda (4 ||xi_t|| ||theta_t|| + ||xi_t||^2)
 * </pre>
 * with {@code Lambda = lambda1, lambda2, mu} for {@code A1, A2, brake} and the bracket {@code Q}
 * the fragment's sum of squared eigen-coordinates with coefficient 1, except
 * {@code (1+gamma mu)^2 (1-gamma mu)} on {@code <theta, vmu+>^2} and {@code (1-gamma mu)^2 (1+2 gamma mu)}
 * on {@code <theta, vmu->^2} for {@code A2} and the brake. Because the unit eigenvectors form an
 * orthonormal basis, {@code Q = ||theta||^2 - (1 - c+) <theta,vmu+>^2 - (1 - c-) <theta,vmu->^2}
 * (Parseval), a rational; {@link #bracketFromSpectrum} evaluates the fragment's literal sum from the
 * certified eigenpairs instead, as a cross-check.
 *
 * <p>Exact evaluation ({@link #evaluate}): every quantity is rational except {@code Lambda} and the
 * norms, and {@code RHS - LHS = a + b sqrt(Lambda^2) + c sqrt(Lambda^2 ||xi||^2 ||theta||^2)}, whose
 * sign {@link SurdSum} decides exactly. Certified evaluation along GD runs ({@link #certify}):
 * enclosures of the GD iterates, and the bound for every {@code s > 0} at once, as
 * {@code LHS <= inf_s RHS(s) = (sqrt(X) + ||xi||)^2} with {@code X = Q + 2 gamma Lambda (4 ||xi|| ||theta|| + ||xi||^2)}.
 */
public final class MainBound {

    /** The perceptron step options of Lemma C.2, with the claim whose bound applies to each. */
    public enum Option {
        /** Only point 1 misclassified: {@code A = A1}, claim L2.A1. */
        A1("L2.A1", "A1", new int[] {2, 0}),
        /** Only point 2 misclassified: {@code A = A2}, claim L2 (the fragment's case). */
        A2("L2", "A2", new int[] {0, 2}),
        /** Both misclassified, the "brake": {@code A = A1 + A2 = M(-mu e1)}, claim L2.B. */
        BRAKE("L2.B", "brake", new int[] {2, 2});

        private final String claim;
        private final String label;
        private final int[] twiceOmega;

        Option(String claim, String label, int[] twiceOmega) {
            this.claim = claim;
            this.label = label;
            this.twiceOmega = twiceOmega;
        }

        /** @return the claim ID of this option's bound */
        public String claim() {
            return claim;
        }

        /** @return {@code A1}, {@code A2} or {@code brake} */
        public String label() {
            return label;
        }

        /** @return the perceptron weights {@code 2 omega_i} of this option */
        public int[] twiceOmega() {
            return twiceOmega.clone();
        }

        /**
         * @return the option with these weights ({@code (2,0)}, {@code (0,2)}, {@code (2,2)}); empty for
         *     no update ({@code (0,0)}, separated) and for tie weights
         */
        public static Optional<Option> of(int[] twiceOmega) {
            for (Option o : values()) {
                if (Arrays.equals(o.twiceOmega, twiceOmega)) {
                    return Optional.of(o);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Which hypotheses of the bound an instance satisfies (spec/main-bound.md, section 2).
     *
     * @param sPositive {@code s > 0}
     * @param gammaNonNegative {@code gamma >= 0}
     * @param fragmentStep the fragment's step condition: {@code gamma <= 1/Lambda}, and for {@code A2}
     *     also {@code gamma <= 1/mu} (for the brake {@code Lambda = mu})
     * @param weakestStep the sharp step condition: {@code gamma Lambda <= (1+sqrt 5)/2} ({@code A2},
     *     brake) or {@code gamma Lambda <= sqrt 3} ({@code A1})
     * @param misclassifiedAfter {@code theta_{t+1}^T A theta_{t+1} <= 0} (point 2, point 1, or the sum
     *     of both margins after the step is not positive)
     */
    public record Hypotheses(boolean sPositive, boolean gammaNonNegative, boolean fragmentStep, boolean weakestStep,
            boolean misclassifiedAfter) {
        /** @return the hypotheses of L2, L2.A1, L2.B as stated (fragment's step condition) */
        public boolean fragment() {
            return sPositive && gammaNonNegative && fragmentStep && misclassifiedAfter;
        }

        /** @return the weakest hypotheses (claim L2.H) */
        public boolean weakest() {
            return sPositive && gammaNonNegative && weakestStep && misclassifiedAfter;
        }

        /** @return the names of the unmet hypotheses of the weakest set, e.g. {@code [misclassified after]} */
        public String unmet() {
            StringBuilder b = new StringBuilder();
            if (!sPositive) {
                b.append("s > 0, ");
            }
            if (!gammaNonNegative) {
                b.append("gamma >= 0, ");
            }
            if (!weakestStep) {
                b.append("sharp step condition, ");
            } else if (!fragmentStep) {
                b.append("(fragment's step condition), ");
            }
            if (!misclassifiedAfter) {
                b.append("misclassified after the step, ");
            }
            return b.length() == 0 ? "none" : b.substring(0, b.length() - 2);
        }
    }

    /**
     * The exact evaluation of one instance.
     *
     * @param option the step's matrix
     * @param gamma the step
     * @param s the Young parameter
     * @param lhs {@code ||theta_{t+1}||^2}
     * @param bracket the bracket {@code Q(theta_t)}
     * @param thetaSquared {@code ||theta_t||^2}
     * @param xiSquared {@code ||xi_t||^2}
     * @param lambdaSquared {@code Lambda^2}
     * @param formAfter {@code theta_{t+1}^T A theta_{t+1}} (twice the sum of the margins the option updates on)
     * @param hypotheses which hypotheses hold
     * @param slackSign the exact sign of {@code RHS - LHS}
     */
    public record Evaluation(Option option, Rational gamma, Rational s, Rational lhs, Rational bracket, Rational thetaSquared,
            Rational xiSquared, Rational lambdaSquared, Rational formAfter, Hypotheses hypotheses, int slackSign) {
        /** @return whether the inequality holds on this instance */
        public boolean holds() {
            return slackSign >= 0;
        }

        /** @return the right-hand side rounded to {@code digits} significant digits (enclosed, for messages) */
        public String rhsApprox(int digits) {
            MathContext mc = new MathContext(digits + 10, RoundingMode.HALF_EVEN);
            BigDecimal lam = Ball.sqrtUp(dec(lambdaSquared, mc));
            BigDecimal cross = Ball.sqrtUp(dec(xiSquared.multiply(thetaSquared), mc));
            BigDecimal onePlusS = dec(Rational.ONE.add(s), mc);
            BigDecimal v = onePlusS.multiply(dec(bracket, mc)).add(dec(Rational.ONE.add(s.reciprocal()).multiply(xiSquared), mc))
                    .add(onePlusS.multiply(dec(gamma.multiply(Rational.TWO), mc)).multiply(lam)
                            .multiply(cross.multiply(BigDecimal.valueOf(4)).add(dec(xiSquared, mc))));
            return v.signum() == 0 ? "0" : v.round(new MathContext(digits, RoundingMode.HALF_EVEN)).toString();
        }

        /** @return a one-line description (exact LHS, RHS to 8 digits, hypotheses) */
        public String describe() {
            return option.label() + " step, gamma = " + gamma + ", s = " + s + ": ||theta_{t+1}||^2 = " + lhs + " "
                    + (holds() ? "<=" : ">") + " RHS ~ " + rhsApprox(8) + "; theta_{t+1}^T A theta_{t+1} = " + formAfter
                    + "; unmet hypotheses: " + hypotheses.unmet();
        }
    }

    private MainBound() {
    }

    /** @return {@code Lambda^2}: {@code 2d} (A1), {@code lambda2^2} (A2), {@code mu^2} (brake) */
    public static Rational lambdaSquared(MinimalFamily f, Option o) {
        return switch (o) {
            case A1 -> f.lambda1Squared();
            case A2 -> f.lambda2Squared();
            case BRAKE -> f.mu().square();
        };
    }

    /** @return the eigenvalue modulus of the pair {@code vmu+-} carrying special coefficients: 0 for A1 (kernel, C3), mu otherwise */
    static Rational special(MinimalFamily f, Option o) {
        return o == Option.A1 ? Rational.ZERO : f.mu();
    }

    /** @return the unit vector {@code vmu+ = (-1, 1, 1, -1, 0, ..., 0)/2} (eigenvalue +mu of A2 and of the brake, in ker A1; C3) */
    public static Rational[] vmuPlus(int d) {
        return head(d, -1, 1, 1, -1);
    }

    /** @return the unit vector {@code vmu- = (1, -1, 1, -1, 0, ..., 0)/2} (eigenvalue -mu of A2 and of the brake, in ker A1; C3) */
    public static Rational[] vmuMinus(int d) {
        return head(d, 1, -1, 1, -1);
    }

    /** @return the unit vectors {@code wmu+- = (+-1, +-1, -1, -1, 0, ..., 0)/2}: the brake's other eigenvectors for {@code +-mu} */
    public static Rational[] wmu(int d, int sign) {
        return head(d, sign, sign, -1, -1);
    }

    /**
     * @return a vector of {@code ker A1 and ker A2} (hence of the brake's kernel): {@code (0, 0, w)}
     *     with {@code w = e3 - e4} for {@code d >= 4}, and {@code w = (1, 1, -(2+mu))} (orthogonal to
     *     {@code a1}, {@code a2} and {@code P a2}) for {@code d = 3}
     */
    public static Rational[] kernelVector(MinimalFamily f) {
        int d = f.d();
        Rational[] ker = Vec.zeros(d + 2);
        if (d >= 4) {
            ker[4] = Rational.ONE;
            ker[5] = Rational.MINUS_ONE;
        } else {
            ker[2] = Rational.ONE;
            ker[3] = Rational.ONE;
            ker[4] = Rational.TWO.add(f.mu()).negate();
        }
        return ker;
    }

    /**
     * @return {@code (-l, -l, a2 + P a2)}: for {@code l = lambda2} this is {@code 2 lambda2} times the
     *     unit eigenvector {@code v2-} of A2; a rational {@code l} near {@code lambda2} gives a rational
     *     vector nearly along {@code v2-}
     */
    public static Rational[] nearV2Minus(MinimalFamily f, Rational l) {
        int d = f.d();
        Rational[] a2 = f.signedPointsRational()[1];
        Rational[] t = new Rational[d + 2];
        t[0] = l.negate();
        t[1] = l.negate();
        for (int k = 0; k < d; k++) {
            t[2 + k] = a2[k].add(a2[k == 0 ? 1 : k == 1 ? 0 : k]);
        }
        return t;
    }

    private static Rational[] head(int d, int... h) {
        Rational[] v = new Rational[d + 2];
        Arrays.fill(v, Rational.ZERO);
        for (int i = 0; i < h.length; i++) {
            v[i] = Rational.of(h[i], 2);
        }
        return v;
    }

    /** @return the matrix of the option on the family's tied model, {@code A = sum_i omega_i M(a_i)} */
    public static PatternMatrix matrix(MinimalFamily f, Option o) {
        UnitModel m = f.tiedModel();
        Dataset data = f.dataset();
        int[] tw = o.twiceOmega();
        Rational[] c = {Rational.of(tw[0], 2), Rational.of(tw[1], 2)};
        Rational[] any = new Rational[m.parameterCount()];
        Arrays.fill(any, Rational.ZERO);
        return m.patternMatrix(any, data, c);
    }

    /** @return {@code (1+gamma mu)^2 (1-gamma mu)} and {@code (1-gamma mu)^2 (1+2 gamma mu)} for the pair's modulus {@code m} */
    static Rational[] coefficients(Rational gamma, Rational m) {
        Rational y = gamma.multiply(m);
        Rational plus = Rational.ONE.add(y).square().multiply(Rational.ONE.subtract(y));
        Rational minus = Rational.ONE.subtract(y).square().multiply(Rational.ONE.add(y.multiply(Rational.TWO)));
        return new Rational[] {plus, minus};
    }

    /** The bracket {@code Q(theta)} in Parseval form: {@code ||theta||^2 - (1 - c+) <theta,vmu+>^2 - (1 - c-) <theta,vmu->^2}. */
    public static Rational bracket(MinimalFamily f, Option o, Rational gamma, Rational[] theta) {
        Rational n2 = Vec.dot(theta, theta);
        if (o == Option.A1) {
            return n2;
        }
        Rational[] c = coefficients(gamma, special(f, o));
        Rational qp = Vec.dot(theta, vmuPlus(f.d()));
        Rational qm = Vec.dot(theta, vmuMinus(f.d()));
        return n2.subtract(Rational.ONE.subtract(c[0]).multiply(qp.square())).subtract(Rational.ONE.subtract(c[1]).multiply(qm.square()));
    }

    /**
     * The bracket as the fragment writes it: the sum over the certified eigenpairs of the option's
     * matrix ({@link PatternMatrix#prop41Spectrum}) of the squared coordinates {@code <theta, v>^2}
     * ({@code v} unit; each in {@code Q(sqrt(lambda^2))}), with coefficient {@code c+-} on the pair
     * {@code s - p} (the {@code vmu+-} of A2 and of the brake) and 1 on the others, plus the kernel
     * part {@code ||theta||^2 - sum <theta, v>^2}; for A1, {@code vmu+-} lie in the kernel (C3).
     *
     * @throws IllegalStateException if the sum is not rational (it always is: the surd parts of a
     *     pair with equal coefficients cancel, and {@code sqrt(mu^2)} is rational)
     */
    public static Rational bracketFromSpectrum(MinimalFamily f, Option o, Rational gamma, Rational[] theta) {
        Rational[] c = coefficients(gamma, special(f, o));
        Map<Rational, QuadraticSurd> byRadicand = new LinkedHashMap<>();
        Map<Rational, QuadraticSurd> projectedByRadicand = new LinkedHashMap<>();
        for (Eigenpair e : matrix(f, o).prop41Spectrum().eigenpairs()) {
            SurdVector v = e.vector();
            Rational r = v.radicand();
            QuadraticSurd dot = QuadraticSurd.rational(Rational.ZERO, r);
            QuadraticSurd norm = QuadraticSurd.rational(Rational.ZERO, r);
            for (int k = 0; k < theta.length; k++) {
                QuadraticSurd vk = v.get(k);
                dot = dot.add(vk.multiply(theta[k]));
                norm = norm.add(vk.multiply(vk));
            }
            Rational n = rationalValue(norm);
            QuadraticSurd coord2 = dot.multiply(dot).multiply(n.reciprocal());
            Rational coef = (o != Option.A1 && e.tau() < 0) ? (e.sign() > 0 ? c[0] : c[1]) : Rational.ONE;
            byRadicand.merge(r, coord2.multiply(coef), QuadraticSurd::add);
            projectedByRadicand.merge(r, coord2, QuadraticSurd::add);
        }
        Rational sum = Rational.ZERO;
        Rational proj = Rational.ZERO;
        for (QuadraticSurd q : byRadicand.values()) {
            sum = sum.add(rationalValue(q));
        }
        for (QuadraticSurd q : projectedByRadicand.values()) {
            proj = proj.add(rationalValue(q));
        }
        return sum.add(Vec.dot(theta, theta).subtract(proj));
    }

    /** The value of {@code x + y sqrt r} when it is rational ({@code y = 0} or {@code r} a rational square). */
    private static Rational rationalValue(QuadraticSurd q) {
        if (q.surdPart().isZero()) {
            return q.rationalPart();
        }
        Rational root = exactSqrt(q.radicand());
        if (root == null) {
            throw new IllegalStateException("not rational: " + q);
        }
        return q.rationalPart().add(q.surdPart().multiply(root));
    }

    /** @return {@code sqrt(r)} if it is rational, else {@code null} */
    static Rational exactSqrt(Rational r) {
        BigInteger n = r.numerator().sqrt();
        BigInteger d = r.denominator().sqrt();
        return n.multiply(n).equals(r.numerator()) && d.multiply(d).equals(r.denominator()) ? Rational.of(n, d) : null;
    }

    /**
     * Evaluates the bound exactly on one instance: the step, the hypotheses and the exact sign of
     * {@code RHS - LHS}.
     *
     * @throws IllegalArgumentException if {@code s = 0} (the bound has {@code 1/s}) or a vector has the wrong length
     */
    public static Evaluation evaluate(MinimalFamily f, Option o, Rational gamma, Rational s, Rational[] theta, Rational[] xi) {
        return evaluate(f, o, matrix(f, o), gamma, s, theta, xi);
    }

    /** As {@link #evaluate(MinimalFamily, Option, Rational, Rational, Rational[], Rational[])} with the option's {@link #matrix} given (O(d) to build). */
    public static Evaluation evaluate(MinimalFamily f, Option o, PatternMatrix a, Rational gamma, Rational s, Rational[] theta, Rational[] xi) {
        if (s.isZero()) {
            throw new IllegalArgumentException("s must not be 0 (the bound has 1/s)");
        }
        int n = f.d() + 2;
        if (theta.length != n || xi.length != n) {
            throw new IllegalArgumentException("theta and xi need d+2 = " + n + " entries");
        }
        Rational[] next = Vec.axpy(Vec.axpy(theta, gamma, a.apply(theta)), Rational.ONE, xi);
        Rational lhs = Vec.dot(next, next);
        Rational form = Vec.dot(next, a.apply(next));
        Rational lam2 = lambdaSquared(f, o);
        Rational t2 = Vec.dot(theta, theta);
        Rational x2 = Vec.dot(xi, xi);
        Rational q = bracket(f, o, gamma, theta);
        Rational onePlusS = Rational.ONE.add(s);
        // RHS - LHS = a + b sqrt(Lambda^2) + c sqrt(Lambda^2 ||xi||^2 ||theta||^2)
        Rational ra = onePlusS.multiply(q).add(Rational.ONE.add(s.reciprocal()).multiply(x2)).subtract(lhs);
        Rational rb = onePlusS.multiply(Rational.TWO).multiply(gamma).multiply(x2);
        Rational rc = onePlusS.multiply(Rational.of(8)).multiply(gamma);
        int sign = SurdSum.signum(ra, rb, lam2, rc, lam2.multiply(x2).multiply(t2));
        return new Evaluation(o, gamma, s, lhs, q, t2, x2, lam2, form, hypotheses(f, o, gamma, s, form), sign);
    }

    /**
     * The step condition's edge rounded down: the largest {@code gamma = p / den} ({@code p >= 0}
     * an integer) that satisfies the fragment's step condition ({@code sharp = false}; e.g.
     * {@code 1/lambda2} rounded down) or the sharp one of L2.H ({@code sharp = true}).
     */
    public static Rational edgeStep(MinimalFamily f, Option o, BigInteger den, boolean sharp) {
        BigInteger lo = BigInteger.ZERO;
        BigInteger hi = den.multiply(BigInteger.valueOf(4));
        while (holdsStep(f, o, Rational.of(hi, den), sharp)) {
            hi = hi.shiftLeft(1);
        }
        // Invariant: lo satisfies the condition, hi does not.
        while (hi.subtract(lo).compareTo(BigInteger.ONE) > 0) {
            BigInteger mid = lo.add(hi).shiftRight(1);
            if (holdsStep(f, o, Rational.of(mid, den), sharp)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Rational.of(lo, den);
    }

    private static boolean holdsStep(MinimalFamily f, Option o, Rational gamma, boolean sharp) {
        return sharp ? weakestStep(f, o, gamma) : fragmentStep(f, o, gamma);
    }

    /** The hypotheses of an instance, decided exactly. */
    static Hypotheses hypotheses(MinimalFamily f, Option o, Rational gamma, Rational s, Rational form) {
        return new Hypotheses(s.signum() > 0, gamma.signum() >= 0, fragmentStep(f, o, gamma), weakestStep(f, o, gamma), form.signum() <= 0);
    }

    /** @return the fragment's step condition: {@code gamma Lambda <= 1}, and {@code gamma mu <= 1} for A2 (true for {@code gamma <= 0}) */
    public static boolean fragmentStep(MinimalFamily f, Option o, Rational gamma) {
        if (gamma.signum() <= 0) {
            return true;
        }
        boolean ok = gamma.square().multiply(lambdaSquared(f, o)).compareTo(Rational.ONE) <= 0;
        return o == Option.A2 ? ok && gamma.multiply(f.mu()).compareTo(Rational.ONE) <= 0 : ok;
    }

    /**
     * @return the sharp step condition of claim L2.H: {@code x = gamma Lambda <= sqrt 3} for A1,
     *     {@code x <= (1+sqrt 5)/2} (i.e. {@code x^2 <= x + 1}) for A2 and the brake (true for {@code gamma <= 0})
     */
    public static boolean weakestStep(MinimalFamily f, Option o, Rational gamma) {
        if (gamma.signum() <= 0) {
            return true;
        }
        Rational x2 = gamma.square().multiply(lambdaSquared(f, o));
        if (o == Option.A1) {
            return x2.compareTo(Rational.of(3)) <= 0;
        }
        // x >= 0 and x^2 <= x + 1  <=>  x^2 - 1 <= 0, or (x^2 - 1)^2 <= x^2.
        Rational m = x2.subtract(Rational.ONE);
        return m.signum() <= 0 || m.square().compareTo(x2) <= 0;
    }

    /**
     * The certified verdict of the bound at one step of a GD run.
     *
     * @param option the option the perceptron takes at {@code theta_t}
     * @param hypothesis {@code holds}, {@code fails} or {@code undecided}: the weakest hypotheses of the
     *     bound (step condition, {@code gamma >= 0}, misclassified after the step); {@code s > 0} is quantified
     * @param fragmentStep whether the fragment's step condition holds
     * @param verdict {@code holds} if {@code LHS <= inf_{s > 0} RHS(s)} is certified, {@code fails} if
     *     its negation is, else {@code undecided}
     * @param lhsUpper an upper bound of {@code ||theta_{t+1}||^2}
     * @param rhsLower a lower bound of {@code inf_{s > 0} RHS(s) = (sqrt(X) + ||xi_t||)^2}
     * @param ratioUpper an upper bound of {@code LHS / inf_s RHS(s)} (4 digits; {@code null} if the lower bound is 0)
     */
    public record Certified(Option option, String hypothesis, boolean fragmentStep, String verdict, BigDecimal lhsUpper,
            BigDecimal rhsLower, BigDecimal ratioUpper) {
    }

    private static final MathContext DOWN = new MathContext(34, RoundingMode.FLOOR);
    private static final MathContext UP = new MathContext(34, RoundingMode.CEILING);

    /**
     * Decides the bound at one GD step from enclosures ({@code spec/main-bound.md}, section 4).
     *
     * @param theta the enclosure of {@code theta_t}
     * @param xiLower a lower bound of {@code ||xi_t||}
     * @param xiUpper an upper bound of {@code ||xi_t||}
     * @param next the enclosure of {@code theta_{t+1}}
     * @param marginsNext the enclosures of the margins of {@code theta_{t+1}} (points 1 and 2)
     */
    public static Certified certify(MinimalFamily f, Option o, Rational gamma, Ball[] theta, BigDecimal xiLower, BigDecimal xiUpper,
            Ball[] next, List<Ball> marginsNext, MathContext mc) {
        // Hypothesis: theta_{t+1}^T A theta_{t+1} = 2 sum_i omega_i z_i(theta_{t+1}) <= 0.
        int[] tw = o.twiceOmega();
        Ball form = Ball.ZERO;
        for (int i = 0; i < 2; i++) {
            if (tw[i] != 0) {
                form = form.add(marginsNext.get(i), mc);
            }
        }
        String hyp;
        if (gamma.signum() < 0 || !weakestStep(f, o, gamma) || form.certainSign() > 0) {
            hyp = "fails";
        } else if (form.certainSign() < 0 || (form.center().signum() == 0 && form.radius().signum() == 0)) {
            hyp = "holds";
        } else {
            hyp = "undecided";
        }
        BigDecimal lhsUp = sq(Ball.normUpper(next), UP);
        BigDecimal lhsLo = sq(Ball.normLower(next), DOWN);
        Ball q = bracketBall(f, o, gamma, theta, mc);
        BigDecimal[] x = {lower(q), upper(q)};
        Rational lam2 = lambdaSquared(f, o);
        BigDecimal[] lam = {Ball.sqrtDown(dec(lam2, DOWN)), Ball.sqrtUp(dec(lam2, UP))};
        BigDecimal[] th = {Ball.normLower(theta), Ball.normUpper(theta)};
        BigDecimal[] xi = {xiLower, xiUpper};
        BigDecimal[] g = {dec(gamma, DOWN), dec(gamma, UP)};
        BigDecimal[] inf = new BigDecimal[2];
        for (int k = 0; k < 2; k++) {
            MathContext r = k == 0 ? DOWN : UP;
            BigDecimal extra = BigDecimal.valueOf(4).multiply(xi[k]).multiply(th[k], r).add(xi[k].multiply(xi[k], r), r);
            BigDecimal bigX = x[k].add(BigDecimal.valueOf(2).multiply(g[k]).multiply(lam[k], r).multiply(extra, r), r);
            BigDecimal root = k == 0 ? Ball.sqrtDown(bigX) : Ball.sqrtUp(bigX.max(BigDecimal.ZERO));
            inf[k] = sq(root.add(xi[k], r), r);
        }
        String verdict = lhsUp.compareTo(inf[0]) <= 0 ? "holds" : lhsLo.compareTo(inf[1]) > 0 ? "fails" : "undecided";
        BigDecimal ratio = inf[0].signum() > 0 ? lhsUp.divide(inf[0], new MathContext(4, RoundingMode.UP)) : null;
        return new Certified(o, hyp, fragmentStep(f, o, gamma), verdict, lhsUp, inf[0], ratio);
    }

    /** The bracket {@link #bracket} evaluated on an enclosure of theta. */
    static Ball bracketBall(MinimalFamily f, Option o, Rational gamma, Ball[] theta, MathContext mc) {
        Ball n2 = Ball.ZERO;
        for (Ball b : theta) {
            n2 = n2.add(b.multiply(b, mc), mc);
        }
        if (o == Option.A1) {
            return n2;
        }
        Rational[] c = coefficients(gamma, special(f, o));
        Ball qp = dotBall(theta, vmuPlus(f.d()), mc);
        Ball qm = dotBall(theta, vmuMinus(f.d()), mc);
        return n2.subtract(qp.multiply(qp, mc).multiply(Rational.ONE.subtract(c[0]), mc), mc)
                .subtract(qm.multiply(qm, mc).multiply(Rational.ONE.subtract(c[1]), mc), mc);
    }

    private static Ball dotBall(Ball[] x, Rational[] v, MathContext mc) {
        Ball s = Ball.ZERO;
        for (int k = 0; k < x.length; k++) {
            if (!v[k].isZero()) {
                s = s.add(x[k].multiply(v[k], mc), mc);
            }
        }
        return s;
    }

    private static BigDecimal lower(Ball b) {
        return b.center().subtract(b.radius(), DOWN);
    }

    private static BigDecimal upper(Ball b) {
        return b.center().add(b.radius(), UP);
    }

    private static BigDecimal sq(BigDecimal x, MathContext mc) {
        return x.multiply(x, mc);
    }

    static BigDecimal dec(Rational q, MathContext mc) {
        return new BigDecimal(q.numerator()).divide(new BigDecimal(q.denominator()), mc);
    }
}
