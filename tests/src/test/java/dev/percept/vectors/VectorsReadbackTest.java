package dev.percept.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.percept.binary64.Binary64;
import dev.percept.cli.Main;
import dev.percept.exact.Rational;
import dev.percept.fast.FastLinearSteps;
import dev.percept.fast.FastStructuredSpectrum;
import dev.percept.fast.FastSymmetricEigen;
import dev.percept.model.TieMode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the generated vectors back as an outside user would (plain JSON, numbers parsed from
 * strings, no percept classes for the expected values) and checks percept's fast path against
 * them; also checks that two runs write identical bytes and that no temporary file is left.
 */
class VectorsReadbackTest {

    @TempDir
    static Path dir;

    static final ObjectMapper M = new ObjectMapper();

    @BeforeAll
    static void generate() {
        assertThat(Main.run(new String[] {"vectors", "--out", dir.resolve("a").toString(), "--digits", "30"},
                new PrintStream(new ByteArrayOutputStream()), System.err)).isZero();
    }

    static double parse(String s) {
        return Binary64.nearest(Rational.parse(s));
    }

    /** Header fields, tcIds 1..numberOfTests, and a schema file for each vector file. */
    @Test
    void wycheproofShape() throws Exception {
        for (String f : VectorsDynamicsReadbackTest.FILES) {
            JsonNode j = M.readTree(dir.resolve("a").resolve(f).toFile());
            assertThat(j.get("generatorVersion").asText()).isNotEmpty();
            assertThat(j.get("provenance").get("percept").asText()).isEqualTo(Main.VERSION);
            assertThat(Files.exists(dir.resolve("a/schema").resolve(j.get("schema").asText()))).isTrue();
            int n = 0;
            for (JsonNode g : j.get("testGroups")) {
                for (JsonNode t : g.get("tests")) {
                    assertThat(t.get("tcId").asInt()).isEqualTo(++n);
                    for (JsonNode flag : t.get("flags")) {
                        assertThat(j.get("notes").has(flag.asText())).as("flag %s explained in notes", flag).isTrue();
                    }
                }
            }
            assertThat(j.get("numberOfTests").asInt()).isEqualTo(n).isPositive();
        }
    }

