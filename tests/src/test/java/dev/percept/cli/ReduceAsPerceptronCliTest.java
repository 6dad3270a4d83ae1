package dev.percept.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * End-to-end: {@code reduce} shows each GD step as a perceptron step plus an explicit error xi_t
 * (JSON {@code rows[].asPerceptron}, text {@code --explain}), and on the minimal family checks the
 * main-bound step of the option (claims L2, L2.A1, L2.B) where its hypotheses hold.
 */
class ReduceAsPerceptronCliTest {

    private static JsonNode reduce(String... extra) {
        String[] base = {"reduce", "--data", "builtin:minimal4", "--model", "tied", "--init", "seed:1", "--eta", "1/4", "--gammas", "1,10,100",
            "--steps", "6", "--json"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        Cli.Result r = Cli.run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return r.json();
    }

    @Test
    void minimalFamilyJsonShowsOptionsErrorsAndBounds() {
        JsonNode j = reduce();
        assertThat(j.get("minimalFamily").asText()).isEqualTo("d=4 mu=1");
        BigDecimal previousMax = null;
        for (JsonNode row : j.get("rows")) {
            JsonNode ap = row.get("asPerceptron");
            JsonNode steps = ap.get("steps");
            assertThat(steps.size()).isEqualTo(j.get("steps").asInt());
            int checked = 0;
            for (JsonNode s : steps) {
                String option = s.get("option").asText();
                assertThat(option).isIn("A1", "A2", "brake", "none");
                BigDecimal lo = new BigDecimal(s.get("xiLower").asText());
                BigDecimal hi = new BigDecimal(s.get("xiUpper").asText());
                assertThat(lo).isLessThanOrEqualTo(hi);
                if (!option.equals("none")) {
                    JsonNode b = s.get("bound");
                    assertThat(b.get("claim").asText()).isEqualTo(Set.of("A1", "L2.A1", "A2", "L2", "brake", "L2.B").contains(option)
                            ? switch (option) { case "A1" -> "L2.A1"; case "A2" -> "L2"; default -> "L2.B"; } : "?");
                    assertThat(b.get("hypothesis").asText()).isIn("holds", "fails", "undecided");
                    if (b.get("hypothesis").asText().equals("holds")) {
                        checked++;
                        assertThat(b.get("verdict").asText()).isEqualTo("holds");
                        assertThat(new BigDecimal(b.get("lhs").asText())).isLessThanOrEqualTo(new BigDecimal(b.get("rhs").asText()));
                    }
                } else {
                    assertThat(s.has("bound")).isFalse();
                }
            }
            assertThat(ap.get("boundChecked").asInt()).isEqualTo(checked).isPositive();
            assertThat(ap.get("boundFails").asInt()).isZero();
            // The perceptron's options at the GD iterates are those of the exact perceptron run from seed:1.
            assertThat(List.of(steps.get(0).get("option").asText(), steps.get(1).get("option").asText())).containsExactly("A1", "A2");
            BigDecimal max = new BigDecimal(ap.get("maxXi").asText());
            if (previousMax != null) {
                // Larger initialisation scale, smaller error (margins grow like the square of the scale).
                assertThat(max).isLessThan(previousMax);
            }
            previousMax = max;
        }
    }

    @Test
    void explainPrintsEveryStepAndTheSummary() {
        Cli.Result r = Cli.run("reduce", "--data", "builtin:minimal4", "--model", "tied", "--init", "seed:1", "--eta", "1/4", "--gammas", "10",
                "--steps", "5", "--explain");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("each GD step as a perceptron step plus an error").contains("L2.A1: hypotheses hold; bound holds")
                .contains("main bound checked at 1 step(s) with its hypotheses: 1 hold, 0 fail");
        assertThat(r.out().lines().filter(l -> l.matches("\\s+[0-9]+\\s+(A1|A2|brake|none)\\s.*"))).hasSize(5);
        Cli.Result plain = Cli.run("reduce", "--data", "builtin:minimal4", "--model", "tied", "--init", "seed:1", "--eta", "1/4", "--gammas", "10",
                "--steps", "5");
        assertThat(plain.out()).doesNotContain("perceptron step plus an error");
    }

    @Test
    void otherDataShowOptionsAsPointSetsWithoutBounds() {
        Cli.Result r = Cli.run("reduce", "--data", "builtin:toy2d", "--model", "linear", "--gammas", "1,10", "--steps", "4", "--json");
        JsonNode j = r.json();
        assertThat(j.get("minimalFamily").isNull()).isTrue();
        for (JsonNode row : j.get("rows")) {
            JsonNode ap = row.get("asPerceptron");
            assertThat(ap.get("boundChecked").asInt()).isZero();
            for (JsonNode s : ap.get("steps")) {
                assertThat(s.get("option").asText()).matches("none|tie|undecided|\\{[0-9,]+\\}");
                assertThat(s.has("bound")).isFalse();
            }
        }
        // From 0 every margin is 0: the first step is a tie and GD equals the perceptron (xi_0 = 0), as in claim R1.
        JsonNode first = j.get("rows").get(0).get("asPerceptron").get("steps").get(0);
        assertThat(first.get("option").asText()).isEqualTo("tie");
        assertThat(first.get("xiUpper").asText()).isEqualTo("0");
    }
}
