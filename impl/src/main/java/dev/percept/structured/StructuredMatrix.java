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

    private final ScaledVector a;
    private final ScaledVector pa;
    private final SymmetricInvolution p;

    private StructuredMatrix(ScaledVector a, ScaledVector pa, SymmetricInvolution p) {
        this.a = a;
        this.pa = pa;
        this.p = p;
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
        ScaledVector[] both = ScaledVector.common(a, p.apply(a));
        return new StructuredMatrix(both[0], both[1], p);
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
     * with {@code w = (v_3, ..., v_{d+2})}. {@code O(d)}.
     */
    public SurdVector apply(SurdVector v) {
        int d = d();
        if (v.length() != d + 2) {
            throw new IllegalArgumentException("vector of length " + v.length() + ", expected " + (d + 2));
        }
        BigInteger[] x = new BigInteger[d + 2];
        BigInteger[] y = new BigInteger[d + 2];
        BigInteger ax = BigInteger.ZERO;
        BigInteger ay = BigInteger.ZERO;
        BigInteger px = BigInteger.ZERO;
        BigInteger py = BigInteger.ZERO;
        for (int i = 0; i < d; i++) {
            BigInteger ai = a.numerator(i);
            BigInteger pi = pa.numerator(i);
            BigInteger vx = v.x(i + 2);
            BigInteger vy = v.y(i + 2);
            ax = ax.add(ai.multiply(vx));
            ay = ay.add(ai.multiply(vy));
            px = px.add(pi.multiply(vx));
            py = py.add(pi.multiply(vy));
            x[i + 2] = v.x(0).multiply(ai).add(v.x(1).multiply(pi));
            y[i + 2] = v.y(0).multiply(ai).add(v.y(1).multiply(pi));
        }
        x[0] = ax;
        y[0] = ay;
        x[1] = px;
        y[1] = py;
        return SurdVector.of(x, y, v.denominator().multiply(a.denominator()), v.radicand());
    }

    /** @return {@code ||a||^2}, exact */
    public Rational normSquaredA() {
        return a.dot(a);
    }

    /** @return {@code ||Pa||^2}, exact (equals {@code ||a||^2} iff P preserves the norm of a) */
    public Rational normSquaredPa() {
        return pa.dot(pa);
    }

    /** @return {@code a^T P a}, exact */
    public Rational aTPa() {
        return a.dot(pa);
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