    @Test
    void byteIdenticalAndNoTemporaryFiles() throws Exception {
        assertThat(Main.run(new String[] {"vectors", "--out", dir.resolve("b").toString(), "--digits", "30"},
                new PrintStream(new ByteArrayOutputStream()), System.err)).isZero();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir.resolve("a"))) {
            files = s.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSize(2 * VectorsDynamicsReadbackTest.FILES.length);
        for (Path p : files) {
            assertThat(p.getFileName().toString()).doesNotEndWith(".tmp");
            Path q = dir.resolve("b").resolve(dir.resolve("a").relativize(p));
            assertThat(Files.readAllBytes(q)).as(p.toString()).isEqualTo(Files.readAllBytes(p));
        }
    }

    /** Fast structured spectrum vs the vectors: within its relative bound plus the 30-digit rounding of the decimals. */
    @Test
    void fastStructuredSpectrumAgrees() throws Exception {
        JsonNode j = M.readTree(dir.resolve("a/prop41_spectra.json").toFile());
        int checked = 0;
        for (JsonNode t : j.get("testGroups").get(0).get("tests")) {
            int d = t.get("d").asInt();
            double[] a = new double[d];
            int[] perm = new int[d];
            for (int i = 0; i < d; i++) {
                a[i] = parse(t.get("a").get(i).asText());
                perm[i] = t.get("perm").get(i).asInt() - 1;
            }
            List<Double> want = new ArrayList<>();
            for (JsonNode e : t.get("eigenvalues")) {
                for (int k = 0; k < e.get("multiplicity").asInt(); k++) {
                    want.add(parse(e.get("decimal").asText()));
                }
            }
            want.sort(null);
            double[] got = FastStructuredSpectrum.eigenvalues(a, perm);
            // a was rounded to double (relative u per entry, so s +- p moves by <= 2u relative, the root by u);
            // the fast path adds (4u + 2du^2), the decimal->double conversion u/2: 6u + 2du^2 in all
            double u = Math.ulp(1.0) / 2;
            for (int i = 0; i < got.length; i++) {
                assertThat(Math.abs(got[i] - want.get(i))).as("tcId %d", t.get("tcId").asInt())
                        .isLessThanOrEqualTo((6 * u + 2 * d * u * u) * Math.abs(want.get(i)));
            }
            checked++;
        }
        assertThat(checked).isEqualTo(j.get("numberOfTests").asInt());
    }

    /** EJML vs the symmetric vectors: within c n u ||A||_F plus u ||A||_F for rounding the entries. */
    @Test
    void fastSymmetricEigenAgrees() throws Exception {
        JsonNode j = M.readTree(dir.resolve("a/symmetric_spectra.json").toFile());
        for (JsonNode t : j.get("testGroups").get(0).get("tests")) {
            int n = t.get("n").asInt();
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < n; k++) {
                    a[i][k] = parse(t.get("matrix").get(i).get(k).asText());
                }
            }
            List<Double> want = new ArrayList<>();
            for (JsonNode e : t.get("eigenvalues")) {
                for (int k = 0; k < e.get("multiplicity").asInt(); k++) {
                    want.add(parse(e.get("decimal").asText()));
                }
            }
            double[] got = FastSymmetricEigen.eigenvalues(a);
            double u = Math.ulp(1.0) / 2;
            double bound = FastSymmetricEigen.errorBound(a) * (1 + 1.0 / (FastSymmetricEigen.BOUND_CONSTANT * n)) * (1 + 1e-9);
            for (int i = 0; i < n; i++) {
                assertThat(Math.abs(got[i] - want.get(i))).as("tcId %d", t.get("tcId").asInt())
                        .isLessThanOrEqualTo(bound + u * Math.abs(want.get(i)));
            }
        }
    }

    /** The fast perceptron step reproduces each exact trajectory (small dyadic-friendly data: errors only from 1/3-type rationals). */
    @Test
    void fastPerceptronFollowsTrajectories() throws Exception {
        JsonNode j = M.readTree(dir.resolve("a/perceptron_linear.json").toFile());
        int compared = 0;
        for (JsonNode g : j.get("testGroups")) {
            TieMode mode = TieMode.valueOf(g.get("tieRule").asText().substring("TIE_".length()));
            for (JsonNode t : g.get("tests")) {
                JsonNode xs = t.get("x");
                double[][] x = new double[xs.size()][];
                int[] y = new int[xs.size()];
                for (int i = 0; i < x.length; i++) {
                    x[i] = new double[xs.get(i).size()];
                    for (int k = 0; k < x[i].length; k++) {
                        x[i][k] = parse(xs.get(i).get(k).asText());
                    }
                    y[i] = t.get("y").get(i).asInt();
                }
                double gamma = parse(t.get("gamma").asText());
                JsonNode traj = t.get("trajectory");
                boolean exactData = t.get("comment").asText().startsWith("w0 = 0") || t.get("comment").asText().startsWith("separable");
                if (!exactData) {
                    continue; // 1/3-type data are not doubles; margins near 0 could flip: compared exactly by the differential test
                }
                for (int s = 0; s + 1 < traj.size(); s++) {
                    double[] w = new double[traj.get(s).size()];
                    for (int k = 0; k < w.length; k++) {
                        w[k] = parse(traj.get(s).get(k).asText());
                    }
                    double[] next = FastLinearSteps.perceptron(w, x, y, gamma, mode);
                    for (int k = 0; k < w.length; k++) {
                        assertThat(next[k]).isEqualTo(parse(traj.get(s + 1).get(k).asText()));
                    }
                    compared++;
                }
            }
        }
        assertThat(compared).isPositive();
    }
}
