package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.vectors.Provenance;
import dev.percept.vectors.VectorsGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code percept vectors}: language-neutral JSON test vectors (Wycheproof style) with JSON Schemas. */
@Command(name = "vectors", header = "Exact test vectors for other implementations.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write exact test vectors (JSON, with schemas in DIR/schema/) for other implementations to test against.",
            "Files are written atomically and are byte-identical between runs; --digits sets the digits of eigenvalue "
                + "decimals and of the certified logistic-GD values."},
        footer = {"", "Example:", "  percept vectors --out vectors/"})
public final class VectorsCommand extends PerceptCommand {

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory (created if missing).")
    Path out;

    @Mixin
    CommonOptions.Digits digits = new CommonOptions.Digits(40);

    @Mixin
    CommonOptions.Quiet quiet;

    @Override
    public Integer call() {
        int n = digits.value();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException("--out: " + out + " exists and is not a directory");
        }
        try {
            Files.createDirectories(out.resolve("schema"));
        } catch (IOException e) {
            throw new InputException("--out: cannot create " + out + " (" + e.getMessage() + ")");
        }
        Map<String, ObjectNode> files;
        try (ProgressDisplay progress = ProgressDisplay.open(spec, quiet.quiet)) {
            files = new VectorsGenerator(n, Provenance.ofBuild(Main.VERSION)).generate(progress);
        }
        ObjectNode summary = Json.object();
        long total = 0;
        int tests = 0;
        for (Map.Entry<String, ObjectNode> f : files.entrySet()) {
            String text = Json.pretty(f.getValue());
            Json.writeFile(out.resolve(f.getKey()), text, "--out");
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            total += bytes;
            int k = f.getValue().path("numberOfTests").asInt(0);
            tests += k;
            summary.putObject(f.getKey()).put("bytes", bytes).put("numberOfTests", k);
        }
        PrintWriter o = out();
        ObjectNode j = Json.object();
        j.put("out", out.toString());
        j.put("numberOfTests", tests);
        j.put("totalBytes", total);
        j.set("files", summary);
        json.write(o, j);
        if (json.text()) {
            o.printf("wrote %d files (%d tests, %d bytes) to %s%n", files.size(), tests, total, out);
        }
        o.flush();
        return Main.OK;
    }
}
