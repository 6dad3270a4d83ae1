package dev.percept.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.percept.cli.Main;
import dev.percept.exact.Rational;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads {@code prop41_general_spectra.json} back as an outside user would (plain JSON, rationals
 * parsed from strings, expectations recomputed here): s, p (and t) from a and the permutation,
 * its cycle notation or the matrix P; P orthogonal; the eigenvalue squares {@code s ± p} for
 * Proposition 4.1 and the roots of {@code q^2 - (s+t) q + (s t - p^2)} for the general pair,
 * decided exactly in Q(sqrt F); multiplicities summing to d+2; the decimals against a 320-digit
 * referee; and every group and flag present.
 */
class VectorsPairReadbackTest {

    @TempDir
    static Path dir;

    static final ObjectMapper M = new ObjectMapper();
    static JsonNode file;

    @BeforeAll
    static void generate() throws Exception {
        assertThat(Main.run(new String[] {"vectors", "--out", dir.toString(), "--digits", "35"}, new PrintStream(new ByteArrayOutputStream()),
                System.err)).isZero();
        file = M.readTree(dir.resolve("prop41_general_spectra.json").toFile());
    }

    private static Rational q(JsonNode n) {
        return Rational.parse(n.asText());
    }

    private static Rational[] qs(JsonNode a) {
        Rational[] r = new Rational[a.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = q(a.get(i));
        }
        return r;
    }

    /** The 1-based one-line notation of a cycle string, parsed here: {@code (1 2 3)(4 5)} on d points. */
    private static int[] fromCycles(String cycles, int d) {
        int[] img = new int[d];
        for (int i = 0; i < d; i++) {
            img[i] = i + 1;
        }
        if (cycles.equals("()")) {
            return img;
        }
        for (String c : cycles.substring(1, cycles.length() - 1).split("\\)\\(")) {
            String[] e = c.split(" ");
            for (int k = 0; k < e.length; k++) {
                img[Integer.parseInt(e[k]) - 1] = Integer.parseInt(e[(k + 1) % e.length]);
            }
        }
        return img;
    }

    /** 320-digit referee of sign*sqrt(x + y sqrt(f)), rounded HALF_EVEN. */
    private static BigDecimal referee(int sign, Rational x, Rational y, BigInteger f, int digits) {
        MathContext mc = new MathContext(320);
        BigDecimal v = new BigDecimal(x.numerator()).divide(new BigDecimal(x.denominator()), mc)
                .add(new BigDecimal(y.numerator()).divide(new BigDecimal(y.denominator()), mc).multiply(new BigDecimal(f).sqrt(mc), mc), mc).sqrt(mc);
        return (sign < 0 ? v.negate() : v).round(new MathContext(digits, RoundingMode.HALF_EVEN));
    }

