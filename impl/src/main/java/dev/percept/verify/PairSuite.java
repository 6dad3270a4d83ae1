package dev.percept.verify;

import dev.percept.check.Check;
import dev.percept.check.Progress;
import dev.percept.dynamics.Activation;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.UnitModel;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.spec.Claim;
import dev.percept.spec.Claims;
import dev.percept.spec.KernelUse;
import dev.percept.structured.DenseLinearMap;
import dev.percept.structured.DenseOrthogonal;
import dev.percept.structured.GeneralPair;
import dev.percept.structured.OrthogonalMap;
import dev.percept.structured.PairSpectrum;
import dev.percept.structured.Permutation;
import dev.percept.structured.Prop41;
import dev.percept.structured.StructuredMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Exact evidence for P41.G (the general pair {@code M(a, b)}): built-in instances of every case
 * and every coincidence ({@code a = b = 0}; {@code b = 0}, {@code a = 0}, {@code b} parallel to
 * {@code a}; {@code a ⟂ b} with equal norms; {@code p = 0} with unequal norms; {@code t = s} with
 * {@code b != ±Pa}; {@code D} a perfect square with {@code p != 0}; nested radicals), d = 1 to
 * 10^5, each analysed by {@link GeneralPair} and certified; for {@code b = Pa} with P a long cycle,
 * a mixed permutation, an involution, a Householder reflection and a Cayley transform, the
 * P41.G spectrum is also compared with Proposition 4.1's; and for tied models with a non-orthogonal
 * Q, the gradient on the identity pattern is checked to be {@code M(y x, Q y x) theta}.
 */
public final class PairSuite implements EvidenceSource {

    /** Seed of every built-in instance: the ledger is deterministic. */
    public static final long SEED = 20251211L + 41;

    private static final List<Claim> CLAIMS = List.of(Claims.P41_G);

    /** One named instance: a, b and the case it was built for. */
    public static final class Instance {
        final String name;
        final String intended;
        final Rational[] a;
        final Rational[] b;
        final OrthogonalMap p;

        Instance(String name, String intended, Rational[] a, Rational[] b, OrthogonalMap p) {
            this.name = name;
            this.intended = intended;
            this.a = a;
            this.b = b;
            this.p = p;
        }

        /** @return the instance name */
        public String name() {
            return name;
        }

        /** @return the checks of this instance: the certificates, the intended case, and the agreement with Prop 4.1 when b = Pa */
        public List<Check> checks() {
            PairSpectrum g = GeneralPair.analyze(a, b);
            List<Check> out = new ArrayList<>(g.checks());
            out.add(new Check(Claims.P41_G.id(), "built as " + intended, g.kase().label().equals(intended),
                    "classified as " + g.kase().label()));
            if (p != null) {
                out.add(GeneralPair.agreesWithProp41(g, Prop41.analyze(StructuredMatrix.of(a, p), Prop41.DEFAULT_DENSE_LIMIT)));
            }
            return out;
        }
    }

    @Override
    public String name() {
        return "general pair instances";
    }

    @Override
    public int rank() {
        return 11;
    }

    /** A nonzero random vector. */
    private static Rational[] nonzero(Random rnd, int d, long maxNum, int maxDen) {
        Rational[] v = Instances.vector(rnd, d, maxNum, maxDen);
        if (Arrays.stream(v).allMatch(Rational::isZero)) {
            v[0] = Rational.ONE;
        }
        return v;
    }

