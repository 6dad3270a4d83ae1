package dev.percept.oracle;

import dev.percept.audit.Audit;
import dev.percept.exact.Rational;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rigorous audit of n given eigenvalues of a symmetric matrix against its exact spectrum: one
 * {@link EigenvalueError} per eigenvalue, in increasing order, and the tolerance if one was set.
 * Immutable.
 */
public final class EigenvalueAudit {

    private final Audit.Report report;
    private final List<EigenvalueError> errors;

    EigenvalueAudit(Audit.Report report) {
        this.report = report;
        List<EigenvalueError> e = new ArrayList<>();
        for (int i = 0; i < report.entries().size(); i++) {
            e.add(new EigenvalueError(i, report.entries().get(i)));
        }
        this.errors = List.copyOf(e);
    }

    /** @return the order n of the matrix */
    public int n() {
        return report.n();
    }

    /** @return how the exact spectrum was obtained (see {@link Spectrum#method()}) */
    public String method() {
        return report.method();
    }

    /** @return the errors, one per given value, in increasing order of the values */
    public List<EigenvalueError> errors() {
        return errors;
    }

    /** @return the tolerance on the absolute error, if one was set */
    public Optional<Rational> tolerance() {
        return Optional.ofNullable(report.tolerance());
    }

    /** @return the largest upper bound of the absolute errors */
    public Rational maxAbsErrorUpper() {
        return report.maxAbsError();
    }

    /** @return the largest upper bound of the ulp errors, empty if some value is beyond the double range */
    public Optional<Rational> maxUlpsUpper() {
        return Optional.ofNullable(report.maxUlps());
    }

    /** @return the worst error: the largest proven lower bound (ties: the largest upper bound) */
    public EigenvalueError worst() {
        return errors.stream().max(Comparator.comparing(EigenvalueError::absErrorLower).thenComparing(EigenvalueError::absErrorUpper))
                .orElseThrow();
    }

    /** @return false only when some absolute error is proven to exceed the tolerance (true without one) */
    public boolean withinTolerance() {
        return report.withinTolerance();
    }

    /** A header line, then one line per eigenvalue ({@link EigenvalueError#toString()}). */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("audit of " + n() + " eigenvalue(s) against the exact spectrum (" + method() + "): max abs error <= "
                + Text.up(maxAbsErrorUpper(), 4) + maxUlpsUpper().map(u -> ", max ulps <= " + Text.up(u, 4)).orElse(""));
        tolerance().ifPresent(t -> b.append(withinTolerance() ? ", within" : ", EXCEEDS").append(" tolerance ").append(Text.exact(t)));
        for (EigenvalueError e : errors) {
            b.append("\n  ").append(e);
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EigenvalueAudit a && report.equals(a.report);
    }

    @Override
    public int hashCode() {
        return report.hashCode();
    }
}
