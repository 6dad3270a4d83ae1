package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.percept.exact.Rational;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End-to-end contract of {@code spectrum --json} and {@code verify --json}: exactly one JSON object
 * on stdout, the documented fields, rationals in lowest terms, eigenvalues largest to smallest,
 * values equal to s and p computed here from the input, decimals equal to a 300-digit referee
 * rounded the same way (HALF_EVEN to the requested significant digits).
 */
class JsonContractTest {

    @TempDir
    Path dir;

    /** "p/q" in lowest terms with q > 1, or an integer; returns the value. */
    static Rational lowestTerms(JsonNode n) {
        assertThat(n.isTextual()).as("rational as string: %s", n).isTrue();
        String t = n.asText();
        assertThat(t).matches("-?(0|[1-9][0-9]*)(/[1-9][0-9]*)?");
        String[] pq = t.split("/");
        BigInteger p = new BigInteger(pq[0]);
        if (pq.length == 2) {
            BigInteger q = new BigInteger(pq[1]);
            assertThat(q).isGreaterThan(BigInteger.ONE);
            assertThat(p.gcd(q)).as("lowest terms: %s", t).isEqualTo(BigInteger.ONE);
            assertThat(p.signum()).isNotZero();
            return Rational.of(p, q);
        }
        assertThat(t).isNotEqualTo("-0");
        return Rational.of(p);
    }

    /** sign * sqrt(q) rounded HALF_EVEN to `digits` significant digits by the JDK at 300 digits. */
    static BigDecimal referee(int sign, Rational q, int digits) {
        if (sign == 0 || q.isZero()) {
            return BigDecimal.ZERO;
        }
        MathContext mc = new MathContext(300, RoundingMode.HALF_EVEN);
        BigDecimal v = new BigDecimal(q.numerator()).divide(new BigDecimal(q.denominator()), mc).sqrt(mc);
        return (sign < 0 ? v.negate() : v).round(new MathContext(digits, RoundingMode.HALF_EVEN));
    }

