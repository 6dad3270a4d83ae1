package dev.percept.verify;

import dev.percept.check.Check;
import dev.percept.check.Progress;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.Perceptron;
import dev.percept.dynamics.Reduction;
import dev.percept.model.TieMode;
import dev.percept.dynamics.UnitModel;
import dev.percept.dynamics.Vec;
import dev.percept.exact.Rational;
import dev.percept.minimal.MainBound;
import dev.percept.minimal.MainBound.Evaluation;
import dev.percept.minimal.MainBound.Option;
import dev.percept.minimal.MainBoundAlongGd;
import dev.percept.minimal.MainBoundCounterexamples;
import dev.percept.minimal.MinimalFamily;
import dev.percept.minimal.Starts;
import dev.percept.spec.Claim;
import dev.percept.spec.Claims;
import dev.percept.spec.KernelUse;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.EnumSet;
import java.util.Set;

/**
 * Evidence for the main-bound step (L2, L2.A1, L2.B) and its weakest hypotheses (L2.H) in
 * {@code percept verify} (spec/main-bound.md):
 * <ul>
 * <li>exact instances on members of the minimal family (d = 3 .. 10^5, several mu), each option, with
 *     the step at the condition's edge rounded down, the perceptron's {@code 1/ceil(Lambda)}, a tiny
 *     step and 0; {@code s} from 10^-9 to 10^9; theta random, in the kernel, along {@code vmu+-},
 *     along {@code e_1}; xi zero, tiny or of order one. Every instance whose hypotheses hold must
 *     satisfy the bound, decided exactly; the Parseval bracket must equal the fragment's sum over the
 *     certified eigenpairs (d &lt;= 60), and {@code vmu+-}, {@code wmu+-} must be the unit eigenvectors
 *     the bracket assumes;</li>
 * <li>L2.H: the same with steps beyond the fragment's condition but within the sharp one, the
 *     recorded counterexamples (each hypothesis dropped) and counterexamples just beyond the sharp
 *     constants on other members;</li>
 * <li>certified: the bound at every step of enclosed logistic GD runs on the family where the
 *     perceptron's option has its hypotheses (adversarial start, d = 16 and 64).</li>
 * </ul>
 */
public final class MainBoundSuite implements EvidenceSource {

    private static final long SEED = 20251213L;
    private static final List<Claim> CLAIMS = List.of(Claims.L2, Claims.L2_A1, Claims.L2_B, Claims.L2_H);
    private static final Rational[] S_VALUES = {Rational.of(BigInteger.ONE, BigInteger.TEN.pow(9)), Rational.of(1, 100), Rational.ONE,
        Rational.of(100), Rational.of(BigInteger.TEN.pow(9))};

    @Override
    public String name() {
        return "main-bound step (L2)";
    }

    @Override
    public int rank() {
        return 45;
    }

    @Override
    public List<ClaimResult> run(Progress progress) {
        List<ClaimResult> out = new ArrayList<>(exactInstances(progress));
        out.addAll(alongGd(progress));
        return out;
    }

    /** The family members of the exact instances. */
    static List<MinimalFamily> members() {
        return List.of(MinimalFamily.of(3, Rational.ONE), MinimalFamily.of(4, Rational.ONE), MinimalFamily.of(5, Rational.of(1, 2)),
                MinimalFamily.of(8, Rational.of(3)), MinimalFamily.of(16, Rational.of(7, 3)), MinimalFamily.of(60, Rational.ONE),
                MinimalFamily.of(1000, Rational.of(2, 5)), MinimalFamily.of(4096, Rational.ONE));
    }

