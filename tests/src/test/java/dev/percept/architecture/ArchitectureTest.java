package dev.percept.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
                        "dev.percept.cli", "dev.percept.spec.kernels", "dev.percept.binary64", "dev.percept.model", "dev.percept.oracle");
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
                .layer("binary64").definedBy("dev.percept.binary64..")
                .layer("vocabulary").definedBy("dev.percept.model..")
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
                .whereLayer("binary64").mayOnlyBeAccessedByLayers("maths", "oracle", "ledger", "proofs", "top")
                .whereLayer("vocabulary").mayOnlyBeAccessedByLayers("maths", "oracle", "ledger", "proofs", "top")
                .whereLayer("exact").mayOnlyBeAccessedByLayers("binary64", "maths", "oracle", "ledger", "proofs", "top")
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

    /** The packages impl's module-info exports: the oracle API and the types it speaks. */
    static final Set<String> EXPORTED = Set.of("dev.percept.oracle", "dev.percept.exact", "dev.percept.binary64", "dev.percept.model");

    /**
     * The exported API speaks only exported types (and the JDK's, and the spec module's, which impl
     * requires transitively): no {@code Audit.Report}, {@code ExactSpectrum}, {@code StructuredSpectrum}
     * in a public signature of {@code Oracle} or of a type it returns (javac's {@code -Xlint:exports}
     * warns about the same; this fails the build), and no raw {@code Rational[]} in the oracle's.
     */
    @Test
    void theExportedApiUsesOnlyExportedTypes() throws Exception {
        List<String> bad = new ArrayList<>();
        for (com.tngtech.archunit.core.domain.JavaClass jc : main) {
            if (!EXPORTED.contains(jc.getPackageName()) || !jc.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
                continue;
            }
            Class<?> c = Class.forName(jc.getName());
            if (c.isSynthetic() || (c.getEnclosingClass() != null && !Modifier.isPublic(c.getEnclosingClass().getModifiers()))) {
                continue;
            }
            for (Executable e : concat(c.getDeclaredMethods(), c.getDeclaredConstructors())) {
                if (!visible(e.getModifiers()) || e.isSynthetic()) {
                    continue;
                }
                List<Type> types = new ArrayList<>(List.of(e.getGenericParameterTypes()));
                if (e instanceof Method m) {
                    types.add(m.getGenericReturnType());
                }
                for (Type t : types) {
                    check(t, c.getName() + "." + e.getName(), c.getPackageName().equals("dev.percept.oracle"), bad);
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (visible(f.getModifiers())) {
                    check(f.getGenericType(), c.getName() + "." + f.getName(), c.getPackageName().equals("dev.percept.oracle"), bad);
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    private static List<Executable> concat(Executable[] a, Executable[] b) {
        List<Executable> out = new ArrayList<>(List.of(a));
        out.addAll(List.of(b));
        return out;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** Records each type in {@code t} (type arguments, bounds and array components included) that is not API. */
    private static void check(Type t, String where, boolean noRationalArrays, List<String> bad) {
        if (t instanceof ParameterizedType p) {
            check(p.getRawType(), where, noRationalArrays, bad);
            for (Type a : p.getActualTypeArguments()) {
                check(a, where, noRationalArrays, bad);
            }
        } else if (t instanceof GenericArrayType g) {
            check(g.getGenericComponentType(), where, noRationalArrays, bad);
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                check(b, where, noRationalArrays, bad);
            }
            for (Type b : w.getLowerBounds()) {
                check(b, where, noRationalArrays, bad);
            }
        } else if (t instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                check(b, where, noRationalArrays, bad);
            }
        } else if (t instanceof Class<?> c) {
            if (c.isArray()) {
                if (noRationalArrays && c.getComponentType().getName().startsWith("dev.percept.")) {
                    bad.add(where + ": array of " + c.getComponentType().getName());
                }
                check(c.getComponentType(), where, noRationalArrays, bad);
                return;
            }
            String pkg = c.getPackageName();
            if (!c.isPrimitive() && !pkg.startsWith("java.") && !EXPORTED.contains(pkg) && !pkg.startsWith("dev.percept.spec")) {
                bad.add(where + ": " + c.getName());
            }
        }
    }

    /** Values keep their promises: no public array field (a caller could change it) and no record with an array component (no content equality). */
    @Test
    void noPublicArrayFieldsAndNoArrayRecordComponents() throws Exception {
        List<String> bad = new ArrayList<>();
        for (com.tngtech.archunit.core.domain.JavaClass jc : main) {
            Class<?> c = Class.forName(jc.getName());
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers()) && f.getType().isArray()) {
                    bad.add(c.getName() + "." + f.getName());
                }
            }
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    if (rc.getType().isArray()) {
                        bad.add(c.getName() + "(" + rc.getName() + ")");
                    }
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    /** Source lines under {@code dirs} (relative to the checkout) that match {@code pattern}, except in the files named. */
    private static List<String> grep(Pattern pattern, List<String> dirs, Set<String> except) throws IOException {
        List<String> hits = new ArrayList<>();
        for (String module : dirs) {
            Path root = Path.of(System.getProperty("percept.checkout", "..")).resolve(module);
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java")).sorted()::iterator) {
                    if (except.contains(f.getFileName().toString())) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        if (pattern.matcher(lines.get(i)).find()) {
                            hits.add(module + "/" + root.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        return hits;
    }

    private static final List<String> CODE = List.of("impl/src/main/java", "cli/src/main/java", "bench/src/main/java");

    /** The tie rule has one representation: only {@code TieMode} touches the kernel's integer codes. */
    @Test
    void theTieRuleHasOneRepresentation() throws IOException {
        Pattern codes = Pattern.compile("TieRule\\.(HALF|MISTAKE|NONE|twiceOmega)|int tieMode");
        assertThat(grep(codes, CODE, Set.of("TieMode.java"))).isEmpty();
        assertThat(grep(codes, CODE, Set.of())).as("negative control: TieMode itself").isNotEmpty();
    }

    /** Models are compared as {@code ModelKind}s, never by name. */
    @Test
    void modelsAreNotComparedByName() throws IOException {
        Pattern byName = Pattern.compile("(equals|case )\\(?\"(linear|two-layer|tied)\"");
        assertThat(grep(byName, CODE, Set.of())).isEmpty();
        assertThat(grep(Pattern.compile("\"two-layer\""), CODE, Set.of())).as("negative control: the label is spelt somewhere").isNotEmpty();
    }

    /**
     * Doubles are made from exact values and read exactly only by {@code Binary64}: no quotient of a
     * numerator and a denominator turned into a double, no {@code DECIMAL64}/{@code DECIMAL128}
     * rounding on the way, no exact value of a double through {@code new BigDecimal(double)}.
     */
    @Test
    void oneBoundaryBetweenDoublesAndRationals() throws IOException {
        Pattern adHoc = Pattern.compile("DECIMAL64|DECIMAL128|numerator\\(\\)\\.doubleValue|Rational\\.of\\(new (java\\.math\\.)?BigDecimal\\("
                + "|\\)\\)\\.divide\\(new (java\\.math\\.)?BigDecimal\\(.*denominator\\(\\)\\), .*\\)\\.doubleValue");
        List<String> mainCode = List.of("impl/src/main/java", "cli/src/main/java", "bench/src/main/java", "proofs-checks/src/main/java");
        assertThat(grep(adHoc, mainCode, Set.of())).isEmpty();
        // negative control: the referee test shows the 16-digit conversion it replaced
        assertThat(grep(adHoc, List.of("tests/src/test/java/dev/percept/binary64"), Set.of())).isNotEmpty();
    }
}
