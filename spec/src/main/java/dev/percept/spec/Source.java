package dev.percept.spec;

/** Where a claim comes from, as tagged in percept's spec ({@code spec/claims.md}). */
public enum Source {
    /** Stated in the surviving fragments of the paper. */
    FRAGMENT,
    /** Follows from a fragment by a short computation. */
    DERIVED,
    /** Our reconstruction of what the paper does; tested, and reported honestly where it fails. */
    RECONSTRUCTED;

    /** @return the lower-case tag used in reports ({@code fragment}, ...) */
    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
