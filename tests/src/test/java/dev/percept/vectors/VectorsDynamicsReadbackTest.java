package dev.percept.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.percept.binary64.Binary64;
import dev.percept.cli.Main;
import dev.percept.exact.Rational;
import dev.percept.fast.FastLinearSteps;
import dev.percept.fast.FastSymmetricEigen;
import dev.percept.fast.LogisticGdStepBound;
import dev.percept.oracle.Oracle;
import dev.percept.oracle.PerceptronTrajectory;
import dev.percept.model.TieMode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the GD, tied-perceptron and quadratic-stability vectors (and all others for the schema
 * check) as an outside user would: plain Jackson trees, numbers parsed from their strings, and
 * expected values recomputed here with plain rational arithmetic ({@link Rational} as a number
 * type only) - never through the generator. The fast path is checked against them within stated
 * bounds; the worst observed error/bound ratios are printed.
 */
class VectorsDynamicsReadbackTest {

    @TempDir
    static Path dir;

    static final ObjectMapper M = new ObjectMapper();
    static final String[] FILES = {"prop41_spectra.json", "symmetric_spectra.json", "perceptron_linear.json", "perceptron_tied.json",
        "logistic_gd_linear.json", "quadratic_stability.json", "prop41_general_spectra.json"};
    static final Map<String, Double> WORST = new TreeMap<>();
    static final double U = Math.ulp(1.0) / 2;

    @BeforeAll
    static void generate() {
        assertThat(Main.run(new String[] {"vectors", "--out", dir.toString()}, new PrintStream(new ByteArrayOutputStream()), System.err)).isZero();
    }

    @AfterAll
    static void report() {
        WORST.forEach((k, v) -> System.out.printf("vectors readback: %s worst observed error / bound = %.4g%n", k, v));
    }

    static JsonNode read(String f) throws Exception {
        return M.readTree(dir.resolve(f).toFile());
    }

    static List<JsonNode> tests(JsonNode file) {
        List<JsonNode> out = new ArrayList<>();
        file.get("testGroups").forEach(g -> g.get("tests").forEach(out::add));
        return out;
    }

    static boolean flagged(JsonNode t, String flag) {
        for (JsonNode f : t.get("flags")) {
            if (f.asText().equals(flag)) {
                return true;
            }
        }
        return false;
    }

    static Rational q(JsonNode s) {
        return Rational.parse(s.asText());
    }

    static Rational[] qs(JsonNode a) {
        Rational[] v = new Rational[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = q(a.get(i));
        }
        return v;
    }

    static Rational[][] qm(JsonNode a) {
        Rational[][] m = new Rational[a.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = qs(a.get(i));
        }
        return m;
    }

