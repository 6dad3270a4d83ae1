package dev.percept.vectors;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Where a vector file comes from, written into its {@code provenance} block: percept's version and
 * the git commit of the build (null when the build recorded none). The date is
 * {@link VectorDoc#GENERATOR_DATE}, never the wall clock, so two runs give identical bytes.
 *
 * @param percept percept's version
 * @param gitCommit the commit (with {@code -dirty} for uncommitted changes), or null
 */
public record Provenance(String percept, String gitCommit) {

    /** @return the provenance of this build: {@code version} and the commit recorded at build time, if any */
    public static Provenance ofBuild(String version) {
        return new Provenance(version, recordedCommit());
    }

    /**
     * The commit recorded at build time in {@code percept-build.properties} (written by the
     * git-commit-id plugin in a clone; absent in a source tarball or a linked worktree), with
     * {@code -dirty} appended when the working tree had uncommitted changes; null if none.
     */
    static String recordedCommit() {
        try (InputStream in = Provenance.class.getResourceAsStream("/percept-build.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            String c = p.getProperty("git.commit.id.full", p.getProperty("git.commit.id", p.getProperty("git.commit")));
            if (c == null || c.isBlank() || c.startsWith("$")) {
                return null;
            }
            return "true".equals(p.getProperty("git.dirty")) ? c + "-dirty" : c;
        } catch (IOException e) {
            return null;
        }
    }
}
