package com.example.eigen;

import dev.percept.contract.SymmetricEigenContract;

/** The whole percept contract, run against this project's Jacobi solver. */
class JacobiContractTest extends SymmetricEigenContract {

    @Override
    protected double[] eigenvalues(double[][] a) {
        return JacobiEigen.eigenvalues(a);
    }
}