    /** @return the built-in instances, deterministic */
    public static List<Instance> instances() {
        Random rnd = new Random(SEED);
        List<Instance> out = new ArrayList<>();
        for (int d : new int[] {1, 3, 50}) {
            out.add(new Instance("a = b = 0, d=" + d, "zero", Instances.zeros(d), Instances.zeros(d), null));
        }
        for (int d : new int[] {1, 2, 4, 60}) {
            Rational[] a = nonzero(rnd, d, 1000, 30);
            out.add(new Instance("b = 0, d=" + d, "rank one", a, Instances.zeros(d), null));
            out.add(new Instance("a = 0, d=" + d, "rank one", Instances.zeros(d), a, null));
            out.add(new Instance("b = -3/2 a, d=" + d, "rank one", a, Instances.scaled(a, Rational.of(-3, 2)), null));
            out.add(new Instance("b = a, d=" + d, "rank one", a, a.clone(), null));
        }
        out.add(new Instance("d = 1 (always dependent)", "rank one", Instances.integers(-7), new Rational[] {Rational.of(5, 3)}, null));
        for (int d : new int[] {2, 5, 40}) {
            // a = (x, y, z..), b = (-y, x, 0..) rotated in the first plane, z.. chosen so that ||b|| = ||a||: keep z = 0.
            Rational[] a = Instances.zeros(d);
            Rational[] b = Instances.zeros(d);
            a[0] = Instances.rational(rnd, 1000, 30).add(Rational.of(1001));
            a[1] = Instances.rational(rnd, 1000, 30);
            b[0] = a[1].negate();
            b[1] = a[0];
            out.add(new Instance("a orthogonal to b, ||a|| = ||b||, d=" + d, "double", a, b, null));
        }
        for (int d : new int[] {2, 3, 7}) {
            Rational[] a = Instances.zeros(d);
            Rational[] b = Instances.zeros(d);
            a[0] = Rational.of(3);
            b[1] = Rational.of(5, 2);
            if (d >= 3) {
                b[2] = Rational.of(-1, 7);
            }
            out.add(new Instance("p = 0, ||a|| != ||b||, d=" + d, "general", a, b, null));
        }
        out.add(new Instance("D = 169 a perfect square with p != 0", "general", Instances.integers(-3, -3, -3), Instances.integers(-3, -2, 3), null));
        out.add(new Instance("t = s, b != +-Pa for a permutation: a = (1,2,2), b = (3,0,0)", "general", Instances.integers(1, 2, 2), Instances.integers(3, 0, 0), null));
        for (int d : new int[] {2, 3, 5, 8, 13, 60}) {
            for (int k = 0; k < 3; k++) {
                out.add(new Instance("general d=" + d + " #" + k, "general", Instances.vector(rnd, d, 1_000_000_000L, 1000),
                        Instances.vector(rnd, d, 1_000_000_000L, 1000), null));
            }
        }
        for (int d : new int[] {1000, 10_000}) {
            out.add(new Instance("general d=" + d, "general", Instances.vector(rnd, d, 1_000_000_000L, 1000),
                    Instances.vector(rnd, d, 1_000_000_000L, 1000), null));
        }
        // d = 10^5 with denominators 1..10: the eigenvectors of a nested-radical pair carry numbers of the
        // size of the Gram entries times a's (4400 bits with denominators 1..1000, ~10 s here), which the
        // d = 10^4 instance above already exercises; this one exercises the length.
        out.add(new Instance("general d=100000 (denominators 1..10)", "general", Instances.vector(rnd, 100_000, 1_000_000L, 10),
                Instances.vector(rnd, 100_000, 1_000_000L, 10), null));
        // b = Pa: the reduction to Proposition 4.1, for several kinds of P and every case.
        List<OrthogonalMap> ps = new ArrayList<>();
        ps.add(Permutation.ofOneBased(Instances.longCycle(7)));
        ps.add(Permutation.ofOneBased(Instances.mixedCycles(rnd, 7)));
        ps.add(Permutation.ofOneBased(Instances.involution(rnd, 7)));
        ps.add(DenseOrthogonal.householder(Instances.integers(1, -2, 0, 3, 1, 0, 2)));
        ps.add(Instances.cayley(rnd, 7, 1));
        for (OrthogonalMap p : ps) {
            String kind = p.describe();
            out.add(new Instance("b = Pa, a = 0, P " + kind, "zero", Instances.zeros(7), Instances.zeros(7), p));
            Rational[] g = Instances.vector(rnd, 7, 1000, 30);
            out.add(new Instance("b = Pa, general a, P " + kind, "general", g, p.apply(g), p));
            Rational[] fixed;
            if (p instanceof Permutation) {
                fixed = Instances.fixedUnder(rnd, (Permutation) p, 1, 1000, 30);
            } else {
                // e_7 is fixed by the Cayley transform (K acts on the first 6 coordinates); (2, 1, 0, ..)
                // is orthogonal to the Householder vector (1, -2, 0, 3, 1, 0, 2), hence fixed by the reflection.
                fixed = Instances.zeros(7);
                fixed[6] = Rational.of(5, 3);
                if (!Arrays.equals(p.apply(fixed), fixed)) {
                    fixed = Instances.zeros(7);
                    fixed[0] = Rational.TWO;
                    fixed[1] = Rational.ONE;
                }
            }
            out.add(new Instance("b = Pa, a = Pa, P " + kind, "rank one", fixed, p.apply(fixed), p));
        }
        return out;
    }

