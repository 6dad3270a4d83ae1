package com.example.eigen;

import dev.percept.contract.SymmetricEigenContract;

/** The whole percept contract, run against this project's Sturm-bisection solver. */
class SturmBisectionContractTest extends SymmetricEigenContract {

    @Override
    protected double[] eigenvalues(double[][] a) {
        return SturmBisectionEigen.eigenvalues(a);
    }
}
