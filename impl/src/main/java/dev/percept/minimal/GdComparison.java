package dev.percept.minimal;

import ch.obermuhlner.math.big.BigDecimalMath;
import dev.percept.exact.Decimals;
import dev.percept.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Logistic GD on the minimal example (claim M1's comparison): how many GD steps until both margins
 * are positive, for the linear model and for the tied model, to compare with the exact perceptron
 * counts. Loss {@code sum_i log(1 + exp(-margin_i))} (the sum, so that the weight
 * {@code sigma(-margin)} replaces the perceptron's {@code omega(margin)} one for one; the mean loss
 * is the same with gamma scaled by n = 2).
 *
 * <p>Arithmetic: BigDecimal at {@code digits} significant digits with big-math's {@code exp}. For
 * {@code |margin| > 10^4} the weight is replaced by its limit 0 or 1 (error below e^-10000). A
 * count is reported only when runs at {@code digits} and {@code digits + 20} digits give the same
 * count ({@link #agreed}); otherwise -2. -1 means no separation within the cap.
 *
 * <p>Both runs use the same O(1) reduced state as the exact perceptrons ({@link ReducedTiedPerceptron}
 * explains why it is exact): margins only, for the linear model; {@code u1, u2, a_i^T w, (P a_i)^T w}
 * for the tied model.
 */
public final class GdComparison {

    private static final BigDecimal CUTOFF = BigDecimal.valueOf(10_000);

    private GdComparison() {
    }

    /** @return {@code sigma(-m) = 1 / (1 + exp(m))} at precision mc */
    static BigDecimal weight(BigDecimal m, MathContext mc) {
        if (m.compareTo(CUTOFF) > 0) {
            return BigDecimal.ZERO;
        }
        if (m.compareTo(CUTOFF.negate()) < 0) {
            return BigDecimal.ONE;
        }
        return BigDecimal.ONE.divide(BigDecimal.ONE.add(BigDecimalMath.exp(m, mc)), mc);
    }

    /**
     * Linear logistic GD {@code v <- v + gamma sum_i sigma(-a_i^T v) a_i} from 0.
     *
     * @return the number of steps until both margins are positive, or -1 at the cap
     */
    public static int linear(MinimalFamily fam, BigDecimal gamma, int cap, int digits) {
        MathContext mc = new MathContext(digits);
        BigInteger[][] a = fam.signedPoints();
        BigDecimal n2 = new BigDecimal(fam.dataScale().pow(2));
        BigDecimal[][] g = new BigDecimal[2][2];
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < 2; i++) {
                BigInteger acc = BigInteger.ZERO;
                for (int x = 0; x < fam.d(); x++) {
                    acc = acc.add(a[j][x].multiply(a[i][x]));
                }
                g[j][i] = new BigDecimal(acc).divide(n2, mc); // a_j^T a_i
            }
        }
        BigDecimal[] m = {BigDecimal.ZERO, BigDecimal.ZERO};
        for (int t = 0; t <= cap; t++) {
            if (m[0].signum() > 0 && m[1].signum() > 0) {
                return t;
            }
            BigDecimal[] w = {weight(m[0], mc), weight(m[1], mc)};
            BigDecimal[] next = m.clone();
            for (int j = 0; j < 2; j++) {
                for (int i = 0; i < 2; i++) {
                    next[j] = next[j].add(gamma.multiply(w[i], mc).multiply(g[j][i], mc), mc);
                }
            }
            m = next;
        }
        return -1;
    }

    /**
     * Tied-model GD {@code theta <- theta + gamma sum_i sigma(-margin_i) M(a_i) theta} from
     * {@code scale * theta0} with the family's step {@code gamma = 1/ceil(lambda2)}.
     *
     * @param theta0Integers a positive multiple of the start (e.g. {@link Starts#adversarial}); it
     *     is normalised to Euclidean norm about 1 before scaling (the rescaling is rounded at mc)
     * @return the number of steps until both margins are positive, or -1 at the cap
     */
    public static int tied(MinimalFamily fam, BigInteger[] theta0Integers, BigDecimal scale, int cap, int digits) {
        MathContext mc = new MathContext(digits);
        int d = fam.d();
        BigInteger[][] a = fam.signedPoints();
        BigDecimal n = new BigDecimal(fam.dataScale());
        BigInteger norm2 = BigInteger.ZERO;
        for (BigInteger x : theta0Integers) {
            norm2 = norm2.add(x.multiply(x));
        }
        BigDecimal f = scale.divide(BigDecimalMath.sqrt(new BigDecimal(norm2), mc), mc);
        BigDecimal u1 = new BigDecimal(theta0Integers[0]).multiply(f, mc);
        BigDecimal u2 = new BigDecimal(theta0Integers[1]).multiply(f, mc);
        BigDecimal[] s = new BigDecimal[2];
        BigDecimal[] r = new BigDecimal[2];
        BigDecimal[][] g = new BigDecimal[2][2];
        BigDecimal[][] h = new BigDecimal[2][2];
        for (int j = 0; j < 2; j++) {
            BigInteger ss = BigInteger.ZERO;
            BigInteger rr = BigInteger.ZERO;
            for (int x = 0; x < d; x++) {
                ss = ss.add(a[j][x].multiply(theta0Integers[2 + x]));
                rr = rr.add(a[j][fam.involution().image(x)].multiply(theta0Integers[2 + x]));
            }
            s[j] = new BigDecimal(ss).multiply(f, mc).divide(n, mc);
            r[j] = new BigDecimal(rr).multiply(f, mc).divide(n, mc);
            for (int i = 0; i < 2; i++) {
                BigInteger gg = BigInteger.ZERO;
                BigInteger hh = BigInteger.ZERO;
                for (int x = 0; x < d; x++) {
                    gg = gg.add(a[j][x].multiply(a[i][x]));
                    hh = hh.add(a[j][x].multiply(a[i][fam.involution().image(x)]));
                }
                g[j][i] = new BigDecimal(gg).divide(n.multiply(n), mc);
                h[j][i] = new BigDecimal(hh).divide(n.multiply(n), mc);
            }
        }
        BigDecimal gamma = BigDecimal.ONE.divide(new BigDecimal(fam.stepInverse()), mc);
        for (int t = 0; t <= cap; t++) {
            BigDecimal[] m = {u1.multiply(s[0], mc).add(u2.multiply(r[0], mc), mc), u1.multiply(s[1], mc).add(u2.multiply(r[1], mc), mc)};
            if (m[0].signum() > 0 && m[1].signum() > 0) {
                return t;
            }
            BigDecimal du1 = BigDecimal.ZERO;
            BigDecimal du2 = BigDecimal.ZERO;
            BigDecimal[] ns = s.clone();
            BigDecimal[] nr = r.clone();
            for (int i = 0; i < 2; i++) {
                BigDecimal c = gamma.multiply(weight(m[i], mc), mc);
                if (c.signum() == 0) {
                    continue;
                }
                du1 = du1.add(c.multiply(s[i], mc), mc);
                du2 = du2.add(c.multiply(r[i], mc), mc);
                for (int j = 0; j < 2; j++) {
                    ns[j] = ns[j].add(c.multiply(u1.multiply(g[j][i], mc).add(u2.multiply(h[j][i], mc), mc), mc), mc);
                    nr[j] = nr[j].add(c.multiply(u1.multiply(h[i][j], mc).add(u2.multiply(g[j][i], mc), mc), mc), mc);
                }
            }
            u1 = u1.add(du1, mc);
            u2 = u2.add(du2, mc);
            s = ns;
            r = nr;
        }
        return -1;
    }

    /** @return {@code count} if {@code other} equals it, else -2 (precision-dependent, not reported) */
    public static int agreed(int count, int other) {
        return count == other ? count : -2;
    }

    /**
     * A GD step count for one parameter (a linear step gamma, or a tied start scale c): the count
     * from {@link #agreed} (-1 no separation within the cap, -2 precisions disagree).
     */
    public record Count(Rational parameter, int steps) {
    }

    /**
     * The GD counts at one d, each reported only where {@code digits} and {@code digits + 20}
     * working digits give the same count: per {@code gamma}, linear logistic GD with step gamma
     * from 0 (capped as the linear perceptron, {@link ComplexityExperiment#linearCap}); per
     * {@code c}, tied logistic GD from {@code c (vmu- + eps g) / ||vmu- + eps g||}, the adversarial
     * start with {@link ComplexityExperiment#ADVERSARIAL_SEED} (capped as the two-layer perceptron).
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

    /** @return the counts at dimension {@code d} of the family with parameter {@code mu} (see {@link Counts}) */
    public static Counts countsAt(int d, Rational mu, Rational eps, List<Rational> gammas, List<Rational> scales, int digits) {
        MinimalFamily fam = MinimalFamily.of(d, mu);
        List<Count> lin = new ArrayList<>();
        for (Rational g : gammas) {
            BigDecimal gb = Decimals.round(g, digits + 20);
            int c1 = linear(fam, gb, ComplexityExperiment.linearCap(d), digits);
            int c2 = linear(fam, gb, ComplexityExperiment.linearCap(d), digits + 20);
            lin.add(new Count(g, agreed(c1, c2)));
        }
        List<Count> tied = new ArrayList<>();
        BigInteger[] start = Starts.adversarial(d, eps, ComplexityExperiment.ADVERSARIAL_SEED);
        for (Rational c : scales) {
            BigDecimal cb = Decimals.round(c, digits + 20);
            int c1 = tied(fam, start, cb, ComplexityExperiment.twoLayerCap(d), digits);
            int c2 = tied(fam, start, cb, ComplexityExperiment.twoLayerCap(d), digits + 20);
            tied.add(new Count(c, agreed(c1, c2)));
        }
        return new Counts(d, lin, tied);
    }
}
