package dev.percept.vectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.exact.Decimals;
import dev.percept.exact.Rational;
import dev.percept.structured.Corollary;
import dev.percept.structured.Eigenvalue;
import dev.percept.structured.Permutation;
import dev.percept.structured.Prop41;
import dev.percept.structured.Prop41Case;
import dev.percept.structured.StructuredSpectrum;
import java.util.Arrays;
import java.util.Random;

/**
 * {@code prop41_spectra.json}: every case of Proposition 4.1 and the corollary family (claims
 * P41.1-P41.4, C1, C2): {@code a}, the permutation P, s, p and the eigenvalues
 * {@code sign * sqrt(square)} with multiplicities and correctly rounded decimals.
 */
final class Prop41SpectraVectors extends VectorFile {

    private final int digits;

    /** @param digits significant digits of the eigenvalue decimals */
    Prop41SpectraVectors(int digits) {
        super("prop41_spectra.json", Schemas::prop41);
        this.digits = digits;
    }

    @Override
    ObjectNode generate(Provenance provenance) {
        VectorDoc doc = start(provenance, "P41.1 P41.2 P41.3 P41.4 C1 C2",
                "Prop41.analyze: exact s = ||a||^2 and p = a^T P a, eigenvalues sign*sqrt(square) with multiplicities, "
                        + "each certified (A v = lambda v, orthogonality, trace identities, dense charpoly for d <= 60)");
        doc.note("CASE_ZERO", "a = 0 (claim P41.1): all eigenvalues are 0")
                .note("CASE_SYMMETRIC", "a = Pa != 0 (claim P41.2): p = s, eigenvalues ±sqrt(2s)")
                .note("CASE_ANTISYMMETRIC", "a = -Pa != 0 (claim P41.3): p = -s, eigenvalues ±sqrt(2s)")
                .note("CASE_GENERAL", "a != ±Pa (claim P41.4): eigenvalues ±sqrt(s+p), ±sqrt(s-p)")
                .note("P_EQUALS_ZERO", "p = 0: ±sqrt(s) each with multiplicity 2")
                .note("REPEATED_EIGENVALUE", "some eigenvalue has multiplicity > 1")
                .note("COROLLARY", "member of the corollary family (claims C1, C2): a1 = (1,1,t...), a2 = sigma(1+mu,1,t...), P swaps 1 and 2")
                .note("LARGE_D", "d >= 1000");
        ObjectNode g = doc.group("Prop41Spectrum");
        g.put("digits", digits);
        g.put("decimalNote", "decimal = sign*sqrt(square) correctly rounded to `digits` significant digits (ties to even)");
        ArrayNode tests = g.putArray("tests");
        Random r = new Random(41);
        // each case at a few sizes
        for (int d : new int[] {1, 2, 3, 5, 8}) {
            Rational[] zero = new Rational[d];
            Arrays.fill(zero, Rational.ZERO);
            add(doc, tests, zero, identity(d), "a = 0, d = " + d);
            int[] swap = swaps(d);
            add(doc, tests, symmetricVector(swap, r, 1), swap, "a = Pa, d = " + d);
            if (d >= 2) {
                add(doc, tests, symmetricVector(swap, r, -1), swap, "a = -Pa, d = " + d);
                add(doc, tests, randomVector(d, r), swap, "general, d = " + d);
            }
        }
        // p = 0: a = (1, 0) with P swapping: p = 2 a1 a2 = 0
        add(doc, tests, new Rational[] {Rational.ONE, Rational.ZERO}, new int[] {2, 1}, "p = 0: a = (1, 0), P = swap");
        add(doc, tests, new Rational[] {Rational.of(3), Rational.of(-3), Rational.of(1, 2)}, new int[] {1, 2, 3},
                "P = identity: always the symmetric case");
        for (int d : new int[] {3, 4, 10}) {
            for (int sigma : new int[] {-1, 1}) {
                int[] tail = new int[d - 2];
                for (int i = 0; i < tail.length; i++) {
                    tail[i] = i % 2 == 0 ? 1 : -1;
                }
                Corollary c = Corollary.of(d, Rational.of(1, 3), tail, sigma);
                add(doc, tests, c.a1(), c.involution(), "corollary a1, d = " + d + ", sigma = " + sigma, "COROLLARY");
                add(doc, tests, c.a2(), c.involution(), "corollary a2, d = " + d + ", mu = 1/3, sigma = " + sigma, "COROLLARY");
            }
        }
        Rational[] big = randomVector(1000, r);
        add(doc, tests, big, swaps(1000), "d = 1000, random rationals", "LARGE_D");
        return doc.finish();
    }

