package dev.percept.structured;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.structured.Prop41Arbitraries.Inst;
import dev.percept.structured.Prop41Arbitraries.PSpec;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Every kind of orthogonal P beyond the involutions, each with every case of Proposition 4.1 it
 * admits, built ON PURPOSE and ENUMERATED (one instance per (kind, case) pair on every try, so no
 * combination can be missed by chance):
 * <ul>
 * <li>{@code long cycle}: the single d-cycle {@code (1 2 ... d)} (length >= 3);</li>
 * <li>{@code cycles+fixed}: a shuffled cycle of length >= 3, a 2-cycle, at least one fixed point,
 *     the rest in random cycles;</li>
 * <li>{@code cayley}: {@code (I - K)(I + K)^-1} for a random rational skew-symmetric K on the first
 *     d - 1 coordinates (not symmetric, no eigenvalue -1, fixes {@code e_d});</li>
 * <li>{@code -cayley}: its negative (fixes nothing, reverses {@code e_d}).</li>
 * </ul>
 * Cases: {@code zero}; {@code symmetric} (entries constant along each cycle, or {@code e_d} for the
 * Cayley transform); {@code antisymmetric} (alternating along even cycles and 0 on odd ones, or
 * {@code e_d} for {@code -cayley}); {@code general}; {@code p=0} (one entry solved for so that
 * {@code a^T P a = 0}, or for Cayley a vector in a plane P rotates by 90 degrees). {@code Pa} is
 * computed from the construction data ({@link PSpec#applyIndependently}); the dense Cayley
 * matrices are checked orthogonal here with plain loops before use.
 */
final class Prop41Cases {

    private Prop41Cases() {
    }

    /** The kinds, each with the cases it admits in dimension d ({@link #all}). */
    static final List<String> KINDS = List.of("long cycle", "cycles+fixed", "cayley", "-cayley");

    /** Smallest d for which {@link #all} builds every kind and case: 6. */
    static final int MIN_D = 6;

    /** The (kind, case) pairs {@link #all} builds for every d >= {@link #MIN_D}: 16 in all. */
    static List<String> expectedLabels(int d) {
        List<String> out = new ArrayList<>();
        for (String k : KINDS) {
            for (String c : casesOf(k, d)) {
                out.add(k + " / " + c);
            }
        }
        return out;
    }

    private static List<String> casesOf(String kind, int d) {
        switch (kind) {
            case "long cycle":
                return d % 2 == 0 ? List.of("zero", "symmetric", "antisymmetric", "general", "p=0")
                        : List.of("zero", "symmetric", "general", "p=0");
            case "cycles+fixed":
                return List.of("zero", "symmetric", "antisymmetric", "general", "p=0");
            case "cayley":
                return List.of("zero", "symmetric", "general", "p=0");
            default:
                return List.of("zero", "antisymmetric", "general");
        }
    }

    /** Every (kind, case) instance for dimension {@code d >= MIN_D}, from one seeded Random. */
    static List<Inst> all(Random rnd, int d) {
        return build(rnd, d, true);
    }

    /** The permutation kinds only (no O(d^3) Cayley construction): for large d. */
    static List<Inst> allPermutations(Random rnd, int d) {
        return build(rnd, d, false);
    }

    private static List<Inst> build(Random rnd, int d, boolean dense) {
        if (d < MIN_D) {
            throw new IllegalArgumentException("d >= " + MIN_D);
        }
        List<Inst> out = new ArrayList<>();
        List<PSpec> ps0 = new ArrayList<>();
        ps0.add(permutation("long cycle", longCycle(d)));
        ps0.add(permutation("cycles+fixed", mixed(rnd, d)));
        if (dense) {
            Rational[][] kMatrix = skew(rnd, d, false);
            ps0.add(cayley("cayley", kMatrix, 1));
            ps0.add(cayley("-cayley", kMatrix, -1));
        }
        for (PSpec ps : ps0) {
            for (String c : casesOf(ps.kind(), d)) {
                PSpec used = ps;
                Rational[] a;
                switch (c) {
                    case "zero":
                        a = zeros(d);
                        break;
                    case "symmetric":
                        a = ps.image() != null ? alongCycles(rnd, ps.image(), 1) : unit(d, d - 1, rnd);
                        break;
                    case "antisymmetric":
                        a = ps.image() != null ? alongCycles(rnd, ps.image(), -1) : unit(d, d - 1, rnd);
                        break;
                    case "general":
                        a = general(rnd, ps);
                        break;
                    default:
                        if (ps.image() != null) {
                            a = pZeroPermutation(rnd, ps);
                        } else {
                            // K with the 90-degree block [[0,-1],[1,0]] on coordinates 1, 2: P rotates that plane by 90 degrees.
                            used = cayley("cayley", skew(rnd, d, true), 1);
                            a = zeros(d);
                            a[0] = nonzero(rnd);
                            a[1] = rational(rnd, 30, 7);
                        }
                        break;
                }
                out.add(new Inst(c, used, a, used.applyIndependently(a)));
            }
        }
        return out;
    }

    static Rational rational(Random rnd, int maxNum, int maxDen) {
        BigInteger n = rnd.nextInt(5) == 0 ? new BigInteger(36, rnd) : BigInteger.valueOf(rnd.nextInt(2 * maxNum + 1) - maxNum);
        return Rational.of(rnd.nextBoolean() ? n : n.negate(), BigInteger.valueOf(1 + rnd.nextInt(maxDen)));
    }

    private static Rational nonzero(Random rnd) {
        Rational x = rational(rnd, 30, 7);
        return x.isZero() ? Rational.of(3, 2) : x;
    }

    static Rational[] zeros(int d) {
        Rational[] z = new Rational[d];
        Arrays.fill(z, Rational.ZERO);
        return z;
    }

    private static Rational[] unit(int d, int i, Random rnd) {
        Rational[] z = zeros(d);
        z[i] = nonzero(rnd);
        return z;
    }

    static int[] longCycle(int d) {
        int[] img = new int[d];
        for (int i = 0; i < d; i++) {
            img[i] = (i + 1) % d;
        }
        return img;
    }

    /** A cycle of length 3..d-3, a 2-cycle, the last point of the shuffle fixed, the rest in random cycles (0-based). */
    static int[] mixed(Random rnd, int d) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, rnd);
        int[] img = new int[d];
        for (int i = 0; i < d; i++) {
            img[i] = i;
        }
        int len = 3 + rnd.nextInt(d - 5);
        int k = 0;
        k = cycle(img, order, k, len);
        k = cycle(img, order, k, 2);
        while (k < d - 1) {
            int l = Math.min(1 + rnd.nextInt(4), d - 1 - k);
            k = cycle(img, order, k, l);
        }
        return img;
    }

    private static int cycle(int[] img, List<Integer> order, int from, int len) {
        for (int j = 0; j < len; j++) {
            img[order.get(from + j)] = order.get(from + (j + 1) % len);
        }
        return from + len;
    }

    private static PSpec permutation(String kind, int[] img) {
        int[] oneBased = Arrays.stream(img).map(x -> x + 1).toArray();
        return new PSpec(kind, img.length, img, null, 1, Permutation.ofOneBased(oneBased));
    }

    /**
     * A random rational skew-symmetric K (entries n/q, |n| <= 4, q <= 3) on coordinates 1..d-1 and
     * zero on coordinate d; with {@code quarterTurn} the block on coordinates 1, 2 is
     * {@code [[0, -1], [1, 0]]} and decoupled from the rest, so that P rotates that plane by 90 degrees.
     */
    static Rational[][] skew(Random rnd, int d, boolean quarterTurn) {
        Rational[][] k = new Rational[d][];
        for (int i = 0; i < d; i++) {
            k[i] = zeros(d);
        }
        for (int i = 0; i < d - 1; i++) {
            for (int j = i + 1; j < d - 1; j++) {
                if (quarterTurn && (i < 2) != (j < 2)) {
                    continue;
                }
                Rational x = quarterTurn && i == 0 && j == 1 ? Rational.MINUS_ONE : Rational.of(rnd.nextInt(9) - 4, 1 + rnd.nextInt(3));
                k[i][j] = x;
                k[j][i] = x.negate();
            }
        }
        if (k[0][1].isZero()) {
            k[0][1] = Rational.ONE;
            k[1][0] = Rational.MINUS_ONE;
        }
        return k;
    }

    /**
     * {@code sign * (I - K)(I + K)^-1} as a PSpec carrying its dense entries, after checking here,
     * with plain loops, that the matrix is orthogonal and not symmetric.
     */
    static PSpec cayley(String kind, Rational[][] k, int sign) {
        DenseOrthogonal q = DenseOrthogonal.cayley(RationalMatrix.of(k));
        int d = k.length;
        Rational[][] m = new Rational[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                m[i][j] = sign > 0 ? q.toMatrix().get(i, j) : q.toMatrix().get(i, j).negate();
            }
        }
        boolean symmetric = true;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                Rational g = Rational.ZERO;
                for (int l = 0; l < d; l++) {
                    g = g.add(m[l][i].multiply(m[l][j]));
                }
                if (!g.equals(i == j ? Rational.ONE : Rational.ZERO)) {
                    throw new AssertionError("Cayley transform not orthogonal at " + i + "," + j);
                }
                symmetric &= m[i][j].equals(m[j][i]);
            }
        }
        if (symmetric) {
            throw new AssertionError("Cayley transform of a nonzero K came out symmetric");
        }
        OrthogonalMap p = sign > 0 ? q : DenseOrthogonal.of(RationalMatrix.of(m));
        return new PSpec(kind, d, null, null, 1, p, m);
    }

    /** Entries {@code c, sign c, c, ...} along each cycle ({@code (Pa)_i = a_pi(i) = sign a_i}); 0 on odd cycles when sign = -1. */
    static Rational[] alongCycles(Random rnd, int[] img, int sign) {
        int d = img.length;
        Rational[] a = new Rational[d];
        for (int i = 0; i < d; i++) {
            if (a[i] != null) {
                continue;
            }
            int len = 1;
            for (int j = img[i]; j != i; j = img[j]) {
                len++;
            }
            Rational c = sign < 0 && len % 2 == 1 ? Rational.ZERO : nonzero(rnd);
            int j = i;
            do {
                a[j] = c;
                c = sign < 0 ? c.negate() : c;
                j = img[j];
            } while (j != i);
        }
        return a;
    }

    /** A random vector that is neither Pa nor -Pa (redrawn until it is; P is never +-I here). */
    private static Rational[] general(Random rnd, PSpec ps) {
        while (true) {
            Rational[] a = new Rational[ps.d()];
            for (int i = 0; i < a.length; i++) {
                a[i] = rational(rnd, 40, 30);
            }
            Rational[] pa = ps.applyIndependently(a);
            boolean sym = true;
            boolean anti = true;
            for (int i = 0; i < a.length; i++) {
                sym &= a[i].equals(pa[i]);
                anti &= a[i].equals(pa[i].negate());
            }
            if (!sym && !anti) {
                return a;
            }
        }
    }

    /**
     * {@code a^T P a = 0} for a permutation: a random a, then the entry j of a cycle of length >= 3
     * solved for: {@code p = R + a_j (a_prev + a_next)} is linear in {@code a_j} (redrawn if the
     * coefficient vanishes); the result is nonzero because a_prev or a_next is.
     */
    private static Rational[] pZeroPermutation(Random rnd, PSpec ps) {
        int[] img = ps.image();
        int d = img.length;
        int j = -1;
        for (int i = 0; i < d && j < 0; i++) {
            if (img[i] != i && img[img[i]] != i) {
                j = i;
            }
        }
        int prev = 0;
        for (int i = 0; i < d; i++) {
            if (img[i] == j) {
                prev = i;
            }
        }
        while (true) {
            Rational[] a = new Rational[d];
            for (int i = 0; i < d; i++) {
                a[i] = rational(rnd, 40, 30);
            }
            Rational coef = a[prev].add(a[img[j]]);
            if (coef.isZero()) {
                continue;
            }
            a[j] = Rational.ZERO;
            Rational rest = Prop41Arbitraries.dot(a, ps.applyIndependently(a));
            a[j] = rest.negate().divide(coef);
            return a;
        }
    }
}
