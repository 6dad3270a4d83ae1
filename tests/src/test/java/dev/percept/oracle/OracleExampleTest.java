package dev.percept.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.percept.audit.ExactSpectrum;
import dev.percept.binary64.Binary64;
import dev.percept.exact.Rational;
import dev.percept.fast.FastSymmetricEigen;
import dev.percept.model.TieMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README example, as another project would write it: its own eigen solver (here EJML through
 * percept's fast path) checked against the oracle; a deliberately wrong solver is caught with a
 * message a reader can act on; the result types print exact values and correctly rounded decimals.
 */
class OracleExampleTest {

    static final double[][] A = {{4, 1, -2}, {1, 2, 0}, {-2, 0, 3}};

    @Test
    void ejmlPassesTheOracle() {
        double[] mine = FastSymmetricEigen.eigenvalues(A);
        Oracle.assertEigenvalues(A, mine, 1e-13);
        EigenvalueAudit r = Oracle.audit(A, mine);
        assertThat(r.errors()).hasSize(3);
        assertThat(r.maxUlpsUpper()).isPresent();
        assertThat(r.maxUlpsUpper().get().compareTo(Rational.of(64))).isNegative();
        assertThat(r.withinTolerance()).isTrue();
        assertThat(r.toString()).startsWith("audit of 3 eigenvalue(s) against the exact spectrum (charpoly+hints): max abs error <= ");
    }

    /** The failure names the value (as the double it is), its rank, a proven lower bound of the error and the true value. */
    @Test
    void aWrongSolverIsCaughtWithAReadableMessage() {
        double[] mine = FastSymmetricEigen.eigenvalues(A);
        mine[1] += 1e-9;
        assertThatThrownBy(() -> Oracle.assertEigenvalues(A, mine, 1e-12))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("eigenvalue " + mine[1] + " (the 2nd smallest) is off by at least 9.99")
                .hasMessageContaining("; true value in [")
                .hasMessageEndingWith("more than the allowed 1.0E-12 (1 of 3 eigenvalues exceed it)")
                .hasMessageNotContaining("/");
    }

    /** The example: 2.2679491924311214 against an eigenvalue 1.924e-7 away prints both exactly enough to act on. */
    @Test
    void theErrorLineIsExactAndRounded() {
        double[][] a = {{2, 1}, {1, 2}};
        EigenvalueError e = Oracle.audit(a, new double[] {1, 3.0000001}).errors().get(1);
        assertThat(e.toString()).isEqualTo("eigenvalue 3.0000001 (the 2nd smallest) is off by at least 9.999e-8 and at most 1e-7"
                + " (<= 2.252e+8 ulps); true value in [3, 3]");
        assertThat(e.absErrorLower()).isEqualTo(Binary64.exact(3.0000001).subtract(Rational.of(3)));
    }

    /** The exact perceptron: from w = 0 every margin is a tie; under MISTAKE all points update. */
    @Test
    void perceptronTrajectoryIsExact() {
        List<List<Rational>> x = List.of(List.of(Rational.ONE, Rational.ZERO), List.of(Rational.ZERO, Rational.ONE));
        PerceptronTrajectory t = Oracle.perceptronTrajectory(List.of(Rational.ZERO, Rational.ZERO), x, List.of(1, -1), Rational.of(1, 3),
                TieMode.MISTAKE, 2);
        assertThat(t.iterate(1)).containsExactly(Rational.of(1, 3), Rational.of(-1, 3));
        assertThat(t.iterate(2)).containsExactly(Rational.of(1, 3), Rational.of(-1, 3));
        assertThat(t.converged()).isTrue();
        assertThat(t.toString()).isEqualTo("perceptron trajectory (linear model, tie mistake, 2 steps, converged):\n"
                + "  w_0 = (0, 0) ~ (0.0, 0.0)\n  w_1 = (1/3, -1/3) ~ (0.3333333333333333, -0.3333333333333333)\n"
                + "  w_2 = (1/3, -1/3) ~ (0.3333333333333333, -0.3333333333333333)");
        assertThat(Oracle.perceptronTrajectory(new double[2], new double[][] {{1, 0}, {0, 1}}, new int[] {1, -1}, 1.0 / 3, TieMode.MISTAKE, 2)
                .nearestDoubles(1)).containsExactly(1.0 / 3, -1.0 / 3);
    }

    /** The hinted exact spectrum equals the unhinted (pure Sturm) one: same multiplicities, overlapping intervals. */
    @Test
    void hintsDoNotChangeTheSpectrum() {
        double[][] a = {{2, 1, 0, 0}, {1, 2, 0, 0}, {0, 0, 3, 0}, {0, 0, 0, 1}};
        Spectrum hinted = Oracle.spectrum(a);
        ExactSpectrum plain = ExactSpectrum.of(Binary64.exact(a));
        assertThat(hinted.method()).isEqualTo("charpoly+hints");
        assertThat(plain.method()).isEqualTo("charpoly+sturm");
        assertThat(hinted.eigenvalues()).hasSameSizeAs(plain.roots());
        for (int i = 0; i < plain.roots().size(); i++) {
            ExactEigenvalue h = hinted.eigenvalues().get(i);
            ExactSpectrum.Root p = plain.roots().get(i);
            assertThat(h.multiplicity()).isEqualTo(p.multiplicity());
            assertThat(h.lower().compareTo(p.interval().hi())).isLessThanOrEqualTo(0);
            assertThat(p.interval().lo().compareTo(h.upper())).isLessThanOrEqualTo(0);
        }
        // eigenvalues 1 (twice) and 3 (twice), recognised as rationals
        assertThat(hinted.eigenvalues()).hasSize(2);
        assertThat(hinted.eigenvalues().get(0).multiplicity()).isEqualTo(2);
        assertThat(hinted.eigenvalues().get(0).rationalValue()).contains(Rational.ONE);
        assertThat(hinted.nearestDoubles()).containsExactly(1, 1, 3, 3);
    }

    /** Proposition 4.1 through the oracle: +-sqrt(s +- p) in closed form, from the O(d) path. */
    @Test
    void structuredSpectrumIsInClosedForm() {
        Spectrum s = Oracle.structuredSpectrum(List.of(Rational.ONE, Rational.TWO, Rational.of(-1)), List.of(2, 1, 3));
        assertThat(s.method()).isEqualTo("prop41");
        assertThat(s.n()).isEqualTo(5);
        // s = 6, p = a^T P a = 1*2 + 2*1 + 1 = 5: eigenvalues -sqrt 11, -1, 0, 1, sqrt 11
        assertThat(s.eigenvalues()).extracting(ExactEigenvalue::exactForm).containsExactly("-sqrt(11)", "-1", "0", "1", "sqrt(11)");
        assertThat(s.toString()).contains("3.3166247903553998 (= sqrt(11), multiplicity 1)");
    }

    /** Result types are values: equal inputs give equal results. */
    @Test
    void resultsAreValues() {
        assertThat(Oracle.spectrum(A)).isEqualTo(Oracle.spectrum(A)).hasSameHashCodeAs(Oracle.spectrum(A));
        double[] v = FastSymmetricEigen.eigenvalues(A);
        assertThat(Oracle.audit(A, v)).isEqualTo(Oracle.audit(A, v));
    }
}
