package dev.percept.verify;

import dev.percept.minimal.Starts;
import dev.percept.minimal.CrossCheck;
import dev.percept.minimal.MinimalFamily;
import dev.percept.minimal.ComplexityExperiment;
import dev.percept.check.Progress;
import dev.percept.exact.Rational;
import dev.percept.minimal.ComplexityExperiment.Init;
import dev.percept.minimal.ComplexityExperiment.Row;
import dev.percept.minimal.M1Verdict;
import dev.percept.spec.Claims;
import dev.percept.spec.KernelUse;
import dev.percept.check.Check;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evidence for claim M1 in {@code percept verify}: the exact counts at d = 16, 64, 256, 1024
 * (mu = 1, adversarial start) with the slope verdict, and exact agreement of the reduced stepping
 * with the direct O(d) stepping on small d (several mu and starts). The full range is
 * {@code percept complexity}.
 */
public final class M1Suite implements EvidenceSource {

    /** The dimensions of the ledger's slope fit. */
    public static final List<Integer> DIMS = List.of(16, 64, 256, 1024);

    @Override
    public String name() {
        return "minimal example (M1)";
    }

    @Override
    public int rank() {
        return 40;
    }

    @Override
    public List<ClaimResult> run(Progress progress) {
        KernelUse.Captured<ClaimResult> c = KernelUse.capture(() -> check(progress));
        return List.of(c.value().withSites(c.sites()));
    }

    /** The one instance of M1: the complexity experiment and the cross-checks. */
    private ClaimResult check(Progress progress) {
        List<Check> checks = new ArrayList<>();
        int total = DIMS.size() + 6;
        int done = 0;
        Rational eps = Rational.of(1, 100);
        List<Row> rows = new ArrayList<>();
        for (int d : DIMS) {
            progress.update(name(), done++, total);
            rows.add(ComplexityExperiment.run(d, Rational.ONE, Init.ADVERSARIAL, eps, 1));
        }
        M1Verdict v = M1Verdict.of(rows, Init.ADVERSARIAL);
        checks.add(new Check("M1", "log-log slopes: linear >= 0.9, two-layer <= 0.6", v.reproduced(), v.summary()));
        Object[][] cross = {{5, Rational.ONE, 1L}, {16, Rational.ONE, 2L}, {7, Rational.of(1, 2), 3L}, {9, Rational.of(3), 4L},
            {33, Rational.of(2, 3), 5L}};
        for (Object[] c : cross) {
            progress.update(name(), done++, total);
            MinimalFamily fam = MinimalFamily.of((Integer) c[0], (Rational) c[1]);
            checks.add(CrossCheck.tied(fam, Starts.adversarialRational(fam.d(), eps, (Long) c[2]), 400));
            checks.add(CrossCheck.linear(fam, 400));
        }
        progress.update(name(), total, total);
        boolean holds = checks.stream().allMatch(Check::holds);
        String counter = checks.stream().filter(c -> !c.holds()).map(c -> c.name() + ": " + c.detail()).findFirst().orElse(null);
        Map<String, Object> details = new LinkedHashMap<>();
        List<Map<String, Object>> table = new ArrayList<>();
        for (Row r : rows) {
            table.add(Map.of("d", r.d(), "linear", r.linear(), "twoLayer", r.twoLayer().get(0)));
        }
        details.put("rows", table);
        details.put("verdict", v.summary());
        details.put("crossChecks", checks.size() - 1);
        Evidence e = new Evidence("exact", "percept", "exact (" + v.summary() + "; " + (checks.size() - 1) + " cross-checks)", details);
        return new ClaimResult(Claims.M1, holds, checks.size(), e, counter);
    }
}
