package dev.percept.verify;

import dev.percept.model.ModelKind;
import dev.percept.model.TieMode;
import dev.percept.dynamics.Perceptron;
import dev.percept.dynamics.Reduction;
import dev.percept.dynamics.Model;
import dev.percept.dynamics.Activation;
import dev.percept.dynamics.UnitModel;
import dev.percept.dynamics.LinearModel;
import dev.percept.dynamics.Dataset;
import dev.percept.check.Progress;
import dev.percept.exact.Rational;
import dev.percept.spec.Claim;
import dev.percept.spec.Claims;
import dev.percept.spec.KernelUse;
import dev.percept.structured.Permutation;
import dev.percept.check.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Evidence for R1 and R2 in {@code percept verify}: on built-in data sets (deterministic seeds), the
 * exact perceptron against enclosed GD for several gamma; checks the exact first step (R1), the
 * per-pattern identity and the Proposition 4.1 form (R2), and that every enclosed distance is
 * within the bound of Theorem R. Kept small (about a second) so {@code verify} stays fast.
 */
public final class ReductionSuite implements EvidenceSource {

    private static final long SEED = 20251212L;
    private static final Rational[] GAMMAS = {Rational.ONE, Rational.of(10), Rational.of(100), Rational.of(1000)};

    @Override
    public String name() {
        return "GD vs perceptron (R1, R2)";
    }

    @Override
    public int rank() {
        return 30;
    }

    /** Random data separable through the origin: integer features in [-4, 4], labels from a random integer separator. */
    public static Dataset separable(Random rnd, int n, int d) {
        int[] w = new int[d];
        for (int k = 0; k < d; k++) {
            w[k] = rnd.nextInt(7) - 3;
        }
        w[0] = w[0] == 0 ? 1 : w[0];
        return separableBy(rnd, n, w);
    }

    /** Random data labelled by the integer separator {@code w} (no point on its hyperplane). */
    public static Dataset separableBy(Random rnd, int n, int[] w) {
        int d = w.length;
        Rational[][] x = new Rational[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int s;
            Rational[] row = new Rational[d];
            do {
                s = 0;
                for (int k = 0; k < d; k++) {
                    int v = rnd.nextInt(9) - 4;
                    row[k] = Rational.of(v);
                    s += v * w[k];
                }
            } while (s == 0);
            x[i] = row;
            y[i] = s > 0 ? 1 : -1;
        }
        return new Dataset("separable(n=" + n + ",d=" + d + ")", x, y);
    }

    /** The builtin toy2d rows (same as dev/percept/data/toy2d.csv). */
    public static Dataset toy2d() {
        long[][] r = {{3, 1, 1}, {-2, -3, 1}, {1, -4, 1}, {-4, 0, -1}, {4, 3, -1}, {2, 4, -1}};
        Rational[][] x = new Rational[r.length][];
        int[] y = new int[r.length];
        for (int i = 0; i < r.length; i++) {
            x[i] = new Rational[] {Rational.of(r[i][0]), Rational.of(r[i][1])};
            y[i] = (int) r[i][2];
        }
        return new Dataset("toy2d", x, y);
    }

    /** The minimal example at d = 4, mu = 1 (builtin minimal4). */
    public static Dataset minimal4() {
        Rational one = Rational.ONE;
        Rational[][] x = {{one, one, one, one}, {Rational.TWO, one, one, one}};
        return new Dataset("minimal4", x, new int[] {1, -1});
    }

