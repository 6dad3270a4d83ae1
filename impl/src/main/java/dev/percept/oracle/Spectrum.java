package dev.percept.oracle;

import dev.percept.audit.ExactSpectrum;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The exact spectrum of a symmetric matrix: its distinct eigenvalues in increasing order
 * ({@link ExactEigenvalue}: an isolating interval of an integer polynomial, with multiplicity), the
 * multiplicities adding up to the order n. Immutable.
 */
public final class Spectrum {

    private final int n;
    private final String method;
    private final List<ExactEigenvalue> eigenvalues;
    private final List<ExactEigenvalue> withMultiplicity;

    Spectrum(ExactSpectrum s) {
        this.n = s.n();
        this.method = s.method();
        Map<ExactSpectrum.Root, ExactEigenvalue> of = new LinkedHashMap<>();
        for (ExactSpectrum.Root r : s.roots()) {
            of.put(r, new ExactEigenvalue(r));
        }
        this.eigenvalues = List.copyOf(of.values());
        this.withMultiplicity = s.expanded().stream().map(of::get).toList();
    }

    /** @return the order n of the matrix */
    public int n() {
        return n;
    }

    /**
     * @return how the spectrum was obtained: {@code prop41} (the O(d) Proposition 4.1 path),
     *     {@code charpoly+hints} or {@code charpoly+sturm} (characteristic polynomial, roots isolated
     *     by sign changes between the fast path's approximations or by Sturm sequences)
     */
    public String method() {
        return method;
    }

    /** @return the distinct eigenvalues, increasing */
    public List<ExactEigenvalue> eigenvalues() {
        return eigenvalues;
    }

    /** @return the n eigenvalues with multiplicity, increasing */
    public List<ExactEigenvalue> withMultiplicity() {
        return withMultiplicity;
    }

    /** @return the n eigenvalues with multiplicity, increasing, each the nearest double (what an ideal solver returns) */
    public double[] nearestDoubles() {
        return withMultiplicity().stream().mapToDouble(ExactEigenvalue::nearestDouble).toArray();
    }

    /** One line per distinct eigenvalue: its 17 correctly rounded digits, exact form and multiplicity. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("spectrum of a " + n + "x" + n + " symmetric matrix (" + method + "), "
                + eigenvalues.size() + " distinct eigenvalue(s):");
        for (ExactEigenvalue e : eigenvalues) {
            b.append("\n  ").append(e);
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Spectrum s && n == s.n && method.equals(s.method) && eigenvalues.equals(s.eigenvalues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(n, method, eigenvalues);
    }
}
