package dev.percept.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.percept.audit.Audit;
import dev.percept.exact.Rational;
import dev.percept.fast.FastSymmetricEigen;
import dev.percept.spec.kernels.TieRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README example, as another project would write it: its own eigen solver (here EJML through
 * percept's fast path) checked against the oracle; a deliberately wrong solver is caught.
 */
class OracleExampleTest {

    static final double[][] A = {{4, 1, -2}, {1, 2, 0}, {-2, 0, 3}};

    @Test
    void ejmlPassesTheOracle() {
        double[] mine = FastSymmetricEigen.eigenvalues(A);
        Oracle.assertEigenvalues(A, mine, 1e-13);
        Audit.Report r = Oracle.audit(A, mine);
        assertThat(r.entries()).hasSize(3);
        assertThat(r.maxUlps()).isNotNull();
        assertThat(r.maxUlps().compareTo(Rational.of(64))).isNegative();
    }

    @Test
    void aWrongSolverIsCaught() {
        double[] mine = FastSymmetricEigen.eigenvalues(A);
        mine[1] += 1e-9;
        assertThatThrownBy(() -> Oracle.assertEigenvalues(A, mine, 1e-12))
                .isInstanceOf(AssertionError.class).hasMessageContaining("off by at least");
    }

    /** The exact perceptron: from w = 0 every margin is a tie; under MISTAKE all points update. */
    @Test
    void perceptronTrajectoryIsExact() {
        Rational[][] x = {{Rational.ONE, Rational.ZERO}, {Rational.ZERO, Rational.ONE}};
        List<Rational[]> t = Oracle.perceptronTrajectory(new Rational[] {Rational.ZERO, Rational.ZERO}, x, new int[] {1, -1},
                Rational.of(1, 3), TieRule.MISTAKE, 2);
        assertThat(t.get(1)).containsExactly(Rational.of(1, 3), Rational.of(-1, 3));
        assertThat(t.get(2)).containsExactly(Rational.of(1, 3), Rational.of(-1, 3));
    }

    /** The hinted exact spectrum equals the unhinted (pure Sturm) one: same multiplicities, overlapping intervals. */
    @Test
    void hintsDoNotChangeTheSpectrum() {
        double[][] a = {{2, 1, 0, 0}, {1, 2, 0, 0}, {0, 0, 3, 0}, {0, 0, 0, 1}};
        dev.percept.audit.ExactSpectrum hinted = Oracle.spectrum(a);
        dev.percept.audit.ExactSpectrum plain = dev.percept.audit.ExactSpectrum.of(Oracle.exact(a));
        assertThat(hinted.method()).isEqualTo("charpoly+hints");
        assertThat(plain.method()).isEqualTo("charpoly+sturm");
        assertThat(hinted.roots()).hasSameSizeAs(plain.roots());
        for (int i = 0; i < plain.roots().size(); i++) {
            var h = hinted.roots().get(i);
            var p = plain.roots().get(i);
            assertThat(h.multiplicity()).isEqualTo(p.multiplicity());
            assertThat(h.interval().lo().compareTo(p.interval().hi())).isLessThanOrEqualTo(0);
            assertThat(p.interval().lo().compareTo(h.interval().hi())).isLessThanOrEqualTo(0);
        }
        // eigenvalues 1 (twice) and 3 (twice)
        assertThat(hinted.roots()).hasSize(2);
        assertThat(hinted.roots().get(0).multiplicity()).isEqualTo(2);
    }
}
