package dev.percept.minimal;

import dev.percept.dynamics.Activation;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.Model;
import dev.percept.dynamics.UnitModel;
import dev.percept.exact.Rational;
import dev.percept.model.ModelKind;
import dev.percept.structured.LinearMap;
import dev.percept.structured.Permutation;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The reconstructed minimal data set of claim M1 (spec/minimal-example.md): two points in R^d,
 * {@code b1 = (1, ..., 1)} with label +1 and {@code b2 = (1+mu, 1, ..., 1)} with label -1, and the
 * involution P that swaps coordinates 1 and 2. The signed points {@code a_i = y_i b_i} are kept as
 * integer vectors {@code A_i = n a_i} with {@code n} the denominator of {@code mu}: every margin is
 * then an integer multiple of the true one by a positive factor, so signs (all the perceptron uses)
 * are unchanged.
 */
public final class MinimalFamily {
    private final int d;
    private final Rational mu;
    private final BigInteger n;
    private final BigInteger[][] signedPoints;
    private final Permutation p;
    private final BigInteger stepInverse;

    private MinimalFamily(int d, Rational mu) {
        this.d = d;
        this.mu = mu;
        this.n = mu.denominator();
        BigInteger m = mu.numerator();
        BigInteger[] a1 = new BigInteger[d];
        BigInteger[] a2 = new BigInteger[d];
        for (int i = 0; i < d; i++) {
            a1[i] = n;
            a2[i] = n.negate();
        }
        a2[0] = n.add(m).negate();
        this.signedPoints = new BigInteger[][] {a1, a2};
        this.p = Permutation.swap(d, 1, 2);
        this.stepInverse = ceilSqrt(lambda2Squared());
    }

    /**
     * The family member for dimension {@code d >= 3} and {@code mu > 0}.
     *
     * @throws IllegalArgumentException if {@code d < 3} or {@code mu <= 0}
     */
    public static MinimalFamily of(int d, Rational mu) {
        if (d < 3) {
            throw new IllegalArgumentException("d must be at least 3, got " + d);
        }
        if (mu.signum() <= 0) {
            throw new IllegalArgumentException("mu must be positive, got " + mu);
        }
        return new MinimalFamily(d, mu);
    }

    /** @return the dimension d */
    public int d() {
        return d;
    }

    /** @return the parameter mu */
    public Rational mu() {
        return mu;
    }

    /** @return the positive integer n with {@code A_i = n a_i} (the denominator of mu) */
    public BigInteger dataScale() {
        return n;
    }

    /** @return the integer signed points {@code A_1 = n b1}, {@code A_2 = -n b2} (not copied: do not modify) */
    public BigInteger[][] signedPoints() {
        return signedPoints;
    }

    /** @return the signed points {@code a_i = y_i b_i} as exact rationals */
    public Rational[][] signedPointsRational() {
        Rational[][] r = new Rational[2][d];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < d; j++) {
                r[i][j] = Rational.of(signedPoints[i][j], n);
            }
        }
        return r;
    }

    /** @return P, the swap of coordinates 1 and 2 */
    public Permutation involution() {
        return p;
    }

    /** @return {@code lambda2^2 = (2+mu)^2 + 2(d-2)}, the squared top eigenvalue of A2 (claim C2) */
    public Rational lambda2Squared() {
        return Rational.TWO.add(mu).square().add(Rational.of(2L * (d - 2)));
    }

    /** @return {@code k = ceil(lambda2)}, so the step {@code gamma = 1/k <= 1/lambda2} */
    public BigInteger stepInverse() {
        return stepInverse;
    }

    /** @return the step {@code gamma = 1/ceil(lambda2)} */
    public Rational gamma() {
        return Rational.of(BigInteger.ONE, stepInverse);
    }

    /** @return the data set: {@code b1 = (1, ..., 1)} labelled +1 and {@code b2 = (1+mu, 1, ..., 1)} labelled -1 */
    public Dataset dataset() {
        Rational[][] x = new Rational[2][d];
        for (int j = 0; j < d; j++) {
            x[0][j] = Rational.ONE;
            x[1][j] = Rational.ONE;
        }
        x[1][0] = Rational.ONE.add(mu);
        return new Dataset("minimal d=" + d + " mu=" + mu, x, new int[] {1, -1});
    }

    /** @return the tied model {@code u1 w^T x + u2 w^T P x} (identity activation) on which {@code y_i grad f = M(a_i) theta} */
    public UnitModel tiedModel() {
        return UnitModel.tied(p, Activation.IDENTITY);
    }

    /** @return {@code lambda1^2 = 2d}, the squared top eigenvalue of A1 (claim C1) */
    public Rational lambda1Squared() {
        return Rational.of(2L * d);
    }

    /**
     * Recognizes the family in a model and a data set: the tied model on the identity activation
     * with P the swap of coordinates 1 and 2, and the two points {@code b1 = (1, ..., 1)} labelled +1,
     * {@code b2 = (1+mu, 1, ..., 1)} labelled -1 with {@code mu > 0}, in this order, {@code d >= 3}.
     *
     * @return the member, or empty if the pair is anything else
     */
    public static Optional<MinimalFamily> recognize(Model model, Dataset data) {
        if (!(model instanceof UnitModel u) || model.kind() != ModelKind.TIED || u.activation() != Activation.IDENTITY) {
            return Optional.empty();
        }
        int d = data.d();
        if (d < 3 || data.n() != 2 || data.y(0) != 1 || data.y(1) != -1 || !isSwap12(u.map(), d)) {
            return Optional.empty();
        }
        Rational mu = data.x(1)[0].subtract(Rational.ONE);
        if (mu.signum() <= 0) {
            return Optional.empty();
        }
        Dataset expected = new MinimalFamily(d, mu).dataset();
        for (int i = 0; i < 2; i++) {
            if (!java.util.Arrays.equals(expected.x(i), data.x(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(new MinimalFamily(d, mu));
    }

    /** Whether P maps {@code (1, 2, 3, ..., d)} to {@code (2, 1, 3, ..., d)}, i.e. is the swap of coordinates 1 and 2. */
    private static boolean isSwap12(LinearMap p, int d) {
        if (p == null || p.dimension() != d) {
            return false;
        }
        Rational[] probe = new Rational[d];
        Rational[] want = new Rational[d];
        for (int i = 0; i < d; i++) {
            probe[i] = Rational.of(i + 1);
            want[i] = probe[i];
        }
        want[0] = Rational.TWO;
        want[1] = Rational.ONE;
        return java.util.Arrays.equals(p.apply(probe), want);
    }

    /** @return the smallest integer k with {@code k^2 >= q} for a rational {@code q >= 0} (exact) */
    public static BigInteger ceilSqrt(Rational q) {
        BigInteger k = q.floor().sqrt();
        while (Rational.of(k).square().compareTo(q) < 0) {
            k = k.add(BigInteger.ONE);
        }
        return k;
    }
}
