package dev.percept.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bounded log of mistakes per update (issue 15: 10^9 updates kept 6 GB of history). */
class MistakeLogTest {

    @Test
    void keepsEverythingUpToTheLimitThenTheEndsAndAHistogram() {
        MistakeLog log = new MistakeLog(10, 3);
        for (int i = 0; i < 10; i++) {
            log.add(i % 4);
        }
        assertThat(log.complete()).isTrue();
        assertThat(log.all()).containsExactly(0, 1, 2, 3, 0, 1, 2, 3, 0, 1);
        for (int i = 10; i < 1_000_000; i++) {
            log.add(i % 4);
        }
        assertThat(log.complete()).isFalse();
        assertThat(log.count()).isEqualTo(1_000_000);
        assertThat(log.first()).containsExactly(0, 1, 2);
        assertThat(log.last()).containsExactly(1, 2, 3); // updates 999997..999999
        assertThat(log.histogram()).isEqualTo(new java.util.TreeMap<>(Map.of(0, 250_000L, 1, 250_000L, 2, 250_000L, 3, 250_000L)));
        assertThatThrownBy(log::all).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unboundedKeepsAll() {
        MistakeLog log = MistakeLog.unbounded();
        for (int i = 0; i < 50_000; i++) {
            log.add(i);
        }
        assertThat(log.all()).hasSize(50_000).endsWith(49_999);
    }
}
