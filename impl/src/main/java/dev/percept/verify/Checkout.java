package dev.percept.verify;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The percept checkout a class was loaded from, where the build's records of proofs and property
 * runs live: the nearest directory above the class's code source (a classes directory such as
 * {@code impl/target/classes}, or a jar such as {@code cli/target/launcher/percept-*.jar}) that
 * holds the reactor's {@code pom.xml} and the {@code spec} and {@code impl} modules.
 */
public final class Checkout {

    /** How far above the code source the checkout may be (the launcher's jar is four levels down). */
    private static final int MAX_DEPTH = 6;

    private Checkout() {
    }

    /** @return the checkout {@code type} was loaded from, or {@code null} when it is not in one */
    public static Path of(Class<?> type) {
        Path here;
        try {
            here = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null; // no code source (an unusual class loader): no checkout either
        }
        for (int i = 0; i < MAX_DEPTH && here != null; i++, here = here.getParent()) {
            if (Files.isRegularFile(here.resolve("pom.xml")) && Files.isDirectory(here.resolve("spec"))
                    && Files.isDirectory(here.resolve("impl"))) {
                return here;
            }
        }
        return null;
    }
}
