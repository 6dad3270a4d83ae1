package dev.percept.vectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.audit.ExactSpectrum;
import dev.percept.audit.RealRoots;
import dev.percept.exact.Rational;
import dev.percept.exact.PlantedSpectrum;
import dev.percept.exact.RationalMatrix;
import java.util.Random;

/**
 * {@code symmetric_spectra.json}: reference spectra of generic symmetric rational matrices (no
 * paper claim; for audits): each eigenvalue as an isolating interval of a root of an integer
 * factor, its multiplicity and its first digits.
 */
final class SymmetricSpectraVectors extends VectorFile {

    private final int digits;

    /** @param digits significant digits of the eigenvalue decimals */
    SymmetricSpectraVectors(int digits) {
        super("symmetric_spectra.json", Schemas::symmetric);
        this.digits = digits;
    }

    @Override
    ObjectNode generate(Provenance provenance) {
        VectorDoc doc = start(provenance, "none (reference spectra for audits; no paper claim)",
                "exact characteristic polynomial (multimodular), square-free decomposition, Sturm isolation, bisection; "
                        + "each eigenvalue as an isolating interval [lower, upper] of a root of `factor` (integer coefficients, "
                        + "lowest degree first) and its first `digits` significant digits, truncated toward zero");
        doc.note("REPEATED_EIGENVALUE", "some eigenvalue has multiplicity > 1")
                .note("ZERO_EIGENVALUE", "0 is an eigenvalue")
                .note("CLUSTERED", "two eigenvalues closer than 1e-6")
                .note("RATIONAL_EIGENVALUES", "every eigenvalue is rational (lower = upper)")
                .note("SYMPY_25282", "symmetric part of the matrix of sympy issue 25282");
        ObjectNode g = doc.group("SymmetricSpectrum");
        g.put("digits", digits);
        ArrayNode tests = g.putArray("tests");
        Random r = new Random(7);
        for (int n : new int[] {1, 2, 3, 4, 6, 8}) {
            add(doc, tests, randomSymmetric(n, r), "random integer symmetric matrix, n = " + n);
        }
        add(doc, tests, planted(integers(2, 2, -1, 5), r), "planted Q diag(2,2,-1,5) Q^T");
        add(doc, tests, planted(integers(0, 0, 3, -3, 0), r), "planted Q diag(0,0,3,-3,0) Q^T");
        Rational[] cl = {Rational.ONE, Rational.ONE.add(Rational.of(1, 100_000_000)), Rational.of(-2)};
        add(doc, tests, planted(cl, r), "planted clustered eigenvalues 1, 1 + 1e-8, -2");
        Rational[][] tri = new Rational[5][5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                tri[i][j] = Math.abs(i - j) == 1 ? Rational.ONE : (i == j ? Rational.TWO : Rational.ZERO);
            }
        }
        add(doc, tests, RationalMatrix.of(tri), "tridiag(1,2,1), n = 5: eigenvalues 2 + 2 cos(k pi/6)");
        add(doc, tests, sympy25282Symmetric(), "symmetric part of the sympy issue 25282 matrix (24x24)", "SYMPY_25282");
        return doc.finish();
    }

    /** @return the integers as rationals */
    static Rational[] integers(long... v) {
        Rational[] q = new Rational[v.length];
        for (int i = 0; i < v.length; i++) {
            q[i] = Rational.of(v[i]);
        }
        return q;
    }

    /**
     * {@code Q diag(lambda) Q^T} ({@link PlantedSpectrum#of}) with the Householder vector drawn from
     * {@code r}: entries uniform in {1..5}.
     */
    static RationalMatrix planted(Rational[] lambda, Random r) {
        Rational[] v = new Rational[lambda.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = Rational.of(r.nextInt(5) + 1);
        }
        return PlantedSpectrum.of(lambda, v).matrix();
    }

    /** The symmetric part of the 24x24 matrix of sympy issue 25282. */
    static RationalMatrix sympy25282Symmetric() {
        int[] dd = new int[12];
        dd[11] = 1;
        int[] ds = {2, 0, 1, 0, 0, 0, 1, 0, 1, 0, 1, 0};
        int[] ss = ds.clone();
        ss[8] = 2;
        Rational[][] m = new Rational[24][24];
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 12; j++) {
                m[i][j] = Rational.of(ss[(i + j) % 12]);
                m[i][j + 12] = Rational.of(dd[(i + j) % 12]);
                m[i + 12][j] = Rational.of(ds[(i + j) % 12]);
                m[i + 12][j + 12] = Rational.of(dd[(i + j) % 12]);
            }
        }
        RationalMatrix a = RationalMatrix.of(m);
        return a.add(a.transpose()).scale(Rational.of(1, 2));
    }

    private static RationalMatrix randomSymmetric(int n, Random r) {
        Rational[][] m = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                m[i][j] = Rational.of(r.nextInt(21) - 10);
                m[j][i] = m[i][j];
            }
        }
        return RationalMatrix.of(m);
    }

    private void add(VectorDoc doc, ArrayNode tests, RationalMatrix m, String comment, String... extraFlags) {
        ExactSpectrum s = ExactSpectrum.of(m);
        ObjectNode t = doc.test(tests, comment);
        ArrayNode flags = VectorDoc.flags(t);
        t.put("n", m.rows());
        t.set("matrix", VectorDoc.rows(m));
        ArrayNode ev = t.putArray("eigenvalues");
        boolean repeated = false;
        boolean zero = false;
        boolean allRational = true;
        Rational prevHi = null;
        boolean clustered = false;
        for (ExactSpectrum.Root root : s.roots()) {
            RealRoots.Interval iv = VectorDoc.eigenvalue(ev, root, digits);
            repeated |= root.multiplicity() > 1;
            zero |= iv.exact() && iv.lo().signum() == 0;
            allRational &= iv.exact();
            if (prevHi != null && iv.lo().subtract(prevHi).compareTo(Rational.of(1, 1_000_000)) < 0) {
                clustered = true;
            }
            prevHi = iv.hi();
        }
        if (repeated) {
            flags.add("REPEATED_EIGENVALUE");
        }
        if (zero) {
            flags.add("ZERO_EIGENVALUE");
        }
        if (clustered) {
            flags.add("CLUSTERED");
        }
        if (allRational) {
            flags.add("RATIONAL_EIGENVALUES");
        }
        for (String x : extraFlags) {
            flags.add(x);
        }
    }
}
