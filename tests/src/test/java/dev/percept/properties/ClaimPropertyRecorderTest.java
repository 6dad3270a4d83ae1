package dev.percept.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.percept.verify.PropertyRecord;
import dev.percept.verify.SourceDigest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * {@link ClaimPropertyRecorder} with {@link TriesHook}, run on {@link RecorderFixtures} through a
 * launcher of its own (listener auto-registration off, so the build's record is not touched):
 * tries and checks of claim-tagged jqwik properties are recorded with their claims, a failing
 * property is recorded as failed with its seed and message, untagged properties and Jupiter tests
 * are not recorded, plans accumulate, and a plan without claim-tagged properties leaves the record alone.
 */
class ClaimPropertyRecorderTest {

    @TempDir
    Path dir;

    /** A checkout with one file in each digested tree. */
    private Path checkout() throws IOException {
        Path root = dir.resolve("checkout");
        for (String tree : SourceDigest.TREES) {
            Files.createDirectories(root.resolve(tree));
            Files.writeString(root.resolve(tree).resolve("X.java"), "class X { /* " + tree + " */ }\n");
        }
        return root;
    }

    private SummaryGeneratingListener run(ClaimPropertyRecorder rec, DiscoverySelector... selectors) {
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false)
                .addTestExecutionListeners(rec).build());
        LauncherDiscoveryRequest req = LauncherDiscoveryRequestBuilder.request().selectors(selectors)
                // A private failure database, and jqwik's reports to the platform instead of stdout:
                // the deliberate failure must neither be replayed elsewhere nor look like a build failure.
                .configurationParameter("jqwik.database", dir.resolve("jqwik-database").toString())
                .configurationParameter("jqwik.reporting.usejunitplatform", "true")
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(req, summary);
        return summary;
    }

    @Test
    void recordsTriesClaimsAndFailures() throws IOException {
        Path out = dir.resolve("properties/property-record.properties");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "tool=jqwik 0\ndate=old\nproperties=0\n");
        Path checkout = checkout();
        Instant before = Instant.now().minusSeconds(1);
        SummaryGeneratingListener summary = run(new ClaimPropertyRecorder(out, checkout, "jqwik 9.9.9"), selectClass(RecorderFixtures.class));
        // The fixture really fails once (so the recorder had a failure to record) and 4 others pass.
        assertThat(summary.getSummary().getTotalFailureCount()).isEqualTo(1);
        assertThat(summary.getSummary().getTestsSucceededCount()).isEqualTo(4);

        PropertyRecord r = PropertyRecord.read(out);
        assertThat(r.tool()).isEqualTo("jqwik 9.9.9");
        assertThat(r.sourcesSha256()).isEqualTo(SourceDigest.of(checkout)).hasSize(64);
        Instant date = Instant.parse(r.date());
        assertThat(date).isAfterOrEqualTo(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(Duration.between(date, Instant.now())).isLessThan(Duration.ofMinutes(5));

        Map<String, PropertyRecord.Run> byMethod = r.runs().stream().collect(Collectors.toMap(PropertyRecord.Run::method, Function.identity()));
        assertThat(byMethod).containsOnlyKeys("holds", "failsDeliberately", "example");

        PropertyRecord.Run holds = byMethod.get("holds");
        assertThat(holds.className()).isEqualTo(RecorderFixtures.class.getName());
        assertThat(holds.label()).isEqualTo("RecorderFixtures#holds");
        assertThat(holds.claims()).containsExactly("C1");
        assertThat(holds.tries()).isEqualTo(37);
        assertThat(holds.checks()).isEqualTo(37);
        assertThat(holds.passed()).isTrue();
        assertThat(holds.failure()).isNull();

        PropertyRecord.Run failed = byMethod.get("failsDeliberately");
        assertThat(failed.claims()).containsExactly("C2", "C3");
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.passed()).isFalse();
        assertThat(failed.tries()).isBetween(1, 50);
        assertThat(failed.checks()).isBetween(1, failed.tries());
        assertThat(failed.seed()).isNotBlank();
        assertThat(failed.failure()).contains("500");

        PropertyRecord.Run example = byMethod.get("example");
        assertThat(example.claims()).containsExactly("M1");
        assertThat(example.tries()).isEqualTo(1);
        assertThat(example.passed()).isTrue();

        // The evidence side sees the failure for C2 and C3 only.
        assertThat(r.runsFor("C2")).extracting(PropertyRecord.Run::method).containsExactly("failsDeliberately");
        assertThat(r.runsFor("C1")).extracting(PropertyRecord.Run::method).containsExactly("holds");
        assertThat(r.runsFor("P41.1")).isEmpty();
    }

    @Test
    void plansAccumulateAndPlansWithoutClaimsLeaveTheRecordAlone() throws IOException {
        Path out = dir.resolve("record.properties");
        Path checkout = checkout();
        ClaimPropertyRecorder rec = new ClaimPropertyRecorder(out, checkout, "jqwik 9.9.9");
        // Surefire may run one plan per class: the record after the second plan holds both.
        run(rec, selectMethod(RecorderFixtures.class, "holds", "int"));
        assertThat(PropertyRecord.read(out).runs()).extracting(PropertyRecord.Run::method).containsExactly("holds");
        run(rec, selectMethod(RecorderFixtures.class, "example"));
        assertThat(PropertyRecord.read(out).runs()).extracting(PropertyRecord.Run::method).containsExactly("holds", "example");

        // A fresh recorder (another test run) on a plan without claim-tagged properties: untouched.
        String before = Files.readString(out);
        run(new ClaimPropertyRecorder(out, checkout, "jqwik 9.9.9"), selectMethod(RecorderFixtures.class, "untagged", "int"));
        assertThat(Files.readString(out)).isEqualTo(before);
        // ... and one with some replaces it: the old runs are gone.
        run(new ClaimPropertyRecorder(out, checkout, "jqwik 9.9.9"), selectMethod(RecorderFixtures.class, "example"));
        assertThat(PropertyRecord.read(out).runs()).extracting(PropertyRecord.Run::method).containsExactly("example");
    }

    @Test
    void withoutAnOutputFileNothingIsWritten() throws IOException {
        run(new ClaimPropertyRecorder(null, checkout(), "jqwik 9.9.9"), selectMethod(RecorderFixtures.class, "example"));
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".properties")).toList()).isEmpty();
        }
    }

    @Test
    void jqwikVersionComesFromTheBuild() {
        // The properties module's build writes ${jqwik.version} into versions.properties (the jqwik
        // jars carry no version); the tests module sets no recorder property, so its recorder is inert.
        assertThat(System.getProperty(ClaimPropertyRecorder.JQWIK_VERSION)).isNull();
        assertThat(ClaimPropertyRecorder.jqwikVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(System.getProperty(ClaimPropertyRecorder.OUT)).as("the tests module records no property run").isNull();
    }
}