    private List<ClaimResult> exactInstances(Progress progress) {
        Random rnd = new Random(SEED);
        List<List<Check>> checks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        // The proved kernels each instance's check executes (KernelUse), one set per entry of checks.
        List<Set<KernelUse.Site>> sites = new ArrayList<>();
        List<MinimalFamily> fams = members();
        int done = 0;
        for (MinimalFamily f : fams) {
            progress.update(name(), done++, fams.size() + 1);
            int d = f.d();
            for (Option o : Option.values()) {
                String where = "d=" + d + " mu=" + f.mu() + " " + o.label();
                KernelUse.Captured<List<Check>> st = KernelUse.capture(() -> structure(f, o));
                checks.add(st.value());
                sites.add(st.sites());
                names.add(where + " eigenvectors");
                BigInteger den = BigInteger.TEN.pow(6);
                Rational edge = MainBound.edgeStep(f, o, den, false);
                Rational sharpEdge = MainBound.edgeStep(f, o, den, true);
                Rational ceil = Rational.of(BigInteger.ONE, MinimalFamily.ceilSqrt(MainBound.lambdaSquared(f, o)));
                List<Rational> gammas = List.of(edge, ceil, ceil.multiply(Rational.of(1, 1000)), Rational.ZERO,
                        edge.add(sharpEdge).multiply(Rational.of(1, 2)), sharpEdge);
                List<Rational[]> thetas = thetas(f, rnd);
                List<Rational[]> xis = List.of(zeros(d + 2), random(f, rnd, Rational.of(1, 1_000_000)), random(f, rnd, Rational.ONE));
                if (d > 60) {
                    // Large d: the step's edges only, a few vectors (an exact evaluation is O(d) rational operations).
                    gammas = List.of(edge, sharpEdge);
                    thetas = thetas.subList(thetas.size() - 5, thetas.size() - 1);
                    xis = xis.subList(0, 2);
                    if (d > 10_000) {
                        gammas = List.of(edge);
                        thetas = List.of(thetas.get(0), thetas.get(2));
                        xis = List.<Rational[]>of(random(f, rnd, Rational.ONE));
                    }
                }
                var a = MainBound.matrix(f, o);
                int k = 0;
                int literal = 0;
                for (Rational g : gammas) {
                    for (Rational[] th : thetas) {
                        for (Rational[] xi : xis) {
                            Rational s = S_VALUES[k++ % S_VALUES.length];
                            KernelUse.Captured<Evaluation> ce = KernelUse.capture(() -> MainBound.evaluate(f, o, a, g, s, th, xi));
                            Evaluation e = ce.value();
                            Set<KernelUse.Site> used = EnumSet.noneOf(KernelUse.Site.class);
                            used.addAll(ce.sites());
                            if (!e.hypotheses().weakest()) {
                                continue;
                            }
                            String claim = e.hypotheses().fragment() ? o.claim() : Claims.L2_H.id();
                            List<Check> cs = new ArrayList<>();
                            cs.add(new Check(claim, "bound holds", e.holds(), e.describe()));
                            // The literal bracket needs the certified spectrum and O(d) surd arithmetic: a few per option and member.
                            if (d <= 60 && literal++ < 4) {
                                KernelUse.Captured<Rational> cl = KernelUse.capture(() -> MainBound.bracketFromSpectrum(f, o, g, th));
                                Rational lit = cl.value();
                                used.addAll(cl.sites());
                                cs.add(new Check(claim, "bracket = fragment's eigen-coordinate sum", lit.equals(e.bracket()),
                                        "Parseval " + e.bracket() + ", eigenpairs " + lit));
                            }
                            checks.add(cs);
                            sites.add(used);
                            names.add(where + " gamma=" + g + " s=" + s);
                        }
                    }
                }
            }
        }
        progress.update(name(), fams.size(), fams.size() + 1);
        for (MainBoundCounterexamples.Counterexample c : MainBoundCounterexamples.standard()) {
            KernelUse.Captured<Check> cc = KernelUse.capture(c::check);
            checks.add(List.of(cc.value()));
            sites.add(cc.sites());
            names.add("recorded counterexample");
        }
        // Just beyond the sharp constants on other members: gamma = the sharp edge + 1/10^4.
        for (MinimalFamily f : List.of(MinimalFamily.of(3, Rational.ONE), MinimalFamily.of(8, Rational.of(1, 2)),
                MinimalFamily.of(33, Rational.of(5, 2)))) {
            for (Option o : Option.values()) {
                Rational g = MainBound.edgeStep(f, o, BigInteger.TEN.pow(4), true).add(Rational.of(1, 10_000));
                KernelUse.Captured<Check> cb = KernelUse.capture(() -> {
                    Optional<MainBoundCounterexamples.Counterexample> c = MainBoundCounterexamples.beyondSharpStep(f, o, g);
                    return c.map(MainBoundCounterexamples.Counterexample::check).orElse(new Check(Claims.L2_H.id(),
                            o.claim() + " just beyond the sharp step", false, "no counterexample constructed at gamma = " + g));
                });
                checks.add(List.of(cb.value()));
                sites.add(cb.sites());
                names.add("d=" + f.d() + " mu=" + f.mu() + " " + o.label() + " beyond the sharp step");
            }
        }
        progress.update(name(), fams.size() + 1, fams.size() + 1);
        return ClaimResult.fold(CLAIMS, checks, names, sites, "exact", "percept");
    }

    /**
     * The eigenvectors the Parseval bracket assumes: {@code vmu+-} unit with {@code A2 vmu+- = +-mu vmu+-},
     * {@code A1 vmu+- = 0} (C3), and for the brake also {@code wmu+-} unit with eigenvalues {@code +-mu}.
     */
    private static List<Check> structure(MinimalFamily f, Option o) {
        int d = f.d();
        List<Check> cs = new ArrayList<>();
        Rational[] vp = MainBound.vmuPlus(d);
        Rational[] vm = MainBound.vmuMinus(d);
        var a = MainBound.matrix(f, o);
        Rational m = o == Option.A1 ? Rational.ZERO : f.mu();
        boolean ok = Vec.normSquared(vp).equals(Rational.ONE) && Vec.normSquared(vm).equals(Rational.ONE)
                && Arrays.equals(a.apply(vp), Vec.scale(m, vp)) && Arrays.equals(a.apply(vm), Vec.scale(m.negate(), vm));
        if (o == Option.BRAKE) {
            for (int sg : new int[] {1, -1}) {
                Rational[] w = MainBound.wmu(d, sg);
                ok &= Vec.normSquared(w).equals(Rational.ONE) && Arrays.equals(a.apply(w), Vec.scale(f.mu().multiply(Rational.of(sg)), w));
            }
        }
        cs.add(new Check(o.claim(), "vmu+- (and wmu+- for the brake) are the unit eigenvectors for " + (o == Option.A1 ? "0" : "+-mu"), ok,
                "A = " + o.label() + ", d = " + d));
        return cs;
    }

