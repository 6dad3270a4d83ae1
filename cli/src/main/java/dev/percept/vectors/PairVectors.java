package dev.percept.vectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.exact.Decimals;
import dev.percept.exact.Rational;
import dev.percept.structured.DenseOrthogonal;
import dev.percept.structured.Eigenvalue;
import dev.percept.structured.GeneralPair;
import dev.percept.structured.OrthogonalMap;
import dev.percept.structured.PairEigenvalue;
import dev.percept.structured.PairSpectrum;
import dev.percept.structured.Permutation;
import dev.percept.structured.Prop41;
import dev.percept.structured.Prop41Case;
import dev.percept.structured.StructuredSpectrum;
import dev.percept.verify.Instances;
import java.util.Arrays;
import java.util.Random;

/**
 * The vector file {@value #FILE} (issue 11): Proposition 4.1 for permutations that are not
 * involutions (long cycles, mixed cycle types with fixed points; one-line and cycle notation) and
 * for rational orthogonal matrices that are not symmetric (Cayley transforms), and the general pair
 * {@code M(a, b)} of claim P41.G in every coincidence, nested radicals included. One flat test
 * shape for the three groups (fields a group does not use are absent), so that a plain validator
 * checks it; every eigenvalue square is {@code x + y sqrt(field)} ({@code squareParts}, field 0
 * when it is rational). Deterministic (fixed seed), certified before it is written.
 */
final class PairVectors extends VectorFile {

    /** The vector file name. */
    static final String FILE = "prop41_general_spectra.json";
    /** The claims the file carries evidence for. */
    static final String CLAIMS = "P41.1 P41.2 P41.3 P41.4 P41.G";
    /** How the expected values were computed. */
    static final String METHOD = "Prop41.analyze (any permutation or rational orthogonal P) and GeneralPair.analyze (any b): "
            + "exact s, t, p, eigenvalues sign*sqrt(x + y*sqrt(field)) with multiplicities, each certified (A v = lambda v, "
            + "orthogonality, trace identities, dense charpoly for d <= 60) before it is written";

    private final int digits;

    /** @param digits significant digits of the eigenvalue decimals */
    PairVectors(int digits) {
        super(FILE, PairVectors::schemaJson);
        this.digits = digits;
    }

