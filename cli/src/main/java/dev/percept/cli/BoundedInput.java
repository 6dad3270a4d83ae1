package dev.percept.cli;

import dev.percept.exact.Rational;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading an input file within stated limits, as a stream: every file option reads through here
 * (a second format, such as {@code .npy}, opens its bytes by {@link #open} and counts its entries
 * with a {@link Budget}). The limits, stated in {@code --help} and the README:
 * <ul>
 *   <li>a file has at most {@link #MAX_BYTES} (256 MiB): a regular file is measured before it is
 *       read, a device, FIFO or endless stream is cut off when it exceeds the limit;</li>
 *   <li>text is UTF-8 without NUL characters: binary data ({@code /dev/zero}) is refused at its
 *       first byte;</li>
 *   <li>an entry (one number's text) has at most {@link #MAX_ENTRY_CHARS} characters, enough for
 *       {@code p/q} with {@link Rational#MAX_DIGITS} digits each: a line of a billion digits is
 *       refused after its first 20 kB, not read whole;</li>
 *   <li>the numbers read must fit in {@link #HEAP_SHARE} of the heap ({@link Budget}): an endless
 *       stream of valid numbers is refused with the heap it would need, never an
 *       {@link OutOfMemoryError}.</li>
 * </ul>
 * Every refusal is an {@link InputException} naming the option, the file and the reason.
 */
final class BoundedInput {

    /** Largest input file, in bytes (256 MiB: about 10^7 numbers of 20 digits). */
    static final long MAX_BYTES = 256L << 20;
    /** Longest entry: {@code p/q} with {@link Rational#MAX_DIGITS} digits each, signs, spaces and an exponent. */
    static final int MAX_ENTRY_CHARS = 2 * Rational.MAX_DIGITS + 100;
    /** Share of the maximum heap the numbers of the input files may take: the job needs the rest. */
    static final double HEAP_SHARE = 0.4;
    /** What {@code --help} says about every input file. */
    static final String LIMITS = "Limits: an input file has at most 256 MiB of UTF-8 text (no NUL); a number, in a file or on the command"
            + " line, has at most 10000 digits in p and in q, and a decimal's scale stays within 10000.";

    private BoundedInput() {
    }

    /**
     * Opens {@code file} for reading at most {@link #MAX_BYTES}. A directory is refused, a regular
     * file larger than the limit is refused before it is read; reading past the limit from anything
     * else (a device, FIFO or pipe) throws an {@link InputException} from the stream.
     */
    static InputStream open(Path file, String option) {
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(option + ": " + file + " is a directory, not a file");
            }
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw new InputException(option + ": " + file + " has " + MemoryBudget.size(Files.size(file)) + ", more than the input limit of "
                        + MemoryBudget.size(MAX_BYTES));
            }
            return new Capped(Files.newInputStream(file), option + ": " + file, MAX_BYTES);
        } catch (IOException | SecurityException e) {
            throw new InputException(option + ": " + file + ": cannot read: " + FileErrors.reason(e), e);
        }
    }

    /** Receives the entries of a CSV stream, in order. */
    interface CellHandler {
        /** An entry: its 1-based line and column and its text (not stripped). */
        void cell(int line, int column, String text);

        /** The end of a data line with {@code cells} entries. */
        void endLine(int line, int cells);
    }

    /** Receives the lines of a text stream. */
    interface LineHandler {
        /** A line (without its line break), 1-based. */
        void line(int line, String text);
    }

    /**
     * Reads comma-separated entries as they arrive: blank lines and lines whose first non-blank
     * character is {@code #} are skipped, a leading byte order mark is dropped.
     *
     * @param where the option and file, for messages
     */
    static void cells(InputStream in, String where, CellHandler h) {
        cells(utf8(in), where, h);
    }

    /** As {@link #cells(InputStream, String, CellHandler)}, for text already decoded. */
    static void cells(Reader in, String where, CellHandler h) {
        Scanner s = new Scanner(in, where);
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int column = 1;
        boolean blank = true;
        boolean comment = false;
        int c;
        while ((c = s.next()) >= 0) {
            if (c == '\n') {
                if (!blank && !comment) {
                    h.cell(line, column, cell.toString());
                    h.endLine(line, column);
                }
                cell.setLength(0);
                line++;
                column = 1;
                blank = true;
                comment = false;
                continue;
            }
            if (comment) {
                continue;
            }
            if (blank && Character.isWhitespace(c)) {
                continue; // leading blanks of a line: not part of any entry
            }
            if (blank && c == '#') {
                comment = true;
                continue;
            }
            blank = false;
            if (c == ',') {
                h.cell(line, column, cell.toString());
                cell.setLength(0);
                column++;
                continue;
            }
            if (cell.length() >= MAX_ENTRY_CHARS) {
                throw new InputException(where + ": line " + line + ", column " + column + ": entry longer than " + MAX_ENTRY_CHARS
                        + " characters (a number has at most " + Rational.MAX_DIGITS + " digits in p and in q)");
            }
            cell.append((char) c);
        }
        if (!blank && !comment) {
            h.cell(line, column, cell.toString());
            h.endLine(line, column);
        }
    }

    /** Reads lines as they arrive (a leading byte order mark dropped); each line is bounded by the file limit only. */
    static void lines(InputStream in, String where, LineHandler h) {
        Scanner s = new Scanner(utf8(in), where);
        StringBuilder b = new StringBuilder();
        int line = 1;
        int c;
        boolean any = false;
        while ((c = s.next()) >= 0) {
            any = true;
            if (c == '\n') {
                h.line(line++, b.toString());
                b.setLength(0);
                any = false;
            } else {
                b.append((char) c);
            }
        }
        if (any) {
            h.line(line, b.toString());
        }
    }

    /**
     * The memory the numbers read so far will keep, estimated per entry from its length, against
     * {@link #HEAP_SHARE} of the maximum heap. Checked every few thousand entries: a stream of valid
     * numbers that would fill the heap is refused with the heap it needs.
     */
    static final class Budget {
        /** A parsed rational keeps about this many bytes besides its digits (objects, headers, array slot). */
        static final int BYTES_PER_ENTRY = 112;
        private final String where;
        private final long limit;
        private long bytes;
        private long entries;

        Budget(String where) {
            this.where = where;
            this.limit = (long) (HEAP_SHARE * MemoryBudget.maxHeap());
        }

        /** Counts an entry of {@code chars} characters. */
        void entry(int chars) {
            bytes += BYTES_PER_ENTRY + chars / 2;
            if ((++entries & 0xfff) == 0 && bytes > limit) {
                throw new InputException(where + ": more than " + entries + " numbers: holding them needs more than " + MemoryBudget.size(bytes)
                        + ", over the " + MemoryBudget.size(limit) + " this JVM gives its input (" + Math.round(HEAP_SHARE * 100)
                        + "% of the heap): use a smaller input, or more heap, e.g. JAVA_OPTS=-Xmx"
                        + MemoryBudget.suggestedHeap((long) (2 * bytes / HEAP_SHARE * MemoryBudget.USABLE)));
            }
        }
    }

    /** A strict UTF-8 decoder of {@code in}: a malformed byte is an error, never a replacement character. */
    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Characters of a strict UTF-8 stream; NUL (binary data) and malformed bytes are refused. */
    private static final class Scanner {
        private final Reader reader;
        private final String where;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int len;
        private boolean first = true;

        Scanner(Reader in, String where) {
            this.reader = in;
            this.where = where;
        }

        /** @return the next character, or -1 at the end */
        int next() {
            if (pos == len) {
                try {
                    len = reader.read(buf);
                } catch (CharacterCodingException e) {
                    throw new InputException(where + ": not UTF-8 text");
                } catch (IOException e) {
                    throw new InputException(where + ": cannot read: " + FileErrors.reason(e), e);
                } catch (UncheckedIOException e) {
                    throw new InputException(where + ": cannot read: " + FileErrors.reason(e.getCause()), e);
                }
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return -1;
                }
            }
            char c = buf[pos++];
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    // A UTF-8 byte order mark (spreadsheet exports write one) is not part of the data.
                    return next();
                }
            }
            if (c == 0) {
                throw new InputException(where + ": contains a NUL character: binary data, not text");
            }
            return c;
        }
    }

    /** A stream that refuses to deliver more than {@code limit} bytes ({@link #MAX_BYTES} for every input file). */
    static final class Capped extends FilterInputStream {
        private final String where;
        private final long limit;
        private long count;

        Capped(InputStream in, String where, long limit) {
            super(in);
            this.where = where;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int n) throws IOException {
            int k = super.read(b, off, n);
            if (k > 0) {
                count(k);
            }
            return k;
        }

        private void count(int k) {
            count += k;
            if (count > limit) {
                throw new InputException(where + ": more than " + MemoryBudget.size(limit) + " (the input limit): an endless or too"
                        + " large input");
            }
        }
    }
}
