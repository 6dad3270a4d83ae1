package dev.percept.proofs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The sources KeY proves, as one set of files keyed by their path below {@value #ROOT}:
 * {@code kernels/dev/percept/spec/kernels/*.java} (the JML kernels, from {@code spec/src/main/java}),
 * {@code boot/java/math/BigInteger.java} (the BigInteger contracts KeY assumes, from
 * {@code spec/src/main/key}) and {@code negative/neg/*.java} (the wrong contracts that must stay
 * open, from {@code proofs-checks/src/main/resources}).
 *
 * <p>The build copies all of them into the jars ({@code spec} and {@code proofs-checks}), so a
 * live run reads them from the class path: the very sources the running kernels were compiled
 * from. The same files in a checkout are read to decide whether a recorded run is stale: both
 * sides have one {@link #digest} (SHA-256 over the sorted paths and contents).
 */
public final class KeySources {

    /** Resource folder holding the three trees in the jars. */
    public static final String ROOT = "percept-key/";
    /** Subtree of the kernels (a Java source root). */
    public static final String KERNELS = "kernels/";
    /** Subtree of the BigInteger assumptions (overlaid on KeY's library stubs). */
    public static final String BOOT = "boot/";
    /** Subtree of the negative controls (a Java source root). */
    public static final String NEGATIVE = "negative/";

    /** Where each subtree lives in a checkout, relative to its root. */
    private static final Map<String, String> IN_CHECKOUT = Map.of(
            KERNELS, "spec/src/main/java/",
            BOOT, "spec/src/main/key/",
            NEGATIVE, "proofs-checks/src/main/resources/percept-key/negative/");

    private final Map<String, byte[]> files;

    private KeySources(Map<String, byte[]> files) {
        this.files = files;
    }

    /** @return the files, keyed by path below {@value #ROOT} (e.g. {@code kernels/dev/percept/spec/kernels/TieRule.java}) */
    public Map<String, byte[]> files() {
        return files;
    }

    /**
     * The sources on the class path: every resource below {@value #ROOT} in the jar or classes
     * directory of the spec module (kernels, assumptions) and of this module (negative controls).
     *
     * @throws IllegalStateException if the kernels are not there (a build without resources)
     */
    public static KeySources fromClassPath() {
        Map<String, byte[]> files = new TreeMap<>();
        collect(dev.percept.spec.Claims.class, files);
        collect(KeySources.class, files);
        if (files.keySet().stream().noneMatch(k -> k.startsWith(KERNELS))) {
            throw new IllegalStateException("no kernel sources below " + ROOT + KERNELS + " on the class path");
        }
        return new KeySources(files);
    }

    /**
     * The sources in a checkout, or {@code null} when one of the three trees is missing (the jar is
     * not inside a percept checkout).
     */
    public static KeySources fromCheckout(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        for (Map.Entry<String, String> e : IN_CHECKOUT.entrySet()) {
            Path base = root.resolve(e.getValue());
            Path dir = e.getKey().equals(KERNELS) ? base.resolve("dev/percept/spec/kernels") : base;
            if (!Files.isDirectory(dir)) {
                return null;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".java"))::iterator) {
                    files.put(e.getKey() + base.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                }
            } catch (IOException ex) {
                return null;
            }
        }
        return new KeySources(files);
    }

    /** @return the SHA-256 of every file's path and contents, in path order (hex) */
    public String digest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
                md.update((byte) 0);
            }
            return String.format("%064x", new BigInteger(1, md.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the files of one subtree below {@code dir} (package directories kept) and returns
     * {@code dir}.
     */
    public Path stage(String subtree, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (e.getKey().startsWith(subtree)) {
                Path f = dir.resolve(e.getKey().substring(subtree.length()));
                Files.createDirectories(f.getParent());
                Files.write(f, e.getValue());
            }
        }
        return dir;
    }

    /** Adds every {@code .java} resource below {@value #ROOT} of the jar or directory holding {@code anchor}. */
    private static void collect(Class<?> anchor, Map<String, byte[]> into) {
        resources(anchor, ROOT, (name, bytes) -> {
            if (name.endsWith(".java")) {
                into.put(name, bytes);
            }
        });
    }

    /**
     * Calls {@code sink} with the path (below {@code prefix}) and bytes of every resource file below
     * {@code prefix} in the jar or classes directory that holds {@code anchor}.
     */
    static void resources(Class<?> anchor, String prefix, BiConsumer<String, byte[]> sink) {
        Path where;
        try {
            where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot locate the classes of " + anchor.getName(), e);
        }
        try {
            if (Files.isDirectory(where)) {
                Path base = where.resolve(prefix);
                if (!Files.isDirectory(base)) {
                    return;
                }
                try (Stream<Path> walk = Files.walk(base)) {
                    for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                        sink.accept(base.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                    }
                }
            } else {
                try (ZipFile zip = new ZipFile(where.toFile())) {
                    Enumeration<? extends ZipEntry> en = zip.entries();
                    while (en.hasMoreElements()) {
                        ZipEntry z = en.nextElement();
                        if (!z.isDirectory() && z.getName().startsWith(prefix)) {
                            try (InputStream in = zip.getInputStream(z)) {
                                sink.accept(z.getName().substring(prefix.length()), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
