package dev.percept.verify;

/**
 * Runs the claim-tagged jqwik properties live and returns their record. The properties module
 * provides the implementation (through {@link java.util.ServiceLoader}); this module only knows the
 * record, so that the library does not depend on jqwik or the JUnit Platform.
 */
public interface PropertyRunner {

    /**
     * Runs every jqwik property tagged with a claim ID and returns what happened, failures included.
     *
     * @param options where progress lines go
     * @param sourcesSha256 the {@link SourceDigest} of the sources under test, stored in the record
     *     ({@code null} if unknown)
     */
    PropertyRecord run(RunOptions options, String sourcesSha256);
}
