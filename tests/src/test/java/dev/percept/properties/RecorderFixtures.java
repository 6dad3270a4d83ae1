package dev.percept.properties;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties that {@link ClaimPropertyRecorderTest} runs through its own JUnit Platform launcher to
 * see what the recorder makes of them. Not a test class of the build: Surefire's includes skip the
 * name, and {@link ClaimTagsTest} excludes it; its claim tags are borrowed, it checks no claim.
 */
class RecorderFixtures {

    /** Holds on all 37 tries. */
    @Tag("C1")
    @Property(tries = 37)
    void holds(@ForAll int x) {
        assertThat(Math.addExact(x, 0)).isEqualTo(x);
    }

    /** Fails deliberately: most values in 0..1000 are at least 500. */
    @Tag("C2")
    @Tag("C3")
    @Property(tries = 50)
    void failsDeliberately(@ForAll @IntRange(min = 0, max = 1000) int x) {
        assertThat(x).isLessThan(500);
    }

    /** One try. */
    @Tag("M1")
    @Example
    void example() {
        assertThat(Integer.bitCount(7)).isEqualTo(3);
    }

    /** Not tagged with a claim: not recorded. */
    @Tag("not-a-claim")
    @Property(tries = 10)
    void untagged(@ForAll int x) {
        assertThat(x ^ x).isZero();
    }

    /** A Jupiter test with a claim tag: not a jqwik property, not recorded. */
    @org.junit.jupiter.api.Tag("Q1")
    @org.junit.jupiter.api.Test
    void jupiterTagged() {
        assertThat(Integer.signum(-3)).isEqualTo(-1);
    }
}
