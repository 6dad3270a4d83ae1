package dev.percept.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The number of mistakes (points with a non-positive margin) at each update of a perceptron run,
 * in bounded memory: every count while the run has at most {@code keepAll} updates; beyond that
 * the first and the last {@code ends} counts and a histogram of all of them. A run of 10^9 updates
 * thus keeps at most {@code keepAll} integers (the full history took 6 GB).
 */
public final class MistakeLog {

    /** Counts kept in full by {@link #standard()}: the command line prints them all up to here. */
    public static final int KEEP_ALL = 10_000;
    /** Counts kept at each end by {@link #standard()} once the run is longer. */
    public static final int ENDS = 100;

    private final int keepAll;
    private final int ends;
    private int[] all = new int[16];
    private final int[] last;
    private long count;
    private final TreeMap<Integer, Long> histogram = new TreeMap<>();

    /**
     * @param keepAll keep every count while there are at most this many
     * @param ends beyond that, keep this many counts at each end (at most {@code keepAll})
     */
    public MistakeLog(int keepAll, int ends) {
        if (ends < 0 || ends > keepAll) {
            throw new IllegalArgumentException("need 0 <= ends <= keepAll, got ends " + ends + ", keepAll " + keepAll);
        }
        this.keepAll = keepAll;
        this.ends = ends;
        this.last = new int[ends];
    }

    /** @return a log keeping {@link #KEEP_ALL} counts in full, then {@link #ENDS} at each end */
    public static MistakeLog standard() {
        return new MistakeLog(KEEP_ALL, ENDS);
    }

    /** @return a log that keeps every count (memory grows with the run) */
    public static MistakeLog unbounded() {
        return new MistakeLog(Integer.MAX_VALUE, 0);
    }

    /** Records the mistakes of the next update. */
    public void add(int mistakes) {
        if (count < keepAll) {
            if (count == all.length) {
                all = Arrays.copyOf(all, (int) Math.min((long) keepAll, 2L * all.length));
            }
            all[(int) count] = mistakes;
        }
        if (ends > 0) {
            last[(int) (count % ends)] = mistakes;
        }
        histogram.merge(mistakes, 1L, Long::sum);
        count++;
    }

    /** @return the number of updates recorded */
    public long count() {
        return count;
    }

    /** @return whether every count is kept ({@link #all()} is the whole history) */
    public boolean complete() {
        return count <= keepAll;
    }

    /**
     * @return every count, in order
     * @throws IllegalStateException when the log is not {@link #complete()}
     */
    public int[] all() {
        if (!complete()) {
            throw new IllegalStateException(count + " updates, only the first and last " + ends + " kept");
        }
        return Arrays.copyOf(all, (int) count);
    }

    /** @return the first {@code min(count, ends)} counts (all of them while complete) */
    public int[] first() {
        return Arrays.copyOf(all, (int) Math.min(count, complete() ? count : ends));
    }

    /** @return the last {@code min(count, ends)} counts, in order (all of them while complete) */
    public int[] last() {
        if (complete()) {
            return all();
        }
        int[] r = new int[ends];
        for (int i = 0; i < ends; i++) {
            r[i] = last[(int) ((count - ends + i) % ends)];
        }
        return r;
    }

    /** @return how many updates had each number of mistakes (ascending) */
    public SortedMap<Integer, Long> histogram() {
        return Collections.unmodifiableSortedMap(histogram);
    }
}
