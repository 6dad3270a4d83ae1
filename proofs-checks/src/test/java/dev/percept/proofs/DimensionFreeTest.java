package dev.percept.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Z3 proves every dimension-free statement of P41.1-P41.5, P41.G and C1-C3 and refutes every false
 * variant; percept's polynomial normal form (or exact instances) agrees on each. Queries are
 * written to {@code target/smt}.
 */
class DimensionFreeTest {

    @Test
    void z3AndNormalFormsProveEveryClaimAndRefuteEveryFalseVariant() throws Exception {
        Path smt = Path.of("target", "smt");
        List<Z3Prover.Result> results = Z3Prover.run(DimensionFree.all(), smt);
        Set<String> proved = new TreeSet<>();
        Set<String> refuted = new TreeSet<>();
        for (Z3Prover.Result r : results) {
            System.out.printf("z3 %-7s %-5s %-20s %6d us  %s%n", r.z3(), r.obligation().claim, r.independentKind(), r.micros(), r.obligation().name);
            assertTrue(r.asExpected(), r.obligation() + ": z3 " + r.z3() + ", independent " + r.independent() + " (" + r.detail() + ")");
            assertTrue(Files.size(smt.resolve(r.smtFile())) > 0, "query written");
            (r.obligation().expectTrue ? proved : refuted).add(r.obligation().claim);
        }
        Set<String> all = new TreeSet<>(List.of("P41.1", "P41.2", "P41.3", "P41.4", "P41.5", "P41.G", "C1", "C2", "C3"));
        assertEquals(all, proved, "every claim has a proof");
        assertEquals(all, refuted, "every claim has a refuted false variant");
        assertEquals("4.14.1", Z3Prover.version());
    }

    @Test
    void normalFormDecidesIdentities() {
        MPoly s = MPoly.var("s");
        MPoly p = MPoly.var("p");
        MPoly lhs = s.add(p).multiply(s.subtract(p));
        assertTrue(lhs.subtract(s.pow(2).subtract(p.pow(2))).isZero());
        assertTrue(!lhs.subtract(s.pow(2).add(p.pow(2))).isZero());
        // (q n)^2 = 2 s modulo q^2 = 2, n^2 = s
        MPoly qn = MPoly.var("q").multiply(MPoly.var("n"));
        MPoly red = qn.pow(2).reduceSquare("q", MPoly.constant(dev.percept.exact.Rational.TWO)).reduceSquare("n", s);
        assertEquals(s.add(s), red);
    }
}