    @Override
    ObjectNode generate(Provenance provenance) {
        VectorDoc doc = start(provenance, CLAIMS, METHOD);
        doc.note("CASE_ZERO", "P41.1 (a = 0), or P41.G with a = b = 0: every eigenvalue is 0");
        doc.note("CASE_SYMMETRIC", "P41.2: a = Pa != 0");
        doc.note("CASE_ANTISYMMETRIC", "P41.3: a = -Pa != 0");
        doc.note("CASE_GENERAL", "P41.4 (a != +-Pa), or P41.G with a, b independent and (s-t)^2 + 4p^2 > 0: four simple nonzero eigenvalues");
        doc.note("CASE_RANK_ONE", "P41.G with a, b linearly dependent, not both 0: +-sqrt(s+t), 0 with multiplicity d");
        doc.note("CASE_DOUBLE", "P41.G with a orthogonal to b and ||a|| = ||b|| != 0: +-sqrt(s), each with multiplicity 2");
        doc.note("NOT_INVOLUTION", "P is not an involution: P != P^T and P^2 != I");
        doc.note("LONG_CYCLE", "P is a single cycle of length d >= 3");
        doc.note("FIXED_POINTS", "P has fixed points and cycles of several lengths");
        doc.note("NOT_SYMMETRIC_P", "P is a rational orthogonal matrix that is not symmetric (a Cayley transform (I - K)(I + K)^-1 or its negative)");
        doc.note("P_EQUALS_ZERO", "p = a^T P a (or a^T b) is 0");
        doc.note("EQUAL_NORMS", "t = s (b has the norm of a)");
        doc.note("B_ZERO", "b = 0");
        doc.note("A_ZERO", "a = 0");
        doc.note("PARALLEL", "b is a nonzero multiple of a");
        doc.note("RATIONAL_SQUARES", "(s-t)^2 + 4p^2 is the square of a rational: every eigenvalue square is rational");
        doc.note("NESTED_RADICALS", "the nonzero eigenvalues are nested radicals sqrt(x +- y*sqrt(field)), y != 0");
        doc.note("REPEATED_EIGENVALUE", "some nonzero eigenvalue has multiplicity > 1");
        Random r = new Random(411);

        ObjectNode perms = group(doc, "Prop41Permutation", digits);
        ArrayNode tests = perms.putArray("tests");
        addPerm(doc, tests, Instances.integers(1, 2, 3), Permutation.ofOneBased(new int[] {2, 3, 1}), digits, "issue 11: a = (1,2,3), P = (1 2 3)", "LONG_CYCLE");
        for (int d : new int[] {3, 4, 5, 8}) {
            Permutation p = Permutation.ofOneBased(Instances.longCycle(d));
            addCases(doc, tests, p, r, digits, "long cycle, d = " + d, "LONG_CYCLE");
        }
        for (int d : new int[] {6, 9}) {
            Permutation p = Permutation.ofOneBased(mixed(d));
            addCases(doc, tests, p, r, digits, p.cycleNotation() + ", d = " + d, "FIXED_POINTS");
        }

        ObjectNode orth = group(doc, "Prop41Orthogonal", digits);
        ArrayNode otests = orth.putArray("tests");
        for (int d : new int[] {2, 3, 4}) {
            DenseOrthogonal q = Instances.cayley(r, d, d >= 3 ? 1 : 0);
            addDense(doc, otests, Instances.vector(r, d, 20, 6), q, digits, "Cayley transform, d = " + d);
            if (d >= 3) {
                Rational[] e = Instances.zeros(d);
                e[d - 1] = Rational.of(5, 2);
                addDense(doc, otests, e, q, digits, "Cayley transform fixes e_d, d = " + d);
                addDense(doc, otests, e, DenseOrthogonal.of(q.toMatrix().scale(Rational.MINUS_ONE)), digits, "minus Cayley reverses e_d, d = " + d);
            }
        }

        ObjectNode pairs = group(doc, "GeneralPair", digits);
        ArrayNode ptests = pairs.putArray("tests");
        addPair(doc, ptests, Instances.zeros(3), Instances.zeros(3), digits, "a = b = 0");
        Rational[] a = Instances.integers(1, 2, 2);
        addPair(doc, ptests, a, Instances.zeros(3), digits, "b = 0", "B_ZERO");
        addPair(doc, ptests, Instances.zeros(3), a, digits, "a = 0", "A_ZERO");
        addPair(doc, ptests, a, Instances.scaled(a, Rational.of(-3, 2)), digits, "b = -3/2 a", "PARALLEL");
        addPair(doc, ptests, Instances.integers(1, 2, 0), Instances.integers(-2, 1, 0), digits, "a orthogonal to b, ||a|| = ||b||", "EQUAL_NORMS");
        addPair(doc, ptests, Instances.integers(3, 0, 0), Instances.integers(0, 1, 1), digits, "a orthogonal to b, ||a|| != ||b||");
        addPair(doc, ptests, Instances.integers(-3, -3, -3), Instances.integers(-3, -2, 3), digits, "(s-t)^2 + 4p^2 = 169, p != 0");
        addPair(doc, ptests, Instances.integers(1, 2, 2), Instances.integers(3, 0, 0), digits, "t = s = 9, b not parallel to a", "EQUAL_NORMS");
        addPair(doc, ptests, Instances.integers(1, 2, 3), Instances.integers(4, -1, 2), digits, "nested radicals over Q(sqrt(305))");
        for (int d : new int[] {2, 5, 12}) {
            addPair(doc, ptests, Instances.vector(r, d, 20, 6), Instances.vector(r, d, 20, 6), digits, "random, d = " + d);
        }
        return doc.finish();
    }

    private static ObjectNode group(VectorDoc doc, String type, int digits) {
        ObjectNode g = doc.group(type);
        g.put("digits", digits);
        g.put("decimalNote", "decimal = sign*sqrt(x + y*sqrt(field)) correctly rounded to `digits` significant digits (ties to even)");
        return g;
    }

    /** (1 2 3)(4 5) plus fixed points, then a 4-cycle when d allows: 1-based one-line notation. */
    private static int[] mixed(int d) {
        int[] p = new int[d];
        for (int i = 0; i < d; i++) {
            p[i] = i + 1;
        }
        p[0] = 2;
        p[1] = 3;
        p[2] = 1;
        p[3] = 5;
        p[4] = 4;
        if (d >= 9) {
            p[5] = 7;
            p[6] = 8;
            p[7] = 9;
            p[8] = 6;
        }
        return p;
    }

