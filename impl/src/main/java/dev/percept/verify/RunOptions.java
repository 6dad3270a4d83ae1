package dev.percept.verify;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a ledger run obtains the evidence that takes long to produce (the KeY proofs and the jqwik
 * properties), and where long runs report progress. Each kind is taken from its record when the
 * record matches the current sources, or produced live by running the tool, or only read from the
 * record (spec/evidence.md, "Evidence on demand").
 */
public final class RunOptions {

    /** Where one kind of evidence comes from. */
    public enum Mode {
        /** The record if it matches the current sources, otherwise a live run (which is then recorded). */
        RECORD_OR_LIVE,
        /** A live run, whatever the record says (and the run is recorded). */
        LIVE,
        /** The record only; without a matching record the ledger shows a note instead of evidence. */
        RECORDED
    }

    /** Only records, no live runs, no progress output: what a library caller or a quick test wants. */
    public static final RunOptions RECORDED = new RunOptions(Mode.RECORDED, Mode.RECORDED, line -> {
    });

    private final Mode deductive;
    private final Mode properties;
    private final Consumer<String> log;

    /**
     * @param deductive where the KeY evidence comes from
     * @param properties where the jqwik evidence comes from
     * @param log receives one line per step of a live run (e.g. a contract closed), for stderr
     */
    public RunOptions(Mode deductive, Mode properties, Consumer<String> log) {
        this.deductive = Objects.requireNonNull(deductive);
        this.properties = Objects.requireNonNull(properties);
        this.log = Objects.requireNonNull(log);
    }

    /** @return where the KeY evidence comes from */
    public Mode deductive() {
        return deductive;
    }

    /** @return where the jqwik evidence comes from */
    public Mode properties() {
        return properties;
    }

    /** Reports one progress line of a live run. */
    public void log(String line) {
        log.accept(line);
    }
}
