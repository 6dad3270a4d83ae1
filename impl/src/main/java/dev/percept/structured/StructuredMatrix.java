package dev.percept.structured;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.exact.ScaledVector;
import dev.percept.exact.SmallEntrySums;
import dev.percept.exact.SurdVector;
import dev.percept.spec.KernelUse;
import dev.percept.spec.kernels.StructuredProduct;
import dev.percept.spec.kernels.StructuredSums;
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
    // a and b over their common denominator L and their integer numerators (what the KeY-proved
    // StructuredProduct multiplies with), built on first use (the dense referee, explicit
    // eigenvectors, the general pair): at d = 10^7 with L of ~1 443 bits they would take gigabytes.
    private ScaledVector a;
    private ScaledVector b;
    private BigInteger[] an;
    private BigInteger[] bn;
    // The Gram entries and tr(A^2) every certificate needs, computed once through StructuredSums.gram.
    private final Rational aa;
    private final Rational bb;
    private final Rational ab;
    private final Rational trace2;

    private StructuredMatrix(Rational[] aSmall, Rational[] bSmall, OrthogonalMap p) {
        this.aSmall = aSmall;
        this.bSmall = bSmall;
        this.p = p;
        SmallEntrySums.Entries as = SmallEntrySums.of(aSmall);
        SmallEntrySums.Entries bs = as == null ? null : SmallEntrySums.of(bSmall);
        KernelUse.mark(KernelUse.Site.STRUCTURED_SUMS);
        if (bs != null) {
            // Small entries (the common input), each over its own denominator: per cell (a's
            // denominator, b's denominator) the proved kernel sums the integer numerators,
            // {sum n^2, sum m^2, sum n m}; the cells are combined over their denominators.
            // tr(A^2) = 2(||a||^2 + ||b||^2): every entry of a and b appears twice in A.
            SmallEntrySums.Cells cells = SmallEntrySums.cells(as, bs);
            BigInteger[] nn = new BigInteger[cells.count()];
            BigInteger[] mm = new BigInteger[cells.count()];
            BigInteger[] nm = new BigInteger[cells.count()];
            for (int c = 0; c < cells.count(); c++) {
                BigInteger[] g = StructuredSums.gram(cells.uNumerators(c), cells.vNumerators(c));
                nn[c] = g[0];
                mm[c] = g[1];
                nm[c] = g[2];
            }
            this.aa = cells.overUU(nn);
            this.bb = cells.overVV(mm);
            this.ab = cells.overUV(nm);
            this.trace2 = aa.add(bb).multiply(Rational.TWO);
        } else {
            // Large entries: the kernel on the numerators over the common denominator L.
            BigInteger[] g = StructuredSums.gram(an(), bn());
            BigInteger l2 = a().denominator().multiply(a().denominator());
            this.aa = Rational.of(g[0], l2);
            this.bb = Rational.of(g[1], l2);
            this.ab = Rational.of(g[2], l2);
            this.trace2 = Rational.of(g[3], l2);
        }
    }

    /** Builds a and b over their common denominator and their numerator arrays, once. */
    private synchronized void common() {
        if (an == null) {
            ScaledVector[] both = ScaledVector.common(aSmall, bSmall);
            a = both[0];
            b = both[1];
            bn = numerators(b);
            an = numerators(a);
        }
    }

    private BigInteger[] an() {
        common();
        return an;
    }

    private BigInteger[] bn() {
        common();
        return bn;
    }

    /** The numerators of a common-denominator vector, as an array the kernels take. */
    private static BigInteger[] numerators(ScaledVector v) {
        BigInteger[] n = new BigInteger[v.length()];
        for (int i = 0; i < n.length; i++) {
            n[i] = v.numerator(i);
        }
        return n;
    }

    /**
     * Returns {@code M(a, Pa)}, the matrix of Proposition 4.1, for the verified orthogonal {@code p}.
     *
     * @throws IllegalArgumentException if the lengths differ or {@code a} is empty
     */
    /*@ public normal_behavior
      @   requires a != null && p != null && a.length > 0 && a.length == p.dimension();
      @   ensures \result.d() == a.length && \result.map() == p; // [StructuredMatrix.of.dimension]
      @   ensures (\forall int i; 0 <= i && i < a.length; \result.a().get(i).equals(a[i]) && \result.b().get(i).equals(p.apply(a)[i])); // [StructuredMatrix.of.entries]
      @ also public exceptional_behavior
      @   requires a != null && p != null && (a.length == 0 || a.length != p.dimension());
      @   signals_only IllegalArgumentException; // [StructuredMatrix.of.badLengths]
      @*/
    public /*@ pure @*/ static StructuredMatrix of(Rational[] a, OrthogonalMap p) {
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
    /*@ public normal_behavior
      @   requires a != null && b != null && a.length > 0 && a.length == b.length;
      @   ensures \result.d() == a.length && \result.map() == null; // [StructuredMatrix.pair.dimension]
      @   ensures (\forall int i; 0 <= i && i < a.length; \result.a().get(i).equals(a[i]) && \result.b().get(i).equals(b[i])); // [StructuredMatrix.pair.entries]
      @ also public exceptional_behavior
      @   requires a != null && b != null && (a.length == 0 || a.length != b.length);
      @   signals_only IllegalArgumentException; // [StructuredMatrix.pair.badLengths]
      @*/
    public /*@ pure @*/ static StructuredMatrix pair(Rational[] a, Rational[] b) {
        if (a.length == 0) {
            throw new IllegalArgumentException("a is empty");
        }
        if (a.length != b.length) {
            throw new IllegalArgumentException("length mismatch: a has " + a.length + " entries, b has " + b.length);
        }
        return new StructuredMatrix(a.clone(), b.clone(), null);
    }

    /** @return d (the matrix is (d+2) x (d+2)) */
    /*@ public normal_behavior
      @   ensures \result == a().length() && \result == b().length() && \result >= 1; // [StructuredMatrix.d.length]
      @*/
    public /*@ pure @*/ int d() {
        return aSmall.length;
    }

    /** @return {@code a} over the common denominator */
    /*@ public normal_behavior
      @   ensures \result.length() == b().length(); // [StructuredMatrix.a.length]
      @*/
    public /*@ pure @*/ ScaledVector a() {
        common();
        return a;
    }

    /** @return {@code b} ({@code = Pa} for Proposition 4.1) over the common denominator */
    /*@ public normal_behavior
      @   ensures \result.denominator().equals(a().denominator()); // [StructuredMatrix.b.commonDenominator]
      @*/
    public /*@ pure @*/ ScaledVector b() {
        common();
        return b;
    }

    /** @return the orthogonal P when the matrix was built as {@code M(a, Pa)}, else {@code null} */
    /*@ public normal_behavior
      @   ensures \result == null || (\result.dimension() == d()
      @       && (\forall int i; 0 <= i && i < d(); \result.apply(a().toRationals())[i].equals(b().get(i)))); // [StructuredMatrix.map.givesB]
      @*/
    public /*@ pure @*/ OrthogonalMap map() {
        return p;
    }

    /**
     * Returns {@code A v} for {@code v} with coordinates in {@code Q(sqrt r)}, through the block
     * structure: {@code (Av)_1 = a.w}, {@code (Av)_2 = b.w}, {@code (Av)_{2+i} = v_1 a_i + v_2 b_i}
     * with {@code w = (v_3, ..., v_{d+2})}, in {@code O(d)}. The rational parts and the surd parts of
     * {@code v} are integer vectors over their denominators; each is multiplied by the integer
     * matrix {@code M(L a, L b)} ({@code L} the common denominator of {@code a} and {@code b}) row by
     * row by the KeY-proved {@link StructuredProduct} (rows 0 and 1 by {@code headRow}, every row
     * {@code r >= 2} by {@code tailRow}, each against the dense matrix defined entry by entry), and
     * the result is over {@code L} times the part's denominator.
     */
    /*@ public normal_behavior
      @   requires v != null && v.length() == d() + 2;
      @   ensures Arrays.equals(\result.rationalParts().toRationals(), toDense().apply(v.rationalParts().toRationals()))
      @       && Arrays.equals(\result.surdParts().toRationals(), toDense().apply(v.surdParts().toRationals()))
      @       && \result.radicand().equals(v.radicand()); // [StructuredMatrix.apply.denseProduct]
      @ also public exceptional_behavior
      @   requires v != null && v.length() != d() + 2;
      @   signals_only IllegalArgumentException; // [StructuredMatrix.apply.badLength]
      @*/
    public /*@ pure @*/ SurdVector apply(SurdVector v) {
        return apply(v, new SurdVector.DotMemo());
    }

    /**
     * As {@link #apply(SurdVector)}, reusing the products of rational-part and surd-part arrays
     * already seen by {@code memo} (eigenvectors for {@code ±sqrt(q)} share their rational parts;
     * the memo is keyed by array identity, and the arrays of a SurdVector never change).
     */
    /*@ public normal_behavior
      @   requires v != null && memo != null && v.length() == d() + 2;
      @   ensures Arrays.equals(\result.rationalParts().toRationals(), toDense().apply(v.rationalParts().toRationals()))
      @       && Arrays.equals(\result.surdParts().toRationals(), toDense().apply(v.surdParts().toRationals()))
      @       && \result.radicand().equals(v.radicand()); // [StructuredMatrix.applyMemo.denseProduct]
      @ also public exceptional_behavior
      @   requires v != null && memo != null && v.length() != d() + 2;
      @   signals_only IllegalArgumentException; // [StructuredMatrix.applyMemo.badLength]
      @*/
    public /*@ pure @*/ SurdVector apply(SurdVector v, SurdVector.DotMemo memo) {
        int d = d();
        if (v.length() != d + 2) {
            throw new IllegalArgumentException("vector of length " + v.length() + ", expected " + (d + 2));
        }
        BigInteger[] an = an();
        BigInteger[] x = memo.dot(an, v.rationalParts().numeratorsKey(), () -> times(numerators(v.rationalParts())));
        BigInteger[] y = memo.dot(an, v.surdParts().numeratorsKey(), () -> times(numerators(v.surdParts())));
        BigInteger l = a().denominator();
        return SurdVector.of(x, v.xDenominator().multiply(l), y, v.yDenominator().multiply(l), v.radicand());
    }

    /** {@code M(L a, L b) z} for an integer (d+2)-vector {@code z}, row by row through the proved kernel. */
    private BigInteger[] times(BigInteger[] z) {
        KernelUse.mark(KernelUse.Site.STRUCTURED_PRODUCT);
        BigInteger[] an = an();
        BigInteger[] bn = bn();
        BigInteger[] out = new BigInteger[z.length];
        out[0] = StructuredProduct.headRow(an, z);
        out[1] = StructuredProduct.headRow(bn, z);
        for (int r = 2; r < z.length; r++) {
            out[r] = StructuredProduct.tailRow(an, bn, z, r);
        }
        return out;
    }

    /** @return {@code ||a||^2}, exact */
    /*@ public normal_behavior
      @   ensures \result.equals(a().dot(a())); // [StructuredMatrix.normSquaredA.sum]
      @*/
    public /*@ pure @*/ Rational normSquaredA() {
        return aa;
    }

    /** @return {@code t = ||b||^2}, exact ({@code ||Pa||^2}, which equals {@code ||a||^2} for an orthogonal P) */
    /*@ public normal_behavior
      @   ensures \result.equals(b().dot(b())); // [StructuredMatrix.normSquaredB.sum]
      @*/
    public /*@ pure @*/ Rational normSquaredB() {
        return bb;
    }

    /** @return {@code p = a^T b}, exact ({@code a^T P a} for Proposition 4.1) */
    /*@ public normal_behavior
      @   ensures \result.equals(a().dot(b())); // [StructuredMatrix.aDotB.sum]
      @*/
    public /*@ pure @*/ Rational aDotB() {
        return ab;
    }

    /** @return {@code true} iff {@code a = 0} */
    /*@ public normal_behavior
      @   ensures \result <==> (\forall int i; 0 <= i && i < d(); a().get(i).isZero()); // [StructuredMatrix.aIsZero.definition]
      @*/
    public /*@ pure @*/ boolean aIsZero() {
        return allZero(aSmall);
    }

    /** @return {@code true} iff {@code b = 0} */
    /*@ public normal_behavior
      @   ensures \result <==> (\forall int i; 0 <= i && i < d(); b().get(i).isZero()); // [StructuredMatrix.bIsZero.definition]
      @*/
    public /*@ pure @*/ boolean bIsZero() {
        return allZero(bSmall);
    }

    /** @return {@code true} iff {@code a = sign * b} coordinate-wise ({@code a = ±Pa} for Proposition 4.1) */
    /*@ public normal_behavior
      @   ensures \result <==> (\forall int i; 0 <= i && i < d(); a().get(i).equals(sign >= 0 ? b().get(i) : b().get(i).negate())); // [StructuredMatrix.aEqualsSignedB.definition]
      @*/
    public /*@ pure @*/ boolean aEqualsSignedB(int sign) {
        for (int i = 0; i < d(); i++) {
            Rational rhs = sign >= 0 ? bSmall[i] : bSmall[i].negate();
            if (!aSmall[i].equals(rhs)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns {@code tr(A^2) = ||A||_F^2}, the sum of the squares of all entries of the dense
     * matrix, as the KeY-proved {@link StructuredSums#gram} computes it in {@code O(d)} (rows 0 and 1
     * give {@code ||a||^2 + ||b||^2}, each row below {@code a_i^2 + b_i^2}); it equals
     * {@code 2(||a||^2 + ||b||^2)}.
     */
    /*@ public normal_behavior
      @   ensures \result.equals(toDense().multiply(toDense()).trace()); // [StructuredMatrix.traceOfSquare.dense]
      @*/
    public /*@ pure @*/ Rational traceOfSquare() {
        return trace2;
    }

    /**
     * Returns {@code tr(A^4) = 2 ||B^T B||_F^2 = 2(s^2 + 2p^2 + t^2)} with {@code B = [a, b]}:
     * {@code A^2 = diag(B^T B, B B^T)} and the two Gram matrices have equal Frobenius norms.
     */
    /*@ public normal_behavior
      @   ensures \result.equals(toDense().multiply(toDense()).multiply(toDense()).multiply(toDense()).trace()); // [StructuredMatrix.traceOfFourthPower.dense]
      @*/
    public /*@ pure @*/ Rational traceOfFourthPower() {
        Rational s = normSquaredA();
        Rational t = normSquaredB();
        Rational p = aDotB();
        return s.square().add(p.square().multiply(Rational.TWO)).add(t.square()).multiply(Rational.TWO);
    }

    /** @return the dense {@code (d+2) x (d+2)} rational matrix (referee path only) */
    /*@ public normal_behavior
      @   ensures \result.rows() == d() + 2 && \result.cols() == d() + 2; // [StructuredMatrix.toDense.size]
      @   ensures (\forall int r; 0 <= r && r < d() + 2; (\forall int c; 0 <= c && c < d() + 2; \result.get(r, c).equals(
      @       r == 0 ? (c >= 2 ? a().get(c - 2) : Rational.ZERO) : r == 1 ? (c >= 2 ? b().get(c - 2) : Rational.ZERO)
      @       : c == 0 ? a().get(r - 2) : c == 1 ? b().get(r - 2) : Rational.ZERO))); // [StructuredMatrix.toDense.entries]
      @*/
    public /*@ pure @*/ RationalMatrix toDense() {
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

    private static boolean allZero(Rational[] v) {
        for (Rational x : v) {
            if (!x.isZero()) {
                return false;
            }
        }
        return true;
    }
}
