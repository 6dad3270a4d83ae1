package dev.percept.fast;

import dev.percept.audit.SymmetricEigenContract;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast implementation ({@link FastSymmetricEigen}, EJML) under the symmetric-eigenvalue
 * contract. Enclosure: {@code lambda_hat ± ((c n + 1) u ||A||_F) (1 + 1e-9)}: {@code c n u ||A||_F}
 * is the backward-stability bound of the symmetric QR algorithm (Weyl), the extra
 * {@code u ||A||_F} covers rounding the rational entries to double ({@code ||A - fl(A)||_F <=
 * u ||A||_F}, Weyl again), and {@code 1e-9} covers the rounding in evaluating the bound.
 */
class FastEigenContractTest extends SymmetricEigenContract {

    @Override
    protected List<Rational[]> enclosures(RationalMatrix a) {
        int n = a.rows();
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Rational q = a.get(i, j);
                d[i][j] = new BigDecimal(q.numerator()).divide(new BigDecimal(q.denominator()), MathContext.DECIMAL128).doubleValue();
            }
        }
        double u = Math.ulp(1.0) / 2;
        double fro = FastSymmetricEigen.errorBound(d) / (FastSymmetricEigen.BOUND_CONSTANT * n * u);
        double b = (FastSymmetricEigen.BOUND_CONSTANT * n + 1) * u * fro * (1 + 1e-9);
        Rational rb = Rational.of(new BigDecimal(b));
        List<Rational[]> out = new ArrayList<>();
        for (double v : FastSymmetricEigen.eigenvalues(d)) {
            Rational x = Rational.of(new BigDecimal(v));
            out.add(new Rational[] {x.subtract(rb), x.add(rb)});
        }
        return out;
    }
}
