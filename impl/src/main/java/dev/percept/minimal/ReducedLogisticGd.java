package dev.percept.minimal;

import dev.percept.dynamics.Ball;
import dev.percept.exact.IntMath;
import dev.percept.exact.Rational;
import dev.percept.model.TieMode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Logistic GD on the minimal example (claim M1's comparison): how many GD steps until both margins
 * are positive, for the linear model and for the tied model, to compare with the exact perceptron
 * counts. Loss {@code sum_i log(1 + exp(-margin_i))} (the sum, so that the weight
 * {@code sigma(-margin)} replaces the perceptron's {@code omega(margin)} one for one; the mean loss
 * is the same with gamma scaled by n = 2).
 *
 * <p><b>Reduced.</b> The same O(1) state as the exact reduced perceptrons
 * ({@link ReducedTiedPerceptron} explains why it is exact): the two margins for the linear model;
 * {@code u1, u2, a_i^T w, (P a_i)^T w} for the tied model, updated through the Gram numbers. That is
 * what makes d = 10^5 affordable; it is cross-checked against the full-state GD of
 * {@code dev.percept.dynamics.LogisticGd} on small d (both enclose the same iterates).
 *
 * <p><b>Arithmetic.</b> Ball arithmetic ({@link Ball}, the same as {@code LogisticGd}): every
 * quantity is an enclosure at working precision {@code mc}. A count is certified: at every step up
 * to it the sign of each margin is decided by its enclosure. The map
 * {@code m -> m + gamma G sigma(-m)} expands errors by up to {@code 1 + gamma d / 2} per step while a
 * margin is near 0, so long runs need more digits: {@link #linear} and {@link #tied} retry at 2 and 4
 * times the precision before answering {@link #UNDECIDED} (-2); {@link #NOT_SEPARATED} (-1) when the
 * cap is reached. (Measured: d = 256 needs 160 digits for linear GD at gamma = 1, d = 1024 needs
 * 640; tied GD at d = 1024 needs 160.)
 */
public final class ReducedLogisticGd {

    /** No separation within the cap. */
    public static final int NOT_SEPARATED = -1;
    /** A margin's sign was not decided by its enclosure before both were positive. */
    public static final int UNDECIDED = -2;

    private ReducedLogisticGd() {
    }

    /**
     * Linear logistic GD {@code v <- v + gamma sum_i sigma(-a_i^T v) a_i} from 0.
     *
     * @return the number of steps until both margins are positive (certified), {@link #NOT_SEPARATED} or {@link #UNDECIDED}
     */
    public static int linear(MinimalFamily fam, Rational gamma, int cap, MathContext mc) {
        int c = UNDECIDED;
        for (int k = 1; k <= RETRIES && c == UNDECIDED; k *= 2) {
            c = count(linearMargins(fam, gamma, cap, times(mc, k)));
        }
        return c;
    }

    /** The precision is tried at 1, 2 and 4 times {@code mc} before a count is reported undecided. */
    static final int RETRIES = 4;

    private static MathContext times(MathContext mc, int k) {
        return new MathContext(mc.getPrecision() * k, mc.getRoundingMode());
    }

    /**
     * The enclosures of the two margins {@code a_j^T v_t}, t = 0, 1, ..., of linear logistic GD from
     * 0, up to the first t at which both are certainly positive, one's sign is undecided, or t = cap.
     *
     * <p>As in {@code LogisticGd}, each margin is written {@code m_G = m_P + e} around the exact
     * perceptron margin {@code m_P} (tie rule half, same gamma, from 0, in rationals) and only
     * {@code e} is enclosed: {@code e_j <- e_j + gamma sum_i (sigma(-m_G,i) - omega_i) a_j^T a_i},
     * the residual {@code sigma(-z) - omega} evaluated with relative accuracy
     * ({@link Ball#logisticResidual}). At large gamma the perceptron meets exact ties ({@code m_P = 0})
     * where GD's margin is positive but below {@code 10^-1000000}; carried exactly, its sign is
     * still decided.
     */
    public static List<Ball[]> linearMargins(MinimalFamily fam, Rational gamma, int cap, MathContext mc) {
        Rational[][] a = fam.signedPointsRational();
        Rational[][] g = new Rational[2][2];
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < 2; i++) {
                g[j][i] = dot(a[j], a[i]).multiply(gamma); // gamma a_j^T a_i
            }
        }
        List<Ball[]> out = new ArrayList<>();
        Rational[] p = {Rational.ZERO, Rational.ZERO};
        Ball[] e = {Ball.ZERO, Ball.ZERO};
        for (int t = 0;; t++) {
            Ball[] m = {Ball.of(p[0], mc).add(e[0], mc), Ball.of(p[1], mc).add(e[1], mc)};
            out.add(m);
            if (decided(m) != 0 || t >= cap) {
                return out;
            }
            int[] tw = {TieMode.HALF.twiceOmega(p[0].signum()), TieMode.HALF.twiceOmega(p[1].signum())};
            Ball[] res = {m[0].logisticResidual(tw[0], mc), m[1].logisticResidual(tw[1], mc)};
            Rational[] np = p.clone();
            Ball[] ne = e.clone();
            for (int j = 0; j < 2; j++) {
                for (int i = 0; i < 2; i++) {
                    np[j] = np[j].add(g[j][i].multiply(Rational.of(tw[i], 2)));
                    ne[j] = ne[j].add(res[i].multiply(g[j][i], mc), mc);
                }
            }
            p = np;
            e = ne;
        }
    }

    /**
     * Tied-model GD {@code theta <- theta + gamma sum_i sigma(-margin_i) M(a_i) theta} from
     * {@code scale * theta0 / ||theta0||} with the family's step {@code gamma = 1/ceil(lambda2)}.
     *
     * @param theta0Integers a positive multiple of the start (e.g. {@link Starts#adversarial}); the
     *     normalisation {@code scale / ||theta0||} is enclosed (exact when the norm is an integer)
     * @return the number of steps until both margins are positive (certified), {@link #NOT_SEPARATED} or {@link #UNDECIDED}
     */
    public static int tied(MinimalFamily fam, BigInteger[] theta0Integers, Rational scale, int cap, MathContext mc) {
        int c = UNDECIDED;
        for (int k = 1; k <= RETRIES && c == UNDECIDED; k *= 2) {
            c = count(tiedTrajectory(fam, theta0Integers, scale, cap, times(mc, k)).margins);
        }
        return c;
    }

    /**
     * The reduced tied state along the run: per step {@code (u1, u2)} and the margins, up to the
     * first step at which both margins are certainly positive, one contains 0, or the cap.
     */
    public static TiedRun tiedTrajectory(MinimalFamily fam, BigInteger[] theta0Integers, Rational scale, int cap, MathContext mc) {
        int d = fam.d();
        Rational[][] a = fam.signedPointsRational();
        Rational[][] pa = {fam.involution().apply(a[0]), fam.involution().apply(a[1])};
        Ball f = normalisation(theta0Integers, scale, mc);
        Rational[] w0 = new Rational[d];
        for (int x = 0; x < d; x++) {
            w0[x] = Rational.of(theta0Integers[2 + x]);
        }
        Ball u1 = f.multiply(Rational.of(theta0Integers[0]), mc);
        Ball u2 = f.multiply(Rational.of(theta0Integers[1]), mc);
        Ball[] s = new Ball[2];
        Ball[] r = new Ball[2];
        Rational[][] g = new Rational[2][2];
        Rational[][] h = new Rational[2][2];
        for (int j = 0; j < 2; j++) {
            s[j] = f.multiply(dot(a[j], w0), mc);
            r[j] = f.multiply(dot(pa[j], w0), mc);
            for (int i = 0; i < 2; i++) {
                g[j][i] = dot(a[j], a[i]); // a_j^T a_i = (P a_j)^T (P a_i)
                h[j][i] = dot(a[j], pa[i]); // a_j^T P a_i
            }
        }
        Rational gamma = fam.gamma();
        TiedRun run = new TiedRun();
        for (int t = 0;; t++) {
            Ball[] m = {u1.multiply(s[0], mc).add(u2.multiply(r[0], mc), mc), u1.multiply(s[1], mc).add(u2.multiply(r[1], mc), mc)};
            run.margins.add(m);
            run.u.add(new Ball[] {u1, u2});
            if (decided(m) != 0 || t >= cap) {
                return run;
            }
            Ball du1 = Ball.ZERO;
            Ball du2 = Ball.ZERO;
            Ball[] ns = s.clone();
            Ball[] nr = r.clone();
            for (int i = 0; i < 2; i++) {
                Ball c = m[i].sigmaOfNegative(mc).multiply(gamma, mc);
                du1 = du1.add(c.multiply(s[i], mc), mc);
                du2 = du2.add(c.multiply(r[i], mc), mc);
                for (int j = 0; j < 2; j++) {
                    // w gains c_i (u1 a_i + u2 P a_i): a_j^T of it is c_i (u1 G_ji + u2 H_ji), (P a_j)^T of it c_i (u1 H_ij + u2 G_ji)
                    ns[j] = ns[j].add(c.multiply(u1.multiply(g[j][i], mc).add(u2.multiply(h[j][i], mc), mc), mc), mc);
                    nr[j] = nr[j].add(c.multiply(u1.multiply(h[i][j], mc).add(u2.multiply(g[j][i], mc), mc), mc), mc);
                }
            }
            u1 = u1.add(du1, mc);
            u2 = u2.add(du2, mc);
            s = ns;
            r = nr;
        }
    }

    /** The enclosures along a reduced tied run: per step t, {@code (u1, u2)} and the two margins. */
    public static final class TiedRun {
        private final List<Ball[]> u = new ArrayList<>();
        private final List<Ball[]> margins = new ArrayList<>();

        /** @return {@code (u1, u2)} at step t (a copy) */
        public Ball[] u(int t) {
            return u.get(t).clone();
        }

        /** @return the two margins at step t (a copy) */
        public Ball[] margins(int t) {
            return margins.get(t).clone();
        }

        /** @return the number of steps made */
        public int steps() {
            return margins.size() - 1;
        }
    }

    /** 1 if both margins are certainly positive, -1 if a margin's sign is undecided, 0 to go on. */
    private static int decided(Ball[] m) {
        int a = positivity(m[0]);
        int b = positivity(m[1]);
        if (a > 0 && b > 0) {
            return 1;
        }
        return a == 0 || b == 0 ? -1 : 0;
    }

    /** +1 if the margin is certainly positive, -1 if certainly not (negative, or exactly 0), 0 if its enclosure straddles 0. */
    private static int positivity(Ball m) {
        if (m.certainSign() != 0) {
            return m.certainSign();
        }
        return m.center().signum() == 0 && m.radius().signum() == 0 ? -1 : 0;
    }

    /** The count of a margin trajectory: its last step if it ended separated, else why not. */
    private static int count(List<Ball[]> margins) {
        Ball[] last = margins.get(margins.size() - 1);
        int state = decided(last);
        if (state > 0) {
            return margins.size() - 1;
        }
        return state < 0 ? UNDECIDED : NOT_SEPARATED;
    }

    /** A ball containing {@code scale / sqrt(N)}, {@code N = ||theta0||^2}: exact when N is a square. */
    static Ball normalisation(BigInteger[] theta0, Rational scale, MathContext mc) {
        BigInteger n2 = BigInteger.ZERO;
        for (BigInteger x : theta0) {
            n2 = n2.add(x.multiply(x));
        }
        BigInteger root = IntMath.isqrt(n2);
        if (root.multiply(root).equals(n2)) {
            return Ball.of(scale.divide(Rational.of(root)), mc);
        }
        // sqrt(N) in [lo, lo + 10^-k] with lo = isqrt(N 10^(2k)) / 10^k, k = precision + 10 digits
        int k = mc.getPrecision() + 10;
        BigInteger pow = BigInteger.TEN.pow(k);
        BigInteger m = IntMath.isqrt(n2.multiply(pow).multiply(pow));
        Rational hiF = scale.divide(Rational.of(m, pow));
        Rational loF = scale.divide(Rational.of(m.add(BigInteger.ONE), pow));
        Rational halfWidth = hiF.subtract(loF).divide(Rational.TWO);
        BigDecimal rad = new BigDecimal(halfWidth.numerator()).divide(new BigDecimal(halfWidth.denominator()), new MathContext(12, RoundingMode.UP));
        return Ball.of(loF.add(halfWidth), mc).widen(rad);
    }

    private static Rational dot(Rational[] a, Rational[] b) {
        Rational s = Rational.ZERO;
        for (int i = 0; i < a.length; i++) {
            s = s.add(a[i].multiply(b[i]));
        }
        return s;
    }

    /** A GD step count for one parameter (a linear step gamma, or a tied start scale c): as {@link #linear} and {@link #tied} return it. */
    public record Count(Rational parameter, int steps) {
    }

    /**
     * The GD counts at one d: per {@code gamma}, linear logistic GD with step gamma from 0 (capped
     * as the linear perceptron, {@link ComplexityExperiment#linearCap}); per {@code c}, tied
     * logistic GD from {@code c (vmu- + eps g) / ||vmu- + eps g||}, the adversarial start with
     * {@link ComplexityExperiment#ADVERSARIAL_SEED} (capped as the two-layer perceptron).
     *
     * @param linear the linear counts, in the order of {@code gammas}
     * @param tied the tied counts, in the order of {@code scales}
     */
    public record Counts(int d, List<Count> linear, List<Count> tied) {
        /** Keeps unmodifiable copies. */
        public Counts {
            linear = List.copyOf(linear);
            tied = List.copyOf(tied);
        }
    }

    /** @return the counts at dimension {@code d} of the family with parameter {@code mu}, at {@code digits} working digits (see {@link Counts}) */
    public static Counts countsAt(int d, Rational mu, Rational eps, List<Rational> gammas, List<Rational> scales, int digits) {
        MinimalFamily fam = MinimalFamily.of(d, mu);
        MathContext mc = new MathContext(digits);
        List<Count> lin = new ArrayList<>();
        for (Rational g : gammas) {
            lin.add(new Count(g, linear(fam, g, ComplexityExperiment.linearCap(d), mc)));
        }
        List<Count> tied = new ArrayList<>();
        BigInteger[] start = Starts.adversarial(d, eps, ComplexityExperiment.ADVERSARIAL_SEED);
        for (Rational c : scales) {
            tied.add(new Count(c, tied(fam, start, c, ComplexityExperiment.twoLayerCap(d), mc)));
        }
        return new Counts(d, lin, tied);
    }
}
