package dev.percept.vectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.check.Progress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Language-neutral test vectors in the style of Wycheproof, one class per file
 * ({@link Prop41SpectraVectors}, {@link SymmetricSpectraVectors}, {@link PerceptronLinearVectors},
 * {@link PerceptronTiedVectors}, {@link LogisticGdLinearVectors}, {@link QuadraticStabilityVectors})
 * written through the shared {@link VectorDoc}, each with its JSON Schema. Deterministic: fixed
 * seeds ({@link java.util.Random}'s algorithm is specified by the JDK), no wall-clock time, the git
 * commit only when the build recorded one, so two runs give identical bytes.
 */
public final class VectorsGenerator {

    private final List<VectorFile> files;
    private final Provenance provenance;

    /** @param digits decimal digits of eigenvalue expansions and certified GD values; {@code provenance} goes into every file */
    public VectorsGenerator(int digits, Provenance provenance) {
        this.files = List.of(new Prop41SpectraVectors(digits), new SymmetricSpectraVectors(digits), new PerceptronLinearVectors(),
                new PerceptronTiedVectors(), new LogisticGdLinearVectors(digits), new QuadraticStabilityVectors(digits));
        this.provenance = provenance;
    }

    /** All vector files and their schemas: file name relative to the output directory -> JSON. */
    public Map<String, ObjectNode> generate() {
        return generate(Progress.NONE);
    }

    /** As {@link #generate()}, reporting {@code vectors} (files done, of 6). */
    public Map<String, ObjectNode> generate(Progress progress) {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        progress.update("vectors", 0, files.size());
        for (VectorFile f : files) {
            out.put(f.fileName(), f.generate(provenance));
            progress.update("vectors", out.size(), files.size());
        }
        for (VectorFile f : files) {
            out.put(f.schemaFileName(), f.schema());
        }
        return out;
    }
}
