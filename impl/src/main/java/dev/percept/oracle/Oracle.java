package dev.percept.oracle;

import dev.percept.audit.Audit;
import dev.percept.audit.ExactSpectrum;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.fast.FastSymmetricEigen;
import dev.percept.structured.Permutation;
import dev.percept.structured.Prop41;
import dev.percept.structured.StructuredSpectrum;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * percept as a test oracle for other Java projects (add {@code dev.percept:percept-impl} as a
 * test dependency). Every answer is exact or a rigorous enclosure; doubles passed in are taken
 * as the exact binary numbers they are ({@code new BigDecimal(double)}), never re-rounded.
 *
 * <pre>{@code
 * double[][] a = ...;                                     // symmetric
 * double[] mine = mySolver.eigenvalues(a);
 * Oracle.assertEigenvalues(a, mine, 1e-12);               // AssertionError with the worst entry if any |error| > 1e-12
 * Audit.Report r = Oracle.audit(a, mine);                 // or inspect every error enclosure
 * }</pre>
 */
public final class Oracle {

    private Oracle() {
    }

    /** Exact value of a double. */
    public static Rational exact(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        return Rational.of(new BigDecimal(v));
    }

    /** Exact rational matrix of a double matrix. */
    public static RationalMatrix exact(double[][] a) {
        Rational[][] q = new Rational[a.length][];
        for (int i = 0; i < a.length; i++) {
            q[i] = new Rational[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                q[i][j] = exact(a[i][j]);
            }
        }
        return RationalMatrix.of(q);
    }

    /**
     * Exact spectrum of a symmetric rational matrix: distinct eigenvalues, increasing, as isolating
     * intervals of integer square-free factors of the characteristic polynomial, with multiplicities
     * (the O(d) Proposition 4.1 path when the matrix has that structure). EJML's double eigenvalues
     * are passed as hints: they only choose where the exact signs are evaluated (certified by the
     * sign-change count, Sturm sequences otherwise), so they speed the isolation up (n = 100: about
     * a second instead of about 90 s) and never change the result.
     */
    public static ExactSpectrum spectrum(RationalMatrix a) {
        List<Rational> hints = new ArrayList<>();
        if (a.isSquare() && a.isSymmetric()) {
            double[][] d = new double[a.rows()][a.rows()];
            for (int i = 0; i < d.length; i++) {
                for (int j = 0; j < d.length; j++) {
                    Rational q = a.get(i, j);
                    d[i][j] = new BigDecimal(q.numerator()).divide(new BigDecimal(q.denominator()), java.math.MathContext.DECIMAL128).doubleValue();
                }
            }
            for (double v : FastSymmetricEigen.eigenvalues(d)) {
                if (Double.isFinite(v)) {
                    hints.add(exact(v));
                }
            }
        }
        return ExactSpectrum.of(a, hints);
    }

    /** Exact spectrum of a symmetric double matrix (entries taken exactly). */
    public static ExactSpectrum spectrum(double[][] a) {
        return spectrum(exact(a));
    }

    /**
     * Exact, certified spectrum of the Proposition 4.1 matrix {@code [[0,0,a^T],[0,0,(Pa)^T],[a,Pa,0]]}
     * (claims P41.1-P41.5) in O(d); {@code perm} is any permutation in 1-based one-line notation
     * ({@code (Pa)_i = a_perm[i]}).
     */
    public static StructuredSpectrum structuredSpectrum(Rational[] a, int[] perm) {
        return Prop41.analyze(a, Permutation.ofOneBased(perm));
    }

    /** Rigorous audit of {@code eigenvalues} (any order) of symmetric {@code a}. */
    public static Audit.Report audit(double[][] a, double[] eigenvalues) {
        List<Rational> g = new ArrayList<>();
        for (double v : eigenvalues) {
            g.add(exact(v));
        }
        return Audit.run(exact(a), g, null);
    }

    /** Rigorous audit of exact given values. */
    public static Audit.Report audit(RationalMatrix a, List<Rational> eigenvalues) {
        return Audit.run(a, eigenvalues, null);
    }

    /**
     * Throws an {@link AssertionError} naming the worst eigenvalue unless every absolute error is
     * at most {@code maxAbsError}; fails only when the excess is proven (lower bound above the
     * tolerance).
     */
    public static void assertEigenvalues(double[][] a, double[] eigenvalues, double maxAbsError) {
        Audit.Report r = Audit.run(exact(a), toRationals(eigenvalues), exact(maxAbsError));
        if (!r.withinTolerance()) {
            Audit.Entry worst = r.entries().get(0);
            for (Audit.Entry e : r.entries()) {
                if (e.absError().lo().compareTo(worst.absError().lo()) > 0) {
                    worst = e;
                }
            }
            throw new AssertionError("eigenvalue " + worst.given() + " is off by at least "
                    + Audit.round(worst.absError().lo(), 4, RoundingMode.FLOOR) + " (true value in ["
                    + Audit.round(worst.trueLower(), 17, RoundingMode.FLOOR) + ", " + Audit.round(worst.trueUpper(), 17, RoundingMode.CEILING)
                    + "]), more than the allowed " + maxAbsError);
        }
    }

    private static List<Rational> toRationals(double[] v) {
        List<Rational> g = new ArrayList<>();
        for (double x : v) {
            g.add(exact(x));
        }
        return g;
    }

    /**
     * Exact trajectory {@code w_0..w_steps} of the batch perceptron on the linear model
     * ({@link LinearSteps}); {@code tieMode} from {@link dev.percept.spec.kernels.TieRule}.
     */
    public static List<Rational[]> perceptronTrajectory(Rational[] w0, Rational[][] x, int[] y, Rational gamma, int tieMode, int steps) {
        return LinearSteps.perceptronTrajectory(w0, x, y, gamma, tieMode, steps);
    }
}
