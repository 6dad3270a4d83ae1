package dev.percept.vectors;

import dev.percept.check.Progress;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.audit.Audit;
import dev.percept.audit.ExactSpectrum;
import dev.percept.audit.IntPoly;
import dev.percept.audit.RealRoots;
import dev.percept.dynamics.Activation;
import dev.percept.dynamics.Ball;
import dev.percept.dynamics.CertifiedDecimal;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.LinearModel;
import dev.percept.dynamics.LogisticGd;
import dev.percept.dynamics.Model;
import dev.percept.dynamics.Perceptron;
import dev.percept.verify.ReductionSuite;
import dev.percept.model.TieMode;
import dev.percept.dynamics.UnitModel;
import dev.percept.exact.Decimals;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.oracle.Oracle;
import dev.percept.stability.Inertia;
import dev.percept.stability.QuadraticStability;
import dev.percept.structured.Corollary;
import dev.percept.structured.Eigenvalue;
import dev.percept.structured.Permutation;
import dev.percept.structured.Prop41;
import dev.percept.structured.StructuredSpectrum;
import dev.percept.verify.EvidenceSource;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

/**
 * Language-neutral test vectors in the style of Wycheproof: one JSON object per file with
 * {@code schema}, {@code generatorVersion}, {@code numberOfTests}, {@code notes} (flag -> meaning),
 * a {@code provenance} block and {@code testGroups} of tests ({@code tcId}, {@code comment},
 * {@code flags}); every number that is not a small integer is a string (exact {@code p/q} or a
 * decimal). Deterministic: fixed seeds ({@link Random}'s algorithm is specified by the JDK), no
 * wall-clock time (the {@code date} is {@link #GENERATOR_DATE}, the date of this generator
 * version), the git commit only when the build recorded one, so two runs give identical bytes.
 */
public final class VectorsGenerator {

    /** Version of the vector generator (bumped whenever the contents change). */
    public static final String GENERATOR_VERSION = "1";
    /** The date written into every provenance block: the release date of this generator version. */
    public static final String GENERATOR_DATE = "2026-11-23";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final int digits;
    private final String perceptVersion;

    /** @param digits decimal digits of eigenvalue expansions; {@code perceptVersion} goes into the provenance */
    public VectorsGenerator(int digits, String perceptVersion) {
        this.digits = digits;
        this.perceptVersion = perceptVersion;
    }

    /** All vector files and their schemas: file name relative to the output directory -> JSON. */
    public Map<String, ObjectNode> generate() {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        out.put("prop41_spectra.json", prop41());
        out.put("symmetric_spectra.json", symmetric());
        out.put("perceptron_linear.json", perceptron());
        out.put("perceptron_tied.json", perceptronTied());
        out.put("logistic_gd_linear.json", logisticGd());
        out.put("quadratic_stability.json", quadraticStability());
        out.put("schema/prop41_spectra_schema.json", Schemas.prop41());
        out.put("schema/symmetric_spectra_schema.json", Schemas.symmetric());
        out.put("schema/perceptron_linear_schema.json", Schemas.perceptron());
        out.put("schema/perceptron_tied_schema.json", Schemas.perceptronTied());
        out.put("schema/logistic_gd_linear_schema.json", Schemas.logisticGd());
        out.put("schema/quadratic_stability_schema.json", Schemas.quadraticStability());
        out.put(PairVectors.FILE, PairVectors.file(header(PairVectors.SCHEMA_FILE, PairVectors.CLAIMS, PairVectors.METHOD), digits));
        out.put("schema/" + PairVectors.SCHEMA_FILE, PairVectors.schema());
        return out;
    }

