package dev.percept.oracle;

import dev.percept.audit.Audit;
import dev.percept.exact.Rational;
import java.util.Objects;
import java.util.Optional;

/**
 * The rigorous error of one given eigenvalue: the given value, matched with the true eigenvalue of
 * the same rank (both sorted increasingly), the enclosure {@code [trueLower, trueUpper]} of the true
 * value, and enclosures of the absolute, relative and ulp errors. Every bound is exact; the
 * enclosures are refined until each error is known to at least 4 significant digits. Immutable.
 */
public final class EigenvalueError {

    private final int rank;
    private final Audit.Entry entry;

    EigenvalueError(int rank, Audit.Entry entry) {
        this.rank = rank;
        this.entry = entry;
    }

    /** @return the rank of the eigenvalue, 0 for the smallest */
    public int rank() {
        return rank;
    }

    /** @return the given value, exactly */
    public Rational given() {
        return entry.given();
    }

    /** @return a lower bound of the true eigenvalue */
    public Rational trueLower() {
        return entry.trueLower();
    }

    /** @return an upper bound of the true eigenvalue */
    public Rational trueUpper() {
        return entry.trueUpper();
    }

    /** @return the multiplicity of the true eigenvalue */
    public int multiplicity() {
        return entry.multiplicity();
    }

    /** @return a lower bound of {@code |given - true|} (proven: the error is at least this) */
    public Rational absErrorLower() {
        return entry.absError().lo();
    }

    /** @return an upper bound of {@code |given - true|} */
    public Rational absErrorUpper() {
        return entry.absError().hi();
    }

    /** @return a lower bound of {@code |given - true| / |true|}; empty when the true value may be 0 */
    public Optional<Rational> relErrorLower() {
        return Optional.ofNullable(entry.relError()).map(Audit.Bounds::lo);
    }

    /** @return an upper bound of {@code |given - true| / |true|}; empty when the true value may be 0 */
    public Optional<Rational> relErrorUpper() {
        return Optional.ofNullable(entry.relError()).map(Audit.Bounds::hi);
    }

    /** @return an upper bound of the error in units in the last place of the double nearest to the true value; empty beyond the double range */
    public Optional<Rational> ulpsUpper() {
        return Optional.ofNullable(entry.ulps()).map(Audit.Bounds::hi);
    }

    /**
     * {@code eigenvalue 2.2679491924311214 (the 2nd smallest) is off by at least 1.924e-7 and at most
     * 1.925e-7; true value in [2.2679493848..., 2.2679493848...]}: the given value exactly, the error
     * bounds rounded outward to 4 digits, the true value rounded outward to 17 digits.
     */
    @Override
    public String toString() {
        String where = "eigenvalue " + Text.exact(given()) + " (the " + Text.ordinal(rank + 1) + " smallest)";
        String within = "; true value in [" + Text.down(trueLower(), 17) + ", " + Text.up(trueUpper(), 17) + "]";
        if (absErrorUpper().signum() == 0) {
            return where + " is exact" + within;
        }
        return where + " is off by at least " + Text.down(absErrorLower(), 4) + " and at most " + Text.up(absErrorUpper(), 4)
                + ulpsUpper().map(u -> " (<= " + Text.up(u, 4) + " ulps)").orElse("") + within;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EigenvalueError e && rank == e.rank && entry.equals(e.entry);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rank, entry);
    }
}
