package dev.percept.proofs;

/** The KeY release on the test classpath (kept equal to {@code key.version} in the root pom). */
final class KeyVersion {
    static final String VERSION = "2.12.3";

    private KeyVersion() {
    }
}
