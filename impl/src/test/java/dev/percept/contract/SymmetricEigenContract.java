package dev.percept.contract;

import dev.percept.binary64.Binary64;
import dev.percept.exact.PlantedSpectrum;
import dev.percept.exact.Rational;
import dev.percept.oracle.ExactEigenvalue;
import dev.percept.oracle.Oracle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The contract of a symmetric eigenvalue solver in double precision, checked against percept's
 * exact spectrum (in the manner of EJML's {@code GeneralEigenDecompositionCheck_DDRM}). Extend it
 * in your tests, implement {@link #eigenvalues}, and every test below runs against your solver:
 *
 * <pre>{@code
 * class MySolverContractTest extends SymmetricEigenContract {
 *     protected double[] eigenvalues(double[][] a) {
 *         return MySolver.symmetricEigenvalues(a);
 *     }
 * }
 * }</pre>
 *
 * <p>Each case hands the solver a symmetric double matrix, takes its n values in any order, and
 * asks the oracle ({@link Oracle#assertEigenvalues}) whether some value is <em>proven</em> to be
 * further than {@link #tolerance} from the true eigenvalue of the same rank; the failure names the
 * worst one with exact bounds. The matrices are taken exactly as the doubles they are, so the
 * reference is the exact spectrum of the matrix the solver saw, not of a rounded neighbour. It also
 * checks that the solver returns n finite values and leaves its input unchanged.
 *
 * <p>The cases: small matrices with known spectra, the identity and zero matrices, diagonal
 * matrices, planted spectra {@code Q diag(lambda) Q^T} (Q a product of Householder reflections
 * whose entries are multiples of 1/2, so every entry is exactly a double and the planted
 * eigenvalues are exactly the matrix's: distinct, repeated, zero, all equal, clustered 2^-30 apart),
 * singular matrices, tiny and huge scales (2^-40 and 2^40), random symmetric matrices of dimension
 * 1 to 8 with entries in (-1, 1) and with entries over 12 decades, and Proposition 4.1 matrices
 * {@code [[0,0,a^T],[0,0,(Pa)^T],[a,Pa,0]]} (two pairs {@code ±sqrt(s ± p)} and a zero eigenvalue of
 * multiplicity d - 2). Fixed seeds: every run checks the same matrices.
 */
public abstract class SymmetricEigenContract {

    /** Unit roundoff of binary64, {@code 2^-53}. */
    protected static final double U = 0x1.0p-53;

    /**
     * Your solver: the n eigenvalues of the symmetric matrix {@code a} (n x n), in any order,
     * with multiplicity. Must not modify {@code a}.
     */
    protected abstract double[] eigenvalues(double[][] a);

    /**
     * The largest absolute error allowed on each eigenvalue of {@code a}. The default,
     * {@code 10 n u ||A||_F}, is what a backward-stable solver guarantees: its values are exact for
     * some {@code A + E} with {@code ||E||_2 <= c n u ||A||_2}, and by Weyl's theorem each
     * eigenvalue moves by at most {@code ||E||_2 <= c n u ||A||_F} (c = 10 covers the usual
     * constants of Householder tridiagonalisation with QR, or of Jacobi sweeps). Override it for a
     * solver with a different guarantee.
     */
    protected double tolerance(double[][] a) {
        double f = 0;
        for (double[] row : a) {
            for (double v : row) {
                f = Math.hypot(f, v);
            }
        }
        return 10 * a.length * U * f;
    }

    /**
     * Runs the solver on {@code a} and checks its answer: n finite values, input unchanged, and no
     * value proven further than {@link #tolerance} from the true eigenvalue of the same rank.
     *
     * @throws AssertionError naming the case and the worst eigenvalue with its exact error bounds
     */
    protected final void check(String name, double[][] a) {
        double[][] copy = deepCopy(a);
        double[] values = eigenvalues(copy);
        if (!Arrays.deepEquals(copy, a)) {
            throw new AssertionError(name + ": the solver modified its input matrix");
        }
        if (values == null || values.length != a.length) {
            throw new AssertionError(name + ": expected " + a.length + " eigenvalues, got " + (values == null ? "null" : values.length));
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new AssertionError(name + ": returned " + v + " for a finite symmetric matrix (values " + Arrays.toString(values) + ")");
            }
        }
        double tol = tolerance(a);
        try {
            Oracle.assertEigenvalues(a, values, tol);
        } catch (AssertionError e) {
            throw new AssertionError(name + " (" + a.length + "x" + a.length + ", tolerance " + tol + "): " + e.getMessage(), e);
        }
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    // ------------------------------------------------------------------ matrix builders

    /**
     * The planted matrix {@code Q diag(lambda) Q^T} with Q the product of three Householder
     * reflections {@code I - 2 v v^T / (v^T v)}, each v with four entries ±1 at positions drawn from
     * {@code seed} ({@code v^T v = 4}, n >= 4) or two ({@code v^T v = 2}, n = 2, 3): Q has entries
     * that are multiples of 1/8, so for dyadic lambda of modest length every entry is exactly a
     * double. Checks that (a contract error, not the solver's, if it fails).
     */
    public static double[][] planted(double[] lambda, long seed) {
        int n = lambda.length;
        Random r = new Random(seed);
        Rational[] l = new Rational[n];
        for (int i = 0; i < n; i++) {
            l[i] = Binary64.exact(lambda[i]);
        }
        if (n == 1) {
            return new double[][] {{lambda[0]}};
        }
        Rational[][] v = new Rational[3][];
        for (int k = 0; k < v.length; k++) {
            v[k] = new Rational[n];
            Arrays.fill(v[k], Rational.ZERO);
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                idx.add(i);
            }
            java.util.Collections.shuffle(idx, r);
            for (int j = 0; j < Math.min(n >= 4 ? 4 : 2, n); j++) {
                v[k][idx.get(j)] = r.nextBoolean() ? Rational.ONE : Rational.MINUS_ONE;
            }
        }
        double[][] a = Binary64.nearest(PlantedSpectrum.of(l, v).matrix());
        if (!Binary64.exact(a).equals(PlantedSpectrum.of(l, v).matrix())) {
            throw new IllegalStateException("contract error: the planted matrix is not exactly a double matrix");
        }
        return a;
    }

    /** The Proposition 4.1 matrix {@code [[0,0,a^T],[0,0,(Pa)^T],[a,Pa,0]]} with P swapping coordinates 1 and 2. */
    public static double[][] proposition41(double[] a) {
        int d = a.length;
        double[] pa = a.clone();
        pa[0] = a[1];
        pa[1] = a[0];
        double[][] m = new double[d + 2][d + 2];
        for (int i = 0; i < d; i++) {
            m[0][i + 2] = a[i];
            m[i + 2][0] = a[i];
            m[1][i + 2] = pa[i];
            m[i + 2][1] = pa[i];
        }
        return m;
    }

    /** A random symmetric matrix, entries {@code scale * (uniform in (-1, 1))}, each scale {@code 10^k} for k uniform in [lo, hi]. */
    public static double[][] randomSymmetric(int n, long seed, int lo, int hi) {
        Random r = new Random(seed);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                a[i][j] = (2 * r.nextDouble() - 1) * Math.pow(10, lo + r.nextInt(hi - lo + 1));
                a[j][i] = a[i][j];
            }
        }
        return a;
    }

    private static double[][] diagonal(double... d) {
        double[][] a = new double[d.length][d.length];
        for (int i = 0; i < d.length; i++) {
            a[i][i] = d[i];
        }
        return a;
    }

    /** Checks a planted case and, first, that percept agrees the planted values are the exact spectrum. */
    private void checkPlanted(String name, double[] lambda, long seed) {
        double[][] a = planted(lambda, seed);
        double[] sorted = lambda.clone();
        Arrays.sort(sorted);
        List<ExactEigenvalue> exact = Oracle.spectrum(a).withMultiplicity();
        for (int i = 0; i < sorted.length; i++) {
            if (!isRootIn(exact.get(i), Binary64.exact(sorted[i]))) {
                throw new IllegalStateException("contract error: planted " + Arrays.toString(sorted) + " but the exact spectrum is " + exact);
            }
        }
        check(name + " " + Arrays.toString(lambda), a);
    }

    /** Whether {@code x} is the eigenvalue {@code e}: in its isolating interval and a root of its polynomial. */
    private static boolean isRootIn(ExactEigenvalue e, Rational x) {
        if (x.compareTo(e.lower()) < 0 || x.compareTo(e.upper()) > 0) {
            return false;
        }
        Rational value = Rational.ZERO;
        Rational power = Rational.ONE;
        for (java.math.BigInteger c : e.polynomial()) {
            value = value.add(power.multiply(c));
            power = power.multiply(x);
        }
        return value.isZero();
    }

    // ------------------------------------------------------------------ the cases

    /** Small matrices with spectra known in closed form. */
    @Test
    public void knownValues() {
        check("[[2,1],[1,2]] (eigenvalues 1, 3)", new double[][] {{2, 1}, {1, 2}});
        check("[[0,1],[1,0]] (eigenvalues -1, 1)", new double[][] {{0, 1}, {1, 0}});
        check("[[1,2],[2,1]] (eigenvalues -1, 3)", new double[][] {{1, 2}, {2, 1}});
        check("[[2,1,0],[1,2,1],[0,1,2]] (eigenvalues 2 - sqrt 2, 2, 2 + sqrt 2)", new double[][] {{2, 1, 0}, {1, 2, 1}, {0, 1, 2}});
        check("[[4,1,-2],[1,2,0],[-2,0,3]]", new double[][] {{4, 1, -2}, {1, 2, 0}, {-2, 0, 3}});
        check("[[1,1],[1,1]] (eigenvalues 0, 2)", new double[][] {{1, 1}, {1, 1}});
        check("1x1 [[-7.25]]", new double[][] {{-7.25}});
    }

    /** The identity of every size 1..8: every eigenvalue is 1. */
    @Test
    public void identity() {
        for (int n = 1; n <= 8; n++) {
            double[] ones = new double[n];
            Arrays.fill(ones, 1);
            check("identity", diagonal(ones));
        }
    }

    /** The zero matrix of every size 1..8: every eigenvalue is exactly 0 (the tolerance is 0). */
    @Test
    public void zero() {
        for (int n = 1; n <= 8; n++) {
            check("zero", new double[n][n]);
        }
    }

    /** Diagonal matrices, unsorted, with repeated, zero and negative entries. */
    @Test
    public void diagonalMatrices() {
        check("diagonal", diagonal(3, -1, 2));
        check("diagonal with repeats", diagonal(5, 5, -2, 0, 5, -2));
        check("diagonal wide range", diagonal(0x1.0p-200, 0x1.0p200, -1, 0));
    }

    /** Planted spectra with distinct eigenvalues. */
    @Test
    public void plantedDistinct() {
        checkPlanted("planted distinct", new double[] {5, -3, 8, 1, 0.5, 2}, 1);
        checkPlanted("planted distinct", new double[] {-1, 2}, 2);
        checkPlanted("planted distinct", new double[] {7, -7, 0.25}, 3);
    }

    /** Planted spectra with repeated eigenvalues (multiplicity 2 and 3). */
    @Test
    public void plantedRepeated() {
        checkPlanted("planted repeated", new double[] {2, 2, 2, -1, 5, 5}, 4);
        checkPlanted("planted repeated", new double[] {3, 1, 3, 1, 3}, 5);
    }

    /** Singular matrices: planted zero eigenvalues (simple and multiple) and a rank-one matrix. */
    @Test
    public void singular() {
        checkPlanted("planted zeros", new double[] {0, 0, 3, -3, 0}, 6);
        checkPlanted("planted one zero", new double[] {0, 4, -2, 1}, 7);
        check("rank one x x^T, x = (1, 2, 3, 4)", new double[][] {{1, 2, 3, 4}, {2, 4, 6, 8}, {3, 6, 9, 12}, {4, 8, 12, 16}});
    }

    /** Every eigenvalue equal: the planted matrix is 7 I exactly (Q Q^T = I). */
    @Test
    public void plantedAllEqual() {
        checkPlanted("planted all equal", new double[] {7, 7, 7, 7}, 8);
    }

    /** Eigenvalues 2^-30 apart: a cluster the solver must not merge or spread beyond the tolerance. */
    @Test
    public void plantedClustered() {
        double e = 0x1.0p-30;
        checkPlanted("planted clustered", new double[] {1, 1 + e, 1 + 2 * e, 4, -4}, 9);
    }

    /** The same planted spectrum scaled by 2^-40 (entries near 1e-12): the tolerance scales with ||A||. */
    @Test
    public void tinyScale() {
        double s = 0x1.0p-40;
        checkPlanted("planted tiny scale", new double[] {3 * s, -1 * s, 4 * s, 1 * s, -5 * s}, 10);
    }

    /** The same planted spectrum scaled by 2^40 (entries near 1e12). */
    @Test
    public void hugeScale() {
        double s = 0x1.0p40;
        checkPlanted("planted huge scale", new double[] {3 * s, -1 * s, 4 * s, 1 * s, -5 * s}, 11);
    }

    /** Random symmetric matrices, n = 1..8, entries uniform in (-1, 1), fixed seeds. */
    @Test
    public void randomSymmetric() {
        for (int n = 1; n <= 8; n++) {
            for (long seed = 1; seed <= 3; seed++) {
                check("random symmetric seed " + seed, randomSymmetric(n, 1000L * n + seed, 0, 0));
            }
        }
    }

    /** Random symmetric matrices whose entries span 12 decades (10^-6 .. 10^6). */
    @Test
    public void randomSymmetricWideRange() {
        for (int n = 2; n <= 6; n++) {
            check("random symmetric, entries 1e-6..1e6", randomSymmetric(n, 77L * n, -6, 6));
        }
    }

    /**
     * Proposition 4.1 matrices {@code [[0,0,a^T],[0,0,(Pa)^T],[a,Pa,0]]}, P the swap of the first two
     * coordinates: eigenvalues {@code ±sqrt(s+p)}, {@code ±sqrt(s-p)} ({@code s = ||a||^2},
     * {@code p = a^T P a}) and 0 of multiplicity d - 2, including {@code a = Pa} and {@code a = -Pa}
     * (then one pair is 0 too).
     */
    @Test
    public void proposition41() {
        check("Prop 4.1, a = (1, 2, -1, 3)", proposition41(new double[] {1, 2, -1, 3}));
        check("Prop 4.1, a = Pa = (2, 2, 1)", proposition41(new double[] {2, 2, 1}));
        check("Prop 4.1, a = -Pa = (1, -1, 0, 0)", proposition41(new double[] {1, -1, 0, 0}));
        check("Prop 4.1, a = (1, 1 + 2^-20, 1, ..., 1), p close to s", proposition41(new double[] {1, 1 + 0x1.0p-20, 1, 1, 1, 1}));
        check("Prop 4.1, a = (0.5, -3, 0.25, 8, -1)", proposition41(new double[] {0.5, -3, 0.25, 8, -1}));
    }
}
