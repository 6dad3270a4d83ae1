package dev.percept.vectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.audit.Audit;
import dev.percept.audit.ExactSpectrum;
import dev.percept.audit.RealRoots;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The shared writer of every vector file, in the layout of the Wycheproof test vectors: the
 * header ({@code schema}, {@code generatorVersion}, {@code numberOfTests}, {@code provenance}),
 * {@code notes} (flag -> meaning) and {@code testGroups} of tests numbered by {@code tcId} with a
 * {@code comment} and {@code flags}. Every number that is not a small integer is a string: exact
 * {@code p/q}, or a decimal with a stated guarantee.
 */
final class VectorDoc {

    /** Version of the vector generator (bumped whenever the contents change). */
    static final String GENERATOR_VERSION = "2";
    /** The date written into every provenance block: the release date of this generator version. */
    static final String GENERATOR_DATE = "2026-11-30";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode root;
    private final ObjectNode notes;
    private final ArrayNode groups;
    private int tests;

    /**
     * Starts a file: the header (its schema file name, the claims it exercises and the method
     * that computed it), then empty {@code notes} and {@code testGroups}.
     */
    VectorDoc(Provenance provenance, String schema, String claims, String method) {
        root = MAPPER.createObjectNode();
        root.put("schema", schema);
        root.put("generatorVersion", GENERATOR_VERSION);
        root.put("numberOfTests", 0);
        ObjectNode p = root.putObject("provenance");
        p.put("percept", provenance.percept());
        if (provenance.gitCommit() != null) {
            p.put("gitCommit", provenance.gitCommit());
        }
        p.put("claims", claims);
        p.put("method", method);
        p.put("date", GENERATOR_DATE);
        notes = root.putObject("notes");
        groups = root.putArray("testGroups");
    }

    /** Adds the meaning of a flag to {@code notes}. */
    VectorDoc note(String flag, String meaning) {
        notes.put(flag, meaning);
        return this;
    }

    /** @return a new test group of the given type (the caller adds its fields, then its {@code tests} array) */
    ObjectNode group(String type) {
        ObjectNode g = groups.addObject();
        g.put("type", type);
        return g;
    }

    /** @return a new test in {@code tests}, numbered by the next {@code tcId}, with its comment and an empty {@code flags} array */
    ObjectNode test(ArrayNode tests, String comment) {
        ObjectNode t = tests.addObject();
        t.put("tcId", ++this.tests);
        t.put("comment", comment);
        t.putArray("flags");
        return t;
    }

    /** @return the {@code flags} array of a test made by {@link #test} */
    static ArrayNode flags(ObjectNode test) {
        return (ArrayNode) test.get("flags");
    }

    /** @return the finished file, {@code numberOfTests} filled in */
    ObjectNode finish() {
        root.put("numberOfTests", tests);
        return root;
    }

    /** @return the rationals as exact strings {@code p/q} */
    static ArrayNode strings(Rational[] v) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Rational q : v) {
            a.add(q.toString());
        }
        return a;
    }

    /** @return the integers as a JSON array */
    static ArrayNode ints(int[] v) {
        ArrayNode a = MAPPER.createArrayNode();
        for (int x : v) {
            a.add(x);
        }
        return a;
    }

    /** @return rows of rationals (points, or a matrix's rows) as arrays of exact strings */
    static ArrayNode rows(Rational[][] m) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Rational[] r : m) {
            a.add(strings(r));
        }
        return a;
    }

    /** @return a matrix as rows of exact strings */
    static ArrayNode rows(RationalMatrix m) {
        ArrayNode a = MAPPER.createArrayNode();
        for (int i = 0; i < m.rows(); i++) {
            a.add(strings(m.row(i)));
        }
        return a;
    }

    /**
     * Adds one eigenvalue of an exact spectrum to {@code eigenvalues}: its isolating interval
     * refined until both ends agree in {@code digits} significant digits ({@link RealRoots#refineToDigits}),
     * its multiplicity, those digits, and the integer factor it is a root of.
     *
     * @return the refined interval
     */
    static RealRoots.Interval eigenvalue(ArrayNode eigenvalues, ExactSpectrum.Root root, int digits) {
        RealRoots.Interval iv = RealRoots.refineToDigits(root.interval(), digits);
        ObjectNode e = eigenvalues.addObject();
        e.put("lower", iv.lo().toString());
        e.put("upper", iv.hi().toString());
        e.put("multiplicity", root.multiplicity());
        e.put("decimal", truncated(iv, digits));
        ArrayNode f = e.putArray("factor");
        for (BigInteger c : root.interval().factor()) {
            f.add(c.toString());
        }
        return iv;
    }

    /** The decimal of an interval whose ends agree in their first {@code digits} digits (truncated toward zero). */
    private static String truncated(RealRoots.Interval iv, int digits) {
        if (iv.exact() && iv.lo().signum() == 0) {
            return "0";
        }
        return Audit.round(iv.lo().abs(), digits, RoundingMode.FLOOR)
                .multiply(BigDecimal.valueOf(iv.lo().signum() < 0 || iv.hi().signum() < 0 ? -1 : 1)).toString();
    }
}