    @Test
    void everyTestReadsBack() {
        int digits = -1;
        int n = 0;
        Set<String> groups = new HashSet<>();
        Set<String> flags = new HashSet<>();
        for (JsonNode g : file.get("testGroups")) {
            String type = g.get("type").asText();
            groups.add(type);
            digits = g.get("digits").asInt();
            for (JsonNode t : g.get("tests")) {
                n++;
                t.get("flags").forEach(f -> flags.add(f.asText()));
                int d = t.get("d").asInt();
                Rational[] a = qs(t.get("a"));
                assertThat(a).hasSize(d);
                Rational[] b;
                if (type.equals("Prop41Permutation")) {
                    int[] perm = new int[d];
                    for (int i = 0; i < d; i++) {
                        perm[i] = t.get("perm").get(i).asInt();
                    }
                    assertThat(fromCycles(t.get("cycles").asText(), d)).as("cycles agree with perm, tcId %d", t.get("tcId").asInt()).isEqualTo(perm);
                    b = new Rational[d];
                    for (int i = 0; i < d; i++) {
                        b[i] = a[perm[i] - 1];
                    }
                } else if (type.equals("Prop41Orthogonal")) {
                    Rational[][] p = new Rational[d][];
                    for (int i = 0; i < d; i++) {
                        p[i] = qs(t.get("P").get(i));
                    }
                    boolean symmetric = true;
                    for (int i = 0; i < d; i++) {
                        for (int k = 0; k < d; k++) {
                            Rational gik = Rational.ZERO;
                            for (int l = 0; l < d; l++) {
                                gik = gik.add(p[l][i].multiply(p[l][k]));
                            }
                            assertThat(gik).as("P^T P = I").isEqualTo(i == k ? Rational.ONE : Rational.ZERO);
                            symmetric &= p[i][k].equals(p[k][i]);
                        }
                    }
                    assertThat(symmetric).as("P not symmetric").isFalse();
                    b = new Rational[d];
                    for (int i = 0; i < d; i++) {
                        Rational acc = Rational.ZERO;
                        for (int k = 0; k < d; k++) {
                            acc = acc.add(p[i][k].multiply(a[k]));
                        }
                        b[i] = acc;
                    }
                } else {
                    b = qs(t.get("b"));
                }
                Rational s = Rational.ZERO;
                Rational tt = Rational.ZERO;
                Rational p = Rational.ZERO;
                for (int i = 0; i < d; i++) {
                    s = s.add(a[i].square());
                    tt = tt.add(b[i].square());
                    p = p.add(a[i].multiply(b[i]));
                }
                assertThat(q(t.get("s"))).isEqualTo(s);
                assertThat(q(t.get("p"))).isEqualTo(p);
                if (!type.equals("GeneralPair")) {
                    assertThat(tt).as("||Pa|| = ||a||").isEqualTo(s);
                } else {
                    assertThat(q(t.get("t"))).isEqualTo(tt);
                    assertThat(q(t.get("discriminant"))).isEqualTo(s.subtract(tt).square().add(p.square().multiply(Rational.of(4))));
                }
                BigInteger f = new BigInteger(t.get("field").asText());
                int total = 0;
                Rational sumSq = Rational.ZERO;
                for (JsonNode e : t.get("eigenvalues")) {
                    int sign = e.get("sign").asInt();
                    Rational x = q(e.get("squareParts").get(0));
                    Rational y = q(e.get("squareParts").get(1));
                    int m = e.get("multiplicity").asInt();
                    total += m;
                    if (f.signum() == 0) {
                        assertThat(y.isZero()).isTrue();
                    }
                    if (sign == 0) {
                        assertThat(x.isZero() && y.isZero()).isTrue();
                        assertThat(e.get("decimal").asText()).isEqualTo("0");
                        continue;
                    }
                    // q = x + y sqrt(f) solves q^2 - (s+t) q + (s t - p^2) = 0: rational and sqrt(f) parts vanish.
                    Rational fr = Rational.of(f);
                    Rational rat = x.square().add(y.square().multiply(fr)).subtract(s.add(tt).multiply(x)).add(s.multiply(tt).subtract(p.square()));
                    Rational irr = x.multiply(y).multiply(Rational.TWO).subtract(s.add(tt).multiply(y));
                    assertThat(rat.isZero() && irr.isZero()).as("tcId %d: square %s + %s sqrt(%s) solves the quadratic", t.get("tcId").asInt(), x, y, f)
                            .isTrue();
                    if (!type.equals("GeneralPair")) {
                        assertThat(x).isIn(s.add(p), s.subtract(p));
                    }
                    sumSq = sumSq.add(x.multiply(Rational.of(m)));
                    BigDecimal dec = new BigDecimal(e.get("decimal").asText());
                    assertThat(dec.compareTo(referee(sign, x, y, f, digits))).as("decimal, tcId %d", t.get("tcId").asInt()).isZero();
                }
                assertThat(total).isEqualTo(d + 2);
                // sum of all lambda^2 = tr(A^2) = 2(s + t) (the sqrt(f) parts of q+ and q- cancel; their rational parts are counted here).
                assertThat(sumSq).isEqualTo(s.add(tt).multiply(Rational.TWO));
            }
        }
        assertThat(n).isEqualTo(file.get("numberOfTests").asInt());
        assertThat(groups).containsExactlyInAnyOrder("Prop41Permutation", "Prop41Orthogonal", "GeneralPair");
        assertThat(flags).contains("CASE_ZERO", "CASE_SYMMETRIC", "CASE_ANTISYMMETRIC", "CASE_GENERAL", "CASE_RANK_ONE", "CASE_DOUBLE",
                "LONG_CYCLE", "FIXED_POINTS", "NOT_INVOLUTION", "NOT_SYMMETRIC_P", "P_EQUALS_ZERO", "NESTED_RADICALS", "RATIONAL_SQUARES",
                "B_ZERO", "A_ZERO", "PARALLEL", "EQUAL_NORMS");
    }
}
