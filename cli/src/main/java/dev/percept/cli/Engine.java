package dev.percept.cli;

import dev.percept.fast.DoubleRangeException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Which arithmetic a command computes in: {@code exact} (rationals, certified) or {@code fast} (IEEE double, with a stated bound). */
public enum Engine {
    /** Exact rational arithmetic; every result certified. */
    EXACT,
    /** IEEE double arithmetic, with the forward-error bound of spec/audit.md; never trusted, compared with exact in the tests. */
    FAST;

    /** @return the name on the command line and in JSON ({@code exact} or {@code fast}) */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Runs a fast-engine computation, turning a number the double format cannot represent
     * ({@link DoubleRangeException}: an input beyond the double range, an overflowing iterate, an
     * eigenvalue outside the normal range) into bad input: exit 2 with one line that says so and
     * points to the exact engine, never an infinity, a NaN or an internal error.
     */
    static <T> T inDoubleRange(Supplier<T> fast) {
        try {
            return fast.get();
        } catch (DoubleRangeException e) {
            throw new InputException("--engine fast: " + e.getMessage() + "; use --engine exact", e);
        }
    }

    /** Parses {@code exact|fast} (any case) with a one-line message naming both choices. */
    static final class Converter implements CommandLine.ITypeConverter<Engine> {
        @Override
        public Engine convert(String value) {
            for (Engine e : values()) {
                if (e.label().equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return e;
                }
            }
            throw new CommandLine.TypeConversionException("expected exact or fast, got '" + value + "'");
        }
    }

    /** The choices as picocli lists them ({@code ${COMPLETION-CANDIDATES}}). */
    static final class Choices implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(EXACT.label(), FAST.label()).iterator();
        }
    }
}
