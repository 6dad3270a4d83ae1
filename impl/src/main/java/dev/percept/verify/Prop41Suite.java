package dev.percept.verify;

import dev.percept.check.Progress;
import dev.percept.check.Check;
import dev.percept.exact.Rational;
import dev.percept.spec.Claim;
import dev.percept.spec.Claims;
import dev.percept.spec.KernelUse;
import dev.percept.structured.DenseOrthogonal;
import dev.percept.structured.Permutation;
import dev.percept.structured.Prop41;
import dev.percept.structured.StructuredSpectrum;
import dev.percept.structured.OrthogonalMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Exact evidence for P41.1-P41.5: built-in instances of every case (zero, symmetric,
 * antisymmetric, general, {@code p = 0}) with every kind of orthogonal P: involutive
 * permutations, single long cycles, mixed cycle types with fixed points, Householder reflections
 * (symmetric) and Cayley transforms (not symmetric), from d = 1 to d = 10^5, each analysed by
 * {@link Prop41} and certified.
 */
public final class Prop41Suite implements EvidenceSource {

    /** Seed of every built-in instance: the ledger is deterministic. */
    public static final long SEED = 20251211L;

    private static final List<Claim> CLAIMS = List.of(Claims.P41_1, Claims.P41_2, Claims.P41_3, Claims.P41_4, Claims.P41_5);

    /** One named instance. */
    public static final class Instance {
        final String name;
        final String intended;
        final Rational[] a;
        final OrthogonalMap p;

        /** An instance whose name starts with its intended case ({@code zero}, {@code symmetric}, ...). */
        Instance(String name, Rational[] a, OrthogonalMap p) {
            this(name, intendedFromName(name), a, p);
        }

        Instance(String name, String intended, Rational[] a, OrthogonalMap p) {
            this.name = name;
            this.intended = intended;
            this.a = a;
            this.p = p;
        }

        private static String intendedFromName(String name) {
            String label = name.split(" ")[0];
            String want = label.equals("householder") ? name.split(" ")[1] : label;
            return want.equals("p=0") || want.equals("fixed-point") ? "general" : want;
        }

        /** @return the instance name */
        public String name() {
            return name;
        }

        /**
         * Analyses the instance. A permutation P is built again from its table first, so that the
         * check of the instance includes the check that P is a bijection (the instances share their
         * P objects, built once when the list is made).
         */
        public StructuredSpectrum analyze() {
            OrthogonalMap q = p instanceof Permutation perm ? Permutation.ofOneBased(perm.oneBased()) : p;
            return Prop41.analyze(a, q);
        }
    }

    @Override
    public String name() {
        return "Proposition 4.1 instances";
    }

    @Override
    public int rank() {
        return 10;
    }