    @Override
    public List<ClaimResult> run(Progress progress) {
        List<List<Check>> checks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Random rnd = new Random(SEED);
        // Each case is built inside its own capture (KernelUse), so that the checks it runs while
        // being built (the permutation check of P) count as part of that case's check.
        List<Supplier<Object[]>> cases = new ArrayList<>();
        cases.add(() -> new Object[] {toy2d(), new LinearModel(2), null, Rational.ONE});
        for (int k = 0; k < 4; k++) {
            Dataset ds = separable(rnd, 4 + k, 2 + k % 3);
            cases.add(() -> new Object[] {ds, new LinearModel(ds.d()), null, Rational.ONE});
        }
        for (long s = 1; s <= 3; s++) {
            long seed = s;
            cases.add(() -> {
                UnitModel tied = UnitModel.tied(Permutation.swap(4, 1, 2), Activation.IDENTITY);
                return new Object[] {minimal4(), tied, seeded(seed, tied.parameterCount()), Rational.of(1, 4)};
            });
        }
        cases.add(() -> {
            UnitModel relu = UnitModel.twoLayer(2, 2, Activation.RELU);
            return new Object[] {toy2d(), relu, seeded(1, relu.parameterCount()), Rational.of(1, 8)};
        });
        cases.add(() -> {
            UnitModel leaky = UnitModel.twoLayer(2, 3, Activation.leaky(Rational.of(1, 10)));
            return new Object[] {toy2d(), leaky, seeded(1, leaky.parameterCount()), Rational.of(1, 8)};
        });
        List<Set<KernelUse.Site>> sites = new ArrayList<>();
        for (int c = 0; c < cases.size(); c++) {
            progress.update(name(), c, cases.size());
            Supplier<Object[]> build = cases.get(c);
            KernelUse.Captured<Object[]> captured = KernelUse.capture(() -> {
                Object[] kase = build.get();
                return new Object[] {kase[0], kase[1], check(kase)};
            });
            @SuppressWarnings("unchecked")
            List<Check> cs = (List<Check>) captured.value()[2];
            checks.add(cs);
            sites.add(captured.sites());
            names.add(((Model) captured.value()[1]).name() + " on " + ((Dataset) captured.value()[0]).name());
        }
        progress.update(name(), cases.size(), cases.size());
        List<Claim> claims = List.of(Claims.R1, Claims.R2);
        return ClaimResult.fold(claims, checks, names, sites, "exact", "percept");
    }

    /** The checks of one case {@code {dataset, model, theta0, eta}}. */
    private static List<Check> check(Object[] kase) {
        {
            Dataset ds = (Dataset) kase[0];
            Model m = (Model) kase[1];
            Rational[] theta0 = (Rational[]) kase[2];
            Rational eta = (Rational) kase[3];
            String claim = Reduction.claimFor(m);
            List<Check> cs = new ArrayList<>();
            Perceptron.Result p = Reduction.normalizedPerceptron(m, ds, eta, theta0, 12, TieMode.HALF);
            if (m.kind() != ModelKind.LINEAR) {
                cs.add(new Check(claim, "perceptron step = (I + eta A_t) theta", p.identitiesHold(), p.iterations() + " steps"));
            }
            if (m.kind() == ModelKind.TIED) {
                Perceptron.Result withSpectra = Perceptron.run(m, ds, eta, theta0, 12, TieMode.HALF, true);
                boolean form = withSpectra.steps().stream().allMatch(s -> s.prop41Form() == Perceptron.Prop41Form.PROP41 && s.spectrum().allHold());
                cs.add(new Check(claim, "A_t = M(b) with certified Prop 4.1 spectrum", form, withSpectra.steps().size() + " steps"));
            }
            for (Rational g : GAMMAS) {
                Reduction.Row r = Reduction.compare(m, ds, eta, theta0, p, 12, TieMode.HALF, g, 30);
                cs.add(new Check(claim, "distance <= B_t at gamma = " + g, r.verdict() == Reduction.Verdict.HOLDS,
                        "max distance <= " + r.maxDistanceUpper().round(new java.math.MathContext(4)) + ", B_T = "
                                + r.maxBound().round(new java.math.MathContext(4)) + " (" + r.verdict() + ")"));
                if (m.kind() == ModelKind.LINEAR && r.upper().size() > 1) {
                    cs.add(new Check(claim, "first GD step = first perceptron step (gamma = " + g + ")", r.upper().get(1).signum() == 0,
                            "||theta_G,1 - theta_P,1|| <= " + r.upper().get(1)));
                }
            }
            return cs;
        }
    }

    private static Rational[] seeded(long seed, int k) {
        return seededInit(seed, k);
    }

    /** The rule of {@code --init seed:K}: entries p/q, p uniform in {-4..4}\{0}, q in {1..4}, by java.util.Random(seed). */
    public static Rational[] seededInit(long seed, int k) {
        Random rnd = new Random(seed);
        Rational[] v = new Rational[k];
        for (int j = 0; j < k; j++) {
            int p = rnd.nextInt(8) - 4;
            if (p >= 0) {
                p++;
            }
            v[j] = Rational.of(p, 1 + rnd.nextInt(4));
        }
        return v;
    }
}
