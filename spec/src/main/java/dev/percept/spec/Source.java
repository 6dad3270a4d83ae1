package dev.percept.spec;

/**
 * Where a claim comes from, exactly as percept knows it ({@code spec/claims.md}, section "Sources").
 * The {@link #tag()} is what every report prints (the {@code source} field of {@code verify --json}).
 */
public enum Source {
    /**
     * The paper's own text: Proposition 4.1, its corollary and page 30, as quoted in seed 001 (a
     * review page of arXiv 2512.11587 that reproduces those fragments).
     */
    FRAGMENT("paper (fragment), seed 001"),
    /** Follows from a paper fragment, or from another claim, by a computation percept checks. */
    DERIVED("derived"),
    /** Our reconstruction of what the paper does where its text is missing; tested, and reported honestly where it fails. */
    RECONSTRUCTED("reconstructed"),
    /**
     * Not from this paper: seed 003, the companion site of <i>Understanding Optimization in Deep
     * Learning with Central Flows</i> (ICLR 2025), which states the quadratic stability threshold.
     */
    CENTRAL_FLOWS("seed 003 (Central Flows)");

    private final String tag;

    Source(String tag) {
        this.tag = tag;
    }

    /**
     * @return the tag used in reports: {@code paper (fragment), seed 001}, {@code derived},
     *     {@code reconstructed} or {@code seed 003 (Central Flows)}
     */
    public String tag() {
        return tag;
    }
}
