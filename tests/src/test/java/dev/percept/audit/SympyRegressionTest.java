package dev.percept.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.binary64.Binary64;
import dev.percept.cli.Inputs;
import dev.percept.cli.Main;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.fast.FastSymmetricEigen;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression fixtures: matrices on which SymPy's {@code eigenvals} was reported wrong
 * (github.com/sympy/sympy issues 25282 and 7070). The expected answers below are the
 * factorisations of the characteristic polynomials by SymPy 1.14 {@code factor_list} (an
 * independent computation, quoted in each test), which percept's charpoly, square-free
 * decomposition and real-root isolation must reproduce.
 */
class SympyRegressionTest {

    static RationalMatrix fixture(String name) throws URISyntaxException {
        Path p = Path.of(SympyRegressionTest.class.getResource("/fixtures/" + name).toURI());
        return Inputs.csvMatrix(p, "--matrix");
    }

    /**
     * Issue 25282 (SymPy 1.12 returned multiplicities that summed to less than 24). The charpoly is
     * {@code (x-1)^2 (x+1)^2 (x^2-8x+1)(x^2-6x-1)(x^4-5x^2+1)^2 (x^8-10x^6+15x^4-10x^2+1)}. The
     * octic is palindromic in {@code y = x^2}: {@code y + 1/y = 5 ± sqrt 12}, and {@code 5 - sqrt 12 < 2}
     * gives non-real {@code y}, so it has exactly 4 real roots. Hence 14 distinct real eigenvalues
     * with multiplicities adding to 20 (4 non-real), six of them (1, -1 and the four roots of
     * {@code x^4-5x^2+1}) double.
     */
    @Test
    void sympy25282MultiplicitiesAreExact() throws Exception {
        RationalMatrix m = fixture("sympy-25282.csv");
        assertThat(m.isSymmetric()).isFalse();
        List<ExactSpectrum.Root> roots = ExactSpectrum.realEigenvalues(m);
        assertThat(roots).hasSize(14);
        assertThat(roots.stream().mapToInt(ExactSpectrum.Root::multiplicity).sum()).isEqualTo(20);
        List<ExactSpectrum.Root> doubles = roots.stream().filter(r -> r.multiplicity() == 2).toList();
        assertThat(doubles).hasSize(6);
        BigInteger[] quartic = {BigInteger.ONE, BigInteger.ZERO, BigInteger.valueOf(-5), BigInteger.ZERO, BigInteger.ONE};
        int ones = 0;
        int quarticRoots = 0;
        for (ExactSpectrum.Root r : doubles) {
            RealRoots.Interval iv = r.interval();
            boolean isOne = contains(iv, Rational.ONE) || contains(iv, Rational.MINUS_ONE);
            boolean isQuartic = iv.exact() ? IntPoly.signAt(quartic, iv.lo()) == 0
                    : IntPoly.signAt(quartic, iv.lo()) * IntPoly.signAt(quartic, iv.hi()) < 0;
            ones += isOne ? 1 : 0;
            quarticRoots += isQuartic ? 1 : 0;
        }
        assertThat(ones).isEqualTo(2);
        assertThat(quarticRoots).isEqualTo(4);
    }

    /**
     * Issue 7070 (SymPy returned {@code {0: 6, 1: 1}}, 7 of 13 eigenvalues). The charpoly is
     * {@code x^6 (x-1)(2x^6+x^5+x^4+x^3+x^2+x+1)/2}; the sextic has no real root, so the real
     * spectrum is exactly 0 (multiplicity 6) and 1 (multiplicity 1), and the other 6 eigenvalues
     * are non-real, which is why the audit (symmetric matrices only) rejects the matrix.
     */
    @Test
    void sympy7070RealSpectrumAndRejection() throws Exception {
        RationalMatrix w = fixture("sympy-7070.csv");
        List<ExactSpectrum.Root> roots = ExactSpectrum.realEigenvalues(w);
        assertThat(roots).hasSize(2);
        assertThat(contains(roots.get(0).interval(), Rational.ZERO)).isTrue();
        assertThat(roots.get(0).multiplicity()).isEqualTo(6);
        assertThat(contains(roots.get(1).interval(), Rational.ONE)).isTrue();
        assertThat(roots.get(1).multiplicity()).isEqualTo(1);

        Path p = Path.of(SympyRegressionTest.class.getResource("/fixtures/sympy-7070.csv").toURI());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"audit", "--matrix", p.toString(), "--engine", "fast"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(Main.BAD_INPUT);
        String e = err.toString(StandardCharsets.UTF_8);
        assertThat(e).startsWith("percept:").contains("not symmetric");
        assertThat(e.strip().lines().count()).isEqualTo(1);
    }

    /**
     * The symmetric part {@code (M + M^T)/2} of the 25282 matrix: 24 simple eigenvalues (SymPy
     * factor_list: seven square-free factors, each to the first power), the largest being
     * {@code 4 + sqrt(85)/2}. EJML's eigenvalues are audited; each must lie within the
     * backward-stability bound {@code 10 n u ||A||_F} of the exact one, and the enclosure of the
     * largest must satisfy {@code (2 lo - 8)^2 <= 85 <= (2 hi - 8)^2} exactly.
     */
    @Test
    void symmetricPartOf25282AuditsEjml() throws Exception {
        RationalMatrix m = fixture("sympy-25282.csv");
        RationalMatrix s = m.add(m.transpose()).scale(Rational.of(1, 2));
        double[][] a = toDouble(s);
        List<Rational> given = new ArrayList<>();
        for (double v : FastSymmetricEigen.eigenvalues(a)) {
            given.add(Binary64.exact(v));
        }
        Audit.Report r = Audit.run(s, given, null);
        assertThat(r.entries()).hasSize(24).allSatisfy(e -> assertThat(e.multiplicity()).isEqualTo(1));
        Rational bound = Binary64.exact(FastSymmetricEigen.errorBound(a));
        assertThat(r.maxAbsError()).isLessThanOrEqualTo(bound);
        Audit.Entry top = r.entries().get(23);
        Rational lo = top.trueLower().multiply(Rational.TWO).subtract(Rational.of(8));
        Rational hi = top.trueUpper().multiply(Rational.TWO).subtract(Rational.of(8));
        assertThat(lo.square()).isLessThanOrEqualTo(Rational.of(85));
        assertThat(hi.square()).isGreaterThanOrEqualTo(Rational.of(85));
    }

    static boolean contains(RealRoots.Interval iv, Rational x) {
        return iv.lo().compareTo(x) <= 0 && x.compareTo(iv.hi()) <= 0;
    }

    static double[][] toDouble(RationalMatrix m) {
        return Binary64.nearest(m);
    }
}