    static Rational[] parseList(String list) {
        String[] parts = list.split(",");
        Rational[] r = new Rational[parts.length];
        for (int i = 0; i < parts.length; i++) {
            r[i] = Rational.parse(parts[i]);
        }
        return r;
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "-1/2,3,5/2; 2,1,3; general; 40",
        "0,0,0; 2,1,3; zero; 40",
        "1,1,5; 2,1,3; symmetric; 40",
        "2,-2,0; 2,1,3; antisymmetric; 40",
        "3,0; 2,1; general; 40",
        "1/3,0.25,-7,1e2,6/4; 1,4,5,2,3; general; 17",
        "123456789/997,-1000000000/3,5; 3,2,1; general; 60",
        "7; 1; symmetric; 5"})
    void spectrumJson(String a, String perm, String kase, int digits) {
        Cli.Result r = Cli.run("spectrum", "--a", a, "--perm", perm, "--json", "--digits", String.valueOf(digits));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode j = r.json();
        for (String f : List.of("d", "case", "s", "p", "eigenvalues", "spectralNorm", "checks")) {
            assertThat(j.has(f)).as("field %s", f).isTrue();
        }
        Rational[] av = parseList(a);
        int[] img = java.util.Arrays.stream(perm.split(",")).mapToInt(Integer::parseInt).toArray();
        int d = av.length;
        Rational s = Rational.ZERO;
        Rational p = Rational.ZERO;
        for (int i = 0; i < d; i++) {
            s = s.add(av[i].square());
            p = p.add(av[i].multiply(av[img[i] - 1]));
        }
        assertThat(j.get("d").isInt()).isTrue();
        assertThat(j.get("d").asInt()).isEqualTo(d);
        assertThat(j.get("case").asText()).isEqualTo(kase);
        assertThat(lowestTerms(j.get("s"))).isEqualTo(s);
        assertThat(lowestTerms(j.get("p"))).isEqualTo(p);

        // Eigenvalues: expected multiset from s and p, listed largest to smallest.
        Map<List<Object>, Integer> expected = new HashMap<>();
        int nonzero = 0;
        for (Rational q : new Rational[] {s.add(p), s.subtract(p)}) {
            if (q.signum() > 0) {
                expected.merge(List.of(1, q), 1, Integer::sum);
                expected.merge(List.of(-1, q), 1, Integer::sum);
                nonzero += 2;
            }
        }
        if (d + 2 - nonzero > 0) {
            expected.put(List.of(0, Rational.ZERO), d + 2 - nonzero);
        }
        Map<List<Object>, Integer> got = new HashMap<>();
        List<BigDecimal> order = new ArrayList<>();
        for (JsonNode e : j.get("eigenvalues")) {
            assertThat(e.fieldNames()).toIterable().contains("sign", "square", "multiplicity", "exact", "decimal");
            int sign = e.get("sign").asInt();
            assertThat(e.get("sign").isInt()).isTrue();
            assertThat(sign).isIn(-1, 0, 1);
            Rational sq = lowestTerms(e.get("square"));
            assertThat(e.get("multiplicity").isInt()).isTrue();
            got.put(List.of(sign, sq), e.get("multiplicity").asInt());
            assertThat(e.get("exact").asText()).isEqualTo(sign == 0 ? "0" : (sign < 0 ? "-" : "") + "sqrt(" + sq + ")");
            BigDecimal dec = new BigDecimal(e.get("decimal").asText());
            assertThat(dec.compareTo(referee(sign, sq, digits))).as("decimal of %s", e).isZero();
            if (sign != 0) {
                assertThat(dec.precision()).isEqualTo(digits);
            }
            order.add(referee(sign, sq, 300));
        }
        assertThat(got).isEqualTo(expected);
        for (int i = 0; i + 1 < order.size(); i++) {
            assertThat(order.get(i)).as("largest to smallest").isGreaterThan(order.get(i + 1));
        }
        JsonNode norm = j.get("spectralNorm");
        Rational normSq = s.add(p.abs());
        assertThat(lowestTerms(norm.get("square"))).isEqualTo(normSq);
        assertThat(new BigDecimal(norm.get("decimal").asText()).compareTo(referee(1, normSq, digits))).isZero();

        Set<String> claims = new java.util.HashSet<>();
        assertThat(j.get("checks").size()).isGreaterThanOrEqualTo(8);
        for (JsonNode c : j.get("checks")) {
            assertThat(c.get("claim").asText()).matches("P41\\.[1-5]");
            assertThat(c.get("name").isTextual()).isTrue();
            assertThat(c.get("holds").isBoolean()).isTrue();
            assertThat(c.get("holds").asBoolean()).as(c.toString()).isTrue();
            claims.add(c.get("claim").asText());
        }
        String caseClaim = Map.of("zero", "P41.1", "symmetric", "P41.2", "antisymmetric", "P41.3", "general", "P41.4").get(kase);
        assertThat(claims).containsExactlyInAnyOrder(caseClaim, "P41.5");
    }

    @Test
    void pFileAndVectors() throws IOException {
        Path p = dir.resolve("h.csv");
        Files.writeString(p, "7/9,-4/9,-4/9\n-4/9,1/9,-8/9\n-4/9,-8/9,1/9\n");
        Cli.Result r = Cli.run("spectrum", "--a", "1,0,2", "--P-file", p.toString(), "--json", "--vectors");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        // Pa for P = I - 2vv^T/9, v = (1,2,2): a = (1,0,2), v.a = 5, Pa = a - 10/9 v = (-1/9, -20/9, -2/9).
        assertThat(lowestTerms(j.get("p"))).isEqualTo(Rational.of(-1, 9).add(Rational.of(-4, 9)));
        assertThat(j.get("eigenvectors").size()).isEqualTo(4);
        for (JsonNode v : j.get("eigenvectors")) {
            assertThat(v.get("vector").size()).isEqualTo(5);
            for (JsonNode comp : v.get("vector")) {
                lowestTerms(comp.get(0));
                lowestTerms(comp.get(1));
            }
        }
    }

    @Test
    void humanOutputIsNotJson() {
        Cli.Result r = Cli.run("spectrum", "--a", "-1/2,3,5/2", "--perm", "2,1,3");
        assertThat(r.code()).isZero();
        // s = 1/4 + 9 + 25/4, p = 2 (-1/2)(3) + (5/2)^2: ||A||^2 = s + |p|.
        Rational s = Rational.of(1, 4).add(Rational.of(9)).add(Rational.of(25, 4));
        Rational p = Rational.of(-3).add(Rational.of(25, 4));
        assertThat(r.out()).contains("case general").contains("s = ||a||^2 = " + s).contains("p = a^T P a = " + p)
                .contains("sqrt(" + s.add(p.abs()) + ")").contains("P41.4").contains("holds").doesNotContain("FAILS");
    }

    @Test
    void verifyJson() throws IOException {
        // --recorded: the records of the build's KeY and jqwik runs (or notes), no live runs. One
        // run (the suites are the costly part), with stderr taken for a terminal: exactly one JSON
        // object on stdout, the suites' progress on stderr and only there. (Writing the ledger to
        // a file goes through the same --json mixin as every command: OutputSafetyTest; a
        // non-terminal stderr stays empty: CliProgressTest, for the shared progress display.)
        Cli.Result r = Cli.runOnTerminal("verify", "--recorded", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).as("progress on a terminal stderr").contains("%").contains("\r");
        JsonNode j = r.json();
        assertThat(j.get("allHold").asBoolean()).isTrue();
        List<String> ids = new ArrayList<>();
        for (JsonNode c : j.get("claims")) {
            ids.add(c.get("id").asText());
            assertThat(c.get("statement").asText()).isNotBlank();
            assertThat(c.get("holds").asBoolean()).isTrue();
            assertThat(c.get("instances").isInt()).isTrue();
            assertThat(c.get("instances").asInt()).isPositive();
            assertThat(c.get("evidence").isArray()).isTrue();
            assertThat(c.get("evidence").size()).isPositive();
            for (JsonNode e : c.get("evidence")) {
                assertThat(e.isTextual()).isTrue();
            }
            // Each details entry is evidence (with its verdict) or a note saying why a kind is
            // omitted (e.g. no recorded KeY or jqwik run); a kind only omitted is not listed.
            List<String> listed = new ArrayList<>();
            c.get("evidence").forEach(e -> listed.add(e.asText()));
            for (JsonNode d : c.get("evidenceDetails")) {
                assertThat(d.get("summary").asText()).isNotBlank();
                assertThat(d.get("tool").asText()).isNotBlank();
                if (d.has("omitted")) {
                    assertThat(d.get("omitted").asBoolean()).isTrue();
                    assertThat(d.has("holds")).isFalse();
                    assertThat(d.get("note").asText()).contains("omitted");
                } else {
                    assertThat(d.get("holds").isBoolean()).isTrue();
                    assertThat(listed).contains(d.get("kind").asText());
                }
            }
            assertThat(c.get("evidenceDetails").findValuesAsText("kind")).contains("property");
        }
        assertThat(ids).contains("P41.1", "P41.2", "P41.3", "P41.4", "P41.5", "C1", "C2", "C3").doesNotHaveDuplicates();
        for (JsonNode c : j.get("claims")) {
            if (ids.indexOf(c.get("id").asText()) >= 0 && c.get("id").asText().startsWith("P41")) {
                assertThat(c.get("evidence").toString()).contains("exact");
            }
        }
    }
}
