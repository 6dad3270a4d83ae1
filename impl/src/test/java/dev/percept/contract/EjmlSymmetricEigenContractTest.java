package dev.percept.contract;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * EJML's symmetric QR algorithm ({@code DecompositionFactory_DDRM.eig(n, false, true)}, called
 * directly) under the published contract, with the contract's default tolerance
 * {@code 10 n u ||A||_F}: percept runs its own contract on a solver it did not write.
 * ({@code FastSymmetricEigenContractTest} runs it on percept's fast path.)
 */
class EjmlSymmetricEigenContractTest extends SymmetricEigenContract {

    @Override
    protected double[] eigenvalues(double[][] a) {
        int n = a.length;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(new DMatrixRMaj(a))) {
            throw new IllegalStateException("EJML symmetric eigen decomposition failed");
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = eig.getEigenvalue(i).getReal();
        }
        Arrays.sort(out);
        return out;
    }
}
