package dev.percept.verify;

import java.util.List;
import java.util.Objects;

/**
 * The JML contracts of the exact API ({@code Rational}, {@code QuadraticSurd}, the structured matrix
 * and the Proposition 4.1 result) as the ledger shows them: each labelled {@code ensures} or
 * {@code signals} clause is <em>checked by property</em> (the jqwik property named after it, tagged
 * {@value PropertyRecord#CONTRACT_KEY}), never claimed as proved; KeY proves the kernels these
 * methods call, not these contracts (spec/deductive.md).
 *
 * @param tool the property tool and version
 * @param source who ran the properties (the build or a live run)
 * @param date when
 * @param runs one run per clause
 */
public record ContractReport(String tool, String source, String date, List<PropertyRecord.Run> runs) {

    /** Validates and copies. */
    public ContractReport {
        Objects.requireNonNull(tool);
        Objects.requireNonNull(source);
        Objects.requireNonNull(date);
        runs = List.copyOf(runs);
    }

    /** @return whether every clause's property held */
    public boolean holds() {
        return runs.stream().allMatch(PropertyRecord.Run::passed);
    }

    /** @return the tries summed over the clauses */
    public long tries() {
        return runs.stream().mapToLong(PropertyRecord.Run::tries).sum();
    }

    /** The clause a property checks: its method name with {@code _} read as {@code .} ({@code Rational_add_sum} is {@code Rational.add.sum}). */
    public static String clause(PropertyRecord.Run r) {
        return r.method().replace('_', '.');
    }

    /** @return the one-line summary of the ledger */
    public String summary() {
        long failed = runs.stream().filter(r -> !r.passed()).count();
        return "exact API contracts (JML on Rational, QuadraticSurd, StructuredMatrix, StructuredSpectrum): " + runs.size()
                + " clauses, each a contract checked by property, none proved by KeY (" + tool + ", " + tries() + " tries, " + source + " " + date
                + "): " + (failed == 0 ? "all hold" : failed + " FAIL");
    }
}
