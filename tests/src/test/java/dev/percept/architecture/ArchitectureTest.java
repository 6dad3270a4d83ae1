package dev.percept.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one-way architecture of percept's main code (every module, tests excluded, and the
 * properties module, which is test code packaged into the jar so that {@code verify} can run it), as
 * {@code spec/architecture.md} draws it. Each rule fails the build when a dependency points the
 * wrong way; the cycle rule fails on any cycle between packages.
 */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/properties/target/") && !location.contains("percept-properties"))
                .importPackages("dev.percept");
    }

    @Test
    void theMainCodeWasFound() {
        // Guards the rules below against passing on an empty import (a wrong class path).
        assertThat(main.stream().map(c -> c.getPackageName()).distinct())
                .contains("dev.percept.exact", "dev.percept.structured", "dev.percept.verify", "dev.percept.proofs",
                        "dev.percept.cli", "dev.percept.spec.kernels");
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("dev.percept.(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("spec").definedBy("dev.percept.spec..")
                .layer("exact").definedBy("dev.percept.exact..")
                .layer("check").definedBy("dev.percept.check..")
                .layer("maths").definedBy("dev.percept.structured..", "dev.percept.dynamics..", "dev.percept.minimal..",
                        "dev.percept.stability..", "dev.percept.audit..", "dev.percept.fast..")
                .layer("oracle").definedBy("dev.percept.oracle..")
                .layer("ledger").definedBy("dev.percept.verify..")
                .layer("proofs").definedBy("dev.percept.proofs..")
                .layer("top").definedBy("dev.percept.cli..", "dev.percept.vectors..")
                .whereLayer("top").mayNotBeAccessedByAnyLayer()
                .whereLayer("proofs").mayOnlyBeAccessedByLayers("top")
                .whereLayer("ledger").mayOnlyBeAccessedByLayers("proofs", "top")
                .whereLayer("oracle").mayOnlyBeAccessedByLayers("top")
                .whereLayer("maths").mayOnlyBeAccessedByLayers("oracle", "ledger", "proofs", "top")
                .whereLayer("check").mayOnlyBeAccessedByLayers("maths", "oracle", "ledger", "proofs", "top")
                .whereLayer("exact").mayOnlyBeAccessedByLayers("maths", "oracle", "ledger", "proofs", "top")
                .check(main);
    }

    /**
     * The exact path never touches floating point. Primitive types are not class dependencies in
     * ArchUnit's model, so this rule reads the sources: no word {@code double}, {@code float},
     * {@code Double} or {@code Float} anywhere in them (comments included, as the project's
     * before-stop check does).
     */
    @Test
    void theExactPathHasNoFloatingPoint() throws IOException {
        assertThat(floatingPointWords("impl/src/main/java/dev/percept/exact")).isEmpty();
        assertThat(floatingPointWords("impl/src/main/java/dev/percept/check")).isEmpty();
    }

    @Test
    void theFloatingPointScanCanFail() throws IOException {
        // Negative control: the fast path computes in double, so the same scan must find it there.
        assertThat(floatingPointWords("impl/src/main/java/dev/percept/fast")).isNotEmpty();
    }

    /** Each {@code file:line} under {@code dir} (relative to the checkout) that names a floating-point type. */
    private static List<String> floatingPointWords(String dir) throws IOException {
        Path root = Path.of(System.getProperty("percept.checkout", "..")).resolve(dir);
        assertThat(root).isDirectory();
        Pattern word = Pattern.compile("\\b(double|float|Double|Float)\\b");
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java")).sorted()::iterator) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (word.matcher(lines.get(i)).find()) {
                        hits.add(root.relativize(f) + ":" + (i + 1));
                    }
                }
            }
        }
        return hits;
    }

    @Test
    void onlyTheTopLayerKnowsTheCommandLineAndOutputFormats() {
        noClasses().that().resideOutsideOfPackages("dev.percept.cli..", "dev.percept.vectors..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "com.fasterxml.jackson..", "org.knowm.xchart..",
                        "me.tongfei..")
                .check(main);
    }
}
