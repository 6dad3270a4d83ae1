package dev.percept.structured;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of Proposition 4.1 instances that land in each case ON PURPOSE (zero, symmetric
 * {@code a = Pa}, antisymmetric {@code a = -Pa}, general, and {@code p = 0}), with P an involutive
 * permutation, a Householder reflection {@link DenseOrthogonal#householder} or a negated
 * permutation ({@link Prop41Cases} adds every other kind of orthogonal P: long cycles, mixed cycle
 * types with fixed points, Cayley transforms). Every instance carries {@code Pa} computed here from the construction (the image
 * table, or {@code b - 2 (v.b)/(v.v) v}), independently of the code under test, and the expected
 * spectrum follows from the definitions {@code s = sum a_i^2}, {@code p = sum a_i (Pa)_i}.
 */
final class Prop41Arbitraries {

    private Prop41Arbitraries() {
    }

    /**
     * How P was built, with an independent way to apply it: the image table of a permutation
     * (times {@code sign}), the Householder vector, or (Cayley transforms) the dense entries, which
     * {@link Prop41Cases} checks to be orthogonal with its own loops before using them.
     */
    record PSpec(String kind, int d, int[] image, Rational[] householderV, int sign, OrthogonalMap p, Rational[][] dense) {

        PSpec(String kind, int d, int[] image, Rational[] householderV, int sign, OrthogonalMap p) {
            this(kind, d, image, householderV, sign, p, null);
        }

        /** {@code P b} from the construction data, not from {@link OrthogonalMap#apply}. */
        Rational[] applyIndependently(Rational[] b) {
            Rational[] out = new Rational[d];
            if (dense != null) {
                for (int i = 0; i < d; i++) {
                    Rational acc = Rational.ZERO;
                    for (int j = 0; j < d; j++) {
                        acc = acc.add(dense[i][j].multiply(b[j]));
                    }
                    out[i] = acc;
                }
                return out;
            }
            if (householderV != null) {
                Rational vb = Rational.ZERO;
                Rational vv = Rational.ZERO;
                for (int i = 0; i < d; i++) {
                    vb = vb.add(householderV[i].multiply(b[i]));
                    vv = vv.add(householderV[i].multiply(householderV[i]));
                }
                Rational f = vb.multiply(Rational.TWO).divide(vv);
                for (int i = 0; i < d; i++) {
                    out[i] = b[i].subtract(f.multiply(householderV[i]));
                }
                return out;
            }
            for (int i = 0; i < d; i++) {
                out[i] = sign > 0 ? b[image[i]] : b[image[i]].negate();
            }
            return out;
        }

        /** @return true iff P = +-I (then no general instance exists) */
        boolean isPlusMinusIdentity() {
            if (householderV != null || dense != null) {
                return false;
            }
            for (int i = 0; i < d; i++) {
                if (image[i] != i) {
                    return false;
                }
            }
            return true;
        }
    }

    /** An instance with the case its generator aimed at. */
    record Inst(String intended, PSpec ps, Rational[] a, Rational[] pa) {
        int d() {
            return a.length;
        }

        /** {@code s = sum a_i^2} from the definition. */
        Rational s() {
            Rational s = Rational.ZERO;
            for (Rational x : a) {
                s = s.add(x.multiply(x));
            }
            return s;
        }

        /** {@code p = sum a_i (Pa)_i} from the definition. */
        Rational p() {
            Rational p = Rational.ZERO;
            for (int i = 0; i < a.length; i++) {
                p = p.add(a[i].multiply(pa[i]));
            }
            return p;
        }

        /** The case from its definition (equalities of vectors). */
        String caseByDefinition() {
            boolean zero = Arrays.stream(a).allMatch(Rational::isZero);
            if (zero) {
                return "zero";
            }
            boolean sym = true;
            boolean anti = true;
            for (int i = 0; i < a.length; i++) {
                sym &= a[i].equals(pa[i]);
                anti &= a[i].equals(pa[i].negate());
            }
            return sym ? "symmetric" : anti ? "antisymmetric" : "general";
        }

        /** The expected spectrum as (sign, square) -> multiplicity, from s and p. */
        Map<List<Object>, Integer> expectedSpectrum() {
            Map<List<Object>, Integer> m = new HashMap<>();
            Rational s = s();
            Rational p = p();
            int nonzero = 0;
            for (Rational q : new Rational[] {s.add(p), s.subtract(p)}) {
                if (q.signum() > 0) {
                    m.merge(List.of(1, q), 1, Integer::sum);
                    m.merge(List.of(-1, q), 1, Integer::sum);
                    nonzero += 2;
                }
            }
            if (d() + 2 - nonzero > 0) {
                m.put(List.of(0, Rational.ZERO), d() + 2 - nonzero);
            }
            return m;
        }

        /** The dense (d+2)x(d+2) matrix built here from a and the independent Pa. */
        RationalMatrix dense() {
            int d = d();
            Rational[][] m = new Rational[d + 2][d + 2];
            for (Rational[] row : m) {
                Arrays.fill(row, Rational.ZERO);
            }
            for (int i = 0; i < d; i++) {
                m[0][i + 2] = a[i];
                m[i + 2][0] = a[i];
                m[1][i + 2] = pa[i];
                m[i + 2][1] = pa[i];
            }
            return RationalMatrix.of(m);
        }

        @Override
        public String toString() {
            return intended + " d=" + d() + " P=" + ps.kind() + (ps.image() != null ? Arrays.toString(ps.image()) : "")
                    + (ps.householderV() != null ? " v=" + Arrays.toString(ps.householderV()) : "") + " a=" + Arrays.toString(a);
        }
    }

    /** Rationals: mostly small, sometimes 10^12-sized numerators; denominators 1..maxDen. */
    static Arbitrary<Rational> rationals(int maxDen) {
        Arbitrary<BigInteger> small = Arbitraries.bigIntegers().between(BigInteger.valueOf(-20), BigInteger.valueOf(20));
        Arbitrary<BigInteger> big = Arbitraries.bigIntegers().between(BigInteger.TEN.pow(12).negate(), BigInteger.TEN.pow(12));
        Arbitrary<BigInteger> num = Arbitraries.frequencyOf(Tuple.of(3, small), Tuple.of(1, big));
        return Combinators.combine(num, Arbitraries.integers().between(1, maxDen))
                .as((n, q) -> Rational.of(n, BigInteger.valueOf(q)));
    }

    /** Above this d, vectors and permutations come from one seeded Random (jqwik's element-wise generation is too slow there). */
    static final int SEEDED_ABOVE = 40;

    static Arbitrary<Rational[]> vectors(int d) {
        if (d > SEEDED_ABOVE) {
            return Arbitraries.randoms().map(rnd -> {
                Rational[] v = new Rational[d];
                for (int i = 0; i < d; i++) {
                    BigInteger n = rnd.nextInt(4) == 0 ? new BigInteger(40, rnd) : BigInteger.valueOf(rnd.nextInt(41));
                    v[i] = Rational.of(rnd.nextBoolean() ? n : n.negate(), BigInteger.valueOf(1 + rnd.nextInt(30)));
                }
                return v;
            });
        }
        return rationals(30).array(Rational[].class).ofSize(d);
    }

    /** Vectors with entries n/q, |n| <= 9, q <= 5 (Householder data: keeps the O(d^3) verification cheap). */
    static Arbitrary<Rational[]> smallVectors(int d) {
        return Combinators.combine(Arbitraries.integers().between(-9, 9), Arbitraries.integers().between(1, 5))
                .as((n, q) -> Rational.of(n, q)).array(Rational[].class).ofSize(d);
    }

    /** Involutive permutations of dimension in [minD, maxD]: a shuffle, paired up front. */
    static Arbitrary<PSpec> permutations(int minD, int maxD) {
        return Arbitraries.integers().between(minD, maxD).flatMap(d -> {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < d; i++) {
                idx.add(i);
            }
            Arbitrary<List<Integer>> shuffled = d > SEEDED_ABOVE ? Arbitraries.randoms().map(rnd -> {
                List<Integer> copy = new ArrayList<>(idx);
                java.util.Collections.shuffle(copy, rnd);
                return copy;
            }) : Arbitraries.shuffle(idx);
            return Combinators.combine(shuffled, Arbitraries.integers().between(0, d / 2)).as((order, pairs) -> {
                int[] img = new int[d];
                for (int i = 0; i < d; i++) {
                    img[i] = i;
                }
                for (int k = 0; k < pairs; k++) {
                    int u = order.get(2 * k);
                    int v = order.get(2 * k + 1);
                    img[u] = v;
                    img[v] = u;
                }
                int[] oneBased = Arrays.stream(img).map(x -> x + 1).toArray();
                return new PSpec("permutation", d, img, null, 1, Permutation.ofOneBased(oneBased));
            });
        });
    }

    /** {@code -Pi} for an involutive permutation Pi, as a dense symmetric orthogonal matrix. */
    static Arbitrary<PSpec> negatedPermutations(int minD, int maxD) {
        return permutations(minD, maxD).map(ps -> {
            RationalMatrix m = ps.p().toMatrix().scale(Rational.MINUS_ONE);
            return new PSpec("-permutation", ps.d(), ps.image(), null, -1, DenseOrthogonal.of(m));
        });
    }

    /** Householder reflections {@code I - 2 v v^T / v^T v} with small rational v != 0. */
    static Arbitrary<PSpec> householders(int minD, int maxD) {
        return Arbitraries.integers().between(minD, maxD)
                .flatMap(d -> smallVectors(d).filter(v -> !Arrays.stream(v).allMatch(Rational::isZero)))
                .map(v -> new PSpec("householder", v.length, null, v, 1, DenseOrthogonal.householder(v)));
    }

    /** Every kind of P. */
    static Arbitrary<PSpec> involutions(int minD, int maxD) {
        return Arbitraries.frequencyOf(Tuple.of(4, permutations(minD, maxD)), Tuple.of(3, householders(minD, maxD)),
                Tuple.of(1, negatedPermutations(minD, maxD)));
    }

    static Arbitrary<Inst> zero(Arbitrary<PSpec> ps) {
        return ps.map(p -> {
            Rational[] a = new Rational[p.d()];
            Arrays.fill(a, Rational.ZERO);
            return new Inst("zero", p, a, p.applyIndependently(a));
        });
    }

    /** {@code a = b + sign P b}: then {@code P a = sign a}. */
    static Arbitrary<Inst> signed(Arbitrary<PSpec> ps, int sign) {
        String label = sign > 0 ? "symmetric" : "antisymmetric";
        return ps.flatMap(p -> vectors(p.d()).map(b -> {
            Rational[] pb = p.applyIndependently(b);
            Rational[] a = new Rational[b.length];
            for (int i = 0; i < b.length; i++) {
                a[i] = sign > 0 ? b[i].add(pb[i]) : b[i].subtract(pb[i]);
            }
            return new Inst(label, p, a, p.applyIndependently(a));
        })).filter(inst -> !Arrays.stream(inst.a()).allMatch(Rational::isZero));
    }

    /** Random a, kept only when it is in no special case. */
    static Arbitrary<Inst> general(Arbitrary<PSpec> ps) {
        return ps.filter(p -> p.d() >= 2 && !p.isPlusMinusIdentity())
                .flatMap(p -> vectors(p.d()).map(a -> new Inst("general", p, a, p.applyIndependently(a))))
                .filter(inst -> inst.caseByDefinition().equals("general"));
    }

    /**
     * {@code p = 0, a != 0}. For (signed) permutations: a random a with one partner coordinate of
     * a 2-cycle solved for: {@code a_j = -R / (2 a_i)} where R is the rest of {@code a^T P a}. For a
     * Householder P: {@code a} and {@code w = J a} (J rotates coordinate pairs by 90 degrees, so
     * {@code w ⟂ a}, {@code |w| = |a|}) and {@code P = H(a + w)}, for which
     * {@code a^T P a = |a|^2 - 2 (v.a)^2 / |v|^2 = |a|^2 - 2|a|^4 / (2|a|^2) = 0}.
     */
    static Arbitrary<Inst> pZero(int minD, int maxD, boolean householder) {
        Arbitrary<Inst> perm = Arbitraries.frequencyOf(Tuple.of(3, permutations(Math.max(2, minD), maxD)),
                Tuple.of(1, negatedPermutations(Math.max(2, minD), maxD)))
                .filter(p -> !p.isPlusMinusIdentity())
                .flatMap(p -> vectors(p.d()).map(b -> {
                    Rational[] a = b.clone();
                    int i = 0;
                    while (p.image()[i] == i) {
                        i++;
                    }
                    int j = p.image()[i];
                    if (a[i].isZero()) {
                        a[i] = Rational.ONE;
                    }
                    a[j] = Rational.ZERO;
                    Rational rest = dot(a, p.applyIndependently(a)); // a_j = 0: the (i,j) terms vanish
                    Rational sg = Rational.of(p.sign());
                    a[j] = rest.negate().divide(Rational.TWO.multiply(a[i]).multiply(sg));
                    return new Inst("p=0", p, a, p.applyIndependently(a));
                }));
        if (!householder) {
            return perm;
        }
        Arbitrary<Inst> house = Arbitraries.integers().between(Math.max(2, minD), maxD).flatMap(d -> smallVectors(d).map(b -> {
            Rational[] a = b.clone();
            if (d % 2 == 1) {
                a[d - 1] = Rational.ZERO;
            }
            if (a[0].isZero()) {
                a[0] = Rational.ONE;
            }
            Rational[] v = new Rational[d];
            Arrays.fill(v, Rational.ZERO);
            for (int k = 0; k + 1 < d; k += 2) {
                v[k] = a[k].subtract(a[k + 1]);
                v[k + 1] = a[k + 1].add(a[k]);
            }
            PSpec ps = new PSpec("householder", d, null, v, 1, DenseOrthogonal.householder(v));
            return new Inst("p=0", ps, a, ps.applyIndependently(a));
        }));
        return Arbitraries.frequencyOf(Tuple.of(2, perm), Tuple.of(1, house));
    }

    /** Every case on purpose, P of every kind, {@code minD <= d <= maxD}. */
    static Arbitrary<Inst> instances(int minD, int maxD) {
        Arbitrary<PSpec> ps = involutions(minD, maxD);
        return Arbitraries.frequencyOf(Tuple.of(1, zero(ps)), Tuple.of(2, signed(ps, 1)), Tuple.of(2, signed(ps, -1)),
                Tuple.of(3, general(ps)), Tuple.of(2, pZero(minD, maxD, true)));
    }

    /**
     * Large-d instances (permutations only, so that no O(d^3) construction runs). Every case has
     * weight at least 2 of 11, so 100 tries miss one with probability below {@code 4 (9/11)^100 < 10^-8}
     * (the property's coverage check needs each case at least once).
     */
    static Arbitrary<Inst> largeInstances(int minD, int maxD) {
        Arbitrary<PSpec> ps = permutations(minD, maxD);
        return Arbitraries.frequencyOf(Tuple.of(2, zero(ps)), Tuple.of(2, signed(ps, 1)), Tuple.of(2, signed(ps, -1)),
                Tuple.of(3, general(ps)), Tuple.of(2, pZero(minD, maxD, false)));
    }

    static Rational dot(Rational[] x, Rational[] y) {
        Rational s = Rational.ZERO;
        for (int i = 0; i < x.length; i++) {
            s = s.add(x[i].multiply(y[i]));
        }
        return s;
    }
}
