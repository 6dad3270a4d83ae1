package dev.percept.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.spec.Claim;
import dev.percept.spec.Claims;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The claim tags of the test suite and of the properties module, as the JUnit Platform discovers
 * them (no test is run): every claim has at least one jqwik property tagged with its ID, every tag
 * on a jqwik test is a registered claim ID (a typo would silently drop the property from the
 * ledger), no Jupiter test carries a claim tag (the recorder only counts jqwik properties), and
 * every claim-tagged property lives in the properties module (the jar carries that module, so a
 * tagged property elsewhere would be missing from {@code verify}'s live runs).
 */
class ClaimTagsTest {

    private static Path testClasses() throws URISyntaxException {
        return Path.of(ClaimTagsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Path propertiesModule() throws URISyntaxException {
        return Path.of(LivePropertyRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static TestPlan discover(Path... roots) {
        return LauncherFactory.create().discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClasspathRoots(Set.of(roots)))
                .filters(ClassNameFilter.excludeClassNamePatterns(".*\\.RecorderFixtures.*"))
                .build());
    }

    private static TestPlan discover() throws URISyntaxException {
        return discover(testClasses(), propertiesModule());
    }

    @Test
    void everyClaimTaggedPropertyIsInThePropertiesModule() throws URISyntaxException {
        List<String> strays = tests(discover(testClasses())).stream()
                .filter(t -> engine(t).equals("jqwik") && !ClaimPropertyRecorder.claimsOf(t).isEmpty()).map(ClaimTagsTest::where).toList();
        assertThat(strays).as("claim-tagged properties outside the properties module (verify's live runs would miss them)").isEmpty();
        assertThat(tests(discover(propertiesModule()))).as("the properties module's claim-tagged properties")
                .anyMatch(t -> !ClaimPropertyRecorder.claimsOf(t).isEmpty());
    }

    private static List<TestIdentifier> tests(TestPlan plan) {
        List<TestIdentifier> out = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            plan.getDescendants(root).stream().filter(TestIdentifier::isTest).forEach(out::add);
        }
        return out;
    }

    private static String engine(TestIdentifier t) {
        return t.getUniqueIdObject().getEngineId().orElse("?");
    }

    private static String where(TestIdentifier t) {
        return t.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(m -> m.getClassName().substring(m.getClassName().lastIndexOf('.') + 1) + "#" + m.getMethodName())
                .orElse(t.getUniqueId());
    }

    @Test
    void everyClaimHasTaggedPropertiesAndEveryTagIsAClaim() throws URISyntaxException {
        List<TestIdentifier> tests = tests(discover());
        // Discovery found the suite (both engines), not an empty classpath root.
        assertThat(tests).anyMatch(t -> engine(t).equals("jqwik")).anyMatch(t -> engine(t).equals("junit-jupiter"));

        Set<String> ids = new TreeSet<>(Claims.all().stream().map(Claim::id).toList());
        Map<String, List<String>> byClaim = new TreeMap<>();
        List<String> strayTags = new ArrayList<>();
        List<String> jupiterClaimTags = new ArrayList<>();
        for (TestIdentifier t : tests) {
            for (TestTag tag : t.getTags()) {
                String name = tag.getName();
                if (!engine(t).equals("jqwik")) {
                    if (ids.contains(name)) {
                        jupiterClaimTags.add(where(t) + " @Tag(" + name + ")");
                    }
                } else if (ids.contains(name)) {
                    byClaim.computeIfAbsent(name, k -> new ArrayList<>()).add(where(t));
                } else if (!name.equals(ClaimPropertyRecorder.CONTRACT_TAG)) {
                    strayTags.add(where(t) + " @Tag(" + name + ")");
                }
            }
        }
        assertThat(strayTags).as("tags on jqwik tests that are neither claim IDs nor the contract tag").isEmpty();
        assertThat(jupiterClaimTags).as("claim tags on non-jqwik tests (not recorded)").isEmpty();
        assertThat(byClaim.keySet()).as("claims with a tagged property").containsExactlyInAnyOrderElementsOf(ids);
        // Spot checks of the mapping the spec documents (spec/claims.md, evidence table).
        assertThat(byClaim.get("P41.5")).contains("Prop41Properties#spectralNorm");
        assertThat(byClaim.get("M1")).contains("MinimalSteppingProperties#reducedTiedEqualsDirect");
        assertThat(byClaim.get("Q1")).contains("StabilityProperties#decisionMatchesPlantedSpectrum");
        assertThat(byClaim.get("L2")).contains("MainBoundProperties#a2StepBoundHoldsUnderItsHypotheses");
        assertThat(byClaim.get("L2.H")).contains("MainBoundProperties#justBeyondTheSharpStepTheBoundFails");
    }
}
