package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.vectors.Provenance;
import dev.percept.vectors.VectorsGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code percept vectors}: language-neutral JSON test vectors (Wycheproof style) with JSON Schemas. */
@Command(name = "vectors", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write exact test vectors (JSON, with schemas in DIR/schema/) for other implementations to test against.",
            "Files are written atomically and are byte-identical between runs."})
public final class VectorsCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory (created if missing).")
    Path out;

    @Option(names = "--digits", paramLabel = "N", defaultValue = "40", description = "Significant digits of eigenvalue decimals (default ${DEFAULT-VALUE}).")
    int digits;

    @Option(names = "--json", description = "Print one JSON object (the files written) on stdout.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (digits < 1 || digits > 1000) {
            throw new InputException("--digits: must be between 1 and 1000, got " + digits);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException("--out: " + out + " exists and is not a directory");
        }
        Map<String, ObjectNode> files = new VectorsGenerator(digits, Provenance.ofBuild(Main.VERSION)).generate();
        ObjectNode summary = Json.object();
        long total = 0;
        int tests = 0;
        try {
            Files.createDirectories(out.resolve("schema"));
        } catch (IOException e) {
            throw new InputException("--out: cannot create " + out + " (" + e.getMessage() + ")");
        }
        for (Map.Entry<String, ObjectNode> f : files.entrySet()) {
            String text = Json.pretty(f.getValue());
            Json.writeAtomically(out.resolve(f.getKey()), text);
            total += text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            int n = f.getValue().path("numberOfTests").asInt(0);
            tests += n;
            summary.putObject(f.getKey()).put("bytes", text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).put("numberOfTests", n);
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectNode j = Json.object();
            j.put("out", out.toString());
            j.put("numberOfTests", tests);
            j.put("totalBytes", total);
            j.set("files", summary);
            o.println(Json.compact(j));
        } else {
            o.printf("wrote %d files (%d tests, %d bytes) to %s%n", files.size(), tests, total, out);
        }
        o.flush();
        return Main.OK;
    }
}
