package dev.percept.vectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Supplier;

/**
 * One vector file: its name, its JSON Schema ({@code schema/<name>_schema.json}), and how it is
 * generated through the shared {@link VectorDoc}. Deterministic: fixed seeds, no clock.
 */
abstract class VectorFile {

    private final String fileName;
    private final Supplier<ObjectNode> schema;

    /** @param fileName e.g. {@code prop41_spectra.json}; {@code schema} builds its JSON Schema */
    VectorFile(String fileName, Supplier<ObjectNode> schema) {
        this.fileName = fileName;
        this.schema = schema;
    }

    /** @return the file name, relative to the output directory */
    final String fileName() {
        return fileName;
    }

    /** @return the schema's file name, relative to the output directory */
    final String schemaFileName() {
        return "schema/" + schemaName();
    }

    /** @return the JSON Schema (draft 2020-12) of the file */
    final ObjectNode schema() {
        return schema.get();
    }

    /** @return a new document of this file: its header names the schema, the claims it exercises and the method */
    final VectorDoc start(Provenance provenance, String claims, String method) {
        return new VectorDoc(provenance, schemaName(), claims, method);
    }

    private String schemaName() {
        return fileName.replace(".json", "_schema.json");
    }

    /** @return the file's contents */
    abstract ObjectNode generate(Provenance provenance);
}
