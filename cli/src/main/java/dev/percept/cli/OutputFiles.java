package dev.percept.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.regex.Matcher;

/**
 * Every file percept writes goes through here, with three promises.
 * <ul>
 *   <li><b>Only regular files.</b> A symbolic link is followed to its target, which is then
 *       replaced (the link stays); a directory, device, FIFO or socket is refused, never replaced by
 *       a file (as root, {@code --json=/dev/null} must not turn the device node into a file).</li>
 *   <li><b>Complete or absent.</b> Bytes go to a temporary file beside the target, renamed over it
 *       when complete; a failure, or a kill that lets the JVM run its shutdown hooks, removes the
 *       temporary file. (A {@code kill -9} cannot be caught: {@link OutputSet} removes a dead
 *       run's leftovers the next time the same directory is written.)</li>
 *   <li><b>Failures are the user's environment.</b> No permission, a read-only or full file
 *       system, a name that is a directory: an {@link InputException} (exit 2) naming the option,
 *       the path and the reason, never an internal error.</li>
 * </ul>
 */
final class OutputFiles {

    /** How bytes reach a new file. A test replaces it to simulate a full disk or a read-only file system. */
    interface Writer {
        /** Creates {@code file} (it does not exist) holding {@code bytes}. */
        void write(Path file, byte[] bytes) throws IOException;
    }

    /** {@link Files#write} to a new file. */
    static final Writer DEFAULT_WRITER = (file, bytes) -> Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

    /** The writer in use: {@link #DEFAULT_WRITER}, replaced only by tests (package-private). */
    static volatile Writer writer = DEFAULT_WRITER;

    /** Temporary files and directories of this run, removed by the shutdown hook if the run is killed before it removes them. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static final AtomicLong COUNTER = new AtomicLong();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(OutputFiles::deleteQuietly), "percept-cleanup"));
    }

    private OutputFiles() {
    }

    /** @return whether the target names standard output: {@code -} or {@code /dev/stdout} (written as a stream) */
    static boolean isStdout(String target) {
        return "-".equals(target) || "/dev/stdout".equals(target);
    }

    /**
     * Writes {@code bytes} to the regular file {@code target} (created, or replaced) atomically.
     *
     * @throws InputException when the target is not a regular file, or the file system refuses
     */
    static void write(Path target, byte[] bytes, String option) {
        Path dest = destination(target, option);
        Path tmp = null;
        try {
            Path dir = dest.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            removeDeadRuns(dir, dest.getFileName().toString());
            tmp = temporary(dir, dest.getFileName().toString(), ".tmp");
            writer.write(tmp, bytes);
            Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException | ReadOnlyFileSystemException | SecurityException e) {
            throw failure(option, dest, e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
                PENDING.remove(tmp);
            }
        }
    }

    /**
     * The file to write for {@code target}: the target itself, or the final target of a chain of
     * symbolic links.
     *
     * @throws InputException for an empty name, a directory, a device, FIFO or socket, or a loop of links
     */
    static Path destination(Path target, String option) {
        if (target.toString().isEmpty()) {
            throw new InputException(option + ": empty file name");
        }
        Path p = target;
        try {
            for (int hops = 0; Files.isSymbolicLink(p); hops++) {
                if (hops == 40) {
                    throw new InputException(option + ": " + target + ": too many levels of symbolic links");
                }
                Path parent = p.toAbsolutePath().getParent();
                p = parent.resolve(Files.readSymbolicLink(p)).normalize();
            }
        } catch (IOException e) {
            throw failure(option, target, e);
        }
        requireRegularOrAbsent(p, target, option);
        return p;
    }

    /** Refuses an existing {@code p} that is not a regular file; {@code named} is what the user typed. */
    static void requireRegularOrAbsent(Path p, Path named, String option) {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String what = p.equals(named) ? named.toString() : named + " (-> " + p + ")";
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(option + ": " + what + " is a directory, not a file");
        }
        if (Files.isSymbolicLink(p)) {
            throw new InputException(option + ": " + what + " is a symbolic link: percept does not replace links here; remove it or"
                    + " write elsewhere");
        }
        throw new InputException(option + ": " + what + " is not a regular file (a device, FIFO or socket): percept writes only regular"
                + " files (use " + (option.equals("--json") ? "--json for stdout" : "a file name") + ")");
    }

    /** A new name {@code .NAME.percept-PID-K<suffix>} in {@code dir}, registered for removal if the run is killed. */
    static Path temporary(Path dir, String name, String suffix) {
        Path p = dir.resolve("." + name + ".percept-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + suffix);
        PENDING.add(p);
        return p;
    }

    /** Forgets a temporary path that was renamed into place or removed. */
    static void released(Path p) {
        PENDING.remove(p);
    }

    /** The clean error for a failed write of {@code path}. */
    static InputException failure(String option, Path path, Throwable e) {
        if (e instanceof InputException) {
            return (InputException) e;
        }
        if (e instanceof InvalidPathException) {
            return new InputException(option + ": " + path + ": not a valid file name (" + e.getMessage() + ")", e);
        }
        // The path named is the user's file, never the temporary name the failure may carry.
        return new InputException(option + ": cannot write " + path + ": " + FileErrors.reason(e), e);
    }

    /** Deletes a file, or a directory with everything in it; ignores failures (cleanup only). */
    static void deleteQuietly(Path p) {
        try {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
                    for (Path c : s) {
                        deleteQuietly(c);
                    }
                }
            }
            Files.deleteIfExists(p);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            // cleanup is best effort: the file may already be gone
        }
    }

    /**
     * Removes temporary files and staging directories {@code .NAME.percept-PID-K.tmp} of runs whose
     * process no longer exists (killed by {@code kill -9}, which no shutdown hook survives).
     */
    static void removeDeadRuns(Path parent, String name) {
        Pattern p = Pattern.compile("\\." + Pattern.quote(name) + "\\.percept-(\\d+)-\\d+\\.tmp");
        String prefix = "." + name + ".percept-";
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, c -> c.getFileName().toString().startsWith(prefix))) {
            for (Path c : s) {
                Matcher m = p.matcher(c.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                    OutputFiles.deleteQuietly(c);
                }
            }
        } catch (IOException | UncheckedIOException | NumberFormatException | SecurityException e) {
            // a leftover we cannot list or remove is not this run's failure
        }
    }
}
