package dev.percept.oracle;

import dev.percept.audit.Audit;
import dev.percept.audit.ExactSpectrum;
import dev.percept.binary64.Binary64;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.LinearModel;
import dev.percept.dynamics.Perceptron;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.fast.DoubleRangeException;
import dev.percept.fast.FastSymmetricEigen;
import dev.percept.model.TieMode;
import dev.percept.structured.Permutation;
import dev.percept.structured.Prop41;
import java.util.ArrayList;
import java.util.List;

/**
 * percept as a test oracle for other Java projects (add {@code dev.percept:percept-impl} as a
 * test dependency). Every answer is exact or a rigorous enclosure, returned as a small immutable
 * result type that prints exact values and correctly rounded decimals ({@link Spectrum},
 * {@link EigenvalueAudit}, {@link PerceptronTrajectory}). Doubles passed in are taken as the exact
 * binary numbers they are ({@link Binary64#exact}), never re-rounded.
 *
 * <pre>{@code
 * double[][] a = ...;                                     // symmetric
 * double[] mine = mySolver.eigenvalues(a);
 * Oracle.assertEigenvalues(a, mine, 1e-12);               // AssertionError naming the worst eigenvalue if an error > 1e-12 is proven
 * EigenvalueAudit r = Oracle.audit(a, mine);              // or inspect every error enclosure
 * }</pre>
 *
 * <p>A consumer's own symmetric eigensolver can also run percept's contract test,
 * {@code SymmetricEigenContract} in the {@code percept-impl} test-jar.
 */
public final class Oracle {

    private Oracle() {
    }

    /**
     * Exact spectrum of a symmetric rational matrix: distinct eigenvalues, increasing, as isolating
     * intervals of integer square-free factors of the characteristic polynomial, with multiplicities
     * (the O(d) Proposition 4.1 path when the matrix has that structure). The fast path's double eigenvalues ({@link FastSymmetricEigen})
     * are passed as hints: they only choose where the exact signs are evaluated (certified by the
     * sign-change count, Sturm sequences otherwise), so they speed the isolation up (n = 100: about
     * a second instead of about 90 s) and never change the result.
     *
     * @throws IllegalArgumentException if the matrix is not square and symmetric
     */
    public static Spectrum spectrum(RationalMatrix a) {
        List<Rational> hints = new ArrayList<>();
        if (a.isSquare() && a.isSymmetric()) {
            try {
                for (double v : FastSymmetricEigen.eigenvalues(Binary64.nearest(a))) {
                    hints.add(Binary64.exact(v));
                }
            } catch (DoubleRangeException beyondDoubles) {
                hints.clear(); // no hints for a matrix doubles cannot hold: Sturm sequences isolate alone
            }
        }
        return new Spectrum(ExactSpectrum.of(a, hints));
    }

    /** Exact spectrum of a symmetric double matrix (entries taken exactly). */
    public static Spectrum spectrum(double[][] a) {
        return spectrum(Binary64.exact(a));
    }

    /**
     * Exact, certified spectrum of the Proposition 4.1 matrix {@code [[0,0,a^T],[0,0,(Pa)^T],[a,Pa,0]]}
     * (claims P41.1-P41.5) in O(d): its eigenvalues are {@code ±sqrt(s ± p)} and 0.
     *
     * @param permutation any permutation P in 1-based one-line notation ({@code (Pa)_i = a_perm[i]})
     * @throws IllegalArgumentException if the lengths differ or P is not a permutation
     */
    public static Spectrum structuredSpectrum(List<Rational> a, List<Integer> permutation) {
        int[] img = permutation.stream().mapToInt(Integer::intValue).toArray();
        return new Spectrum(ExactSpectrum.of(Prop41.analyze(a.toArray(new Rational[0]), Permutation.ofOneBased(img))));
    }

    /** Rigorous audit of {@code eigenvalues} (any order) of symmetric {@code a}, both taken exactly. */
    public static EigenvalueAudit audit(double[][] a, double[] eigenvalues) {
        return new EigenvalueAudit(Audit.run(Binary64.exact(a), exact(eigenvalues), null));
    }

    /** Rigorous audit of exact given values (any order) of symmetric {@code a}. */
    public static EigenvalueAudit audit(RationalMatrix a, List<Rational> eigenvalues) {
        return new EigenvalueAudit(Audit.run(a, eigenvalues, null));
    }

    /**
     * Throws an {@link AssertionError} naming the worst eigenvalue unless every absolute error is
     * at most {@code maxAbsError}; fails only when the excess is proven (the error's lower bound is
     * above the tolerance), so a correct solver never fails it by percept's rounding.
     *
     * @throws IllegalArgumentException if {@code a} is not symmetric, the count is not n, or a value is not finite
     */
    public static void assertEigenvalues(double[][] a, double[] eigenvalues, double maxAbsError) {
        EigenvalueAudit r = new EigenvalueAudit(Audit.run(Binary64.exact(a), exact(eigenvalues), Binary64.exact(maxAbsError)));
        if (!r.withinTolerance()) {
            EigenvalueError worst = r.worst();
            throw new AssertionError(worst + ": more than the allowed " + maxAbsError + " (" + r.errors().stream()
                    .filter(e -> e.absErrorLower().compareTo(Binary64.exact(maxAbsError)) > 0).count() + " of " + r.n()
                    + " eigenvalues exceed it)");
        }
    }

    private static List<Rational> exact(double[] v) {
        List<Rational> g = new ArrayList<>();
        for (double x : v) {
            g.add(Binary64.exact(x));
        }
        return g;
    }

    /**
     * Exact trajectory {@code w_0..w_steps} of the batch perceptron on the linear model,
     * {@code w <- w + gamma sum_i omega(y_i <w, x_i>) y_i x_i} with {@code omega = 1, omega(0), 0}
     * for negative, zero, positive margins, every margin's sign decided exactly.
     *
     * @param y labels, each -1 or 1
     * @throws IllegalArgumentException on empty or ragged data or a label other than ±1
     */
    public static PerceptronTrajectory perceptronTrajectory(List<Rational> w0, List<List<Rational>> x, List<Integer> y, Rational gamma,
            TieMode tie, int steps) {
        Rational[][] xs = new Rational[x.size()][];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = x.get(i).toArray(new Rational[0]);
        }
        int[] ys = y.stream().mapToInt(Integer::intValue).toArray();
        Rational[] w = w0.toArray(new Rational[0]);
        if (xs.length > 0 && xs[0].length != w.length) {
            throw new IllegalArgumentException("w0 has " + w.length + " entries, the data " + xs[0].length + " features");
        }
        Perceptron.Result r = Perceptron.run(new LinearModel(w.length), new Dataset("oracle", xs, ys), gamma, w, steps, tie, false);
        List<Rational[]> iterates = r.iterates();
        while (iterates.size() <= steps) {
            iterates.add(r.theta()); // converged: every later step leaves the iterate where it is
        }
        return new PerceptronTrajectory(iterates, tie, r.converged());
    }

    /** {@link #perceptronTrajectory(List, List, List, Rational, TieMode, int)} on doubles, each taken exactly. */
    public static PerceptronTrajectory perceptronTrajectory(double[] w0, double[][] x, int[] y, double gamma, TieMode tie, int steps) {
        List<List<Rational>> xs = new ArrayList<>();
        for (double[] row : x) {
            xs.add(exact(row));
        }
        List<Integer> ys = new ArrayList<>();
        for (int v : y) {
            ys.add(v);
        }
        return perceptronTrajectory(exact(w0), xs, ys, Binary64.exact(gamma), tie, steps);
    }
}
