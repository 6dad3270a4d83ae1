package dev.percept.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of output files ({@code vectors}, {@code complexity}: JSON, CSV, PNG, schemas) that is
 * complete or absent. Every file is written into a staging directory beside the target directory
 * ({@code .NAME.percept-PID-K.tmp}); {@link #commit} then renames the staging directory to the
 * target when the target does not exist or is empty (one rename: the set appears at once), or
 * moves each file into the existing target (renames within one file system: no byte is written
 * after the set is complete). A failure before the commit, or a kill that runs the shutdown hooks,
 * removes the staging directory and leaves the target as it was; the staging directory of a run
 * killed by {@code kill -9} is removed by the next run writing the same target.
 */
final class OutputSet implements AutoCloseable {

    private final Path target;
    private final String option;
    private final Path staging;
    private final List<String> files = new ArrayList<>();
    private boolean committed;

    private OutputSet(Path target, String option, Path staging) {
        this.target = target;
        this.option = option;
        this.staging = staging;
    }

    /**
     * Opens a set to be written to the directory {@code dir} (created if missing; a symbolic link to
     * a directory is followed).
     *
     * @throws InputException for an empty name, a target that exists and is not a directory, or a
     *     file system that refuses the staging directory
     */
    static OutputSet open(Path dir, String option) {
        check(dir, option);
        Path target = dir;
        try {
            if (Files.exists(dir)) {
                target = dir.toRealPath();
            }
            Path abs = target.toAbsolutePath().normalize();
            Path parent = abs.getParent();
            if (parent == null) {
                throw new InputException(option + ": " + dir + ": cannot write into the root directory as a set");
            }
            Files.createDirectories(parent);
            OutputFiles.removeDeadRuns(parent, abs.getFileName().toString());
            Path staging = OutputFiles.temporary(parent, abs.getFileName().toString(), ".tmp");
            Files.createDirectory(staging);
            return new OutputSet(abs, option, staging);
        } catch (IOException | UncheckedIOException | ReadOnlyFileSystemException | SecurityException e) {
            throw OutputFiles.failure(option, dir, e);
        }
    }

    /**
     * Checks the target before any work: refuses an empty name (it would mean the current
     * directory) and a target that exists and is not a directory.
     */
    static void check(Path dir, String option) {
        if (dir.toString().isEmpty()) {
            throw new InputException(option + ": empty directory name (use . for the current directory)");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(option + ": " + dir + " exists and is not a directory");
        }
    }

    /** Writes one file of the set, {@code relative} to the target (e.g. {@code schema/x.schema.json}). */
    void add(String relative, byte[] bytes) {
        Path dest = target.resolve(relative);
        OutputFiles.requireRegularOrAbsent(dest, dest, option);
        Path f = staging.resolve(relative);
        try {
            Files.createDirectories(f.getParent());
            OutputFiles.writer.write(f, bytes);
        } catch (IOException | UncheckedIOException | ReadOnlyFileSystemException | SecurityException e) {
            throw OutputFiles.failure(option, dest, e);
        }
        files.add(relative);
    }

    /** Moves the complete set into place (see the class comment). */
    void commit() {
        try {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } else if (isEmptyDirectory(target)) {
                Files.delete(target);
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } else {
                for (String r : files) {
                    OutputFiles.requireRegularOrAbsent(target.resolve(r), target.resolve(r), option);
                }
                for (String r : files) {
                    Path dest = target.resolve(r);
                    Files.createDirectories(dest.getParent());
                    Files.move(staging.resolve(r), dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                OutputFiles.deleteQuietly(staging);
            }
            committed = true;
            OutputFiles.released(staging);
        } catch (IOException | UncheckedIOException | ReadOnlyFileSystemException | SecurityException e) {
            throw OutputFiles.failure(option, target, e);
        }
    }

    /** Removes the staging directory unless the set was committed. */
    @Override
    public void close() {
        if (!committed) {
            OutputFiles.deleteQuietly(staging);
            OutputFiles.released(staging);
        }
    }

    private static boolean isEmptyDirectory(Path p) throws IOException {
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
            return !s.iterator().hasNext();
        }
    }
}
