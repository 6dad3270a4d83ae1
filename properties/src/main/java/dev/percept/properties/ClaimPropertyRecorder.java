package dev.percept.properties;

import dev.percept.spec.Claim;
import dev.percept.spec.Claims;
import dev.percept.verify.PropertyRecord;
import dev.percept.verify.SourceDigest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records, while the tests module runs (registered in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}, so Maven Surefire's
 * launcher picks it up), every jqwik property tagged with a claim ID ({@code @Tag("P41.4")}): its
 * claims, tries and checks (from {@link TriesHook}), and its outcome as the platform reports it,
 * so a failing property is recorded as failing. At the end of each test plan it writes the
 * {@link PropertyRecord} atomically to the file named by {@value #OUT}, with the jqwik version, the
 * date and the {@link SourceDigest} of the checkout named by {@value #CHECKOUT}; {@code percept
 * verify} reads it as the claims' {@code property} evidence.
 *
 * <p>A plan without claim-tagged properties (e.g. {@code -Dtest=CliErrorTest}) leaves the record
 * alone; a plan with some first deletes the old record, since it no longer describes the sources
 * under test, and rewrites the record with everything run in this JVM after every plan (Surefire may
 * run one plan per class).
 */
public final class ClaimPropertyRecorder implements TestExecutionListener {

    /** System property: the record file to write; without it the recorder does nothing. */
    public static final String OUT = "percept.property.record.out";
    /** System property: the checkout whose sources the record's digest covers. */
    public static final String CHECKOUT = "percept.checkout";
    /** System property: the jqwik version (the jqwik jars carry no version metadata). */
    public static final String JQWIK_VERSION = "percept.jqwik.version";

    private static final Set<String> CLAIM_IDS = Claims.all().stream().map(Claim::id).collect(Collectors.toSet());

    private final Path out;
    private final Path checkout;
    private final String tool;
    private final List<PropertyRecord.Run> runs = new ArrayList<>();
    private final boolean collect;
    private boolean active;
    private boolean cleared;

    /** The recorder Surefire's launcher loads, configured by system properties. */
    public ClaimPropertyRecorder() {
        this(path(OUT), path(CHECKOUT), "jqwik " + jqwikVersion());
    }

    /**
     * @param out the record file, or {@code null} to record nothing
     * @param checkout the checkout to digest, or {@code null} (the record then has no digest and
     *     verify treats it as stale)
     * @param tool the tool and version to name, e.g. {@code jqwik 1.9.3}
     */
    public ClaimPropertyRecorder(Path out, Path checkout, String tool) {
        this(out, checkout, tool, out != null);
    }

    private ClaimPropertyRecorder(Path out, Path checkout, String tool, boolean collect) {
        this.out = out;
        this.checkout = checkout;
        this.tool = tool;
        this.collect = collect;
    }

    /**
     * A recorder that only collects the runs (for {@link #runs()}), writes nothing: the live run of
     * {@code percept verify} builds its record itself.
     */
    public static ClaimPropertyRecorder collecting() {
        return new ClaimPropertyRecorder(null, null, "jqwik " + jqwikVersion(), true);
    }

    /** @return the claim-tagged property runs seen so far, in execution order */
    public List<PropertyRecord.Run> runs() {
        return List.copyOf(runs);
    }

    private static Path path(String property) {
        String v = System.getProperty(property);
        return v == null || v.isBlank() ? null : Path.of(v).toAbsolutePath().normalize();
    }

    /** The jqwik version: from the system property, else from the build ({@code versions.properties}), else from the jqwik-api jar's file name. */
    static String jqwikVersion() {
        String v = System.getProperty(JQWIK_VERSION);
        if (v != null && !v.isBlank()) {
            return v;
        }
        try (java.io.InputStream in = ClaimPropertyRecorder.class.getResourceAsStream("versions.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                String built = p.getProperty("jqwik.version");
                if (built != null && !built.isBlank() && !built.startsWith("$")) {
                    return built;
                }
            }
        } catch (IOException e) {
            // fall through to the jar name
        }
        try {
            String jar = net.jqwik.api.Property.class.getProtectionDomain().getCodeSource().getLocation().getPath();
            Matcher m = Pattern.compile("jqwik-api-([^/]+)\\.jar$").matcher(jar);
            return m.find() ? m.group(1) : "(version unknown)";
        } catch (RuntimeException e) {
            return "(version unknown)";
        }
    }

    /**
     * The tag of the properties that check the JML contracts of the exact API, clause by clause
     * ({@code ExactContractProperties}, {@code StructuredContractProperties}); they are recorded
     * under this key beside the claims' properties.
     */
    public static final String CONTRACT_TAG = PropertyRecord.CONTRACT_KEY;

    /**
     * The keys a test is recorded under: the registered claim IDs among its tags, in ledger order,
     * and {@value #CONTRACT_TAG} for a contract property; only jqwik's tests count.
     */
    public static List<String> claimsOf(TestIdentifier id) {
        if (!id.isTest() || !id.getUniqueIdObject().getEngineId().map("jqwik"::equals).orElse(false)) {
            return List.of();
        }
        Set<String> tags = id.getTags().stream().map(TestTag::getName).collect(Collectors.toSet());
        List<String> keys = new ArrayList<>(Claims.all().stream().map(Claim::id).filter(tags::contains).toList());
        if (tags.contains(CONTRACT_TAG)) {
            keys.add(CONTRACT_TAG);
        }
        return List.copyOf(keys);
    }

    /** @return whether any tag of this test is a claim ID */
    static boolean isClaimTagged(TestIdentifier id) {
        return id.getTags().stream().map(TestTag::getName).anyMatch(CLAIM_IDS::contains);
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        if (!collect) {
            return;
        }
        boolean claims = plan.getRoots().stream().flatMap(r -> plan.getDescendants(r).stream()).anyMatch(t -> !claimsOf(t).isEmpty());
        if (!claims) {
            return;
        }
        active = true;
        if (out != null && !cleared) {
            try {
                Files.deleteIfExists(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cleared = true;
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest()) {
            return;
        }
        MethodSource src = id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast).orElse(null);
        // Always take the counts, so the hook's map does not keep those of unrecorded properties.
        TriesHook.Counts c = src == null ? null : TriesHook.take(src.getClassName(), src.getJavaMethod());
        List<String> claims = claimsOf(id);
        if (!active || claims.isEmpty() || src == null) {
            return;
        }
        boolean ok = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
        String failure = ok ? null : result.getThrowable().map(ClaimPropertyRecorder::oneLine).orElse(null);
        runs.add(new PropertyRecord.Run(src.getClassName(), src.getMethodName(), claims, c == null ? 0 : c.tries(), c == null ? 0 : c.checks(),
                result.getStatus().name(), ok || c == null ? null : c.seed(), failure));
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        List<String> claims = claimsOf(id);
        MethodSource src = id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast).orElse(null);
        if (active && !claims.isEmpty() && src != null) {
            runs.add(new PropertyRecord.Run(src.getClassName(), src.getMethodName(), claims, 0, 0, "SKIPPED", null, reason));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (!active || out == null) {
            return;
        }
        String digest = checkout == null ? null : SourceDigest.of(checkout);
        new PropertyRecord(tool, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), digest, runs).write(out);
    }

    /** The exception's class and its message on one line (whitespace runs collapsed), at most 300 characters. */
    static String oneLine(Throwable t) {
        String msg = t.getMessage() == null ? "" : t.getMessage().strip().replaceAll("\\s+", " ");
        String line = t.getClass().getSimpleName() + (msg.isEmpty() ? "" : ": " + msg);
        return line.length() > 300 ? line.substring(0, 297) + "..." : line;
    }
}
