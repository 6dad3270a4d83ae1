package dev.percept.structured;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.exact.ScaledVector;
import dev.percept.exact.SurdVector;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The symmetric {@code (d+2) x (d+2)} matrix of Proposition 4.1,
 * <pre>
 *       [ 0    0    a^T    ]
 *   A = [ 0    0    (Pa)^T ]
 *       [ a    Pa   0      ]
 * </pre>
 * held by its ingredients: {@code a} and {@code Pa} over one common denominator {@code L}. It is
 * never formed densely except by {@link #toDense()} for the referee checks; {@link #apply} costs
 * {@code O(d)} big-integer operations.
 */
public final class StructuredMatrix {

    private final Rational[] aSmall;
    private final Rational[] paSmall;
    private final ScaledVector a;
    private final ScaledVector pa;
    private final SymmetricInvolution p;
    // The three Gram entries every certificate needs, computed once.
    private final Rational aa;
    private final Rational papa;
    private final Rational apa;
    // Denominator groupings of aSmall and paSmall, shared by every inner product with them.
    private final ScaledVector.DenominatorGroups aGroups;
    private final ScaledVector.DenominatorGroups paGroups;

    private StructuredMatrix(Rational[] aSmall, Rational[] paSmall, ScaledVector a, ScaledVector pa, SymmetricInvolution p) {
        this.aSmall = aSmall;
        this.paSmall = paSmall;
        this.a = a;
        this.pa = pa;
        this.p = p;
        this.aGroups = ScaledVector.DenominatorGroups.of(aSmall);
        this.paGroups = ScaledVector.DenominatorGroups.of(paSmall);
        this.aa = ScaledVector.dot(aSmall, aGroups, a);
        this.papa = ScaledVector.dot(paSmall, paGroups, pa);
        this.apa = ScaledVector.dot(aSmall, aGroups, pa);
    }

    /**
     * Returns {@code M(a)} for the verified involution {@code p}.
     *
     * @throws IllegalArgumentException if the lengths differ or {@code a} is empty
     */
    public static StructuredMatrix of(Rational[] a, SymmetricInvolution p) {
        if (a.length == 0) {
            throw new IllegalArgumentException("a is empty");
        }
        if (a.length != p.dimension()) {
            throw new IllegalArgumentException("length mismatch: a has " + a.length + " entries, P is "
                    + p.dimension() + "x" + p.dimension());
        }
        Rational[] pa = p.apply(a);
        ScaledVector[] both = ScaledVector.common(a, pa);
        return new StructuredMatrix(a.clone(), pa, both[0], both[1], p);
    }

    /** @return d (the matrix is (d+2) x (d+2)) */
    public int d() {
        return a.length();
    }

    /** @return {@code a} over the common denominator */
    public ScaledVector a() {
        return a;
    }

    /** @return {@code Pa} over the common denominator */
    public ScaledVector pa() {
        return pa;
    }

    /** @return the involution P */
    public SymmetricInvolution involution() {
        return p;
    }

    /**
     * Returns {@code A v} for {@code v} with coordinates in {@code Q(sqrt r)}, through the block
     * structure: {@code (Av)_1 = a.w}, {@code (Av)_2 = Pa.w}, {@code (Av)_{2+i} = v_1 a_i + v_2 (Pa)_i}
     * with {@code w = (v_3, ..., v_{d+2})}. {@code O(d)}: the inner products group the terms by
     * the denominators of {@code a} ({@link ScaledVector#dot(Rational[], ScaledVector)}).
     */
    public SurdVector apply(SurdVector v) {
        return apply(v, new SurdVector.DotMemo());
    }

    /**
     * As {@link #apply(SurdVector)}, reusing inner products with rational-part arrays already seen
     * by {@code memo} (eigenvectors for {@code ±sqrt(q)} share theirs).
     */
    public SurdVector apply(SurdVector v, SurdVector.DotMemo memo) {
        int d = d();
        if (v.length() != d + 2) {
            throw new IllegalArgumentException("vector of length " + v.length() + ", expected " + (d + 2));
        }
        ScaledVector wx = tail(v.rationalParts());
        ScaledVector wy = tail(v.surdParts());
        Object key = v.rationalParts().numeratorsKey();
        Rational ax = memo.dot(aSmall, key, () -> ScaledVector.dot(aSmall, aGroups, wx));
        Rational ay = ScaledVector.dot(aSmall, aGroups, wy);
        Rational px = memo.dot(paSmall, key, () -> ScaledVector.dot(paSmall, paGroups, wx));
        Rational py = ScaledVector.dot(paSmall, paGroups, wy);
        // Tail coordinates live over L * (denominator of v's parts); the head inner products have
        // denominators dividing that, so it is the common denominator and the tail needs no rescaling.
        BigInteger xd = v.xDenominator().multiply(a.denominator());
        BigInteger yd = v.yDenominator().multiply(a.denominator());
        BigInteger lx = ScaledVector.lcm(ScaledVector.lcm(xd, ax.denominator()), px.denominator());
        BigInteger ly = ScaledVector.lcm(ScaledVector.lcm(yd, ay.denominator()), py.denominator());
        BigInteger[] x = new BigInteger[d + 2];
        BigInteger[] y = new BigInteger[d + 2];
        x[0] = ax.numerator().multiply(lx.divide(ax.denominator()));
        x[1] = px.numerator().multiply(lx.divide(px.denominator()));
        y[0] = ay.numerator().multiply(ly.divide(ay.denominator()));
        y[1] = py.numerator().multiply(ly.divide(py.denominator()));
        BigInteger fx = lx.divide(xd);
        BigInteger fy = ly.divide(yd);
        BigInteger x0 = v.x(0);
        BigInteger x1 = v.x(1);
        BigInteger y0 = v.y(0);
        BigInteger y1 = v.y(1);
        for (int i = 0; i < d; i++) {
            x[i + 2] = combine(x0, x1, a.numerator(i), pa.numerator(i), fx);
            y[i + 2] = combine(y0, y1, a.numerator(i), pa.numerator(i), fy);
        }
        return SurdVector.of(x, lx, y, ly, v.radicand());
    }

    /** {@code (c0 n + c1 m) * f}, skipping zero terms (the common case for eigenvectors). */
    private static BigInteger combine(BigInteger c0, BigInteger c1, BigInteger n, BigInteger m, BigInteger f) {
        BigInteger t = BigInteger.ZERO;
        if (c0.signum() != 0) {
            t = c0.equals(BigInteger.ONE) ? n : c0.equals(BigInteger.ONE.negate()) ? n.negate() : c0.multiply(n);
        }
        if (c1.signum() != 0) {
            BigInteger u = c1.equals(BigInteger.ONE) ? m : c1.equals(BigInteger.ONE.negate()) ? m.negate() : c1.multiply(m);
            t = t.add(u);
        }
        return f.equals(BigInteger.ONE) || t.signum() == 0 ? t : t.multiply(f);
    }

    /** Coordinates 3..d+2 of a (d+2)-vector, as a d-vector with the same denominator. */
    private static ScaledVector tail(ScaledVector v) {
        BigInteger[] t = new BigInteger[v.length() - 2];
        for (int i = 0; i < t.length; i++) {
            t[i] = v.numerator(i + 2);
        }
        return ScaledVector.ofNumerators(t, v.denominator());
    }

    /** @return {@code ||a||^2}, exact */
    public Rational normSquaredA() {
        return aa;
    }

    /** @return {@code ||Pa||^2}, exact (equals {@code ||a||^2} iff P preserves the norm of a) */
    public Rational normSquaredPa() {
        return papa;
    }

    /** @return {@code a^T P a}, exact */
    public Rational aTPa() {
        return apa;
    }

    /** @return {@code true} iff {@code a = 0} */
    public boolean aIsZero() {
        return a.isZero();
    }

    /** @return {@code true} iff {@code a = sign * Pa} coordinate-wise */
    public boolean aEqualsSignedPa(int sign) {
        for (int i = 0; i < d(); i++) {
            BigInteger rhs = sign >= 0 ? pa.numerator(i) : pa.numerator(i).negate();
            if (!a.numerator(i).equals(rhs)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns {@code tr(A^2) = ||A||_F^2 = 2(||a||^2 + ||Pa||^2)} from the blocks (each entry of
     * {@code a} and {@code Pa} appears twice in A).
     */
    public Rational traceOfSquare() {
        return normSquaredA().add(normSquaredPa()).multiply(Rational.TWO);
    }

    /**
     * Returns {@code tr(A^4) = 2 ||B^T B||_F^2} with {@code B = [a, Pa]}:
     * {@code A^2 = diag(B^T B, B B^T)} and the two Gram matrices have equal Frobenius norms.
     */
    public Rational traceOfFourthPower() {
        Rational aa = normSquaredA();
        Rational pp = normSquaredPa();
        Rational ap = aTPa();
        return aa.square().add(ap.square().multiply(Rational.TWO)).add(pp.square()).multiply(Rational.TWO);
    }

    /** @return the dense {@code (d+2) x (d+2)} rational matrix (referee path only) */
    public RationalMatrix toDense() {
        int d = d();
        Rational[][] m = new Rational[d + 2][d + 2];
        for (Rational[] row : m) {
            Arrays.fill(row, Rational.ZERO);
        }
        for (int i = 0; i < d; i++) {
            Rational ai = a.get(i);
            Rational pi = pa.get(i);
            m[0][i + 2] = ai;
            m[i + 2][0] = ai;
            m[1][i + 2] = pi;
            m[i + 2][1] = pi;
        }
        return RationalMatrix.of(m);
    }
}
