package dev.percept.fast;

import dev.percept.audit.PlantedEnclosureContract;
import dev.percept.binary64.Binary64;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast implementation ({@link FastSymmetricEigen}, EJML) under the symmetric-eigenvalue
 * contract. Enclosure: {@code lambda_hat ± ((c n + 1) u ||A||_F) (1 + 1e-9)}: {@code c n u ||A||_F}
 * is the backward-stability bound of the symmetric QR algorithm (Weyl), the extra
 * {@code u ||A||_F} covers rounding the rational entries to double ({@code ||A - fl(A)||_F <=
 * u ||A||_F}, Weyl again), and {@code 1e-9} covers the rounding in evaluating the bound.
 */
class FastEigenContractTest extends PlantedEnclosureContract {

    @Override
    protected List<Rational[]> enclosures(RationalMatrix a) {
        int n = a.rows();
        double[][] d = Binary64.nearest(a);
        double u = Math.ulp(1.0) / 2;
        double fro = FastSymmetricEigen.errorBound(d) / (FastSymmetricEigen.BOUND_CONSTANT * n * u);
        double b = (FastSymmetricEigen.BOUND_CONSTANT * n + 1) * u * fro * (1 + 1e-9);
        Rational rb = Binary64.exact(b);
        List<Rational[]> out = new ArrayList<>();
        for (double v : FastSymmetricEigen.eigenvalues(d)) {
            Rational x = Binary64.exact(v);
            out.add(new Rational[] {x.subtract(rb), x.add(rb)});
        }
        return out;
    }
}