    /** Test vectors theta: random (dense for d <= 60, else sparse), in ker A2, along vmu+ and vmu-, along e_u1, nearly v2-. */
    private static List<Rational[]> thetas(MinimalFamily f, Random rnd) {
        int d = f.d();
        List<Rational[]> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            out.add(random(f, rnd, Rational.ONE));
        }
        Rational[] ker = MainBound.kernelVector(f);
        out.add(ker);
        out.add(Vec.axpy(MainBound.vmuPlus(d), Rational.of(1, 3), ker));
        out.add(Vec.axpy(MainBound.vmuMinus(d), Rational.of(1, 7), MainBound.vmuPlus(d)));
        Rational[] e1 = zeros(d + 2);
        e1[0] = Rational.MINUS_ONE;
        out.add(e1);
        return out;
    }

    private static Rational[] random(MinimalFamily f, Random rnd, Rational scale) {
        int n = f.d() + 2;
        Rational[] v = zeros(n);
        int dense = Math.min(n, 62);
        for (int i = 0; i < dense; i++) {
            int idx = n <= 62 ? i : (i < 6 ? i : 6 + rnd.nextInt(n - 6));
            v[idx] = Rational.of(rnd.nextInt(19) - 9, 1 + rnd.nextInt(5)).multiply(scale);
        }
        return v;
    }

    private static Rational[] zeros(int n) {
        return Vec.zeros(n);
    }

    /**
     * The bound at every step of enclosed logistic GD runs on the family (tied model, identity
     * activation, per-point step {@code eta = 1/ceil(lambda2)}, start {@code scale (vmu- + g/100)}):
     * wherever the perceptron's option at the GD iterate has its hypotheses, the certified verdict
     * must be {@code holds}.
     */
    private List<ClaimResult> alongGd(Progress progress) {
        Map<String, List<Check>> byClaim = new LinkedHashMap<>();
        int steps = 0;
        int[][] runs = {{16, 10}, {16, 100}, {64, 10}};
        for (int r = 0; r < runs.length; r++) {
            progress.update(name() + " along GD", r, runs.length);
            MinimalFamily f = MinimalFamily.of(runs[r][0], Rational.ONE);
            UnitModel m = f.tiedModel();
            Dataset data = f.dataset();
            Rational eta = f.gamma();
            Rational[] theta0 = Starts.adversarialRational(f.d(), Rational.of(1, 100), 1);
            Perceptron.Result p = Reduction.normalizedPerceptron(m, data, eta, theta0, 400, TieMode.HALF);
            Reduction.Row row = Reduction.compare(m, data, eta, theta0, p, p.iterations(), TieMode.HALF, Rational.of(runs[r][1]), 30);
            for (MainBoundAlongGd.Step s : MainBoundAlongGd.of(Optional.of(f), eta, row)) {
                steps++;
                if (s.bound() != null && s.bound().hypothesis().equals("holds")) {
                    byClaim.computeIfAbsent(s.bound().option().claim(), k -> new ArrayList<>())
                            .add(new Check(s.bound().option().claim(), "bound along GD", s.bound().verdict().equals("holds"),
                                    "d=" + f.d() + " scale " + runs[r][1] + " t=" + s.t() + ": ||theta_{t+1}||^2 <= " + s.bound().lhsUpper()
                                            .round(new java.math.MathContext(6)) + ", inf_s RHS >= " + s.bound().rhsLower()
                                                    .round(new java.math.MathContext(6)) + " (" + s.bound().verdict() + ")"));
                }
            }
        }
        progress.update(name() + " along GD", runs.length, runs.length);
        List<ClaimResult> out = new ArrayList<>();
        for (Map.Entry<String, List<Check>> e : byClaim.entrySet()) {
            List<Check> cs = e.getValue();
            boolean holds = cs.stream().allMatch(Check::holds);
            String counter = cs.stream().filter(c -> !c.holds()).map(c -> c.name() + ": " + c.detail()).findFirst().orElse(null);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("stepsChecked", cs.size());
            details.put("stepsInRuns", steps);
            details.put("runs", "minimal family mu = 1, d = 16 (init scale 10, 100) and d = 64 (scale 10); eta = 1/ceil(lambda2); start scale (vmu- + g/100)");
            out.add(new ClaimResult(Claims.byId(e.getKey()), holds, cs.size(), new Evidence("exact", "percept ball arithmetic",
                    "certified along GD (" + cs.size() + " steps with the hypotheses, of " + steps + ")", details), counter));
        }
        return out;
    }
}
