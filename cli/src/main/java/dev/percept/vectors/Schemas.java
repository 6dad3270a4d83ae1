package dev.percept.vectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON Schemas (draft 2020-12) of the vector files, written next to them under {@code schema/}. */
final class Schemas {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Schemas() {
    }

    static final String RATIONAL = "{\"type\":\"string\",\"pattern\":\"^-?[0-9]+(/[0-9]+)?$\"}";
    static final String DECIMAL = "{\"type\":\"string\",\"pattern\":\"^-?[0-9]+(\\\\.[0-9]+)?(E[-+]?[0-9]+)?$\"}";

    private static String top(String title, String groupProps, String groupRequired, String testProps, String testRequired) {
        return "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"title\":\"" + title + "\",\"type\":\"object\","
                + "\"required\":[\"schema\",\"generatorVersion\",\"numberOfTests\",\"notes\",\"provenance\",\"testGroups\"],"
                + "\"properties\":{\"schema\":{\"type\":\"string\"},\"generatorVersion\":{\"type\":\"string\"},"
                + "\"numberOfTests\":{\"type\":\"integer\",\"minimum\":0},"
                + "\"notes\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}},"
                + "\"provenance\":{\"type\":\"object\",\"required\":[\"percept\",\"claims\",\"method\",\"date\"],\"properties\":{"
                + "\"percept\":{\"type\":\"string\"},\"gitCommit\":{\"type\":\"string\"},\"claims\":{\"type\":\"string\"},"
                + "\"method\":{\"type\":\"string\"},\"date\":{\"type\":\"string\",\"format\":\"date\"}}},"
                + "\"testGroups\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[" + groupRequired + "],\"properties\":{"
                + groupProps + ",\"tests\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"tcId\",\"comment\",\"flags\","
                + testRequired + "],\"properties\":{\"tcId\":{\"type\":\"integer\",\"minimum\":1},\"comment\":{\"type\":\"string\"},"
                + "\"flags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}," + testProps + "}}}}}}}}";
    }

