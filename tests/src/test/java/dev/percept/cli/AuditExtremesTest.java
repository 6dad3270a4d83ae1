package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.percept.audit.Audit;
import dev.percept.audit.IntPoly;
import dev.percept.audit.RealRoots;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code percept audit} at the edges (issue 15): the ulps of an exactly-zero eigenvalue, numbers a
 * JSON reader cannot hold, and rational eigenvalues inside a square-free factor of higher degree.
 */
class AuditExtremesTest {

    @TempDir
    Path dir;

    Path write(String name, String text) {
        return Cli.write(dir, name, text);
    }

    JsonNode audit(String matrix, String eigenvalues) throws IOException {
        Cli.Result r = Cli.run("audit", "--matrix", write("m.csv", matrix).toString(), "--eigenvalues", write("e.txt", eigenvalues).toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        return Json.MAPPER.readTree(r.out());
    }

    /** Every JSON number of the document is one a standard reader holds as a finite double. */
    static void assertAllNumbersFinite(JsonNode n) {
        if (n.isNumber()) {
            assertThat(Double.isFinite(n.doubleValue())).as("JSON number %s", n.asText()).isTrue();
        }
        n.forEach(AuditExtremesTest::assertAllNumbersFinite);
    }

    /**
     * diag(0, 1): the zero eigenvalue given as 3.2e-15 was reported as 6.489E+308 ulps (of the
     * smallest subnormal), which standard JSON readers turn into infinity. Now: undefined (null,
     * "-" in text) like its relative error; given a subnormal 1e-320 the count of subnormals
     * between is meaningful and reported (1e-320 / 2^-1074 = 2024.02...); given 0 it is 0.
     */
    @Test
    void zeroEigenvalueUlps() throws Exception {
        JsonNode j = audit("0,0\n0,1\n", "3.2e-15\n1\n");
        JsonNode zero = j.get("eigenvalues").get(0);
        assertThat(zero.get("trueLower").asText()).isEqualTo("0");
        assertThat(zero.get("ulps").isNull()).as(zero.toString()).isTrue();
        assertThat(zero.get("relError").isNull()).isTrue();
        assertThat(j.get("maxUlps").isNull()).isTrue();
        assertAllNumbersFinite(j);

        JsonNode sub = audit("0,0\n0,1\n", "1e-320\n1\n").get("eigenvalues").get(0);
        // exact error 1e-320 = 2024.02... subnormal ulps, printed to 4 digits outward: [2024, 2025]
        assertThat(sub.get("ulps").doubleValue()).isEqualTo(2025.0);
        assertThat(sub.get("ulpsLower").doubleValue()).isEqualTo(2024.0);

        assertThat(audit("0,0\n0,1\n", "0\n1\n").get("eigenvalues").get(0).get("ulps").doubleValue()).isZero();

        Cli.Result text = Cli.run("audit", "--matrix", write("m.csv", "0,0\n0,1\n").toString(), "--eigenvalues", write("e.txt", "3.2e-15\n1\n").toString());
        assertThat(text.code()).isZero();
        assertThat(text.out()).doesNotContain("E+308").contains("max ulps <= -");
    }

    /** A given value far beyond the double range: its ulp count (about 4.5e415) is not written as a JSON number. */
    @Test
    void ulpCountsBeyondTheDoubleRangeAreNull() throws Exception {
        JsonNode j = audit("1\n", "1e400\n");
        assertThat(j.get("eigenvalues").get(0).get("ulps").isNull()).isTrue();
        assertThat(j.get("maxUlps").isNull()).isTrue();
        assertThat(j.get("eigenvalues").get(0).get("absError").asText()).startsWith("1.0000E+400");
        assertAllNumbersFinite(j);
        // negative control: an ordinary count is still written as a number
        assertThat(audit("1\n", "1.0000000000000002\n").get("maxUlps").isNumber()).isTrue();
    }

    /**
     * diag(1,2,3) has the one square-free factor (x-1)(x-2)(x-3): given 1.001, the eigenvalue 1
     * was shown as the enclosure [0.9999999, 1.0000066]; now exactly 1 (and 2, 3), with the
     * exact error 0.001. The same for a rational matrix (eigenvalues 1/3, 2/3, 5/7: D = 21 makes
     * them integers) and inside a factor of degree 4; an irrational eigenvalue keeps its enclosure.
     */
    @Test
    void rationalEigenvaluesInsideLargerFactorsAreExact() throws Exception {
        JsonNode j = audit("1,0,0\n0,2,0\n0,0,3\n", "1.001\n2.0000001\n2.9999\n");
        String[] truth = {"1", "2", "3"};
        String[] err = {"0.001", "1E-7", "0.0001"};
        for (int i = 0; i < 3; i++) {
            JsonNode e = j.get("eigenvalues").get(i);
            assertThat(e.get("trueLower").asText()).isEqualTo(truth[i]);
            assertThat(e.get("trueUpper").asText()).isEqualTo(truth[i]);
            assertThat(e.get("absError").asText()).isEqualTo(e.get("absErrorLower").asText());
            assertThat(new java.math.BigDecimal(e.get("absError").asText())).isEqualByComparingTo(err[i]);
        }
        Cli.Result text = Cli.run("audit", "--matrix", write("m.csv", "1,0,0\n0,2,0\n0,0,3\n").toString(), "--eigenvalues",
                write("e.txt", "1.001\n2\n3\n").toString());
        assertThat(text.out()).doesNotContain("0.9999999");

        Rational third = Rational.of(1, 3);
        Audit.Report q = Audit.run(RationalMatrix.of(new Rational[][] {{third, Rational.ZERO, Rational.ZERO},
            {Rational.ZERO, Rational.of(2, 3), Rational.ZERO}, {Rational.ZERO, Rational.ZERO, Rational.of(5, 7)}}),
                List.of(Rational.of(3333, 10000), Rational.of(6667, 10000), Rational.of(7143, 10000)), null);
        Rational[] exact = {third, Rational.of(2, 3), Rational.of(5, 7)};
        for (int i = 0; i < 3; i++) {
            assertThat(q.entries().get(i).trueLower()).isEqualTo(exact[i]);
            assertThat(q.entries().get(i).trueUpper()).isEqualTo(exact[i]);
        }

        // [[1,1],[1,0]] (x^2 - x - 1) next to diag(5,7) in one square-free quartic: 5 and 7 exact, the golden ratios enclosed
        JsonNode mixed = audit("1,1,0,0\n1,0,0,0\n0,0,5,0\n0,0,0,7\n", "-0.618\n1.618\n5.01\n6.99\n");
        JsonNode ev = mixed.get("eigenvalues");
        assertThat(ev.get(0).get("trueLower").asText()).isNotEqualTo(ev.get(0).get("trueUpper").asText());
        assertThat(ev.get(1).get("trueLower").asText()).isNotEqualTo(ev.get(1).get("trueUpper").asText());
        assertThat(ev.get(2).get("trueLower").asText()).isEqualTo("5");
        assertThat(ev.get(3).get("trueUpper").asText()).isEqualTo("7");
    }

    /**
     * {@link RealRoots#exactIfRational} on its own: f = (x^2 - 2) prod (q_k x - p_k) with random
     * roots p_k/q_k (q_k up to 12); on an asymmetric isolating interval around each root, every
     * rational root is found exactly (without a denominator hint: the leading coefficient bounds
     * the denominators), and the roots ±sqrt(2) stay intervals (the negative control).
     */
    @Test
    void exactIfRationalFindsEveryRationalRoot() {
        java.util.Random r = new java.util.Random(15);
        Rational delta = Rational.of(1, 1200); // distinct roots here are more than 1/600 apart
        for (int trial = 0; trial < 20; trial++) {
            List<Rational> roots = new ArrayList<>();
            BigInteger[] f = {BigInteger.valueOf(-2), BigInteger.ZERO, BigInteger.ONE};
            for (int k = 0; k < 3; k++) {
                Rational root = Rational.of(r.nextInt(201) - 100, 1 + r.nextInt(12));
                if (!roots.contains(root)) {
                    roots.add(root);
                    f = IntPoly.multiply(f, new BigInteger[] {root.numerator().negate(), root.denominator()});
                }
            }
            for (Rational root : roots) {
                Rational lo = root.subtract(delta.multiply(Rational.of(1 + r.nextInt(9), 10)));
                Rational hi = root.add(delta.multiply(Rational.of(1 + r.nextInt(9), 10)));
                RealRoots.Interval iv = RealRoots.exactIfRational(new RealRoots.Interval(f, lo, hi), BigInteger.ZERO);
                assertThat(iv.exact()).as("root %s of %s", root, java.util.Arrays.toString(f)).isTrue();
                assertThat(iv.lo()).isEqualTo(root);
            }
            for (int sign : new int[] {-1, 1}) {
                Rational lo = Rational.of(sign * 14142, 10000).subtract(delta);
                Rational hi = lo.add(delta.multiply(Rational.TWO));
                RealRoots.Interval iv = RealRoots.exactIfRational(new RealRoots.Interval(f, lo, hi), BigInteger.ZERO);
                assertThat(iv.exact()).as("sqrt 2").isFalse();
                assertThat(iv.lo()).isEqualTo(lo);
            }
        }
    }

    /** The irrational eigenvalues of [[0,1],[1,1]] (x^2 - x - 1) stay enclosures in Audit.run. */
    @Test
    void irrationalRootsStayEnclosures() {
        Audit.Report rep = Audit.run(RationalMatrix.of(new Rational[][] {{Rational.ZERO, Rational.ONE}, {Rational.ONE, Rational.ONE}}),
                List.of(Rational.of(-618, 1000), Rational.of(1618, 1000)), null);
        for (Audit.Entry e : rep.entries()) {
            assertThat(e.trueLower()).isLessThan(e.trueUpper());
        }
    }
}
