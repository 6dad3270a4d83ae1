package dev.percept.cli;

import java.util.Locale;

/**
 * The heap a job may use, and the refusals that name it. A job whose memory can be estimated
 * before it starts ({@link #require}) is refused up front when the estimate exceeds what this JVM
 * may use; any other {@link OutOfMemoryError} becomes one clean line ({@link #outOfMemoryMessage},
 * exit 2) instead of a stack trace. Both messages say how to rerun with more heap: the launcher
 * passes {@code JAVA_OPTS} to the JVM.
 */
final class MemoryBudget {

    /** The part of the maximum heap a job may plan to use: the rest is the JVM's, the inputs' and the output's. */
    static final double USABLE = 0.8;

    private MemoryBudget() {
    }

    /** @return the maximum heap of this JVM in bytes ({@code -Xmx}) */
    static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    /**
     * Refuses a job that needs about {@code bytes} of heap when that is more than {@link #USABLE}
     * of the maximum heap.
     *
     * @param what the job, e.g. {@code "spectrum at d = 10000000"}
     * @throws InputException naming the estimate, the heap and the {@code JAVA_OPTS} to rerun with
     */
    static void require(long bytes, String what) {
        long max = maxHeap();
        if (bytes > USABLE * max) {
            throw new InputException(what + " needs about " + size(bytes) + " of memory, more than the " + size(max)
                    + " heap this JVM may use: rerun with more heap, e.g. JAVA_OPTS=-Xmx" + suggestedHeap(bytes));
        }
    }

    /** The message for an {@link OutOfMemoryError}: the heap and how to get more. */
    static String outOfMemoryMessage() {
        long max = maxHeap();
        return "out of memory: the job needs more than the " + size(max) + " heap this JVM may use; rerun with more heap, e.g. JAVA_OPTS=-Xmx"
                + suggestedHeap(2 * max) + " (or a smaller input)";
    }

    /** A {@code -Xmx} value whose {@link #USABLE} part holds {@code bytes}, rounded up to a whole GiB ({@code 512m} below 0.4 GiB). */
    static String suggestedHeap(long bytes) {
        double need = bytes / USABLE;
        double gib = need / (1L << 30);
        if (gib <= 0.5) {
            return "512m";
        }
        return (long) Math.ceil(gib) + "g";
    }

    /** @return a byte count in MiB or GiB, e.g. {@code 1.5 GiB} */
    static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%d MiB", (bytes + (1L << 20) - 1) >> 20);
    }
}
