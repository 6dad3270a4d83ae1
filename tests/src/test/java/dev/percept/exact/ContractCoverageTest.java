package dev.percept.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Every public method of the exact API (Rational, QuadraticSurd, the structured matrix and the
 * Proposition 4.1 result) carries a JML contract, every {@code ensures}/{@code signals} clause of
 * those contracts carries a label ({@code // [Rational.add.sum]}), and every label has the jqwik
 * property named after it ({@code Rational_add_sum}) in {@code ExactContractProperties} or
 * {@code StructuredContractProperties}, and no property there is without its clause. The sources are
 * read from the checkout; the scan itself is tested on a fixture that lacks a contract.
 */
class ContractCoverageTest {

    private static final Path CHECKOUT = Path.of(System.getProperty("percept.checkout", "..")).toAbsolutePath().normalize();
    private static final List<String> SOURCES = List.of("impl/src/main/java/dev/percept/exact/Rational.java",
            "impl/src/main/java/dev/percept/exact/QuadraticSurd.java", "impl/src/main/java/dev/percept/structured/StructuredMatrix.java",
            "impl/src/main/java/dev/percept/structured/StructuredSpectrum.java");
    private static final Pattern PUBLIC_METHOD = Pattern.compile("^\\s{4}public\\s+(?!(final\\s+)?(class|interface|record|enum)\\b)[^=;]*\\(.*\\)\\s*(throws [^{]*)?\\{\\s*$");
    private static final Pattern LABEL = Pattern.compile("//\\s*\\[([A-Za-z0-9]+\\.[A-Za-z0-9]+\\.[A-Za-z0-9]+)\\]");

    /** One public method: its declaration line and the JML block right above it ({@code null} if none). */
    record Method(String file, int line, String declaration, List<String> jml) {
    }

    /** The public methods of a source, each with the JML block that precedes it (annotations and blank lines skipped). */
    static List<Method> scan(String file, List<String> lines) {
        List<Method> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!PUBLIC_METHOD.matcher(lines.get(i)).matches()) {
                continue;
            }
            int j = i - 1;
            while (j >= 0 && (lines.get(j).strip().startsWith("@") && !lines.get(j).strip().startsWith("@*/") || lines.get(j).isBlank())) {
                j--;
            }
            List<String> jml = null;
            if (j >= 0 && lines.get(j).strip().equals("@*/")) {
                int k = j;
                while (k >= 0 && !lines.get(k).strip().startsWith("/*@")) {
                    k--;
                }
                if (k >= 0) {
                    jml = lines.subList(k, j + 1);
                }
            }
            out.add(new Method(file, i + 1, lines.get(i).strip(), jml));
        }
        return out;
    }

    /**
     * The labels of a JML block's clauses; throws if an ensures/signals clause has none. A clause
     * runs from its keyword to the line where its parentheses balance and it ends with {@code ;}
     * (quantifiers have {@code ;} inside), and its label is on one of its lines.
     */
    static List<String> labels(Method m) {
        List<String> out = new ArrayList<>();
        StringBuilder clause = null;
        boolean labelled = false;
        for (String line : m.jml()) {
            String t = line.strip().replaceFirst("^(/\\*)?@\\s*", "").strip();
            Matcher lm = LABEL.matcher(t);
            String code = lm.find() ? t.substring(0, lm.start()).strip() : t;
            if (clause == null && (code.startsWith("ensures") || code.startsWith("signals"))) {
                clause = new StringBuilder();
                labelled = false;
            }
            if (clause != null) {
                clause.append(code).append(' ');
                Matcher label = LABEL.matcher(t);
                if (label.find()) {
                    out.add(label.group(1));
                    labelled = true;
                }
                if (code.endsWith(";") && balanced(clause)) {
                    if (!labelled) {
                        throw new AssertionError(m.file() + ":" + m.line() + " " + m.declaration() + ": clause without a label: " + clause.toString().strip());
                    }
                    clause = null;
                }
            }
        }
        return out;
    }

    private static boolean balanced(CharSequence s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return depth == 0;
    }

    private static Map<String, Method> byLabel() throws IOException {
        Map<String, Method> labels = new LinkedHashMap<>();
        for (String f : SOURCES) {
            for (Method m : scan(f, Files.readAllLines(CHECKOUT.resolve(f)))) {
                assertThat(m.jml()).as(f + ":" + m.line() + " " + m.declaration() + " has no JML contract").isNotNull();
                assertThat(String.join("\n", m.jml())).as(m.declaration()).containsPattern("normal_behavior|exceptional_behavior|public behavior");
                List<String> ls = labels(m);
                assertThat(ls).as(f + ":" + m.line() + " " + m.declaration() + ": a contract without a labelled ensures or signals clause").isNotEmpty();
                for (String l : ls) {
                    assertThat(labels.put(l, m)).as("label " + l + " used twice").isNull();
                }
            }
        }
        return labels;
    }

    private static Set<String> properties() throws ClassNotFoundException {
        Set<String> out = new TreeSet<>();
        for (String c : List.of("dev.percept.exact.ExactContractProperties", "dev.percept.structured.StructuredContractProperties")) {
            for (java.lang.reflect.Method m : Class.forName(c).getDeclaredMethods()) {
                if (m.isAnnotationPresent(Property.class)) {
                    out.add(m.getName());
                }
            }
        }
        return out;
    }

    @Test
    void everyPublicMethodHasAContractAndEveryClauseItsProperty() throws Exception {
        Map<String, Method> labels = byLabel();
        int methods = 0;
        for (String f : SOURCES) {
            methods += scan(f, Files.readAllLines(CHECKOUT.resolve(f))).size();
        }
        // The scan found the classes' methods (Rational alone has more than 30 public ones).
        assertThat(methods).isGreaterThan(80);
        Set<String> wanted = labels.keySet().stream().map(l -> l.replace('.', '_')).collect(Collectors.toCollection(TreeSet::new));
        Set<String> have = properties();
        assertThat(have).as("a property for every labelled clause").containsAll(wanted);
        assertThat(wanted).as("no property without its clause").containsAll(have);
    }

    @Test
    void theScanFindsAMethodWithoutAContract() {
        List<String> fixture = Arrays.asList(
                "    /** @return one */",
                "    /*@ public normal_behavior",
                "      @   ensures \\result == 1; // [Fixture.one.value]",
                "      @*/",
                "    public int one() {",
                "    }",
                "    /** @return two, without a contract */",
                "    public int two() {",
                "    }",
                "    /*@ public normal_behavior",
                "      @   ensures \\result == 3;",
                "      @*/",
                "    public int three() {");
        List<Method> ms = scan("Fixture.java", fixture);
        assertThat(ms).extracting(Method::declaration).containsExactly("public int one() {", "public int two() {", "public int three() {");
        assertThat(labels(ms.get(0))).containsExactly("Fixture.one.value");
        assertThat(ms.get(1).jml()).isNull();
        try {
            labels(ms.get(2));
            throw new IllegalStateException("an unlabelled clause passed");
        } catch (AssertionError expected) {
            assertThat(expected.getMessage()).contains("clause without a label");
        }
    }
}
