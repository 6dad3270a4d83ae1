package com.example.eigen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.percept.oracle.EigenvalueAudit;
import dev.percept.oracle.Oracle;
import dev.percept.oracle.Spectrum;
import org.junit.jupiter.api.Test;

/** The oracle used directly, as the README shows it, and a look at what the test class path holds. */
class SturmBisectionOracleTest {

    static final double[][] A = {{4, 1, -2}, {1, 2, 0}, {-2, 0, 3}};

    @Test
    void eigenvaluesAgreeWithTheExactSpectrum() {
        double[] mine = SturmBisectionEigen.eigenvalues(A);
        Oracle.assertEigenvalues(A, mine, 1e-13);          // fails only when an error > 1e-13 is proven
        EigenvalueAudit audit = Oracle.audit(A, mine);     // every error, enclosed exactly
        assertEquals(3, audit.errors().size());
        assertTrue(audit.maxUlpsUpper().orElseThrow().compareTo(dev.percept.exact.Rational.of(16)) < 0, audit.toString());
    }

    @Test
    void aWrongValueIsReportedWithItsExactError() {
        double[] wrong = SturmBisectionEigen.eigenvalues(A);
        wrong[1] += 1e-9;
        AssertionError e = assertThrows(AssertionError.class, () -> Oracle.assertEigenvalues(A, wrong, 1e-12));
        assertTrue(e.getMessage().startsWith("eigenvalue " + wrong[1] + " (the 2nd smallest) is off by at least 9.99"), e.getMessage());
    }

    @Test
    void theExactSpectrumPrintsExactValuesAndCorrectlyRoundedDoubles() {
        Spectrum s = Oracle.spectrum(new double[][] {{2, 1}, {1, 2}});
        assertEquals(2, s.eigenvalues().size());
        assertEquals(1.0, s.eigenvalues().get(0).nearestDouble());
        assertEquals("spectrum of a 2x2 symmetric matrix (charpoly+hints), 2 distinct eigenvalue(s):\n"
                + "  1 (= 1, multiplicity 1)\n  3 (= 3, multiplicity 1)", s.toString());
        Spectrum t = Oracle.spectrum(new double[][] {{2, 1}, {1, 3}});
        assertEquals("spectrum of a 2x2 symmetric matrix (charpoly+hints), 2 distinct eigenvalue(s):\n"
                + "  1.3819660112501052 (= 5/2 - sqrt(5/4), multiplicity 1)\n"
                + "  3.6180339887498948 (= 5/2 + sqrt(5/4), multiplicity 1)", t.toString());
        assertEquals((5 - Math.sqrt(5)) / 2, t.eigenvalues().get(0).nearestDouble());
    }

    /** The oracle's runtime class path holds no command-line, JSON, plotting or terminal library. */
    @Test
    void noCommandLineLibraryCameAlong() {
        for (String cls : new String[] {"picocli.CommandLine", "com.fasterxml.jackson.databind.ObjectMapper", "org.knowm.xchart.XYChart",
            "me.tongfei.progressbar.ProgressBar", "org.jline.terminal.Terminal"}) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(cls), cls + " is on the class path");
        }
    }
}
