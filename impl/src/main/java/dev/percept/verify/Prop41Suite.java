package dev.percept.verify;

import dev.percept.check.Progress;
import dev.percept.check.Check;
import dev.percept.exact.Rational;
import dev.percept.spec.Claim;
import dev.percept.spec.Claims;
import dev.percept.spec.KernelUse;
import dev.percept.structured.DenseInvolution;
import dev.percept.structured.PermutationInvolution;
import dev.percept.structured.Prop41;
import dev.percept.structured.StructuredSpectrum;
import dev.percept.structured.SymmetricInvolution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Exact evidence for P41.1-P41.5: built-in instances of every case (zero, symmetric,
 * antisymmetric, general, {@code p = 0}), with involutive permutations and Householder
 * reflections, from d = 1 to d = 10^5, each analysed by {@link Prop41} and certified.
 */
public final class Prop41Suite implements EvidenceSource {

    /** Seed of every built-in instance: the ledger is deterministic. */
    public static final long SEED = 20251211L;

    private static final List<Claim> CLAIMS = List.of(Claims.P41_1, Claims.P41_2, Claims.P41_3, Claims.P41_4, Claims.P41_5);

    /**
     * One named instance. Its P is built (and, for a permutation, checked to be an involution) when
     * the instance is analysed, so that the check of the instance includes that check.
     */
    public static final class Instance {
        final String name;
        final Rational[] a;
        final Supplier<SymmetricInvolution> p;

        Instance(String name, Rational[] a, Supplier<SymmetricInvolution> p) {
            this.name = name;
            this.a = a;
            this.p = p;
        }

        Instance(String name, Rational[] a, SymmetricInvolution p) {
            this(name, a, () -> p);
        }

        /** @return the instance name */
        public String name() {
            return name;
        }

        /** @return analyses the instance */
        public StructuredSpectrum analyze() {
            return Prop41.analyze(a, p.get());
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
            int[] table = Instances.involution(rnd, d);
            PermutationInvolution p = PermutationInvolution.ofOneBased(table);
            Supplier<SymmetricInvolution> checked = () -> PermutationInvolution.ofOneBased(table);
            Rational[] zero = new Rational[d];
            Arrays.fill(zero, Rational.ZERO);
            out.add(new Instance("zero d=" + d, zero, checked));
            Rational[] a = Instances.vector(rnd, d, 1000, 50);
            out.add(new Instance("symmetric d=" + d, Instances.symmetrized(a, p, 1), checked));
            if (d == 1) {
                // The only involutions of R^1 are +1 and -1; a = -Pa needs P = -1.
                DenseInvolution minusOne = DenseInvolution.of(dev.percept.exact.RationalMatrix.of(new Rational[][] {{Rational.MINUS_ONE}}));
                out.add(new Instance("antisymmetric d=1", new Rational[] {Rational.of(-5, 7)}, minusOne));
                continue; // in R^1 every a is +-Pa: there is no general instance
            }
            out.add(new Instance("antisymmetric d=" + d, Instances.symmetrized(a, p, -1), checked));
            for (int k = 0; k < 3; k++) {
                out.add(new Instance("general d=" + d + " #" + k, Instances.vector(rnd, d, 1_000_000_000L, 1000), checked));
            }
        }
        for (int d : new int[] {2, 4, 10, 50}) {
            // p = 0: a = (x, 0, ...) with P swapping 1 and 2, plus zero tail at moved points.
            PermutationInvolution p = PermutationInvolution.swap(d, 1, 2);
            int dim = d;
            Supplier<SymmetricInvolution> checked = () -> PermutationInvolution.swap(dim, 1, 2);
            Rational[] a = new Rational[d];
            Arrays.fill(a, Rational.ZERO);
            a[0] = Instances.rational(rnd, 1000, 30);
            if (a[0].isZero()) {
                a[0] = Rational.ONE;
            }
            out.add(new Instance("p=0 d=" + d, a, checked));
            Rational[] b = a.clone();
            b[1] = b[0];
            b[0] = Rational.ZERO;
            if (d >= 3) {
                b[2] = Rational.of(7, 3);
            }
            // b = (0, x, 7/3, 0..): Pb = (x, 0, 7/3, ..) so p = 49/9, a different general instance.
            out.add(new Instance("fixed-point mix d=" + d, b, checked));
        }
        for (int d : new int[] {2, 3, 5, 12, 30}) {
            Rational[] v = Instances.vector(rnd, d, 20, 5);
            if (Arrays.stream(v).allMatch(Rational::isZero)) {
                v[0] = Rational.ONE;
            }
            DenseInvolution h = DenseInvolution.householder(v);
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
            int[] table = Instances.involution(rnd, d);
            PermutationInvolution p = PermutationInvolution.ofOneBased(table);
            Supplier<SymmetricInvolution> checked = () -> PermutationInvolution.ofOneBased(table);
            out.add(new Instance("general d=" + d, Instances.vector(rnd, d, 1_000_000_000L, 1000), checked));
            if (d <= 10_000) {
                Rational[] a = Instances.vector(rnd, d, 1000, 50);
                out.add(new Instance("symmetric d=" + d, Instances.symmetrized(a, p, 1), checked));
                out.add(new Instance("antisymmetric d=" + d, Instances.symmetrized(a, p, -1), checked));
            }
        }
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
            KernelUse.Captured<List<Check>> c = KernelUse.capture(() -> expectedCase(in.name, in.analyze()));
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
    static List<Check> expectedCase(String name, StructuredSpectrum s) {
        List<Check> out = new ArrayList<>(s.checks());
        String label = name.split(" ")[0];
        String want = label.equals("householder") ? name.split(" ")[1] : label;
        if (want.equals("p=0") || want.equals("fixed-point")) {
            want = "general";
        }
        boolean ok = s.kase().label().equals(want);
        out.add(new Check(s.kase().claim().id(), "built as " + want, ok, "classified as " + s.kase().label()));
        return out;
    }
}
