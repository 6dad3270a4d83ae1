package dev.percept.spec;

import java.util.Objects;

/**
 * One checkable claim of the paper: a stable ID ({@code P41.4}), a one-sentence statement and the
 * source tag. The same ID names the claim in {@code spec/claims.md}, in the code that checks it,
 * in the tests and in every report.
 */
public final class Claim {
    private final String id;
    private final String statement;
    private final Source source;

    /** Declares a claim. */
    public Claim(String id, String statement, Source source) {
        this.id = Objects.requireNonNull(id);
        this.statement = Objects.requireNonNull(statement);
        this.source = Objects.requireNonNull(source);
    }

    /** @return the stable claim ID, e.g. {@code P41.4} */
    public String id() {
        return id;
    }

    /** @return the statement, one sentence */
    public String statement() {
        return statement;
    }

    /** @return where the claim comes from */
    public Source source() {
        return source;
    }

    @Override
    public String toString() {
        return id + ": " + statement;
    }
}