    /**
     * The tied model {@code f = u1 phi(w^T x) + u2 phi(w^T Q x)} with a non-orthogonal Q on the
     * identity pattern: {@code y grad f(theta) = M(y x, Q y x) theta} for every point, and the
     * step matrix {@code sum_i c_i A_i} is the general pair {@code M(b1, b2)} whose P41.G spectrum
     * certifies. Returns one check list per point.
     */
    static List<List<Check>> tiedModelChecks(Random rnd) {
        List<List<Check>> out = new ArrayList<>();
        int d = 4;
        Rational[][] q = new Rational[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                q[i][j] = Rational.of(rnd.nextInt(9) - 4, 1 + rnd.nextInt(3));
            }
        }
        DenseLinearMap map = DenseLinearMap.of(RationalMatrix.of(q));
        UnitModel m = UnitModel.tied(map, Activation.IDENTITY);
        Rational[][] x = {Instances.vector(rnd, d, 5, 3), Instances.vector(rnd, d, 5, 3), Instances.vector(rnd, d, 5, 3)};
        int[] y = {1, -1, 1};
        Dataset data = new Dataset("tied-Q", x, y);
        Rational[] theta = Instances.vector(rnd, d + 2, 4, 3);
        Rational[] c = new Rational[data.n()];
        for (int i = 0; i < data.n(); i++) {
            Rational[] a = Instances.scaled(x[i], Rational.of(y[i]));
            Rational[] grad = m.signedGradient(theta, data, i);
            Rational[] viaPair = StructuredMatrix.pair(a, map.apply(a)).toDense().apply(theta);
            List<Check> ch = new ArrayList<>();
            ch.add(new Check(Claims.P41_G.id(), "tied model with Q: y grad f = M(y x, Q y x) theta", Arrays.equals(grad, viaPair),
                    "point " + (i + 1) + ", Q " + map.describe()));
            out.add(ch);
            c[i] = Rational.of(i + 1, 2);
        }
        dev.percept.dynamics.PatternMatrix a = m.patternMatrix(theta, data, c);
        PairSpectrum g = GeneralPair.analyze(a.coupling(0), a.coupling(1));
        List<Check> ch = new ArrayList<>(g.checks());
        ch.add(new Check(Claims.P41_G.id(), "tied model with Q: sum c_i A_i = M(b1, b2)",
                a.toDense().equals(StructuredMatrix.pair(a.coupling(0), a.coupling(1)).toDense()), "Q " + map.describe()));
        out.add(ch);
        return out;
    }

    @Override
    public List<ClaimResult> run(Progress progress) {
        List<Instance> inst = instances();
        List<List<Check>> checks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Set<KernelUse.Site>> sites = new ArrayList<>();
        for (int i = 0; i < inst.size(); i++) {
            progress.update(name(), i, inst.size());
            Instance in = inst.get(i);
            KernelUse.Captured<List<Check>> c = KernelUse.capture(in::checks);
            checks.add(c.value());
            sites.add(c.sites());
            names.add(in.name);
        }
        KernelUse.Captured<List<List<Check>>> tied = KernelUse.capture(() -> tiedModelChecks(new Random(SEED + 1)));
        for (int i = 0; i < tied.value().size(); i++) {
            checks.add(tied.value().get(i));
            sites.add(tied.sites());
            names.add("tied model with a non-orthogonal Q, " + (i < tied.value().size() - 1 ? "point " + (i + 1) : "step matrix"));
        }
        progress.update(name(), inst.size(), inst.size());
        return ClaimResult.fold(CLAIMS, checks, names, sites, "exact", "percept");
    }
}
