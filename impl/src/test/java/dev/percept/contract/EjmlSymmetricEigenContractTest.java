package dev.percept.contract;

import dev.percept.fast.FastSymmetricEigen;

/**
 * EJML's symmetric QR algorithm (percept's fast path, {@link FastSymmetricEigen}) under the
 * published contract, with the contract's default tolerance {@code 10 n u ||A||_F}: percept runs
 * its own contract on a solver it did not write.
 */
class EjmlSymmetricEigenContractTest extends SymmetricEigenContract {

    @Override
    protected double[] eigenvalues(double[][] a) {
        return FastSymmetricEigen.eigenvalues(a);
    }
}
