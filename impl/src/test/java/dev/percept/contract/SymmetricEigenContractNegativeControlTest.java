package dev.percept.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.percept.fast.FastSymmetricEigen;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract can fail: every one of its cases rejects a solver that is wrong by 100 times the
 * tolerance on one eigenvalue (or, for the zero matrix, by any amount), and the checks of the
 * answer's shape reject a wrong count, a NaN and a solver that overwrites its input.
 */
class SymmetricEigenContractNegativeControlTest {

    /** The fast path's values with the largest moved up by 100 tolerances (by 1 where the tolerance is 0). */
    static final class OffByAHundredTolerances extends SymmetricEigenContract {
        @Override
        protected double[] eigenvalues(double[][] a) {
            double[] v = FastSymmetricEigen.eigenvalues(a);
            double t = tolerance(a);
            v[v.length - 1] += t > 0 ? 100 * t : 1;
            return v;
        }
    }

    @Test
    void everyCaseRejectsAWrongSolver() throws Exception {
        List<String> cases = new ArrayList<>();
        for (Method m : SymmetricEigenContract.class.getDeclaredMethods()) {
            if (!m.isAnnotationPresent(Test.class)) {
                continue;
            }
            cases.add(m.getName());
            Throwable thrown = null;
            try {
                m.invoke(new OffByAHundredTolerances());
            } catch (InvocationTargetException e) {
                thrown = e.getCause();
            }
            assertTrue(thrown instanceof AssertionError, m.getName() + " accepted a solver off by 100 tolerances (threw " + thrown + ")");
            assertTrue(thrown.getMessage().contains("is off by at least"), thrown.getMessage());
        }
        assertEquals(14, cases.size(), "contract cases: " + cases);
    }

    @Test
    void theShapeOfTheAnswerIsChecked() {
        double[][] a = {{2, 1}, {1, 2}};
        SymmetricEigenContract tooFew = new SymmetricEigenContract() {
            @Override
            protected double[] eigenvalues(double[][] m) {
                return new double[] {3};
            }
        };
        assertTrue(assertThrows(AssertionError.class, () -> tooFew.check("2x2", a)).getMessage().contains("expected 2 eigenvalues, got 1"));
        SymmetricEigenContract nan = new SymmetricEigenContract() {
            @Override
            protected double[] eigenvalues(double[][] m) {
                return new double[] {1, Double.NaN};
            }
        };
        assertTrue(assertThrows(AssertionError.class, () -> nan.check("2x2", a)).getMessage().contains("returned NaN"));
        SymmetricEigenContract overwrites = new SymmetricEigenContract() {
            @Override
            protected double[] eigenvalues(double[][] m) {
                double[] v = FastSymmetricEigen.eigenvalues(m);
                m[0][1] = 0;
                return v;
            }
        };
        assertTrue(assertThrows(AssertionError.class, () -> overwrites.check("2x2", a)).getMessage().contains("modified its input"));
        assertEquals(1.0, a[0][1], "the contract passes the solver a copy");
        SymmetricEigenContract right = new SymmetricEigenContract() {
            @Override
            protected double[] eigenvalues(double[][] m) {
                return new double[] {3, 1};
            }
        };
        right.check("2x2, any order", a);
    }
}