    static ObjectNode parse(String s) {
        try {
            return (ObjectNode) MAPPER.readTree(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("internal error: bad built-in schema", e);
        }
    }

    static ObjectNode prop41() {
        return parse(top("percept Proposition 4.1 spectra",
                "\"type\":{\"const\":\"Prop41Spectrum\"},\"digits\":{\"type\":\"integer\"},\"decimalNote\":{\"type\":\"string\"}",
                "\"type\",\"digits\",\"tests\"",
                "\"claim\":{\"type\":\"string\"},\"d\":{\"type\":\"integer\",\"minimum\":1},\"a\":{\"type\":\"array\",\"items\":" + RATIONAL + "},"
                        + "\"perm\":{\"type\":\"array\",\"items\":{\"type\":\"integer\",\"minimum\":1}},\"s\":" + RATIONAL + ",\"p\":" + RATIONAL + ","
                        + "\"eigenvalues\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"sign\",\"square\",\"multiplicity\",\"decimal\"],"
                        + "\"properties\":{\"sign\":{\"enum\":[-1,0,1]},\"square\":" + RATIONAL + ",\"multiplicity\":{\"type\":\"integer\",\"minimum\":1},"
                        + "\"decimal\":" + DECIMAL + "}}}",
                "\"claim\",\"d\",\"a\",\"perm\",\"s\",\"p\",\"eigenvalues\""));
    }

    static ObjectNode symmetric() {
        return parse(top("percept symmetric matrix spectra",
                "\"type\":{\"const\":\"SymmetricSpectrum\"},\"digits\":{\"type\":\"integer\"}",
                "\"type\",\"digits\",\"tests\"",
                "\"n\":{\"type\":\"integer\",\"minimum\":1},\"matrix\":{\"type\":\"array\",\"items\":{\"type\":\"array\",\"items\":" + RATIONAL + "}},"
                        + "\"eigenvalues\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"lower\",\"upper\",\"multiplicity\",\"decimal\",\"factor\"],"
                        + "\"properties\":{\"lower\":" + RATIONAL + ",\"upper\":" + RATIONAL + ",\"multiplicity\":{\"type\":\"integer\",\"minimum\":1},"
                        + "\"decimal\":" + DECIMAL + ",\"factor\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^-?[0-9]+$\"}}}}}",
                "\"n\",\"matrix\",\"eigenvalues\""));
    }

    static ObjectNode perceptron() {
        return parse(top("percept linear perceptron trajectories",
                "\"type\":{\"const\":\"PerceptronLinearTrajectory\"},\"tieRule\":{\"enum\":[\"TIE_HALF\",\"TIE_MISTAKE\",\"TIE_NONE\"]}",
                "\"type\",\"tieRule\",\"tests\"",
                "\"x\":{\"type\":\"array\",\"items\":{\"type\":\"array\",\"items\":" + RATIONAL + "}},\"y\":{\"type\":\"array\",\"items\":{\"enum\":[-1,1]}},"
                        + "\"gamma\":" + RATIONAL + ",\"steps\":{\"type\":\"integer\",\"minimum\":0},"
                        + "\"trajectory\":{\"type\":\"array\",\"items\":{\"type\":\"array\",\"items\":" + RATIONAL + "}}",
                "\"x\",\"y\",\"gamma\",\"steps\",\"trajectory\""));
    }

    private static final String CERTIFIED = "{\"type\":\"string\",\"pattern\":\"^-?[0-9]+(\\\\.[0-9]+)?(E[-+]?[0-9]+)?$\"}";
    private static final String MATRIX = "{\"type\":\"array\",\"items\":{\"type\":\"array\",\"items\":" + RATIONAL + "}}";
    private static final String LABELS = "{\"type\":\"array\",\"items\":{\"enum\":[-1,1]}}";

    static ObjectNode logisticGd() {
        return parse(top("percept logistic-GD trajectories (linear model), certified digits",
                "\"type\":{\"const\":\"LogisticGdLinearTrajectory\"},\"digits\":{\"type\":\"integer\",\"minimum\":1},\"guarantee\":{\"type\":\"string\"}",
                "\"type\",\"digits\",\"guarantee\",\"tests\"",
                "\"x\":" + MATRIX + ",\"y\":" + LABELS + ",\"gamma\":" + RATIONAL + ",\"eta\":" + RATIONAL + ","
                        + "\"steps\":{\"type\":\"integer\",\"minimum\":0},\"theta0\":{\"type\":\"array\",\"items\":" + RATIONAL + "},"
                        + "\"perceptronFirstStep\":{\"type\":\"array\",\"items\":" + RATIONAL + "},"
                        + "\"theta\":{\"type\":\"array\",\"items\":{\"type\":\"array\",\"items\":" + CERTIFIED + "}},"
                        + "\"loss\":{\"type\":\"array\",\"items\":" + CERTIFIED + "},\"workingDigits\":{\"type\":\"integer\"}",
                "\"x\",\"y\",\"gamma\",\"eta\",\"steps\",\"theta0\",\"theta\",\"loss\""));
    }

    static ObjectNode perceptronTied() {
        return parse(top("percept tied-model perceptron trajectories",
                "\"type\":{\"const\":\"PerceptronTiedTrajectory\"},\"tieRule\":{\"enum\":[\"TIE_HALF\",\"TIE_MISTAKE\",\"TIE_NONE\"]},"
                        + "\"parameterOrder\":{\"type\":\"string\"}",
                "\"type\",\"tieRule\",\"parameterOrder\",\"tests\"",
                "\"x\":" + MATRIX + ",\"y\":" + LABELS + ",\"perm\":{\"type\":\"array\",\"items\":{\"type\":\"integer\",\"minimum\":1}},"
                        + "\"eta\":" + RATIONAL + ",\"maxSteps\":{\"type\":\"integer\",\"minimum\":0},\"updates\":{\"type\":\"integer\",\"minimum\":0},"
                        + "\"converged\":{\"type\":\"boolean\"},\"trajectory\":" + MATRIX + ",\"margins\":" + MATRIX,
                "\"x\",\"y\",\"perm\",\"eta\",\"maxSteps\",\"updates\",\"converged\",\"trajectory\",\"margins\""));
    }

    private static final String EIGEN = "{\"type\":\"object\",\"required\":[\"lower\",\"upper\",\"multiplicity\",\"decimal\",\"factor\"],"
            + "\"properties\":{\"lower\":" + RATIONAL + ",\"upper\":" + RATIONAL + ",\"multiplicity\":{\"type\":\"integer\",\"minimum\":1},"
            + "\"decimal\":" + DECIMAL + ",\"factor\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^-?[0-9]+$\"}}}}";
    private static final String INERTIA = "{\"type\":\"object\",\"required\":[\"positive\",\"negative\",\"zero\"],\"properties\":{"
            + "\"positive\":{\"type\":\"integer\"},\"negative\":{\"type\":\"integer\"},\"zero\":{\"type\":\"integer\"}}}";

    static ObjectNode quadraticStability() {
        return parse(top("percept quadratic stability of GD (claim Q1)",
                "\"type\":{\"const\":\"QuadraticStability\"},\"digits\":{\"type\":\"integer\"},\"verdicts\":{\"type\":\"string\"}",
                "\"type\",\"digits\",\"verdicts\",\"tests\"",
                "\"n\":{\"type\":\"integer\",\"minimum\":1},\"matrix\":" + MATRIX + ",\"eta\":" + RATIONAL + ",\"twoOverEta\":" + RATIONAL + ","
                        + "\"verdict\":{\"enum\":[\"CONVERGES\",\"DIVERGES\",\"BOUNDARY\"]},\"converges\":{\"type\":\"boolean\"},"
                        + "\"reason\":{\"type\":\"string\"},\"inertiaS\":" + INERTIA + ",\"inertiaTwoOverEtaMinusS\":" + INERTIA + ","
                        + "\"eigenvalues\":{\"type\":\"array\",\"items\":" + EIGEN + "},\"lambdaMax\":" + EIGEN,
                "\"n\",\"matrix\",\"eta\",\"twoOverEta\",\"verdict\",\"converges\",\"reason\",\"inertiaS\",\"inertiaTwoOverEtaMinusS\","
                        + "\"eigenvalues\",\"lambdaMax\""));
    }
}