    /** Every case the permutation admits: zero, a = Pa, a = -Pa (when nonzero is possible), general, p = 0. */
    private static void addCases(VectorDoc doc, ArrayNode tests, Permutation p, Random r, int digits, String what, String flag) {
        int d = p.dimension();
        addPerm(doc, tests, Instances.zeros(d), p, digits, "a = 0, " + what, flag);
        addPerm(doc, tests, Instances.fixedUnder(r, p, 1, 9, 3), p, digits, "a = Pa, " + what, flag);
        Rational[] anti = Instances.fixedUnder(r, p, -1, 9, 3);
        if (!Arrays.stream(anti).allMatch(Rational::isZero)) {
            addPerm(doc, tests, anti, p, digits, "a = -Pa, " + what, flag);
        }
        addPerm(doc, tests, Instances.vector(r, d, 20, 6), p, digits, "general, " + what, flag);
        // p = 0 on the cycle through index 1 (length >= 3): a = (1, 1, y) on its first three points, p linear in y.
        Rational[] z = Instances.zeros(d);
        int i1 = p.image(0);
        int i2 = p.image(i1);
        z[0] = Rational.ONE;
        z[i1] = Rational.ONE;
        Rational p0 = aTPa(z, p);
        z[i2] = Rational.ONE;
        Rational slope = aTPa(z, p).subtract(p0);
        z[i2] = p0.negate().divide(slope);
        addPerm(doc, tests, z, p, digits, "p = 0, " + what, flag);
    }

    /** {@code sum_i a_i a_pi(i)}. */
    private static Rational aTPa(Rational[] a, Permutation p) {
        Rational s = Rational.ZERO;
        for (int i = 0; i < a.length; i++) {
            s = s.add(a[i].multiply(a[p.image(i)]));
        }
        return s;
    }


    private static void prop41Fields(ObjectNode t, Rational[] a, OrthogonalMap p, int digits, String... extraFlags) {
        StructuredSpectrum s = Prop41.analyze(a, p);
        if (!s.allHold()) {
            throw new IllegalStateException("internal error: a Proposition 4.1 certificate failed for " + t.get("comment").asText());
        }
        ArrayNode flags = VectorDoc.flags(t);
        flags.add("CASE_" + s.kase().name());
        if (s.p().signum() == 0 && s.kase() == Prop41Case.GENERAL) {
            flags.add("P_EQUALS_ZERO");
        }
        if (s.eigenvalues().stream().anyMatch(v -> v.sign() != 0 && v.multiplicity() > 1)) {
            flags.add("REPEATED_EIGENVALUE");
        }
        for (String f : extraFlags) {
            flags.add(f);
        }
        t.put("claim", s.kase().claim().id());
        t.put("d", a.length);
        t.set("a", VectorDoc.strings(a));
        t.put("s", s.s().toString());
        t.put("p", s.p().toString());
        ArrayNode ev = t.putArray("eigenvalues");
        for (Eigenvalue v : s.eigenvalues()) {
            ObjectNode e = ev.addObject();
            e.put("sign", v.sign());
            e.putArray("squareParts").add(v.square().toString()).add("0");
            e.put("multiplicity", v.multiplicity());
            e.put("decimal", v.sign() == 0 ? "0" : Decimals.sqrt(v.sign(), v.square(), digits).toString());
        }
        t.put("field", "0");
    }

    private static void addPerm(VectorDoc doc, ArrayNode tests, Rational[] a, Permutation p, int digits, String comment, String... flags) {
        ObjectNode t = doc.test(tests, comment);
        String[] all = Arrays.copyOf(flags, flags.length + (p.isInvolution() ? 0 : 1));
        if (!p.isInvolution()) {
            all[flags.length] = "NOT_INVOLUTION";
        }
        prop41Fields(t, a, p, digits, all);
        ArrayNode perm = t.putArray("perm");
        for (int v : p.oneBased()) {
            perm.add(v);
        }
        t.put("cycles", p.cycleNotation());
    }

    private static void addDense(VectorDoc doc, ArrayNode tests, Rational[] a, DenseOrthogonal p, int digits, String comment) {
        ObjectNode t = doc.test(tests, comment);
        prop41Fields(t, a, p, digits, "NOT_SYMMETRIC_P");
        t.set("P", VectorDoc.rows(p.toMatrix()));
    }

    private static void addPair(VectorDoc doc, ArrayNode tests, Rational[] a, Rational[] b, int digits, String comment, String... extraFlags) {
        PairSpectrum s = GeneralPair.analyze(a, b);
        if (!s.allHold()) {
            throw new IllegalStateException("internal error: a P41.G certificate failed for " + comment);
        }
        ObjectNode t = doc.test(tests, comment);
        ArrayNode flags = VectorDoc.flags(t);
        flags.add("CASE_" + s.kase().name());
        if (s.p().isZero() && s.kase() != dev.percept.structured.PairCase.ZERO) {
            flags.add("P_EQUALS_ZERO");
        }
        if (s.kase() == dev.percept.structured.PairCase.GENERAL) {
            flags.add(s.rationalSquares() ? "RATIONAL_SQUARES" : "NESTED_RADICALS");
        }
        if (s.eigenvalues().stream().anyMatch(v -> v.sign() != 0 && v.multiplicity() > 1)) {
            flags.add("REPEATED_EIGENVALUE");
        }
        for (String f : extraFlags) {
            flags.add(f);
        }
        t.put("claim", "P41.G");
        t.put("d", a.length);
        t.set("a", VectorDoc.strings(a));
        t.set("b", VectorDoc.strings(b));
        t.put("s", s.s().toString());
        t.put("t", s.t().toString());
        t.put("p", s.p().toString());
        t.put("discriminant", s.discriminant().toString());
        t.put("field", s.field().toString());
        ArrayNode ev = t.putArray("eigenvalues");
        for (PairEigenvalue v : s.eigenvalues()) {
            ObjectNode e = ev.addObject();
            e.put("sign", v.sign());
            e.putArray("squareParts").add(v.square().rationalPart().toString()).add(v.square().surdPartIn(s.field()).toString());
            e.put("multiplicity", v.multiplicity());
            e.put("decimal", v.decimal(digits).toString());
        }
    }