    /** @return the built-in instances, deterministic */
    public static List<Instance> instances() {
        Random rnd = new Random(SEED);
        List<Instance> out = new ArrayList<>();
        int[] small = {1, 2, 3, 4, 5, 8, 13, 21, 40, 60};
        for (int d : small) {
            Permutation p = Permutation.ofOneBased(Instances.involution(rnd, d));
            Rational[] zero = new Rational[d];
            Arrays.fill(zero, Rational.ZERO);
            out.add(new Instance("zero d=" + d, zero, p));
            Rational[] a = Instances.vector(rnd, d, 1000, 50);
            out.add(new Instance("symmetric d=" + d, Instances.symmetrized(a, p, 1), p));
            if (d == 1) {
                // The only involutions of R^1 are +1 and -1; a = -Pa needs P = -1.
                DenseOrthogonal minusOne = DenseOrthogonal.of(dev.percept.exact.RationalMatrix.of(new Rational[][] {{Rational.MINUS_ONE}}));
                out.add(new Instance("antisymmetric d=1", new Rational[] {Rational.of(-5, 7)}, minusOne));
                continue; // in R^1 every a is +-Pa: there is no general instance
            }
            out.add(new Instance("antisymmetric d=" + d, Instances.symmetrized(a, p, -1), p));
            for (int k = 0; k < 3; k++) {
                out.add(new Instance("general d=" + d + " #" + k, Instances.vector(rnd, d, 1_000_000_000L, 1000), p));
            }
        }
        for (int d : new int[] {2, 4, 10, 50}) {
            // p = 0: a = (x, 0, ...) with P swapping 1 and 2, plus zero tail at moved points.
            Permutation p = Permutation.swap(d, 1, 2);
            Rational[] a = new Rational[d];
            Arrays.fill(a, Rational.ZERO);
            a[0] = Instances.rational(rnd, 1000, 30);
            if (a[0].isZero()) {
                a[0] = Rational.ONE;
            }
            out.add(new Instance("p=0 d=" + d, a, p));
            Rational[] b = a.clone();
            b[1] = b[0];
            b[0] = Rational.ZERO;
            if (d >= 3) {
                b[2] = Rational.of(7, 3);
            }
            // b = (0, x, 7/3, 0..): Pb = (x, 0, 7/3, ..) so p = 49/9, a different general instance.
            out.add(new Instance("fixed-point mix d=" + d, b, p));
        }
        for (int d : new int[] {2, 3, 5, 12, 30}) {
            Rational[] v = Instances.vector(rnd, d, 20, 5);
            if (Arrays.stream(v).allMatch(Rational::isZero)) {
                v[0] = Rational.ONE;
            }
            DenseOrthogonal h = DenseOrthogonal.householder(v);
            out.add(new Instance("householder general d=" + d, Instances.vector(rnd, d, 1000, 30), h));
            out.add(new Instance("householder antisymmetric d=" + d, v, h)); // Hv = -v
            if (d >= 2) {
                // w orthogonal to v: Hw = w.
                Rational[] w = new Rational[d];
                Arrays.fill(w, Rational.ZERO);
                w[0] = v[1].negate();
                w[1] = v[0];
                if (!(w[0].isZero() && w[1].isZero())) {
                    out.add(new Instance("householder symmetric d=" + d, w, h));
                }
            }
        }
        for (int d : new int[] {1000, 10_000, 100_000}) {
            Permutation p = Permutation.ofOneBased(Instances.involution(rnd, d));
            out.add(new Instance("general d=" + d, Instances.vector(rnd, d, 1_000_000_000L, 1000), p));
            if (d <= 10_000) {
                Rational[] a = Instances.vector(rnd, d, 1000, 50);
                out.add(new Instance("symmetric d=" + d, Instances.symmetrized(a, p, 1), p));
                out.add(new Instance("antisymmetric d=" + d, Instances.symmetrized(a, p, -1), p));
            }
        }
        out.addAll(beyondInvolutions());
        return out;
    }

