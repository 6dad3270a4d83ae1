package dev.percept.structured;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.exact.ScaledVector;
import dev.percept.exact.SmallEntrySums;
import dev.percept.exact.SurdVector;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The symmetric {@code (d+2) x (d+2)} matrix of a pair of vectors,
 * <pre>
 *             [ 0    0    a^T ]
 *   M(a, b) = [ 0    0    b^T ]
 *             [ a    b    0   ]
 * </pre>
 * held by its ingredients {@code a} and {@code b} over one common denominator {@code L}. With
 * {@code b = Pa} for an orthogonal P it is the matrix of Proposition 4.1 ({@link #of}); for any
 * {@code b} it is the general pair of claim P41.G ({@link #pair}). It is never formed densely
 * except by {@link #toDense()} for the referee checks; {@link #apply} costs {@code O(d)}
 * big-integer operations.
 */
public final class StructuredMatrix {

    private final Rational[] aSmall;
    private final Rational[] bSmall;
    private final OrthogonalMap p;
    // a and b over their common denominator L, built on first use (the dense referee, the explicit
    // eigenvectors, the general pair): at d = 10^7 with L of ~1 443 bits they would take gigabytes.
    private ScaledVector a;
    private ScaledVector b;
    // The three Gram entries every certificate needs, computed once.
    private final Rational aa;
    private final Rational bb;
    private final Rational ab;
    // Denominator groupings of aSmall and bSmall, shared by every inner product with them (built on first use).
    private ScaledVector.DenominatorGroups aGroups;
    private ScaledVector.DenominatorGroups bGroups;

    private StructuredMatrix(Rational[] aSmall, Rational[] bSmall, OrthogonalMap p) {
        this.aSmall = aSmall;
        this.bSmall = bSmall;
        this.p = p;
        // Small entries (the common input): each entry over its own denominator, long products
        // per entry and big numbers per denominator cell only (SmallEntrySums).
        SmallEntrySums.Entries as = SmallEntrySums.of(aSmall);
        SmallEntrySums.Entries bs = as == null ? null : SmallEntrySums.of(bSmall);
        if (bs != null) {
            // Per cell (a's denominator, b's denominator) the Gram sums are integer sums of the
            // numerators, {sum n^2, sum m^2, sum n m}; combined over the cells' denominators.
            SmallEntrySums.Cells cells = SmallEntrySums.cells(as, bs);
            BigInteger[] nn = new BigInteger[cells.count()];
            BigInteger[] mm = new BigInteger[cells.count()];
            BigInteger[] nm = new BigInteger[cells.count()];
            for (int c = 0; c < cells.count(); c++) {
                BigInteger[] g = gram(cells.uNumerators(c), cells.vNumerators(c));
                nn[c] = g[0];
                mm[c] = g[1];
                nm[c] = g[2];
            }
            this.aa = cells.overUU(nn);
            this.bb = cells.overVV(mm);
            this.ab = cells.overUV(nm);
        } else {
            this.aa = ScaledVector.dot(aSmall, aGroups(), a());
            this.bb = ScaledVector.dot(bSmall, bGroups(), b());
            this.ab = ScaledVector.dot(aSmall, aGroups(), b());
        }
    }

    /** {@code {sum n_i^2, sum m_i^2, sum n_i m_i}} of two integer arrays of equal length. */
    private static BigInteger[] gram(BigInteger[] n, BigInteger[] m) {
        BigInteger nn = BigInteger.ZERO;
        BigInteger mm = BigInteger.ZERO;
        BigInteger nm = BigInteger.ZERO;
        for (int i = 0; i < n.length; i++) {
            nn = nn.add(n[i].multiply(n[i]));
            mm = mm.add(m[i].multiply(m[i]));
            nm = nm.add(n[i].multiply(m[i]));
        }
        return new BigInteger[] {nn, mm, nm};
    }

    private ScaledVector.DenominatorGroups aGroups() {
        if (aGroups == null) {
            aGroups = ScaledVector.DenominatorGroups.of(aSmall);
        }
        return aGroups;
    }

    private ScaledVector.DenominatorGroups bGroups() {
        if (bGroups == null) {
            bGroups = ScaledVector.DenominatorGroups.of(bSmall);
        }
        return bGroups;
    }

    /** Builds a and b over their common denominator, once. */
    private void common() {
        if (a == null) {
            ScaledVector[] both = ScaledVector.common(aSmall, bSmall);
            b = both[1];
            a = both[0];
        }
    }

    /**
     * Returns {@code M(a, Pa)}, the matrix of Proposition 4.1, for the verified orthogonal {@code p}.
     *
     * @throws IllegalArgumentException if the lengths differ or {@code a} is empty
     */
    public static StructuredMatrix of(Rational[] a, OrthogonalMap p) {
        if (a.length == 0) {
            throw new IllegalArgumentException("a is empty");
        }
        if (a.length != p.dimension()) {
            throw new IllegalArgumentException("length mismatch: a has " + a.length + " entries, P is "
                    + p.dimension() + "x" + p.dimension());
        }
        return new StructuredMatrix(a.clone(), p.apply(a), p);
    }

    /**
     * Returns {@code M(a, b)} for any two rational vectors of the same length (claim P41.G).
     *
     * @throws IllegalArgumentException if the lengths differ or {@code a} is empty
     */
    public static StructuredMatrix pair(Rational[] a, Rational[] b) {
        if (a.length == 0) {
            throw new IllegalArgumentException("a is empty");
        }
        if (a.length != b.length) {
            throw new IllegalArgumentException("length mismatch: a has " + a.length + " entries, b has " + b.length);
        }
        return new StructuredMatrix(a.clone(), b.clone(), null);
    }

    /** @return d (the matrix is (d+2) x (d+2)) */
    public int d() {
        return aSmall.length;
    }

    /** @return {@code a} over the common denominator */
    public synchronized ScaledVector a() {
        common();
        return a;
    }

    /** @return {@code b} ({@code = Pa} for Proposition 4.1) over the common denominator */
    public synchronized ScaledVector b() {
        common();
        return b;
    }

    /** @return the orthogonal P when the matrix was built as {@code M(a, Pa)}, else {@code null} */
    public OrthogonalMap map() {
        return p;
    }

    /**
     * Returns {@code A v} for {@code v} with coordinates in {@code Q(sqrt r)}, through the block
     * structure: {@code (Av)_1 = a.w}, {@code (Av)_2 = b.w}, {@code (Av)_{2+i} = v_1 a_i + v_2 b_i}
     * with {@code w = (v_3, ..., v_{d+2})}. {@code O(d)}: the inner products group the terms by
     * the denominators of {@code a} ({@link ScaledVector#dot(Rational[], ScaledVector)}).
     */
    public SurdVector apply(SurdVector v) {
        return apply(v, new SurdVector.DotMemo());
    }

    /**
     * As {@link #apply(SurdVector)}, reusing inner products with rational-part and surd-part
     * arrays already seen by {@code memo} (eigenvectors for {@code ±sqrt(q)} share theirs; the
     * memo is keyed by array identity, and the arrays of a SurdVector never change).
     */
    public SurdVector apply(SurdVector v, SurdVector.DotMemo memo) {
        int d = d();
        if (v.length() != d + 2) {
            throw new IllegalArgumentException("vector of length " + v.length() + ", expected " + (d + 2));
        }
        ScaledVector wx = tail(v.rationalParts());
        ScaledVector wy = tail(v.surdParts());
        Object key = v.rationalParts().numeratorsKey();
        Object yKey = v.surdParts().numeratorsKey();
        ScaledVector.DenominatorGroups ag = aGroups();
        ScaledVector.DenominatorGroups bg = bGroups();
        ScaledVector a = a();
        ScaledVector b = b();
        Rational ax = memo.dot(aSmall, key, () -> ScaledVector.dot(aSmall, ag, wx));
        Rational ay = memo.dot(aSmall, yKey, () -> ScaledVector.dot(aSmall, ag, wy));
        Rational px = memo.dot(bSmall, key, () -> ScaledVector.dot(bSmall, bg, wx));
        Rational py = memo.dot(bSmall, yKey, () -> ScaledVector.dot(bSmall, bg, wy));
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
            x[i + 2] = combine(x0, x1, a.numerator(i), b.numerator(i), fx);
            y[i + 2] = combine(y0, y1, a.numerator(i), b.numerator(i), fy);
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

    /** @return {@code t = ||b||^2}, exact ({@code ||Pa||^2}, which equals {@code ||a||^2} for an orthogonal P) */
    public Rational normSquaredB() {
        return bb;
    }

    /** @return {@code p = a^T b}, exact ({@code a^T P a} for Proposition 4.1) */
    public Rational aDotB() {
        return ab;
    }

    /** @return {@code true} iff {@code a = 0} */
    public boolean aIsZero() {
        return allZero(aSmall);
    }

    /** @return {@code true} iff {@code b = 0} */
    public boolean bIsZero() {
        return allZero(bSmall);
    }

    /** @return {@code true} iff {@code a = sign * b} coordinate-wise ({@code a = ±Pa} for Proposition 4.1) */
    public boolean aEqualsSignedB(int sign) {
        for (int i = 0; i < d(); i++) {
            Rational rhs = sign >= 0 ? bSmall[i] : bSmall[i].negate();
            if (!aSmall[i].equals(rhs)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allZero(Rational[] v) {
        for (Rational x : v) {
            if (!x.isZero()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns {@code tr(A^2) = ||A||_F^2 = 2(||a||^2 + ||b||^2)} from the blocks (each entry of
     * {@code a} and {@code b} appears twice in A).
     */
    public Rational traceOfSquare() {
        return normSquaredA().add(normSquaredB()).multiply(Rational.TWO);
    }

    /**
     * Returns {@code tr(A^4) = 2 ||B^T B||_F^2 = 2(s^2 + 2p^2 + t^2)} with {@code B = [a, b]}:
     * {@code A^2 = diag(B^T B, B B^T)} and the two Gram matrices have equal Frobenius norms.
     */
    public Rational traceOfFourthPower() {
        Rational s = normSquaredA();
        Rational t = normSquaredB();
        Rational p = aDotB();
        return s.square().add(p.square().multiply(Rational.TWO)).add(t.square()).multiply(Rational.TWO);
    }

    /** @return the dense {@code (d+2) x (d+2)} rational matrix (referee path only) */
    public RationalMatrix toDense() {
        int d = d();
        Rational[][] m = new Rational[d + 2][d + 2];
        for (Rational[] row : m) {
            Arrays.fill(row, Rational.ZERO);
        }
        for (int i = 0; i < d; i++) {
            Rational ai = aSmall[i];
            Rational bi = bSmall[i];
            m[0][i + 2] = ai;
            m[i + 2][0] = ai;
            m[1][i + 2] = bi;
            m[i + 2][1] = bi;
        }
        return RationalMatrix.of(m);
    }
}
