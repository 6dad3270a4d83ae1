package dev.percept.properties;

import dev.percept.spec.Claim;
import dev.percept.spec.Claims;
import dev.percept.verify.PropertyRecord;
import dev.percept.verify.PropertyRunner;
import dev.percept.verify.RunOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the claim-tagged jqwik properties live, from the class path (the runnable jar carries this
 * module), with the JUnit Platform Launcher: every jqwik property in {@code dev.percept} whose tags
 * include a claim ID or the contract tag (the exact API's JML clauses), each with a fresh random
 * seed, the failure database in a scratch file. The
 * outcome is collected by the same {@link ClaimPropertyRecorder} (and {@link TriesHook}) the build
 * uses, so the record of a live run and of {@code mvn verify} have one format.
 */
public final class LivePropertyRunner implements PropertyRunner {

    @Override
    public PropertyRecord run(RunOptions options, String sourcesSha256) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("percept-jqwik-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path database = scratch.resolve("database");
        List<String> keys = new java.util.ArrayList<>(Claims.all().stream().map(Claim::id).toList());
        keys.add(ClaimPropertyRecorder.CONTRACT_TAG);
        String[] claims = keys.toArray(String[]::new);
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectPackage("dev.percept"))
                .filters(EngineFilter.includeEngines("jqwik"), TagFilter.includeTags(claims), ClassNameFilter.includeClassNamePatterns(".*Properties"))
                .configurationParameter("jqwik.database", database.toString())
                // Statistics and reports go to the platform (and so nowhere), not to stdout.
                .configurationParameter("jqwik.reporting.usejunitplatform", "true")
                .build();
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build());
        ClaimPropertyRecorder recorder = ClaimPropertyRecorder.collecting();
        // The ledger goes to stdout (one JSON object with --json): anything a property prints goes to
        // stderr; jqwik's informational log lines (java.util.logging) are dropped, warnings kept.
        PrintStream stdout = System.out;
        Logger jqwikLog = Logger.getLogger("net.jqwik");
        Level level = jqwikLog.getLevel();
        System.setOut(System.err);
        jqwikLog.setLevel(Level.WARNING);
        try {
            launcher.execute(request, recorder, new ProgressLines(options));
        } finally {
            System.setOut(stdout);
            jqwikLog.setLevel(level);
            try {
                Files.deleteIfExists(database);
                Files.deleteIfExists(scratch);
            } catch (IOException e) {
                // a scratch file left in the temporary directory is harmless
            }
        }
        return new PropertyRecord("jqwik " + ClaimPropertyRecorder.jqwikVersion(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                PropertyRecord.BY_LIVE_RUN, sourcesSha256, recorder.runs());
    }

    /** One line per claim-tagged property as it finishes. */
    private static final class ProgressLines implements TestExecutionListener {
        private final RunOptions options;
        private final AtomicInteger done = new AtomicInteger();
        private int total;
        private long t0;

        ProgressLines(RunOptions options) {
            this.options = options;
        }

        @Override
        public void testPlanExecutionStarted(TestPlan plan) {
            List<TestIdentifier> tests = plan.getRoots().stream().flatMap(r -> plan.getDescendants(r).stream())
                    .filter(t -> !ClaimPropertyRecorder.claimsOf(t).isEmpty()).toList();
            total = tests.size();
            options.log("jqwik: running " + total + " claim-tagged properties");
        }

        @Override
        public void executionStarted(TestIdentifier id) {
            t0 = System.nanoTime();
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            List<String> claims = ClaimPropertyRecorder.claimsOf(id);
            if (claims.isEmpty()) {
                return;
            }
            String verdict = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? "held" : result.getStatus().name();
            String name = id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                    .map(m -> m.getClassName().substring(m.getClassName().lastIndexOf('.') + 1) + "#" + m.getMethodName())
                    .orElse(id.getDisplayName());
            options.log(String.format(Locale.ROOT, "jqwik %2d/%d %s %s (%s, %.1f s)", done.incrementAndGet(), total, name, verdict,
                    String.join(" ", claims), (System.nanoTime() - t0) / 1e9));
        }
    }
}