    /**
     * Instances whose P is not an involution (so neither {@code P = P^T} nor {@code P^2 = I}):
     * single long cycles, mixed cycle types with fixed points, Cayley transforms and their
     * negatives; every case on purpose. A separate seed keeps the instances above unchanged.
     */
    static List<Instance> beyondInvolutions() {
        Random rnd = new Random(SEED + 11);
        List<Instance> out = new ArrayList<>();
        out.add(new Instance("issue 11 example a = (1,2,3), P = (1 2 3)", "general",
                new Rational[] {Rational.of(1), Rational.of(2), Rational.of(3)}, Permutation.ofOneBased(new int[] {2, 3, 1})));
        for (int d : new int[] {3, 4, 5, 7, 12, 40, 60}) {
            Permutation p = Permutation.ofOneBased(Instances.longCycle(d));
            addFixedUnder(out, rnd, "cycle", d, p);
        }
        for (int d : new int[] {6, 9, 13, 30, 60}) {
            Permutation p = Permutation.ofOneBased(Instances.mixedCycles(rnd, d));
            addFixedUnder(out, rnd, "cycles+fixed", d, p);
            // p = 0 on one 3-cycle: a = (1, 1, -1/2) on (i j k) gives p = 1 - 1/2 - 1/2 = 0.
            Permutation c3 = Permutation.ofOneBased(Instances.longCycle(3));
            Rational[] a = new Rational[d];
            Arrays.fill(a, Rational.ZERO);
            a[0] = Rational.ONE;
            a[1] = Rational.ONE;
            a[2] = Rational.of(-1, 2);
            int[] img = new int[d];
            for (int i = 0; i < d; i++) {
                img[i] = i < 3 ? c3.image(i) + 1 : i + 1;
            }
            out.add(new Instance("p=0 on a 3-cycle d=" + d, "general", a, Permutation.ofOneBased(img)));
        }
        for (int d : new int[] {2, 3, 5, 8, 12}) {
            int kernel = d >= 3 ? 1 : 0;
            DenseOrthogonal q = Instances.cayley(rnd, d, kernel);
            DenseOrthogonal minus = DenseOrthogonal.of(q.toMatrix().scale(Rational.MINUS_ONE));
            for (int k = 0; k < 2; k++) {
                out.add(new Instance("general cayley d=" + d + " #" + k, "general", Instances.vector(rnd, d, 1000, 30), q));
            }
            if (kernel > 0) {
                // The Cayley transform fixes the last coordinate: e_d is symmetric under it, antisymmetric under its negative.
                Rational[] e = new Rational[d];
                Arrays.fill(e, Rational.ZERO);
                e[d - 1] = Instances.rational(rnd, 1000, 30).add(Rational.of(1001));
                out.add(new Instance("symmetric cayley d=" + d, "symmetric", e, q));
                out.add(new Instance("antisymmetric -cayley d=" + d, "antisymmetric", e, minus));
                out.add(new Instance("general -cayley d=" + d, "general", Instances.vector(rnd, d, 1000, 30), minus));
            }
        }
        for (int d : new int[] {1000, 10_000, 100_000}) {
            Permutation p = Permutation.ofOneBased(Instances.longCycle(d));
            out.add(new Instance("general cycle d=" + d, "general", Instances.vector(rnd, d, 1_000_000_000L, 1000), p));
            if (d <= 10_000) {
                out.add(new Instance("symmetric cycle d=" + d, "symmetric", Instances.fixedUnder(rnd, p, 1, 1000, 50), p));
                out.add(new Instance("antisymmetric cycle d=" + d, "antisymmetric", Instances.fixedUnder(rnd, p, -1, 1000, 50), p));
            }
        }
        return out;
    }

    /** Zero, symmetric, antisymmetric (when nonzero is possible) and two general instances for P. */
    private static void addFixedUnder(List<Instance> out, Random rnd, String kind, int d, Permutation p) {
        Rational[] zero = new Rational[d];
        Arrays.fill(zero, Rational.ZERO);
        out.add(new Instance("zero " + kind + " d=" + d, "zero", zero, p));
        out.add(new Instance("symmetric " + kind + " d=" + d, "symmetric", Instances.fixedUnder(rnd, p, 1, 1000, 50), p));
        Rational[] anti = Instances.fixedUnder(rnd, p, -1, 1000, 50);
        if (!Arrays.stream(anti).allMatch(Rational::isZero)) {
            out.add(new Instance("antisymmetric " + kind + " d=" + d, "antisymmetric", anti, p));
        }
        for (int k = 0; k < 2; k++) {
            out.add(new Instance("general " + kind + " d=" + d + " #" + k, "general", Instances.vector(rnd, d, 1_000_000_000L, 1000), p));
        }
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
            KernelUse.Captured<List<Check>> c = KernelUse.capture(() -> expectedCase(in, in.analyze()));
            checks.add(c.value());
            sites.add(c.sites());
            names.add(in.name);
        }
        progress.update(name(), inst.size(), inst.size());
        return ClaimResult.fold(CLAIMS, checks, names, sites, "exact", "percept");
    }

    /**
     * The instance's certificates, plus a check that the case matches the one the instance was
     * built for (so a misclassification cannot pass as another case's evidence).
     */
    static List<Check> expectedCase(Instance in, StructuredSpectrum s) {
        List<Check> out = new ArrayList<>(s.checks());
        String want = in.intended;
        boolean ok = s.kase().label().equals(want);
        out.add(new Check(s.kase().claim().id(), "built as " + want, ok, "classified as " + s.kase().label()));
        return out;
    }
}
