package dev.percept.audit;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.util.ArrayList;
import java.util.List;

/** The exact implementation ({@link ExactSpectrum}, no hints: Sturm isolation) under the symmetric-eigenvalue contract. */
class ExactEigenContractTest extends PlantedEnclosureContract {

    @Override
    protected List<Rational[]> enclosures(RationalMatrix a) {
        List<Rational[]> out = new ArrayList<>();
        for (ExactSpectrum.Root r : ExactSpectrum.of(a).expanded()) {
            out.add(new Rational[] {r.interval().lo(), r.interval().hi()});
        }
        return out;
    }
}