    static int[] ints(JsonNode a) {
        int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).asInt();
        }
        return v;
    }

    static double d(Rational r) {
        return Binary64.nearest(r);
    }

    static Rational dot(Rational[] a, Rational[] b) {
        Rational s = Rational.ZERO;
        for (int i = 0; i < a.length; i++) {
            s = s.add(a[i].multiply(b[i]));
        }
        return s;
    }

    // ------------------------------------------------------------------ schema

    /**
     * A tiny JSON Schema subset validator: {@code required}, {@code properties}, {@code items},
     * {@code type} (object, array, string, integer, boolean), {@code pattern}, {@code enum},
     * {@code const}, {@code minimum}. Returns the violations found.
     */
    static void validate(JsonNode schema, JsonNode v, String path, List<String> errors) {
        if (schema.has("type")) {
            String ty = schema.get("type").asText();
            boolean ok = switch (ty) {
                case "object" -> v.isObject();
                case "array" -> v.isArray();
                case "string" -> v.isTextual();
                case "integer" -> v.isIntegralNumber();
                case "boolean" -> v.isBoolean();
                default -> true;
            };
            if (!ok) {
                errors.add(path + ": not " + ty);
                return;
            }
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(v.asText()).find()) {
            errors.add(path + ": '" + v.asText() + "' does not match " + schema.get("pattern").asText());
        }
        if (schema.has("const") && !schema.get("const").equals(v)) {
            errors.add(path + ": not " + schema.get("const"));
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(v) || (e.isNumber() && v.isNumber() && e.asLong() == v.asLong());
            }
            if (!found) {
                errors.add(path + ": " + v + " not in " + schema.get("enum"));
            }
        }
        if (schema.has("minimum") && v.isNumber() && v.asDouble() < schema.get("minimum").asDouble()) {
            errors.add(path + ": below minimum");
        }
        if (schema.has("required")) {
            for (JsonNode r : schema.get("required")) {
                if (!v.has(r.asText())) {
                    errors.add(path + ": missing required '" + r.asText() + "'");
                }
            }
        }
        if (schema.has("properties") && v.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> p = it.next();
                if (v.has(p.getKey())) {
                    validate(p.getValue(), v.get(p.getKey()), path + "." + p.getKey(), errors);
                }
            }
        }
        if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject() && v.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = v.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> p = it.next();
                if (!schema.path("properties").has(p.getKey())) {
                    validate(schema.get("additionalProperties"), p.getValue(), path + "." + p.getKey(), errors);
                }
            }
        }
        if (schema.has("items") && v.isArray()) {
            for (int i = 0; i < v.size(); i++) {
                validate(schema.get("items"), v.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    /** Every vector file satisfies its schema's required lists, types, patterns and enums; header invariants. */
    @Test
    void everyFileValidatesAgainstItsSchema() throws Exception {
        for (String f : FILES) {
            JsonNode j = read(f);
            JsonNode schema = read("schema/" + j.get("schema").asText());
            List<String> errors = new ArrayList<>();
            validate(schema, j, f, errors);
            assertThat(errors).as(f).isEmpty();
            List<JsonNode> ts = tests(j);
            assertThat(j.get("numberOfTests").asInt()).as(f).isEqualTo(ts.size()).isPositive();
            for (int i = 0; i < ts.size(); i++) {
                assertThat(ts.get(i).get("tcId").asInt()).isEqualTo(i + 1);
                for (JsonNode flag : ts.get(i).get("flags")) {
                    assertThat(j.get("notes").has(flag.asText())).as("%s: flag %s explained in notes", f, flag).isTrue();
                }
            }
        }
    }

    /** The validator itself rejects a missing required field and a malformed number. */
    @Test
    void validatorRejectsBrokenVectors() throws Exception {
        JsonNode j = read("logistic_gd_linear.json");
        JsonNode schema = read("schema/logistic_gd_linear_schema.json");
        com.fasterxml.jackson.databind.node.ObjectNode broken = j.deepCopy();
        com.fasterxml.jackson.databind.node.ObjectNode t0 = (com.fasterxml.jackson.databind.node.ObjectNode) broken.get("testGroups").get(0).get("tests").get(0);
        t0.remove("theta");
        t0.put("gamma", "1.5.2");
        List<String> errors = new ArrayList<>();
        validate(schema, broken, "x", errors);
        assertThat(errors).hasSize(2);
    }

    // ------------------------------------------------------------------ logistic GD

    /**
     * Claim R1 read back: from theta_0 = 0 the exact first step is
     * {@code (gamma/n) sum_i (1/2) y_i x_i} (recomputed here), equals {@code perceptronFirstStep},
     * and the certified theta_1 is within one unit of its last digit of it; every certified
     * decimal has at most {@code digits} significant digits.
     */
    @Test
    void gdFirstStepEqualsPerceptronStep() throws Exception {
        JsonNode j = read("logistic_gd_linear.json");
        int digits = j.get("testGroups").get(0).get("digits").asInt();
        int checked = 0;
        for (JsonNode t : tests(j)) {
            for (JsonNode row : t.get("theta")) {
                for (JsonNode v : row) {
                    assertThat(new BigDecimal(v.asText()).precision()).isLessThanOrEqualTo(digits);
                }
            }
            if (!flagged(t, "FIRST_STEP_EQUALS_PERCEPTRON")) {
                continue;
            }
            Rational[][] x = qm(t.get("x"));
            int[] y = ints(t.get("y"));
            Rational eta = q(t.get("gamma")).divide(Rational.of(x.length));
            assertThat(q(t.get("eta"))).isEqualTo(eta);
            for (int k = 0; k < x[0].length; k++) {
                Rational s = Rational.ZERO;
                for (int i = 0; i < x.length; i++) {
                    s = s.add(x[i][k].multiply(Rational.of(y[i], 2)));
                }
                Rational want = eta.multiply(s);
                assertThat(q(t.get("perceptronFirstStep").get(k))).isEqualTo(want);
                BigDecimal got = new BigDecimal(t.get("theta").get(1).get(k).asText());
                assertThat(Rational.of(got).subtract(want).abs()).isLessThanOrEqualTo(Rational.of(unit(got, digits)));
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }

    /** One unit in the last place of a certified decimal with {@code digits} significant digits (0E-k: 10^-k). */
    static BigDecimal unit(BigDecimal c, int digits) {
        if (c.signum() == 0) {
            return BigDecimal.ONE.scaleByPowerOfTen(-Math.max(c.scale(), 0));
        }
        int exp = c.precision() - c.scale() - 1;
        return BigDecimal.ONE.scaleByPowerOfTen(exp - digits + 1);
    }

    /**
     * {@link FastLinearSteps#logisticGd} iterated from theta_0 against every certified iterate.
     *
     * <p><b>Bound.</b> Let {@code G} be the exact GD map and {@code F} its double evaluation. The
     * data, theta_0 and gamma are dyadic (flag DYADIC_DATA; checked), so the inputs are exact
     * doubles. One step from the computed iterate {@code f} satisfies, coordinate-wise
     * ({@code FastLinearSteps} and {@code spec/audit.md}),
     * {@code |F(f)_j - G(f)_j| <= b_j(f) = gamma_{2n+1}(|f_j| + sum_i |c_i x_ij|) + sum_i (gamma/n)(delta_i/4 + 6u)|x_ij|},
     * {@code delta_i = gamma_d sum_k |f_k x_ik|}, {@code c_i = (gamma/n) sigma(-z_i)} (here bounded by {@code gamma/n}).
     * {@code G(w) = w - gamma grad L(w)} has Jacobian {@code I - gamma H}, {@code 0 <= H = (1/n) sum sigma' x_i x_i^T},
     * {@code sigma' <= 1/4}, so {@code G} is Lipschitz in the 2-norm with
     * {@code Lip = 1 + gamma max_i ||x_i||^2 / 4}. Hence with {@code f_t} the fast and {@code g_t}
     * the exact iterates, {@code E_{t+1} = ||f_{t+1} - g_{t+1}||_2 <= ||b(f_t)||_2 + Lip E_t},
     * {@code E_0 = 0}, and every coordinate obeys {@code |f_t,j - g_t,j| <= E_t}. The vector's
     * printed value {@code v} obeys {@code |v - g_t,j| <= ulp_N(v)} (CERTIFIED_DIGITS), so the test
     * asserts {@code |f_t,j - v| <= E_t (1 + 1e-9) + ulp_N(v)}, compared exactly in BigDecimal (the
     * {@code 1e-9} covers the rounding of the bound's own double evaluation).
     */
    @Test
    void fastGdWithinPropagatedBound() throws Exception {
        JsonNode j = read("logistic_gd_linear.json");
        int digits = j.get("testGroups").get(0).get("digits").asInt();
        double worst = 0;
        int compared = 0;
        for (JsonNode t : tests(j)) {
            assertThat(flagged(t, "DYADIC_DATA")).as("tcId %d", t.get("tcId").asInt()).isTrue();
            Rational[][] xq = qm(t.get("x"));
            int n = xq.length;
            int dim = xq[0].length;
            double[][] x = new double[n][dim];
            double maxNorm2 = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int k = 0; k < dim; k++) {
                    x[i][k] = d(xq[i][k]);
                    assertThat(Binary64.exact(x[i][k])).isEqualTo(xq[i][k]);
                    s += x[i][k] * x[i][k];
                }
                maxNorm2 = Math.max(maxNorm2, s);
            }
            int[] y = ints(t.get("y"));
            double gamma = d(q(t.get("gamma")));
            assertThat(Binary64.exact(gamma)).isEqualTo(q(t.get("gamma")));
            double lip = 1 + gamma * maxNorm2 / 4;
            double[] f = new double[dim];
            Rational[] th0 = qs(t.get("theta0"));
            for (int k = 0; k < dim; k++) {
                f[k] = d(th0[k]);
            }
            double e = 0;
            for (int s = 0; s <= t.get("steps").asInt(); s++) {
                for (int k = 0; k < dim; k++) {
                    BigDecimal v = new BigDecimal(t.get("theta").get(s).get(k).asText());
                    BigDecimal err = new BigDecimal(f[k]).subtract(v).abs();
                    BigDecimal bound = new BigDecimal(e * (1 + 1e-9)).add(unit(v, digits));
                    assertThat(err).as("tcId %d step %d coordinate %d", t.get("tcId").asInt(), s, k).isLessThanOrEqualTo(bound);
                    if (bound.signum() > 0) {
                        worst = Math.max(worst, err.doubleValue() / bound.doubleValue());
                    }
                    compared++;
                }
                // per-step bound b(f_t), then propagate
                e = LogisticGdStepBound.norm(f, x, gamma) * (1 + 1e-12) + lip * e;
                f = FastLinearSteps.logisticGd(f, x, y, gamma);
            }
        }
        WORST.merge("FastLinearSteps.logisticGd iterated vs logistic_gd_linear.json", worst, Math::max);
        assertThat(compared).isPositive();
    }

    /** The certified loss at theta_0 = 0 is log 2 (every margin 0), within one unit of its last digit. */
    @Test
    void gdLossAtZeroIsLogTwo() throws Exception {
        JsonNode j = read("logistic_gd_linear.json");
        int digits = j.get("testGroups").get(0).get("digits").asInt();
        BigDecimal log2 = new BigDecimal("0.693147180559945309417232121458176568075500134360255254120680009493393621969694715605863326996418687");
        for (JsonNode t : tests(j)) {
            if (flagged(t, "FIRST_STEP_EQUALS_PERCEPTRON")) {
                BigDecimal l0 = new BigDecimal(t.get("loss").get(0).asText());
                assertThat(l0.subtract(log2).abs()).isLessThanOrEqualTo(unit(l0, digits));
            }
        }
    }

    // ------------------------------------------------------------------ perceptrons

    /** The exact perceptron (Oracle.perceptronTrajectory) reproduces every linear perceptron vector. */
    @Test
    void exactPerceptronReproducesLinearVectors() throws Exception {
        JsonNode j = read("perceptron_linear.json");
        int checked = 0;
        for (JsonNode g : j.get("testGroups")) {
            TieMode mode = tieMode(g.get("tieRule").asText());
            for (JsonNode t : g.get("tests")) {
                JsonNode traj = t.get("trajectory");
                List<List<Rational>> x = java.util.Arrays.stream(qm(t.get("x"))).map(List::of).toList();
                List<Integer> y = java.util.Arrays.stream(ints(t.get("y"))).boxed().toList();
                PerceptronTrajectory got = Oracle.perceptronTrajectory(List.of(qs(traj.get(0))), x, y, q(t.get("gamma")), mode,
                        t.get("steps").asInt());
                assertThat(got.iterates()).hasSize(traj.size());
                for (int s = 0; s < traj.size(); s++) {
                    assertThat(got.iterate(s)).containsExactly(qs(traj.get(s)));
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(j.get("numberOfTests").asInt());
    }

    /**
     * Every flag and the comment's claims of a linear perceptron vector, recomputed from its own
     * trajectory (issue 15: the tie-rule-none runs from 0, whose margins all stay 0, were flagged
     * CONVERGED because the last step changed nothing, and "ties along the way" was a fixed comment
     * on runs without a zero margin): TIE_AT_ZERO exactly when some margin {@code y_i <w_s, x_i>}
     * is 0 at an iterate a step is taken from (s below steps), CONVERGED exactly when every margin
     * at the last iterate is positive, and the comment says "ties along the way" exactly then.
     * Both flags occur both ways in the file (the check is not vacuous).
     */
    @Test
    void linearPerceptronFlagsMatchTrajectory() throws Exception {
        JsonNode j = read("perceptron_linear.json");
        int[] seen = new int[4]; // tie, no tie, converged, not converged
        for (JsonNode t : tests(j)) {
            Rational[][] x = qm(t.get("x"));
            int[] y = ints(t.get("y"));
            JsonNode traj = t.get("trajectory");
            int steps = t.get("steps").asInt();
            boolean tie = false;
            boolean allPositive = true;
            for (int s = 0; s <= steps; s++) {
                Rational[] w = qs(traj.get(s));
                for (int i = 0; i < x.length; i++) {
                    Rational z = Rational.ZERO;
                    for (int k = 0; k < w.length; k++) {
                        z = z.add(w[k].multiply(x[i][k]));
                    }
                    z = z.multiply(Rational.of(y[i]));
                    if (s < steps) {
                        tie |= z.signum() == 0;
                    } else {
                        allPositive &= z.signum() > 0;
                    }
                }
            }
            String id = "tcId " + t.get("tcId").asInt();
            assertThat(flagged(t, "TIE_AT_ZERO")).as(id + " TIE_AT_ZERO").isEqualTo(tie);
            assertThat(flagged(t, "CONVERGED")).as(id + " CONVERGED").isEqualTo(allPositive);
            assertThat(t.get("comment").asText().contains("ties along the way")).as(id + " comment").isEqualTo(tie);
            seen[tie ? 0 : 1]++;
            seen[allPositive ? 2 : 3]++;
        }
        assertThat(seen).as("tie, no tie, converged, not converged").doesNotContain(0);
    }

    /** The tie rule a vector group names ({@code TIE_HALF}, {@code TIE_MISTAKE}, {@code TIE_NONE}). */
    static TieMode tieMode(String name) {
        return TieMode.valueOf(name.substring("TIE_".length()));
    }

    /**
     * The tied perceptron recomputed here from the model's formula
     * {@code f = u1 <w, x> + u2 <w, P x>}: margins, omegas, the chain-rule step
     * {@code (<w, a1>, <w, P a1>, u1 a1 + u2 P a1)}-style update, the stopping rule and the flags;
     * for PROP41_STEP the step is also formed as {@code (I + eta A_t) theta} with
     * {@code A_t = [[0,0,a^T],[0,0,(Pa)^T],[a,Pa,0]]}, {@code a = sum_i omega_i y_i x_i}.
     */
    @Test
    void tiedPerceptronRecomputed() throws Exception {
        JsonNode j = read("perceptron_tied.json");
        int checked = 0;
        for (JsonNode g : j.get("testGroups")) {
            TieMode mode = tieMode(g.get("tieRule").asText());
            for (JsonNode t : g.get("tests")) {
                Rational[][] x = qm(t.get("x"));
                int[] y = ints(t.get("y"));
                int[] perm = ints(t.get("perm"));
                int dim = perm.length;
                Rational eta = q(t.get("eta"));
                JsonNode traj = t.get("trajectory");
                Rational[] th = qs(traj.get(0));
                boolean tie = false;
                int updates = 0;
                boolean converged;
                while (true) {
                    Rational[] w = java.util.Arrays.copyOfRange(th, 2, th.length);
                    Rational[] z = new Rational[x.length];
                    boolean all = true;
                    for (int i = 0; i < x.length; i++) {
                        Rational[] px = permute(x[i], perm);
                        z[i] = th[0].multiply(dot(w, x[i])).add(th[1].multiply(dot(w, px))).multiply(Rational.of(y[i]));
                        all &= z[i].signum() > 0;
                    }
                    assertThat(qs(t.get("margins").get(updates))).containsExactly(z);
                    if (all || updates >= t.get("maxSteps").asInt()) {
                        converged = all;
                        break;
                    }
                    Rational[] a = new Rational[dim];
                    java.util.Arrays.fill(a, Rational.ZERO);
                    for (int i = 0; i < x.length; i++) {
                        tie |= z[i].signum() == 0;
                        Rational om = Rational.of(mode.twiceOmega(z[i].signum()), 2).multiply(Rational.of(y[i]));
                        for (int k = 0; k < dim; k++) {
                            a[k] = a[k].add(om.multiply(x[i][k]));
                        }
                    }
                    Rational[] pa = permute(a, perm);
                    // chain rule: grad_u1 = <w, x>, grad_u2 = <w, Px>, grad_w = u1 x + u2 Px, summed with weights omega y
                    Rational[] next = th.clone();
                    next[0] = th[0].add(eta.multiply(dot(w, a)));
                    next[1] = th[1].add(eta.multiply(dot(w, pa)));
                    for (int k = 0; k < dim; k++) {
                        next[2 + k] = th[2 + k].add(eta.multiply(th[0].multiply(a[k]).add(th[1].multiply(pa[k]))));
                    }
                    if (flagged(t, "PROP41_STEP")) {
                        Rational[][] am = new Rational[dim + 2][dim + 2];
                        for (Rational[] row : am) {
                            java.util.Arrays.fill(row, Rational.ZERO);
                        }
                        for (int k = 0; k < dim; k++) {
                            am[0][2 + k] = a[k];
                            am[1][2 + k] = pa[k];
                            am[2 + k][0] = a[k];
                            am[2 + k][1] = pa[k];
                        }
                        Rational[] viaA = new Rational[dim + 2];
                        for (int r = 0; r < dim + 2; r++) {
                            viaA[r] = th[r].add(eta.multiply(dot(am[r], th)));
                        }
                        assertThat(viaA).containsExactly(next);
                    }
                    th = next;
                    updates++;
                    assertThat(qs(traj.get(updates))).as("tcId %d update %d", t.get("tcId").asInt(), updates).containsExactly(th);
                }
                assertThat(traj.size()).isEqualTo(updates + 1);
                assertThat(t.get("updates").asInt()).isEqualTo(updates);
                assertThat(t.get("converged").asBoolean()).isEqualTo(converged);
                assertThat(flagged(t, "CONVERGED")).isEqualTo(converged);
                assertThat(flagged(t, "TIE_AT_ZERO")).isEqualTo(tie);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(j.get("numberOfTests").asInt());
    }

    static Rational[] permute(Rational[] v, int[] perm) {
        Rational[] out = new Rational[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = v[perm[k] - 1];
        }
        return out;
    }

    // ------------------------------------------------------------------ quadratic stability

    /**
     * The verdict follows from the file's own exact eigenvalue enclosures: CONVERGES iff every
     * eigenvalue lies in (0, 2/eta), DIVERGES iff one lies outside [0, 2/eta], BOUNDARY otherwise;
     * BOUNDARY flag iff lambdaMax is exactly 2/eta; the inertias count the eigenvalues.
     */
    @Test
    void stabilityVerdictFollowsFromEigenvalues() throws Exception {
        JsonNode j = read("quadratic_stability.json");
        for (JsonNode t : tests(j)) {
            Rational limit = q(t.get("twoOverEta"));
            assertThat(limit).isEqualTo(Rational.TWO.divide(q(t.get("eta"))));
            boolean outside = false;
            boolean inside = true;
            int pos = 0;
            int neg = 0;
            int zero = 0;
            for (JsonNode e : t.get("eigenvalues")) {
                Rational lo = q(e.get("lower"));
                Rational hi = q(e.get("upper"));
                int m = e.get("multiplicity").asInt();
                // enclosures decide: an inexact interval never contains 0 or 2/eta in these vectors
                outside |= hi.signum() < 0 || lo.compareTo(limit) > 0;
                inside &= lo.signum() > 0 && hi.compareTo(limit) < 0;
                if (lo.equals(hi) && lo.signum() == 0) {
                    zero += m;
                } else if (lo.signum() > 0) {
                    pos += m;
                } else {
                    assertThat(hi.signum()).isNegative();
                    neg += m;
                }
            }
            String want = outside ? "DIVERGES" : inside ? "CONVERGES" : "BOUNDARY";
            assertThat(t.get("verdict").asText()).as("tcId %d", t.get("tcId").asInt()).isEqualTo(want);
            assertThat(flagged(t, "VERDICT_" + want)).isTrue();
            assertThat(t.get("converges").asBoolean()).isEqualTo(want.equals("CONVERGES"));
            JsonNode lm = t.get("lambdaMax");
            assertThat(flagged(t, "BOUNDARY")).isEqualTo(q(lm.get("lower")).equals(limit) && q(lm.get("upper")).equals(limit));
            assertThat(t.get("inertiaS").get("positive").asInt()).isEqualTo(pos);
            assertThat(t.get("inertiaS").get("negative").asInt()).isEqualTo(neg);
            assertThat(t.get("inertiaS").get("zero").asInt()).isEqualTo(zero);
        }
    }

    /**
     * The fast verdict from the fast eigenvalues never contradicts the exact one. With
     * {@code b = 10 n u ||S||_F} (FastSymmetricEigen) plus {@code u ||S||_F} for rounding S's
     * entries to double (Weyl), the fast path says CONVERGES only if
     * {@code min lambda_hat - b > 0} and {@code max lambda_hat + b < 2/eta}, DIVERGES only if
     * {@code min lambda_hat + b < 0} or {@code max lambda_hat - b > 2/eta} (2/eta rounded, with a
     * relative margin 4u), and is undecided otherwise. Undecided is allowed only for BOUNDARY,
     * SINGULAR and NEAR_BOUNDARY cases (a boundary case can never be decided in floating point).
     */
    @Test
    void fastStabilityVerdictNeverOpposite() throws Exception {
        JsonNode j = read("quadratic_stability.json");
        double worst = 0;
        int decided = 0;
        for (JsonNode t : tests(j)) {
            Rational[][] sq = qm(t.get("matrix"));
            int n = sq.length;
            double[][] s = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < n; k++) {
                    s[i][k] = d(sq[i][k]);
                }
            }
            double[] ev = FastSymmetricEigen.eigenvalues(s);
            double b = FastSymmetricEigen.errorBound(s) * (1 + 1.0 / (FastSymmetricEigen.BOUND_CONSTANT * n)) * (1 + 1e-9);
            double limit = d(q(t.get("twoOverEta")));
            double lo = ev[0];
            double hi = ev[n - 1];
            String fast;
            if (lo - b > 0 && hi + b < limit * (1 - 4 * U)) {
                fast = "CONVERGES";
            } else if (lo + b < 0 || hi - b > limit * (1 + 4 * U)) {
                fast = "DIVERGES";
            } else {
                fast = "UNDECIDED";
            }
            String exact = t.get("verdict").asText();
            if (fast.equals("UNDECIDED")) {
                assertThat(flagged(t, "BOUNDARY") || flagged(t, "SINGULAR") || flagged(t, "NEAR_BOUNDARY"))
                        .as("tcId %d undecided by the fast path", t.get("tcId").asInt()).isTrue();
            } else {
                assertThat(fast).as("tcId %d", t.get("tcId").asInt()).isEqualTo(exact);
                decided++;
            }
            // eigenvalue accuracy against the vector's lambda_max decimal
            double want = new BigDecimal(t.get("lambdaMax").get("decimal").asText()).doubleValue();
            double bound = b + U * Math.abs(want) + Math.ulp(want);
            assertThat(Math.abs(hi - want)).isLessThanOrEqualTo(bound);
            worst = Math.max(worst, Math.abs(hi - want) / bound);
        }
        WORST.merge("FastSymmetricEigen lambda_max vs quadratic_stability.json", worst, Math::max);
        assertThat(decided).isPositive();
    }
}