    private static int[] identity(int d) {
        int[] p = new int[d];
        for (int i = 0; i < d; i++) {
            p[i] = i + 1;
        }
        return p;
    }

    /** Swaps (1 2)(3 4)..., last fixed when d is odd; 1-based. */
    private static int[] swaps(int d) {
        int[] p = identity(d);
        for (int i = 0; i + 1 < d; i += 2) {
            p[i] = i + 2;
            p[i + 1] = i + 1;
        }
        return p;
    }

    private static Rational[] randomVector(int d, Random r) {
        Rational[] a = new Rational[d];
        for (int i = 0; i < d; i++) {
            a[i] = Rational.of(r.nextInt(41) - 20, 1 + r.nextInt(6));
        }
        return a;
    }

    private static Rational[] symmetricVector(int[] perm, Random r, int sign) {
        int d = perm.length;
        Rational[] a = new Rational[d];
        for (int i = 0; i < d; i++) {
            int j = perm[i] - 1;
            if (j > i) {
                a[i] = Rational.of(r.nextInt(19) - 9, 1 + r.nextInt(4));
                if (a[i].signum() == 0) {
                    a[i] = Rational.ONE;
                }
            } else if (j < i) {
                a[i] = a[j].multiply(Rational.of(sign));
            } else {
                a[i] = sign > 0 ? Rational.of(1 + r.nextInt(5)) : Rational.ZERO; // a fixed point of P with a = -Pa must be 0
            }
        }
        return a;
    }

    private void add(VectorDoc doc, ArrayNode tests, Rational[] a, int[] perm, String comment, String... extraFlags) {
        add(doc, tests, a, Permutation.ofOneBased(perm), comment, extraFlags);
    }

    private void add(VectorDoc doc, ArrayNode tests, Rational[] a, Permutation p, String comment, String... extraFlags) {
        StructuredSpectrum s = Prop41.analyze(a, p);
        if (!s.allHold()) {
            throw new IllegalStateException("internal error: a Proposition 4.1 certificate failed for " + comment);
        }
        ObjectNode t = doc.test(tests, comment);
        ArrayNode flags = VectorDoc.flags(t);
        flags.add("CASE_" + s.kase().name());
        if (s.p().signum() == 0 && s.kase() == Prop41Case.GENERAL) {
            flags.add("P_EQUALS_ZERO");
        }
        if (s.eigenvalues().stream().anyMatch(v -> v.multiplicity() > 1)) {
            flags.add("REPEATED_EIGENVALUE");
        }
        for (String f : extraFlags) {
            flags.add(f);
        }
        t.put("claim", s.kase().claim().id());
        t.put("d", a.length);
        t.set("a", VectorDoc.strings(a));
        ArrayNode perm = t.putArray("perm");
        for (int i = 0; i < a.length; i++) {
            perm.add(p.image(i) + 1);
        }
        t.put("s", s.s().toString());
        t.put("p", s.p().toString());
        ArrayNode ev = t.putArray("eigenvalues");
        for (Eigenvalue v : s.eigenvalues()) {
            ObjectNode e = ev.addObject();
            e.put("sign", v.sign());
            e.put("square", v.square().toString());
            e.put("multiplicity", v.multiplicity());
            e.put("decimal", v.sign() == 0 ? "0" : Decimals.sqrt(v.sign(), v.square(), digits).toString());
        }
    }
}