    /** The JSON Schema (draft 2020-12) of {@value #FILE}. */
    static ObjectNode schemaJson() {
        String rational = Schemas.RATIONAL;
        String decimal = Schemas.DECIMAL;
        String text = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"title\":\"percept Proposition 4.1 for every orthogonal P, and the general pair (P41.G)\","
                + "\"type\":\"object\",\"required\":[\"schema\",\"generatorVersion\",\"numberOfTests\",\"notes\",\"provenance\",\"testGroups\"],"
                + "\"properties\":{\"schema\":{\"type\":\"string\"},\"generatorVersion\":{\"type\":\"string\"},"
                + "\"numberOfTests\":{\"type\":\"integer\",\"minimum\":0},\"notes\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}},"
                + "\"provenance\":{\"type\":\"object\",\"required\":[\"percept\",\"claims\",\"method\",\"date\"],\"properties\":{"
                + "\"percept\":{\"type\":\"string\"},\"gitCommit\":{\"type\":\"string\"},\"claims\":{\"type\":\"string\"},"
                + "\"method\":{\"type\":\"string\"},\"date\":{\"type\":\"string\",\"format\":\"date\"}}},"
                + "\"testGroups\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"type\",\"digits\",\"decimalNote\",\"tests\"],\"properties\":{"
                + "\"type\":{\"enum\":[\"Prop41Permutation\",\"Prop41Orthogonal\",\"GeneralPair\"]},\"digits\":{\"type\":\"integer\",\"minimum\":1},"
                + "\"decimalNote\":{\"type\":\"string\"},"
                + "\"tests\":{\"type\":\"array\",\"items\":{\"type\":\"object\","
                + "\"required\":[\"tcId\",\"comment\",\"flags\",\"claim\",\"d\",\"a\",\"s\",\"p\",\"field\",\"eigenvalues\"],\"properties\":{"
                + "\"tcId\":{\"type\":\"integer\",\"minimum\":1},\"comment\":{\"type\":\"string\"},\"flags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},"
                + "\"claim\":{\"enum\":[\"P41.1\",\"P41.2\",\"P41.3\",\"P41.4\",\"P41.G\"]},\"d\":{\"type\":\"integer\",\"minimum\":1},"
                + "\"a\":{\"type\":\"array\",\"items\":" + rational + "},"
                + "\"perm\":{\"description\":\"Prop41Permutation: 1-based one-line notation, (Pa)_i = a_perm[i]\",\"type\":\"array\",\"items\":{\"type\":\"integer\",\"minimum\":1}},"
                + "\"cycles\":{\"description\":\"Prop41Permutation: the same permutation in cycle notation, fixed points omitted\",\"type\":\"string\",\"pattern\":\"^(\\\\(\\\\)|(\\\\([0-9]+( [0-9]+)+\\\\))+)$\"},"
                + "\"P\":{\"description\":\"Prop41Orthogonal: the rows of P\",\"type\":\"array\",\"items\":{\"type\":\"array\",\"items\":" + rational + "}},"
                + "\"b\":{\"description\":\"GeneralPair: the second vector\",\"type\":\"array\",\"items\":" + rational + "},"
                + "\"s\":" + rational + ",\"t\":" + rational + ",\"p\":" + rational + ",\"discriminant\":" + rational + ","
                + "\"field\":{\"description\":\"radicand F: every square is x + y*sqrt(F); 0 when the squares are rational\",\"type\":\"string\",\"pattern\":\"^[0-9]+$\"},"
                + "\"eigenvalues\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"sign\",\"squareParts\",\"multiplicity\",\"decimal\"],"
                + "\"properties\":{\"sign\":{\"enum\":[-1,0,1]},\"squareParts\":{\"type\":\"array\",\"items\":" + rational + "},"
                + "\"multiplicity\":{\"type\":\"integer\",\"minimum\":1},\"decimal\":" + decimal + "}}}}}}}}}}}";
        return Schemas.parse(text);
    }
}
