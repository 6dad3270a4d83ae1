package dev.percept.verify;

import dev.percept.check.Progress;
import dev.percept.check.Check;
import dev.percept.exact.Rational;
import dev.percept.spec.Claim;
import dev.percept.spec.Claims;
import dev.percept.spec.KernelUse;
import dev.percept.structured.Corollary;
import dev.percept.structured.Prop41;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Exact evidence for C1-C3 on members of the minimal-example family, d = 3 .. 10^5. */
public final class CorollarySuite implements EvidenceSource {

    private static final List<Claim> CLAIMS = List.of(Claims.C1, Claims.C2, Claims.C3);

    @Override
    public String name() {
        return "corollary family";
    }

    @Override
    public int rank() {
        return 20;
    }

    @Override
    public List<ClaimResult> run(Progress progress) {
        Random rnd = new Random(Prop41Suite.SEED + 1);
        int[] ds = {3, 4, 5, 8, 16, 33, 60, 256, 4096, 100_000};
        Rational[] mus = {Rational.ONE, Rational.of(1, 2), Rational.of(3), Rational.of(7, 3)};
        List<List<Check>> checks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Set<KernelUse.Site>> sites = new ArrayList<>();
        int total = ds.length * mus.length;
        int done = 0;
        for (int d : ds) {
            for (Rational mu : mus) {
                progress.update(name(), done++, total);
                int[] tail = new int[d - 2];
                boolean allOnes = done % 2 == 0;
                for (int i = 0; i < tail.length; i++) {
                    tail[i] = allOnes || rnd.nextBoolean() ? 1 : -1;
                }
                int sigma = done % 3 == 0 ? 1 : -1;
                KernelUse.Captured<List<Check>> c = KernelUse.capture(() -> Corollary.of(d, mu, tail, sigma).check(Prop41.DEFAULT_DENSE_LIMIT));
                checks.add(c.value());
                sites.add(c.sites());
                names.add("d=" + d + " mu=" + mu + " sigma=" + sigma + (allOnes ? " tail=+1" : " tail=random"));
            }
        }
        progress.update(name(), total, total);
        return ClaimResult.fold(CLAIMS, checks, names, sites, "exact", "percept");
    }
}
