package dev.percept.structured;

import dev.percept.spec.KernelUse;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.spec.kernels.Involutions;
import java.util.Arrays;
import java.util.StringJoiner;

/**
 * An involutive permutation matrix: {@code (P a)_i = a_{pi(i)}} with {@code pi(pi(i)) = i}. Such a
 * matrix is symmetric and orthogonal; the involution property is checked by the kernel
 * {@link Involutions#firstViolation} (proved by KeY) when the object is built.
 */
public final class PermutationInvolution implements SymmetricInvolution {

    private final int[] image;

    private PermutationInvolution(int[] image) {
        this.image = image;
    }

    /**
     * Builds P from the 1-based image table {@code pi(1), ..., pi(d)}.
     *
     * @throws IllegalArgumentException naming the first index where the table is out of range or
     *     not an involution
     */
    public static PermutationInvolution ofOneBased(int[] oneBased) {
        int d = oneBased.length;
        if (d == 0) {
            throw new IllegalArgumentException("empty permutation");
        }
        int[] img = new int[d];
        for (int i = 0; i < d; i++) {
            if (oneBased[i] < 1 || oneBased[i] > d) {
                throw new IllegalArgumentException("entry " + (i + 1) + " is " + oneBased[i] + ", out of range 1.." + d);
            }
            img[i] = oneBased[i] - 1;
        }
        KernelUse.mark(KernelUse.Site.INVOLUTION_CHECK);
        int bad = Involutions.firstViolation(img);
        if (bad >= 0) {
            throw new IllegalArgumentException(joinOneBased(oneBased) + " is not an involution (p(p(" + (bad + 1) + ")) = "
                    + (img[img[bad]] + 1) + ")");
        }
        return new PermutationInvolution(img);
    }

    /** Returns the involution that swaps 1-based coordinates {@code i} and {@code j} in dimension d. */
    public static PermutationInvolution swap(int d, int i, int j) {
        int[] p = new int[d];
        for (int k = 0; k < d; k++) {
            p[k] = k + 1;
        }
        p[i - 1] = j;
        p[j - 1] = i;
        return ofOneBased(p);
    }

    private static String joinOneBased(int[] p) {
        StringJoiner j = new StringJoiner(",");
        int shown = Math.min(p.length, 12);
        for (int i = 0; i < shown; i++) {
            j.add(Integer.toString(p[i]));
        }
        return j + (p.length > shown ? ",..." : "");
    }

    /** @return the 0-based image of {@code i} */
    public int image(int i) {
        return image[i];
    }

    @Override
    public int dimension() {
        return image.length;
    }

    @Override
    public Rational[] apply(Rational[] a) {
        if (a.length != image.length) {
            throw new IllegalArgumentException("length mismatch: a has " + a.length + " entries, P is " + image.length + "x" + image.length);
        }
        Rational[] r = new Rational[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[image[i]];
        }
        return r;
    }

    @Override
    public RationalMatrix toMatrix() {
        int d = image.length;
        Rational[][] m = new Rational[d][d];
        for (int i = 0; i < d; i++) {
            Arrays.fill(m[i], Rational.ZERO);
            m[i][image[i]] = Rational.ONE;
        }
        return RationalMatrix.of(m);
    }

    @Override
    public String describe() {
        int moved = 0;
        for (int i = 0; i < image.length; i++) {
            if (image[i] != i) {
                moved++;
            }
        }
        return "involutive permutation, " + (moved / 2) + " transpositions";
    }
}
