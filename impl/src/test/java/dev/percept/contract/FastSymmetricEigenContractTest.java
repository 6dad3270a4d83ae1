package dev.percept.contract;

import dev.percept.fast.FastSymmetricEigen;

/**
 * Percept's fast path ({@link FastSymmetricEigen}: its Householder tridiagonalisation, then EJML's
 * tridiagonal QR) under the published contract, with the contract's default tolerance
 * {@code 10 n u ||A||_F}.
 */
class FastSymmetricEigenContractTest extends SymmetricEigenContract {

    @Override
    protected double[] eigenvalues(double[][] a) {
        return FastSymmetricEigen.eigenvalues(a);
    }
}
