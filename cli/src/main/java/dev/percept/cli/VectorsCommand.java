package dev.percept.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.vectors.Provenance;
import dev.percept.vectors.VectorsGenerator;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code percept vectors}: language-neutral JSON test vectors (Wycheproof style) with JSON Schemas. */
@Command(name = "vectors", header = "Exact test vectors for other implementations.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write exact test vectors (JSON, with schemas in DIR/schema/) for other implementations to test against.",
            "The files are byte-identical between runs and appear together or not at all (written beside DIR, then moved "
                + "into place); --digits sets the digits of eigenvalue decimals and of the certified logistic-GD values."},
        footer = {"", "Example:", "  percept vectors --out vectors/"})
public final class VectorsCommand extends PerceptCommand {

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory (created if missing; files of other names in it are left alone).")
    Path out;

    @Mixin
    CommonOptions.Digits digits = new CommonOptions.Digits(40);

    @Mixin
    CommonOptions.Quiet quiet;

    @Override
    public Integer call() {
        int n = digits.value();
        ObjectNode summary = Json.object();
        long total = 0;
        int tests = 0;
        int count;
        // The set is complete or absent: checked and staged before the work, moved into place when every file is written.
        try (OutputSet set = OutputSet.open(out, "--out")) {
            Map<String, ObjectNode> files;
            try (ProgressDisplay progress = ProgressDisplay.open(spec, quiet.quiet)) {
                files = new VectorsGenerator(n, Provenance.ofBuild(Main.VERSION)).generate(progress);
            }
            for (Map.Entry<String, ObjectNode> f : files.entrySet()) {
                byte[] bytes = Json.pretty(f.getValue()).getBytes(StandardCharsets.UTF_8);
                set.add(f.getKey(), bytes);
                total += bytes.length;
                int k = f.getValue().path("numberOfTests").asInt(0);
                tests += k;
                summary.putObject(f.getKey()).put("bytes", bytes.length).put("numberOfTests", k);
            }
            set.commit();
            count = files.size();
        }
        PrintWriter o = out();
        ObjectNode j = Json.object();
        j.put("out", out.toString());
        j.put("numberOfTests", tests);
        j.put("totalBytes", total);
        j.set("files", summary);
        json.write(o, j);
        if (json.text()) {
            o.printf("wrote %d files (%d tests, %d bytes) to %s%n", count, tests, total, out);
        }
        o.flush();
        return Main.OK;
    }
}
