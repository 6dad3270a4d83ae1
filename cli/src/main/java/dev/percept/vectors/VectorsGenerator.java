package dev.percept.vectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.check.Progress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Language-neutral test vectors in the style of Wycheproof, one class per file
 * ({@link Prop41SpectraVectors}, {@link SymmetricSpectraVectors}, {@link PerceptronLinearVectors},
 * {@link PerceptronTiedVectors}, {@link LogisticGdLinearVectors}, {@link QuadraticStabilityVectors}, {@link PairVectors})
 * written through the shared {@link VectorDoc}, each with its JSON Schema. Deterministic: fixed
 * seeds ({@link java.util.Random}'s algorithm is specified by the JDK), no wall-clock time, the git
 * commit only when the build recorded one, so two runs give identical bytes.
 */
public final class VectorsGenerator {

    /**
     * The files in releases: each release's files, then their schemas. A file added later comes
     * after the earlier release's schemas, so the order in which the earlier files are written (and
     * listed by {@code vectors --json}) does not change.
     */
    private final List<List<VectorFile>> releases;
    private final Provenance provenance;

    /** @param digits decimal digits of eigenvalue expansions and certified GD values; {@code provenance} goes into every file */
    public VectorsGenerator(int digits, Provenance provenance) {
        this.releases = List.of(
                List.of(new Prop41SpectraVectors(digits), new SymmetricSpectraVectors(digits), new PerceptronLinearVectors(),
                        new PerceptronTiedVectors(), new LogisticGdLinearVectors(digits), new QuadraticStabilityVectors(digits)),
                List.of(new PairVectors(digits)));
        this.provenance = provenance;
    }

    /** All vector files and their schemas: file name relative to the output directory -> JSON. */
    public Map<String, ObjectNode> generate() {
        return generate(Progress.NONE);
    }

    /** As {@link #generate()}, reporting {@code vectors} (files done, of all). */
    public Map<String, ObjectNode> generate(Progress progress) {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        int total = releases.stream().mapToInt(List::size).sum();
        int done = 0;
        progress.update("vectors", 0, total);
        for (List<VectorFile> files : releases) {
            for (VectorFile f : files) {
                out.put(f.fileName(), f.generate(provenance));
                progress.update("vectors", ++done, total);
            }
            for (VectorFile f : files) {
                out.put(f.schemaFileName(), f.schema());
            }
        }
        return out;
    }
}