    private ObjectNode header(String schema, String claims, String method) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schema", schema);
        o.put("generatorVersion", GENERATOR_VERSION);
        o.put("numberOfTests", 0);
        ObjectNode p = o.putObject("provenance");
        p.put("percept", perceptVersion);
        String commit = gitCommit();
        if (commit != null) {
            p.put("gitCommit", commit);
        }
        p.put("claims", claims);
        p.put("method", method);
        p.put("date", GENERATOR_DATE);
        return o;
    }

    /**
     * The commit recorded at build time in {@code percept-build.properties} (written by the
     * git-commit-id plugin in a clone; absent in a source tarball or a linked worktree), with
     * {@code -dirty} appended when the working tree had uncommitted changes; null if none.
     */
    static String gitCommit() {
        try (InputStream in = VectorsGenerator.class.getResourceAsStream("/percept-build.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            String c = p.getProperty("git.commit.id.full", p.getProperty("git.commit.id", p.getProperty("git.commit")));
            if (c == null || c.isBlank() || c.startsWith("$")) {
                return null;
            }
            return "true".equals(p.getProperty("git.dirty")) ? c + "-dirty" : c;
        } catch (IOException e) {
            return null;
        }
    }

    private static ArrayNode strings(Rational[] v) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Rational q : v) {
            a.add(q.toString());
        }
        return a;
    }

    // ---------------------------------------------------------------- Proposition 4.1

    ObjectNode prop41() {
        ObjectNode o = header("prop41_spectra_schema.json", "P41.1 P41.2 P41.3 P41.4 C1 C2",
                "Prop41.analyze: exact s = ||a||^2 and p = a^T P a, eigenvalues sign*sqrt(square) with multiplicities, "
                        + "each certified (A v = lambda v, orthogonality, trace identities, dense charpoly for d <= 60)");
        ObjectNode notes = o.putObject("notes");
        notes.put("CASE_ZERO", "a = 0 (claim P41.1): all eigenvalues are 0");
        notes.put("CASE_SYMMETRIC", "a = Pa != 0 (claim P41.2): p = s, eigenvalues ±sqrt(2s)");
        notes.put("CASE_ANTISYMMETRIC", "a = -Pa != 0 (claim P41.3): p = -s, eigenvalues ±sqrt(2s)");
        notes.put("CASE_GENERAL", "a != ±Pa (claim P41.4): eigenvalues ±sqrt(s+p), ±sqrt(s-p)");
        notes.put("P_EQUALS_ZERO", "p = 0: ±sqrt(s) each with multiplicity 2");
        notes.put("REPEATED_EIGENVALUE", "some eigenvalue has multiplicity > 1");
        notes.put("COROLLARY", "member of the corollary family (claims C1, C2): a1 = (1,1,t...), a2 = sigma(1+mu,1,t...), P swaps 1 and 2");
        notes.put("LARGE_D", "d >= 1000");
        ArrayNode groups = o.putArray("testGroups");
        int[] id = {0};
        ObjectNode g = groups.addObject();
        g.put("type", "Prop41Spectrum");
        g.put("digits", digits);
        g.put("decimalNote", "decimal = sign*sqrt(square) correctly rounded to `digits` significant digits (ties to even)");
        ArrayNode tests = g.putArray("tests");
        Random r = new Random(41);
        // each case at a few sizes
        for (int d : new int[] {1, 2, 3, 5, 8}) {
            Rational[] zero = new Rational[d];
            java.util.Arrays.fill(zero, Rational.ZERO);
            add(tests, id, zero, identity(d), "a = 0, d = " + d);
            int[] swap = swaps(d);
            add(tests, id, symmetricVector(swap, r, 1), swap, "a = Pa, d = " + d);
            if (d >= 2) {
                add(tests, id, symmetricVector(swap, r, -1), swap, "a = -Pa, d = " + d);
                add(tests, id, randomVector(d, r), swap, "general, d = " + d);
            }
        }
        // p = 0: a = (1, 0) with P swapping: p = 2 a1 a2 = 0
        add(tests, id, new Rational[] {Rational.ONE, Rational.ZERO}, new int[] {2, 1}, "p = 0: a = (1, 0), P = swap");
        add(tests, id, new Rational[] {Rational.of(3), Rational.of(-3), Rational.of(1, 2)}, new int[] {1, 2, 3},
                "P = identity: always the symmetric case");
        for (int d : new int[] {3, 4, 10}) {
            for (int sigma : new int[] {-1, 1}) {
                int[] tail = new int[d - 2];
                for (int i = 0; i < tail.length; i++) {
                    tail[i] = i % 2 == 0 ? 1 : -1;
                }
                Corollary c = Corollary.of(d, Rational.of(1, 3), tail, sigma);
                add(tests, id, c.a1(), c.involution(), "corollary a1, d = " + d + ", sigma = " + sigma, "COROLLARY");
                add(tests, id, c.a2(), c.involution(), "corollary a2, d = " + d + ", mu = 1/3, sigma = " + sigma, "COROLLARY");
            }
        }
        Rational[] big = randomVector(1000, r);
        add(tests, id, big, swaps(1000), "d = 1000, random rationals", "LARGE_D");
        o.put("numberOfTests", id[0]);
        return o;
    }

    private static int[] identity(int d) {
        int[] p = new int[d];
        for (int i = 0; i < d; i++) {
            p[i] = i + 1;
        }
        return p;
    }

    /** Swaps (1 2)(3 4)..., last fixed when d is odd; 1-based. */
    private static int[] swaps(int d) {
        int[] p = identity(d);
        for (int i = 0; i + 1 < d; i += 2) {
            p[i] = i + 2;
            p[i + 1] = i + 1;
        }
        return p;
    }

    private static Rational[] randomVector(int d, Random r) {
        Rational[] a = new Rational[d];
        for (int i = 0; i < d; i++) {
            a[i] = Rational.of(r.nextInt(41) - 20, 1 + r.nextInt(6));
        }
        return a;
    }

    private static Rational[] symmetricVector(int[] perm, Random r, int sign) {
        int d = perm.length;
        Rational[] a = new Rational[d];
        for (int i = 0; i < d; i++) {
            int j = perm[i] - 1;
            if (j > i) {
                a[i] = Rational.of(r.nextInt(19) - 9, 1 + r.nextInt(4));
                if (a[i].signum() == 0) {
                    a[i] = Rational.ONE;
                }
            } else if (j < i) {
                a[i] = a[j].multiply(Rational.of(sign));
            } else {
                a[i] = sign > 0 ? Rational.of(1 + r.nextInt(5)) : Rational.ZERO; // a fixed point of P with a = -Pa must be 0
            }
        }
        return a;
    }

    private void add(ArrayNode tests, int[] id, Rational[] a, int[] perm, String comment, String... extraFlags) {
        add(tests, id, a, Permutation.ofOneBased(perm), comment, extraFlags);
    }

    private void add(ArrayNode tests, int[] id, Rational[] a, Permutation p, String comment, String... extraFlags) {
        StructuredSpectrum s = Prop41.analyze(a, p);
        if (!s.allHold()) {
            throw new IllegalStateException("internal error: a Proposition 4.1 certificate failed for " + comment);
        }
        ObjectNode t = tests.addObject();
        t.put("tcId", ++id[0]);
        t.put("comment", comment);
        ArrayNode flags = t.putArray("flags");
        flags.add("CASE_" + s.kase().name());
        if (s.p().signum() == 0 && s.kase() == dev.percept.structured.Prop41Case.GENERAL) {
            flags.add("P_EQUALS_ZERO");
        }
        boolean repeated = s.eigenvalues().stream().anyMatch(v -> v.multiplicity() > 1);
        if (repeated) {
            flags.add("REPEATED_EIGENVALUE");
        }
        for (String f : extraFlags) {
            flags.add(f);
        }
        t.put("claim", s.kase().claim().id());
        t.put("d", a.length);
        t.set("a", strings(a));
        ArrayNode perm = t.putArray("perm");
        for (int i = 0; i < a.length; i++) {
            perm.add(p.image(i) + 1);
        }
        t.put("s", s.s().toString());
        t.put("p", s.p().toString());
        ArrayNode ev = t.putArray("eigenvalues");
        for (Eigenvalue v : s.eigenvalues()) {
            ObjectNode e = ev.addObject();
            e.put("sign", v.sign());
            e.put("square", v.square().toString());
            e.put("multiplicity", v.multiplicity());
            e.put("decimal", v.sign() == 0 ? "0" : Decimals.sqrt(v.sign(), v.square(), digits).toString());
        }
    }

    // ---------------------------------------------------------------- generic symmetric

    ObjectNode symmetric() {
        ObjectNode o = header("symmetric_spectra_schema.json", "none (reference spectra for audits; no paper claim)",
                "exact characteristic polynomial (multimodular), square-free decomposition, Sturm isolation, bisection; "
                        + "each eigenvalue as an isolating interval [lower, upper] of a root of `factor` (integer coefficients, "
                        + "lowest degree first) and its first `digits` significant digits, truncated toward zero");
        ObjectNode notes = o.putObject("notes");
        notes.put("REPEATED_EIGENVALUE", "some eigenvalue has multiplicity > 1");
        notes.put("ZERO_EIGENVALUE", "0 is an eigenvalue");
        notes.put("CLUSTERED", "two eigenvalues closer than 1e-6");
        notes.put("RATIONAL_EIGENVALUES", "every eigenvalue is rational (lower = upper)");
        notes.put("SYMPY_25282", "symmetric part of the matrix of sympy issue 25282");
        ArrayNode groups = o.putArray("testGroups");
        ObjectNode g = groups.addObject();
        g.put("type", "SymmetricSpectrum");
        g.put("digits", digits);
        ArrayNode tests = g.putArray("tests");
        int[] id = {0};
        Random r = new Random(7);
        for (int n : new int[] {1, 2, 3, 4, 6, 8}) {
            addSymmetric(tests, id, randomSymmetric(n, r), "random integer symmetric matrix, n = " + n);
        }
        addSymmetric(tests, id, planted(new long[] {2, 2, -1, 5}, r), "planted Q diag(2,2,-1,5) Q^T");
        addSymmetric(tests, id, planted(new long[] {0, 0, 3, -3, 0}, r), "planted Q diag(0,0,3,-3,0) Q^T");
        Rational[] cl = {Rational.ONE, Rational.ONE.add(Rational.of(1, 100_000_000)), Rational.of(-2)};
        addSymmetric(tests, id, plantedRational(cl, r), "planted clustered eigenvalues 1, 1 + 1e-8, -2");
        Rational[][] tri = new Rational[5][5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                tri[i][j] = Math.abs(i - j) == 1 ? Rational.ONE : (i == j ? Rational.TWO : Rational.ZERO);
            }
        }
        addSymmetric(tests, id, RationalMatrix.of(tri), "tridiag(1,2,1), n = 5: eigenvalues 2 + 2 cos(k pi/6)");
        addSymmetric(tests, id, sympy25282Symmetric(), "symmetric part of the sympy issue 25282 matrix (24x24)", "SYMPY_25282");
        o.put("numberOfTests", id[0]);
        return o;
    }

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

    private static RationalMatrix planted(long[] l, Random r) {
        Rational[] q = new Rational[l.length];
        for (int i = 0; i < l.length; i++) {
            q[i] = Rational.of(l[i]);
        }
        return plantedRational(q, r);
    }

    private static RationalMatrix plantedRational(Rational[] l, Random r) {
        Rational[] v = new Rational[l.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = Rational.of(r.nextInt(5) + 1);
        }
        return dev.percept.exact.PlantedSpectrum.of(l, v).matrix();
    }

    private void addSymmetric(ArrayNode tests, int[] id, RationalMatrix m, String comment, String... extraFlags) {
        ExactSpectrum s = ExactSpectrum.of(m);
        ObjectNode t = tests.addObject();
        t.put("tcId", ++id[0]);
        t.put("comment", comment);
        ArrayNode flags = t.putArray("flags");
        t.put("n", m.rows());
        ArrayNode rows = t.putArray("matrix");
        for (int i = 0; i < m.rows(); i++) {
            rows.add(strings(m.row(i)));
        }
        ArrayNode ev = t.putArray("eigenvalues");
        boolean repeated = false;
        boolean zero = false;
        boolean allRational = true;
        Rational prevHi = null;
        boolean clustered = false;
        for (ExactSpectrum.Root root : s.roots()) {
            RealRoots.Interval iv = refineToDigits(root.interval(), digits);
            ObjectNode e = ev.addObject();
            e.put("lower", iv.lo().toString());
            e.put("upper", iv.hi().toString());
            e.put("multiplicity", root.multiplicity());
            e.put("decimal", truncated(iv));
            ArrayNode f = e.putArray("factor");
            for (BigInteger c : root.interval().factor()) {
                f.add(c.toString());
            }
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

    /** The decimal of an interval whose ends agree in their first digits (truncated toward zero). */
    private String truncated(RealRoots.Interval iv) {
        if (iv.exact() && iv.lo().signum() == 0) {
            return "0";
        }
        return Audit.round(iv.lo().abs(), digits, RoundingMode.FLOOR).multiply(BigDecimal.valueOf(iv.lo().signum() < 0 || iv.hi().signum() < 0 ? -1 : 1)).toString();
    }

    /**
     * Bisects until both ends truncate (toward zero) to the same {@code n} significant digits,
     * or the root is met exactly; every 64 steps the common candidate decimal itself is tested as
     * a root (a rational root on a decimal boundary would otherwise never separate).
     */
    static RealRoots.Interval refineToDigits(RealRoots.Interval iv, int n) {
        BigInteger[] f = iv.coefficients();
        Rational l = iv.lo();
        Rational h = iv.hi();
        if (iv.exact()) {
            return iv;
        }
        int sl = IntPoly.signAt(f, l);
        for (int k = 0; k < 1_000_000; k++) {
            if (l.signum() * h.signum() > 0) {
                BigDecimal a = Audit.round(l.abs(), n, RoundingMode.FLOOR);
                BigDecimal b = Audit.round(h.abs(), n, RoundingMode.FLOOR);
                if (a.compareTo(b) == 0) {
                    return new RealRoots.Interval(f, l, h);
                }
                if (k % 64 == 63) {
                    for (BigDecimal c : new BigDecimal[] {a, b}) {
                        Rational x = Rational.of(l.signum() < 0 ? c.negate() : c);
                        if (x.compareTo(l) > 0 && x.compareTo(h) < 0 && IntPoly.signAt(f, x) == 0) {
                            return new RealRoots.Interval(f, x, x);
                        }
                    }
                }
            }
            Rational m = l.signum() < 0 && h.signum() > 0 ? Rational.ZERO : l.add(h).divide(Rational.TWO);
            int sm = IntPoly.signAt(f, m);
            if (sm == 0) {
                return new RealRoots.Interval(f, m, m);
            }
            if (sm == sl) {
                l = m;
            } else {
                h = m;
            }
        }
        throw new IllegalStateException("internal error: digit refinement did not converge");
    }

    // ---------------------------------------------------------------- perceptron

    ObjectNode perceptron() {
        ObjectNode o = header("perceptron_linear_schema.json", "R1",
                "exact rational batch perceptron on the linear model: w <- w + gamma * sum_i omega(y_i <w, x_i>) y_i x_i, "
                        + "omega = 1 for a negative margin, 0 for a positive one, and the tie rule at 0");
        ObjectNode notes = o.putObject("notes");
        notes.put("TIE_AT_ZERO", "some margin y_i <w, x_i> is exactly 0 along the trajectory: the tie rule decides");
        notes.put("TIE_HALF", "tie rule: omega(0) = 1/2 (the logistic limit, sigma(0) = 1/2)");
        notes.put("TIE_MISTAKE", "tie rule: omega(0) = 1 (a tie is a mistake, as scikit-learn's Perceptron)");
        notes.put("TIE_NONE", "tie rule: omega(0) = 0 (a tie is ignored)");
        notes.put("CONVERGED", "the last step changed nothing (no mistakes left)");
        ArrayNode groups = o.putArray("testGroups");
        int[] id = {0};
        String[] names = {"TIE_HALF", "TIE_MISTAKE", "TIE_NONE"};
        TieMode[] modes = {TieMode.HALF, TieMode.MISTAKE, TieMode.NONE};
        Random r = new Random(3);
        for (int k = 0; k < 3; k++) {
            ObjectNode g = groups.addObject();
            g.put("type", "PerceptronLinearTrajectory");
            g.put("tieRule", names[k]);
            ArrayNode tests = g.putArray("tests");
            // a tie at zero from the start (w0 = 0), a small separable problem and a non-separable one
            Rational[][] x1 = {{Rational.ONE, Rational.TWO}, {Rational.of(-1), Rational.ONE}, {Rational.of(3), Rational.of(-1, 2)}};
            addTrajectory(tests, id, new Rational[] {Rational.ZERO, Rational.ZERO}, x1, new int[] {1, -1, 1}, Rational.ONE, modes[k], names[k], 6,
                    "w0 = 0: every margin is 0 at the first step");
            Rational[][] x2 = {{Rational.ONE, Rational.ONE}, {Rational.ONE, Rational.of(-1)}, {Rational.of(-1), Rational.ONE}, {Rational.of(-1), Rational.of(-1)}};
            addTrajectory(tests, id, new Rational[] {Rational.of(1, 2), Rational.ZERO}, x2, new int[] {1, 1, -1, -1}, Rational.of(1, 2), modes[k], names[k], 6,
                    "separable by the first coordinate, ties along the way");
            Rational[][] x3 = new Rational[6][3];
            int[] y3 = new int[6];
            for (int i = 0; i < 6; i++) {
                for (int j = 0; j < 3; j++) {
                    x3[i][j] = Rational.of(r.nextInt(11) - 5, 1 + r.nextInt(3));
                }
                y3[i] = r.nextBoolean() ? 1 : -1;
            }
            addTrajectory(tests, id, new Rational[] {Rational.ZERO, Rational.ZERO, Rational.ZERO}, x3, y3, Rational.of(1, 3), modes[k], names[k], 8,
                    "random rational data in 3 dimensions");
        }
        o.put("numberOfTests", id[0]);
        return o;
    }

    private void addTrajectory(ArrayNode tests, int[] id, Rational[] w0, Rational[][] x, int[] y, Rational gamma, TieMode mode, String modeName,
            int steps, String comment) {
        List<List<Rational>> rows = java.util.Arrays.stream(x).map(List::of).toList();
        List<Rational[]> traj = Oracle.perceptronTrajectory(List.of(w0), rows, java.util.Arrays.stream(y).boxed().toList(), gamma, mode, steps)
                .iterates().stream().map(w -> w.toArray(new Rational[0])).toList();
        boolean tie = false;
        for (int s = 0; s < steps; s++) {
            for (Rational[] xi : x) {
                Rational z = Rational.ZERO;
                for (int j = 0; j < xi.length; j++) {
                    z = z.add(traj.get(s)[j].multiply(xi[j]));
                }
                tie |= z.signum() == 0;
            }
        }
        ObjectNode t = tests.addObject();
        t.put("tcId", ++id[0]);
        t.put("comment", comment);
        ArrayNode flags = t.putArray("flags");
        flags.add(modeName);
        if (tie) {
            flags.add("TIE_AT_ZERO");
        }
        if (java.util.Arrays.equals(traj.get(steps), traj.get(steps - 1))) {
            flags.add("CONVERGED");
        }
        ArrayNode xs = t.putArray("x");
        for (Rational[] xi : x) {
            xs.add(strings(xi));
        }
        ArrayNode ys = t.putArray("y");
        for (int v : y) {
            ys.add(v);
        }
        t.put("gamma", gamma.toString());
        t.put("steps", steps);
        ArrayNode ws = t.putArray("trajectory");
        for (Rational[] w : traj) {
            ws.add(strings(w));
        }
    }

    // ---------------------------------------------------------------- logistic GD (linear model)

    /** The guarantee of every certified decimal, as {@link CertifiedDecimal#certify} proves it. */
    static final String GD_GUARANTEE = "each decimal d, rounded to N = `digits` significant digits (trailing zeros omitted, so an exactly representable value may show fewer), satisfies |exact - d| <= 1 unit in the last "
            + "place of d, i.e. 10^(floor(log10|d|) - N + 1) (one ulp, not half: it is the rounded centre of a rigorous ball "
            + "enclosure, accepted only if the whole ball lies within one ulp of it); a decimal printed as 0E-k (value 0, scale k) "
            + "means |exact| <= 10^-k (the enclosure contained 0); a decimal printed as 0 is exactly 0";

    ObjectNode logisticGd() {
        ObjectNode o = header("logistic_gd_linear_schema.json", "R1",
                "logistic-loss gradient descent theta_{t+1} = theta_t - gamma grad L(theta_t), L = (1/n) sum_i log(1 + exp(-y_i <theta, x_i>)), "
                        + "i.e. theta_{t+1} = theta_t + (gamma/n) sum_i sigma(-y_i <theta_t, x_i>) y_i x_i, on the linear model, by "
                        + "dev.percept.dynamics.LogisticGd in BigDecimal ball arithmetic (spec/gd-precision.md) around the exact rational "
                        + "start; guard digits doubled from 20 until every printed value is certified by CertifiedDecimal");
        ObjectNode notes = o.putObject("notes");
        notes.put("CERTIFIED_DIGITS", GD_GUARANTEE);
        notes.put("FIRST_STEP_EQUALS_PERCEPTRON", "theta_0 = 0 (claim R1): every margin is 0, sigma(0) = 1/2, so theta_1 equals the batch "
                + "perceptron step from 0 with step eta = gamma/n and tie rule omega(0) = 1/2; `perceptronFirstStep` gives it exactly");
        notes.put("NONZERO_START", "theta_0 != 0");
        notes.put("LARGE_GAMMA", "gamma * max_i ||x_i||^2 / 4 >= 2: the GD map is not a contraction, iterates grow and sigma saturates");
        notes.put("SMALL_GAMMA", "gamma <= 1/100: iterates move little per step");
        notes.put("NONSEPARABLE", "no theta has every margin y_i <theta, x_i> > 0");
        notes.put("DYADIC_DATA", "x, theta_0 and gamma are dyadic rationals, exactly representable as IEEE doubles");
        ArrayNode groups = o.putArray("testGroups");
        ObjectNode g = groups.addObject();
        g.put("type", "LogisticGdLinearTrajectory");
        g.put("digits", digits);
        g.put("guarantee", GD_GUARANTEE);
        ArrayNode tests = g.putArray("tests");
        int[] id = {0};
        Rational h = Rational.of(1, 2);
        Rational q = Rational.of(1, 4);
        Rational[][] toy = {{r(1), r(2)}, {r(-1), r(1)}, {r(3), Rational.of(-1, 2)}, {r(-2), r(-1)}};
        int[] toyY = {1, -1, 1, -1};
        addGd(tests, id, toy, toyY, r(1), zeros(2), 8, "toy 2-d separable data, gamma = 1, from 0");
        addGd(tests, id, toy, toyY, h, new Rational[] {h, Rational.of(-3, 4)}, 8, "toy 2-d data, gamma = 1/2, from (1/2, -3/4)");
        addGd(tests, id, toy, toyY, r(64), zeros(2), 5, "toy 2-d data, gamma = 64, from 0: large steps");
        addGd(tests, id, toy, toyY, Rational.of(1, 1024), zeros(2), 6, "toy 2-d data, gamma = 1/1024, from 0: small steps");
        Rational[][] xor = {{r(1), r(1)}, {r(-1), r(-1)}, {r(1), r(-1)}, {r(-1), r(1)}};
        addGd(tests, id, xor, new int[] {1, 1, -1, -1}, r(1), new Rational[] {q, h}, 8, "XOR: non-separable, gamma = 1, from (1/4, 1/2)",
                "NONSEPARABLE");
        Rational[][] one = {{r(3), Rational.of(-5, 8), q}};
        addGd(tests, id, one, new int[] {-1}, r(2), zeros(3), 6, "a single point in 3-d, gamma = 2, from 0");
        Random rnd = new Random(11);
        Rational[][] x3 = new Rational[7][3];
        int[] y3 = new int[7];
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 3; j++) {
                x3[i][j] = Rational.of(rnd.nextInt(17) - 8, 1 << rnd.nextInt(3));
            }
            y3[i] = rnd.nextBoolean() ? 1 : -1;
        }
        addGd(tests, id, x3, y3, Rational.of(3, 4), zeros(3), 10, "random dyadic data, n = 7, d = 3, gamma = 3/4, from 0");
        addGd(tests, id, x3, y3, Rational.of(3, 4), new Rational[] {r(-1), h, Rational.of(3, 8)}, 10,
                "random dyadic data, n = 7, d = 3, gamma = 3/4, from (-1, 1/2, 3/8)");
        o.put("numberOfTests", id[0]);
        return o;
    }

    private static Rational r(long v) {
        return Rational.of(v);
    }

    private static Rational[] zeros(int d) {
        Rational[] z = new Rational[d];
        java.util.Arrays.fill(z, Rational.ZERO);
        return z;
    }

    private static boolean dyadic(Rational v) {
        BigInteger den = v.denominator();
        return den.bitCount() == 1;
    }

    private void addGd(ArrayNode tests, int[] id, Rational[][] x, int[] y, Rational gamma, Rational[] theta0, int steps, String comment,
            String... extraFlags) {
        Dataset data = new Dataset("vectors", x, y);
        Model m = new LinearModel(data.d());
        Rational eta = gamma.multiply(Rational.of(1, data.n()));
        String[][] theta = null;
        String[] loss = null;
        int working = 0;
        for (int guard = 20; guard <= 4 * digits + 400 && theta == null; guard *= 2) {
            MathContext mc = new MathContext(digits + guard, RoundingMode.HALF_EVEN);
            Ball[] e0 = new Ball[theta0.length];
            java.util.Arrays.fill(e0, Ball.ZERO);
            LogisticGd.Reference ref = LogisticGd.constant(theta0, data.n());
            LogisticGd.Run run = LogisticGd.run(m, data, eta, ref, e0, steps, mc, false, Progress.NONE);
            String[][] th = new String[steps + 1][theta0.length];
            String[] ls = new String[steps + 1];
            boolean ok = true;
            for (int t = 0; t <= steps && ok; t++) {
                Ball[] et = run.e(t);
                for (int k = 0; k < theta0.length && ok; k++) {
                    BigDecimal c = CertifiedDecimal.certify(Ball.of(theta0[k], mc).add(et[k], mc), digits);
                    ok = c != null;
                    th[t][k] = ok ? c.toString() : null;
                }
                if (ok) {
                    Ball l = LogisticGd.run(m, data, eta, ref, et, 0, mc, true, Progress.NONE).loss();
                    BigDecimal c = CertifiedDecimal.certify(l, digits);
                    ok = c != null;
                    ls[t] = ok ? c.toString() : null;
                }
            }
            if (ok) {
                theta = th;
                loss = ls;
                working = digits + guard;
            }
        }
        if (theta == null) {
            throw new IllegalStateException("internal error: cannot certify " + digits + " digits of GD for " + comment);
        }
        ObjectNode t = tests.addObject();
        t.put("tcId", ++id[0]);
        t.put("comment", comment);
        ArrayNode flags = t.putArray("flags");
        flags.add("CERTIFIED_DIGITS");
        boolean zeroStart = java.util.Arrays.stream(theta0).allMatch(Rational::isZero);
        flags.add(zeroStart ? "FIRST_STEP_EQUALS_PERCEPTRON" : "NONZERO_START");
        Rational maxNorm = Rational.ZERO;
        boolean dy = dyadic(gamma);
        for (Rational[] xi : x) {
            Rational s = Rational.ZERO;
            for (Rational v : xi) {
                s = s.add(v.square());
                dy &= dyadic(v);
            }
            maxNorm = maxNorm.max(s);
        }
        for (Rational v : theta0) {
            dy &= dyadic(v);
        }
        if (gamma.multiply(maxNorm).divide(Rational.of(4)).compareTo(Rational.TWO) >= 0) {
            flags.add("LARGE_GAMMA");
        }
        if (gamma.compareTo(Rational.of(1, 100)) <= 0) {
            flags.add("SMALL_GAMMA");
        }
        for (String f : extraFlags) {
            flags.add(f);
        }
        if (dy) {
            flags.add("DYADIC_DATA");
        }
        ArrayNode xs = t.putArray("x");
        for (Rational[] xi : x) {
            xs.add(strings(xi));
        }
        ArrayNode ys = t.putArray("y");
        for (int v : y) {
            ys.add(v);
        }
        t.put("gamma", gamma.toString());
        t.put("eta", eta.toString());
        t.put("steps", steps);
        t.set("theta0", strings(theta0));
        if (zeroStart && steps > 0) {
            Rational[] p = Perceptron.step(new LinearModel(theta0.length), new Dataset("R1 first step", x, y), eta, theta0, TieMode.HALF);
            t.set("perceptronFirstStep", strings(p));
            for (int k = 0; k < p.length; k++) {
                BigDecimal c = new BigDecimal(theta[1][k]);
                BigDecimal unit = c.signum() == 0 ? BigDecimal.ONE.scaleByPowerOfTen(-c.scale()) : c.ulp();
                if (Rational.of(c).subtract(p[k]).abs().compareTo(Rational.of(unit)) > 0) {
                    throw new IllegalStateException("internal error: R1 first step differs from the perceptron step for " + comment);
                }
            }
        }
        ArrayNode ths = t.putArray("theta");
        for (String[] row : theta) {
            ArrayNode a = ths.addArray();
            for (String v : row) {
                a.add(v);
            }
        }
        ArrayNode ls = t.putArray("loss");
        for (String v : loss) {
            ls.add(v);
        }
        t.put("workingDigits", working);
    }

    // ---------------------------------------------------------------- tied-model perceptron

    ObjectNode perceptronTied() {
        ObjectNode o = header("perceptron_tied_schema.json", "R2 P41.1 P41.2 P41.3 P41.4",
                "exact rational batch perceptron on the tied model f(x) = u1 <w, x> + u2 <w, P x> (identity activation), theta = (u1, u2, w_1..w_d): "
                        + "theta <- theta + eta sum_i omega(y_i f(x_i)) y_i grad f(x_i), omega = 1 for a negative margin, 0 for a positive one, "
                        + "the tie rule at 0; stops when every margin is positive or after maxSteps updates (dev.percept.dynamics.Perceptron)");
        ObjectNode notes = o.putObject("notes");
        notes.put("TIE_AT_ZERO", "some margin y_i f(x_i) is exactly 0 at an update: the tie rule decides");
        notes.put("TIE_HALF", "tie rule: omega(0) = 1/2 (the logistic limit, sigma(0) = 1/2)");
        notes.put("TIE_MISTAKE", "tie rule: omega(0) = 1 (a tie is a mistake, as scikit-learn's Perceptron)");
        notes.put("TIE_NONE", "tie rule: omega(0) = 0 (a tie is ignored)");
        notes.put("CONVERGED", "the run stopped because every margin at the last iterate is positive");
        notes.put("PROP41_STEP", "every update equals (I + eta A_t) theta_t with A_t = [[0, 0, a^T], [0, 0, (P a)^T], [a, P a, 0]], "
                + "a = sum_i omega_i y_i x_i (the form of Proposition 4.1; claim R2), checked exactly");
        ArrayNode groups = o.putArray("testGroups");
        int[] id = {0};
        TieMode[] modes = {TieMode.HALF, TieMode.MISTAKE, TieMode.NONE};
        for (TieMode mode : modes) {
            ObjectNode g = groups.addObject();
            g.put("type", "PerceptronTiedTrajectory");
            g.put("tieRule", "TIE_" + mode.name());
            g.put("parameterOrder", "theta = (u1, u2, w_1..w_d)");
            ArrayNode tests = g.putArray("tests");
            Rational[][] x1 = {{r(1), r(2)}, {r(-1), r(1)}, {r(3), Rational.of(-1, 2)}};
            addTied(tests, id, x1, new int[] {1, -1, 1}, new int[] {2, 1}, r(1), new Rational[] {r(1), r(0), r(0), r(0)}, 6, mode,
                    "w = 0 at the start: every margin is 0");
            addTied(tests, id, x1, new int[] {1, -1, 1}, new int[] {2, 1}, Rational.of(1, 2), ReductionSuite.seededInit(1, 4), 8, mode,
                    "d = 2, P = swap, theta_0 from seed:1");
            Rational[][] x2 = {{r(1), r(0), r(2)}, {r(0), r(-1), r(1)}, {r(2), r(1), r(-1)}, {r(-1), r(-1), r(-1)}};
            addTied(tests, id, x2, new int[] {1, -1, 1, -1}, new int[] {2, 1, 3}, Rational.of(1, 3), ReductionSuite.seededInit(7, 5), 8, mode,
                    "d = 3, P = (1 2), theta_0 from seed:7");
        }
        o.put("numberOfTests", id[0]);
        return o;
    }

    private void addTied(ArrayNode tests, int[] id, Rational[][] x, int[] y, int[] perm, Rational eta, Rational[] theta0, int maxSteps,
            TieMode mode, String comment) {
        Dataset data = new Dataset("vectors", x, y);
        Model m = UnitModel.tied(Permutation.ofOneBased(perm), Activation.IDENTITY);
        Perceptron.Result res = Perceptron.run(m, data, eta, theta0, maxSteps, mode, false);
        if (!res.identitiesHold()) {
            throw new IllegalStateException("internal error: a tied step differs from (I + eta A_t) theta for " + comment);
        }
        boolean tie = false;
        boolean form = true;
        for (Perceptron.Step s : res.steps()) {
            for (Rational z : s.margins()) {
                tie |= z.signum() == 0;
            }
            form &= s.prop41Form() == Perceptron.Prop41Form.PROP41 && s.identityHolds();
        }
        ObjectNode t = tests.addObject();
        t.put("tcId", ++id[0]);
        t.put("comment", comment);
        ArrayNode flags = t.putArray("flags");
        flags.add("TIE_" + mode.name());
        if (tie) {
            flags.add("TIE_AT_ZERO");
        }
        if (res.converged()) {
            flags.add("CONVERGED");
        }
        if (form && !res.steps().isEmpty()) {
            flags.add("PROP41_STEP");
        }
        ArrayNode xs = t.putArray("x");
        for (Rational[] xi : x) {
            xs.add(strings(xi));
        }
        ArrayNode ys = t.putArray("y");
        for (int v : y) {
            ys.add(v);
        }
        ArrayNode ps = t.putArray("perm");
        for (int v : perm) {
            ps.add(v);
        }
        t.put("eta", eta.toString());
        t.put("maxSteps", maxSteps);
        t.put("updates", res.iterations());
        t.put("converged", res.converged());
        ArrayNode traj = t.putArray("trajectory");
        for (Perceptron.Step s : res.steps()) {
            traj.add(strings(s.theta()));
        }
        traj.add(strings(res.theta()));
        ArrayNode ms = t.putArray("margins");
        for (Perceptron.Step s : res.steps()) {
            ms.add(strings(s.margins()));
        }
        ms.add(strings(res.finalMargins()));
    }

    // ---------------------------------------------------------------- quadratic stability (claim Q1)

    ObjectNode quadraticStability() {
        ObjectNode o = header("quadratic_stability_schema.json", "Q1",
                "GD w <- w - eta S w on f(w) = (1/2) w^T S w, S symmetric rational, eta > 0 rational: decided exactly by "
                        + "QuadraticStability.decide (as `percept stability`): converges from every start iff S and (2/eta) I - S are "
                        + "positive definite, by exact inertia (Sylvester's law); eigenvalues as in symmetric_spectra.json");
        ObjectNode notes = o.putObject("notes");
        notes.put("VERDICT_CONVERGES", "verdict CONVERGES: every eigenvalue of S lies in (0, 2/eta), so |1 - eta lambda| < 1 for all of them");
        notes.put("VERDICT_DIVERGES", "verdict DIVERGES: some eigenvalue lies outside [0, 2/eta] (negative, or above 2/eta): |1 - eta lambda| > 1, "
                + "GD diverges from almost every start");
        notes.put("VERDICT_BOUNDARY", "verdict BOUNDARY: no eigenvalue outside [0, 2/eta] but 0 or 2/eta is one: the spectral radius of "
                + "I - eta S is exactly 1, GD neither converges to 0 from every start nor diverges");
        notes.put("BOUNDARY", "eta * lambda_max = 2 exactly: 1 - eta lambda_max = -1; if no eigenvalue lies outside [0, 2/eta] the verdict is "
                + "BOUNDARY (GD oscillates, neither converges nor diverges)");
        notes.put("SINGULAR", "0 is an eigenvalue of S: I - eta S fixes the kernel; verdict BOUNDARY unless another eigenvalue makes it DIVERGES");
        notes.put("NEAR_BOUNDARY", "0 < |eta * lambda_max - 2| <= 1e-6: a floating-point decision needs an eigenvalue error below about 1e-6 lambda_max");
        notes.put("INDEFINITE", "S has eigenvalues of both signs");
        notes.put("REPEATED_EIGENVALUE", "some eigenvalue has multiplicity > 1");
        notes.put("RATIONAL_EIGENVALUES", "every eigenvalue is rational (lower = upper)");
        ArrayNode groups = o.putArray("testGroups");
        ObjectNode g = groups.addObject();
        g.put("type", "QuadraticStability");
        g.put("digits", digits);
        g.put("verdicts", "CONVERGES: every eigenvalue in (0, 2/eta); DIVERGES: some eigenvalue < 0 or > 2/eta; BOUNDARY: otherwise "
                + "(the spectral radius of I - eta S is exactly 1). `converges` is true iff the verdict is CONVERGES (as `percept stability --json`)");
        ArrayNode tests = g.putArray("tests");
        int[] id = {0};
        Random rnd = new Random(17);
        Rational[][] s2 = {{r(2), r(1)}, {r(1), r(2)}}; // eigenvalues 1, 3
        for (Rational eta : new Rational[] {Rational.of(1, 2), Rational.of(2, 3), r(1)}) {
            addStability(tests, id, RationalMatrix.of(s2), eta, "[[2,1],[1,2]] (eigenvalues 1, 3), eta = " + eta);
        }
        addStability(tests, id, RationalMatrix.of(new Rational[][] {{Rational.of(5, 3)}}), Rational.of(6, 5), "1x1 S = 5/3, eta = 6/5 (boundary)");
        RationalMatrix p4 = planted(new long[] {1, 1, 4, 4}, rnd);
        for (Rational eta : new Rational[] {Rational.of(1, 4), Rational.of(1, 2), Rational.of(3, 4)}) {
            addStability(tests, id, p4, eta, "planted Q diag(1,1,4,4) Q^T, eta = " + eta);
        }
        RationalMatrix p5 = plantedRational(new Rational[] {Rational.of(1, 2), r(2), r(2), r(3), r(6)}, rnd);
        for (Rational eta : new Rational[] {Rational.of(1, 3), Rational.of(1, 3).add(Rational.of(1, 10_000_000)), Rational.of(3, 10)}) {
            addStability(tests, id, p5, eta, "planted Q diag(1/2,2,2,3,6) Q^T, eta = " + eta);
        }
        RationalMatrix p6 = planted(new long[] {1, 2, 3, 5, 5, 5}, rnd);
        for (Rational eta : new Rational[] {Rational.of(2, 5), Rational.of(2, 5).subtract(Rational.of(1, 100_000_000)), Rational.of(1, 2)}) {
            addStability(tests, id, p6, eta, "planted Q diag(1,2,3,5,5,5) Q^T, eta = " + eta);
        }
        // irrational lambda_max: B^T B + I with integer B
        Rational[][] b = new Rational[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                b[i][j] = r(rnd.nextInt(7) - 3);
            }
        }
        RationalMatrix bb = RationalMatrix.of(b);
        RationalMatrix spd = bb.transpose().multiply(bb).add(RationalMatrix.identity(3));
        Rational[] lm = QuadraticStability.lambdaMax(spd, 60);
        addStability(tests, id, spd, Rational.TWO.divide(lm[1]).multiply(Rational.of(9, 10)), "B^T B + I (irrational lambda_max), eta = 0.9 * 2/lambda_max");
        addStability(tests, id, spd, Rational.TWO.divide(lm[0]).multiply(Rational.of(11, 10)), "B^T B + I, eta = 1.1 * 2/lambda_max");
        addStability(tests, id, spd, Rational.TWO.divide(lm[1]).multiply(Rational.ONE.subtract(Rational.of(1, 10_000_000))),
                "B^T B + I, eta just below 2/lambda_max (relative 1e-7)");
        addStability(tests, id, RationalMatrix.of(new Rational[][] {{r(1), r(2)}, {r(2), r(1)}}), Rational.of(1, 10), "indefinite [[1,2],[2,1]] (eigenvalues -1, 3), eta = 1/10");
        addStability(tests, id, RationalMatrix.of(new Rational[][] {{r(1), r(1)}, {r(1), r(1)}}), Rational.of(1, 2), "singular [[1,1],[1,1]] (eigenvalues 0, 2), eta = 1/2");
        addStability(tests, id, RationalMatrix.of(new Rational[][] {{r(1), r(1)}, {r(1), r(1)}}), r(1), "singular [[1,1],[1,1]], eta = 1: boundary at both ends");
        addStability(tests, id, RationalMatrix.of(new Rational[][] {{r(1), r(1)}, {r(1), r(1)}}), r(2), "singular [[1,1],[1,1]], eta = 2: diverges");
        addStability(tests, id, planted(new long[] {-2, 0, 3, 3}, rnd), Rational.of(1, 10), "planted Q diag(-2,0,3,3) Q^T: indefinite and singular");
        o.put("numberOfTests", id[0]);
        return o;
    }

    private void addStability(ArrayNode tests, int[] id, RationalMatrix s, Rational eta, String comment) {
        QuadraticStability.Decision dec = QuadraticStability.decide(s, eta, 60);
        Inertia is = dec.inertiaS();
        Inertia gap = dec.inertiaGap();
        String verdict = dec.verdict().name();
        ObjectNode t = tests.addObject();
        t.put("tcId", ++id[0]);
        t.put("comment", comment);
        ArrayNode flags = t.putArray("flags");
        flags.add("VERDICT_" + verdict);
        Rational limit = Rational.TWO.divide(eta);
        ExactSpectrum spec = ExactSpectrum.of(s);
        List<ExactSpectrum.Root> roots = spec.roots();
        ExactSpectrum.Root top = roots.get(roots.size() - 1);
        RealRoots.Interval topIv = top.interval();
        if (gap.zero() > 0) {
            flags.add("BOUNDARY");
        } else {
            // |eta lambda_max - 2| <= 1e-6 with lambda_max in [lo, hi]: eta * lambda_max - 2 lies in [eta lo - 2, eta hi - 2]
            RealRoots.Interval iv = refineToDigits(topIv, 12);
            Rational a = eta.multiply(iv.lo()).subtract(Rational.TWO).abs();
            Rational c = eta.multiply(iv.hi()).subtract(Rational.TWO).abs();
            if (a.max(c).compareTo(Rational.of(1, 1_000_000)) <= 0) {
                flags.add("NEAR_BOUNDARY");
            }
        }
        if (is.zero() > 0) {
            flags.add("SINGULAR");
        }
        if (is.negative() > 0 && is.positive() > 0) {
            flags.add("INDEFINITE");
        }
        t.put("n", s.rows());
        ArrayNode rows = t.putArray("matrix");
        for (int i = 0; i < s.rows(); i++) {
            rows.add(strings(s.row(i)));
        }
        t.put("eta", eta.toString());
        t.put("twoOverEta", limit.toString());
        t.put("verdict", verdict);
        t.put("converges", dec.converges());
        t.put("reason", dec.reason());
        ObjectNode in = t.putObject("inertiaS");
        in.put("positive", is.positive()).put("negative", is.negative()).put("zero", is.zero());
        ObjectNode ig = t.putObject("inertiaTwoOverEtaMinusS");
        ig.put("positive", gap.positive()).put("negative", gap.negative()).put("zero", gap.zero());
        ArrayNode ev = t.putArray("eigenvalues");
        boolean repeated = false;
        boolean allRational = true;
        ObjectNode last = null;
        for (ExactSpectrum.Root root : roots) {
            RealRoots.Interval iv = refineToDigits(root.interval(), digits);
            ObjectNode e = ev.addObject();
            e.put("lower", iv.lo().toString());
            e.put("upper", iv.hi().toString());
            e.put("multiplicity", root.multiplicity());
            e.put("decimal", truncated(iv));
            ArrayNode f = e.putArray("factor");
            for (BigInteger c : root.interval().factor()) {
                f.add(c.toString());
            }
            repeated |= root.multiplicity() > 1;
            allRational &= iv.exact();
            last = e;
        }
        t.set("lambdaMax", last.deepCopy());
        if (repeated) {
            flags.add("REPEATED_EIGENVALUE");
        }
        if (allRational) {
            flags.add("RATIONAL_EIGENVALUES");
        }
    }
}
