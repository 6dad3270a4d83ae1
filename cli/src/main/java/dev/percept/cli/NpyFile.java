package dev.percept.cli;

import dev.percept.binary64.Binary64;
import dev.percept.exact.Rational;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A NumPy {@code .npy} file read exactly: every stored number becomes the rational it is (a
 * float64 or float32 is a dyadic rational, {@link Binary64#exact}; an integer is itself), nothing
 * is rounded. The format (NumPy Enhancement Proposal 1, versions 1.0, 2.0 and 3.0): the magic
 * {@code \x93NUMPY}, a version byte pair, the header length (2 bytes little-endian in 1.0, 4 in 2.0
 * and 3.0), a Python dict literal {@code {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }}
 * (Latin-1, UTF-8 in 3.0), then the raw data.
 *
 * <p>Read: floating point {@code f2 f4 f8}, signed and unsigned integers of 1, 2, 4 and 8 bytes,
 * {@code b1} (bool, as 0/1), in either byte order ({@code <} little, {@code >} big, {@code |} for
 * one byte) and in C or Fortran order. Refused, each with one message naming the file: a wrong
 * magic, an unknown version, a header length past the end of the file or above
 * {@link #MAX_HEADER_BYTES}, a header that is not the dict above, a dtype that is not a real
 * number (complex, object arrays, which numpy pickles and percept never unpickles, strings,
 * structured records, datetimes, long double), more than {@link #MAX_VALUES} values (refused from
 * the header, before any data is read), data shorter or longer than the shape needs, and a NaN or
 * infinity, named by its row and column.
 *
 * <p>Why not a library: {@code org.jetbrains.bio:npy} (0.3.5, the one that resolves here) refuses
 * Fortran-order arrays, reads unsigned integers as signed, reports bad files with
 * {@code IllegalStateException}s and buffer underflows, and brings the Kotlin runtime.
 */
final class NpyFile {

    /** The first six bytes of every .npy file. */
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** A header beyond 64 KiB is refused (numpy's own reader refuses more than 10000 bytes unless told otherwise). */
    static final int MAX_HEADER_BYTES = 65_536;
    /**
     * At most {@code 2^22} values (a 2048 x 2048 matrix, 32 MiB of float64) are read from one file:
     * each becomes an exact rational of about 100 bytes, and no computation percept offers on more
     * would finish. Refused from the header, before the data are read.
     */
    static final long MAX_VALUES = 1L << 22;

    /**
     * An array read from a .npy file: its dtype, shape and values in C (row-major) order. A class,
     * not a record, so that its arrays stay its own: the accessors return copies.
     */
    static final class Array {
        private final Path file;
        private final String descr;
        private final boolean fortranOrder;
        private final int[] shape;
        private final Rational[] values;

        Array(Path file, String descr, boolean fortranOrder, int[] shape, Rational[] values) {
            this.file = file;
            this.descr = descr;
            this.fortranOrder = fortranOrder;
            this.shape = shape.clone();
            this.values = values.clone();
        }

        /** @return the file it was read from */
        Path file() {
            return file;
        }

        /** @return numpy's dtype string, e.g. {@code <f8} */
        String descr() {
            return descr;
        }

        /** @return whether the file stored the values in Fortran (column-major) order */
        boolean fortranOrder() {
            return fortranOrder;
        }

        /** @return a copy of the shape */
        int[] shape() {
            return shape.clone();
        }

        /** @return a copy of the values, in C (row-major) order */
        Rational[] values() {
            return values.clone();
        }

        /** @return the number of dimensions */
        int ndim() {
            return shape.length;
        }

        /** @return e.g. {@code float64} for {@code <f8} */
        String typeName() {
            return NpyFile.typeName(descr.charAt(1), Integer.parseInt(descr.substring(2)));
        }

        /** @return e.g. {@code float64 <f8 (little-endian, C order, shape (4, 4))} */
        String describe() {
            char o = descr.charAt(0);
            String order = o == '<' ? "little-endian, " : o == '>' ? "big-endian, " : "";
            return typeName() + " " + descr + " (" + order + (fortranOrder ? "Fortran" : "C") + " order, shape " + shapeText(shape) + ")";
        }

        /** @return whether the stored numbers are binary32 (float32) values */
        boolean isFloat32() {
            return descr.substring(1).equals("f4");
        }
    }

    private NpyFile() {
    }

    /** Whether {@code file} is to be read as .npy: its name ends in {@code .npy}, or it starts with the magic. */
    static boolean isNpy(Path file) {
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".npy")) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads {@code file}; {@code option} names it in messages.
     *
     * @throws InputException naming the option, the file and the problem
     */
    static Array read(Path file, String option) {
        String where = option + ": " + file + ": ";
        if (Files.isDirectory(file)) {
            throw new InputException(option + ": " + file + " is a directory, not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            return read(in, size, file, where);
        } catch (NoSuchFileException e) {
            throw new InputException(where + "no such file");
        } catch (IOException e) {
            throw new InputException(where + "cannot read (" + e.getMessage() + ")");
        }
    }

    private static Array read(InputStream in, long size, Path file, String where) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new InputException(where + "not a .npy file: bad magic (the file must start with \\x93NUMPY)");
        }
        byte[] version = in.readNBytes(2);
        if (version.length < 2) {
            throw new InputException(where + "truncated .npy: ends inside the version bytes");
        }
        int major = version[0] & 0xff;
        if (major < 1 || major > 3 || version[1] != 0) {
            throw new InputException(where + "unsupported .npy version " + major + "." + (version[1] & 0xff) + " (1.0, 2.0 and 3.0 are read)");
        }
        int lenBytes = major == 1 ? 2 : 4;
        byte[] len = in.readNBytes(lenBytes);
        if (len.length < lenBytes) {
            throw new InputException(where + "truncated .npy: ends inside the header length");
        }
        long headerLen = 0;
        for (int k = lenBytes - 1; k >= 0; k--) {
            headerLen = (headerLen << 8) | (len[k] & 0xff);
        }
        long prefix = MAGIC.length + 2L + lenBytes;
        if (headerLen > size - prefix) {
            throw new InputException(where + "header length " + headerLen + " runs past the end of the file (" + size + " bytes)");
        }
        if (headerLen > MAX_HEADER_BYTES) {
            throw new InputException(where + "header length " + headerLen + " exceeds the limit of " + MAX_HEADER_BYTES + " bytes");
        }
        byte[] header = in.readNBytes((int) headerLen);
        String text = new String(header, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Map<String, Object> dict = Header.parse(text, where);
        if (!dict.keySet().equals(java.util.Set.of("descr", "fortran_order", "shape"))) {
            throw new InputException(where + "header must have exactly the keys descr, fortran_order and shape, has " + dict.keySet());
        }
        Object descr = dict.get("descr");
        if (!(descr instanceof String d)) {
            throw new InputException(where + "unsupported dtype: a structured (record) dtype " + Header.show(descr)
                    + "; percept reads arrays of real numbers");
        }
        String dtype = checkDtype(d, where);
        if (!(dict.get("fortran_order") instanceof Boolean fortran)) {
            throw new InputException(where + "header: fortran_order must be True or False");
        }
        int[] shape = shape(dict.get("shape"), where);
        long count = 1;
        for (int s : shape) {
            count *= s;
            if (count > MAX_VALUES) {
                throw new InputException(where + "shape " + shapeText(shape) + " holds more than " + MAX_VALUES
                        + " values, the limit percept reads from one .npy (2^22; each value becomes an exact rational)");
            }
        }
        int item = Integer.parseInt(dtype.substring(2));
        long need = count * item;
        long have = size - prefix - headerLen;
        if (have != need) {
            throw new InputException(where + (have < need ? "truncated: " : "") + "shape " + shapeText(shape) + " of " + typeName(dtype.charAt(1), item)
                    + " needs " + need + " bytes of data, the file has " + have + " after the header"
                    + (have < need ? "" : " (the shape does not match the data)"));
        }
        Rational[] flat = data(in, dtype, (int) count, shape, fortran, where);
        return new Array(file, dtype, fortran, shape, flat);
    }

    /** Checks the dtype; returns it with an explicit byte order ({@code |} for one byte). */
    private static String checkDtype(String d, String where) {
        if (d.length() < 2) {
            throw new InputException(where + "unsupported dtype '" + d + "'");
        }
        char order = d.charAt(0);
        String body = "<>|=".indexOf(order) >= 0 ? d.substring(1) : d;
        if ("<>|=".indexOf(order) < 0) {
            order = '|';
        }
        char kind = body.charAt(0);
        String why = switch (kind) {
            case 'c' -> "complex numbers";
            case 'O' -> "Python objects (numpy pickles them; percept never unpickles)";
            case 'S', 'a', 'U' -> "strings";
            case 'V' -> "raw or structured records";
            case 'M', 'm' -> "dates and time deltas";
            default -> null;
        };
        if (why != null) {
            throw new InputException(where + "unsupported dtype '" + d + "' (" + why + "); percept reads real numbers: float16/32/64,"
                    + " signed and unsigned integers, bool");
        }
        int item;
        try {
            item = Integer.parseInt(body.substring(1));
        } catch (NumberFormatException e) {
            throw new InputException(where + "unsupported dtype '" + d + "'");
        }
        boolean ok = switch (kind) {
            case 'f' -> item == 2 || item == 4 || item == 8;
            case 'i', 'u' -> item == 1 || item == 2 || item == 4 || item == 8;
            case 'b' -> item == 1;
            default -> false;
        };
        if (!ok) {
            throw new InputException(where + "unsupported dtype '" + d + "'" + (kind == 'f' ? " (extended precision)" : "")
                    + "; percept reads real numbers: float16/32/64, signed and unsigned integers, bool");
        }
        if (order == '=' && item > 1) {
            throw new InputException(where + "dtype '" + d + "' has the byte order of the machine that wrote it ('='), unknown here");
        }
        return (item == 1 ? '|' : order) + body;
    }

    static String typeName(char kind, int item) {
        return switch (kind) {
            case 'f' -> "float" + 8 * item;
            case 'i' -> "int" + 8 * item;
            case 'u' -> "uint" + 8 * item;
            default -> "bool";
        };
    }

    private static int[] shape(Object o, String where) {
        if (!(o instanceof List<?> l)) {
            throw new InputException(where + "header: shape must be a tuple of integers, got " + Header.show(o));
        }
        int[] shape = new int[l.size()];
        for (int k = 0; k < shape.length; k++) {
            if (!(l.get(k) instanceof BigInteger b) || b.signum() < 0 || b.bitLength() > 31) {
                throw new InputException(where + "header: shape " + Header.show(o) + " must hold integers from 0 to 2^31 - 1");
            }
            shape[k] = b.intValueExact();
        }
        return shape;
    }

    static String shapeText(int[] shape) {
        StringBuilder b = new StringBuilder("(");
        for (int k = 0; k < shape.length; k++) {
            b.append(k == 0 ? "" : ", ").append(shape[k]);
        }
        return b.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** Reads and converts the data, in chunks, into C order; NaN and infinities are refused with their position. */
    private static Rational[] data(InputStream in, String dtype, int count, int[] shape, boolean fortran, String where) throws IOException {
        char kind = dtype.charAt(1);
        int item = Integer.parseInt(dtype.substring(2));
        ByteOrder order = dtype.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        Rational[] out = new Rational[count];
        int[] cStride = new int[shape.length];
        int stride = 1;
        for (int k = shape.length - 1; k >= 0; k--) {
            cStride[k] = stride;
            stride *= shape[k];
        }
        int[] idx = new int[shape.length]; // the multi-index of the next stored value, in storage order
        byte[] chunk = new byte[Math.max(item, 1 << 16)];
        int done = 0;
        while (done < count) {
            int values = Math.min(count - done, chunk.length / item);
            int got = in.readNBytes(chunk, 0, values * item);
            if (got < values * item) {
                throw new InputException(where + "truncated: the data end early");
            }
            ByteBuffer buf = ByteBuffer.wrap(chunk, 0, got).order(order);
            for (int v = 0; v < values; v++) {
                int c = 0;
                for (int k = 0; k < shape.length; k++) {
                    c += idx[k] * cStride[k];
                }
                out[c] = value(buf, kind, item, idx, shape, where);
                advance(idx, shape, fortran);
            }
            done += values;
        }
        return out;
    }

    /** The next multi-index in storage order: the last axis fastest (C) or the first (Fortran). */
    private static void advance(int[] idx, int[] shape, boolean fortran) {
        int n = idx.length;
        for (int s = 0; s < n; s++) {
            int k = fortran ? s : n - 1 - s;
            if (++idx[k] < shape[k]) {
                return;
            }
            idx[k] = 0;
        }
    }

    private static Rational value(ByteBuffer buf, char kind, int item, int[] idx, int[] shape, String where) {
        switch (kind) {
            case 'f': {
                if (item == 2) {
                    return half(buf.getShort(), idx, shape, where);
                }
                double x = item == 8 ? buf.getDouble() : buf.getFloat();
                if (!Double.isFinite(x)) {
                    throw notFinite(Double.isNaN(x) ? "NaN" : x > 0 ? "+infinity" : "-infinity", idx, shape, where);
                }
                return Binary64.exact(x); // a float widens to a double exactly
            }
            case 'i':
                return Rational.of(item == 8 ? buf.getLong() : item == 4 ? buf.getInt() : item == 2 ? buf.getShort() : buf.get());
            case 'u': {
                long v = item == 8 ? buf.getLong() : item == 4 ? buf.getInt() & 0xffffffffL : item == 2 ? buf.getShort() & 0xffff : buf.get() & 0xff;
                BigInteger b = BigInteger.valueOf(v);
                return Rational.of(v < 0 ? b.add(BigInteger.ONE.shiftLeft(64)) : b);
            }
            default:
                return buf.get() == 0 ? Rational.ZERO : Rational.ONE;
        }
    }

    /** IEEE binary16: sign, 5 exponent bits (bias 15), 10 stored bits. */
    private static Rational half(short bits, int[] idx, int[] shape, String where) {
        int b = bits & 0xffff;
        int exp = (b >> 10) & 0x1f;
        int frac = b & 0x3ff;
        if (exp == 0x1f) {
            throw notFinite(frac != 0 ? "NaN" : (b >> 15) != 0 ? "-infinity" : "+infinity", idx, shape, where);
        }
        int m = exp == 0 ? frac : frac | 0x400;
        Rational v = Rational.of(m).multiply(Rational.powerOfTwo(exp == 0 ? -24 : exp - 25));
        return (b >> 15) != 0 ? v.negate() : v;
    }

    private static InputException notFinite(String what, int[] idx, int[] shape, String where) {
        return new InputException(where + position(idx, shape) + ": " + what + " is not a finite number (percept never drops or replaces a value)");
    }

    /** {@code row 2, column 3} (1-based) for a matrix, {@code entry 5} for a vector, else the index tuple. */
    static String position(int[] idx, int[] shape) {
        if (shape.length == 2) {
            return "row " + (idx[0] + 1) + ", column " + (idx[1] + 1);
        }
        if (shape.length == 1) {
            return "entry " + (idx[0] + 1);
        }
        if (shape.length == 0) {
            return "the value";
        }
        StringBuilder b = new StringBuilder("index (");
        for (int k = 0; k < idx.length; k++) {
            b.append(k == 0 ? "" : ", ").append(idx[k] + 1);
        }
        return b.append(") (1-based)").toString();
    }

    /**
     * The header's Python literal: a dict of string keys whose values are strings, {@code True},
     * {@code False}, integers (a trailing {@code L} of Python 2 allowed), tuples and lists of those.
     */
    static final class Header {
        private final String s;
        private final String where;
        private int p;

        private Header(String s, String where) {
            this.s = s;
            this.where = where;
        }

        static Map<String, Object> parse(String text, String where) {
            Header h = new Header(text, where);
            Object o = h.value();
            h.skip();
            if (h.p != h.s.length() || !(o instanceof Map<?, ?>)) {
                throw h.bad("not a dict literal");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) o;
            return m;
        }

        private InputException bad(String what) {
            return new InputException(where + "malformed .npy header (" + what + " at character " + (p + 1) + ")");
        }

        private void skip() {
            while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
                p++;
            }
        }

        private boolean eat(char c) {
            skip();
            if (p < s.length() && s.charAt(p) == c) {
                p++;
                return true;
            }
            return false;
        }

        private Object value() {
            skip();
            if (p >= s.length()) {
                throw bad("unexpected end");
            }
            char c = s.charAt(p);
            if (c == '{') {
                p++;
                Map<String, Object> m = new LinkedHashMap<>();
                while (!eat('}')) {
                    Object k = value();
                    if (!(k instanceof String key)) {
                        throw bad("a key that is not a string");
                    }
                    if (!eat(':')) {
                        throw bad("':' expected");
                    }
                    m.put(key, value());
                    if (!eat(',') && !peek('}')) {
                        throw bad("',' or '}' expected");
                    }
                }
                return m;
            }
            if (c == '(' || c == '[') {
                char close = c == '(' ? ')' : ']';
                p++;
                List<Object> l = new ArrayList<>();
                while (!eat(close)) {
                    l.add(value());
                    if (!eat(',') && !peek(close)) {
                        throw bad("',' or '" + close + "' expected");
                    }
                }
                return l;
            }
            if (c == '\'' || c == '"') {
                int end = s.indexOf(c, p + 1);
                if (end < 0) {
                    throw bad("unterminated string");
                }
                String v = s.substring(p + 1, end);
                p = end + 1;
                return v;
            }
            int start = p;
            while (p < s.length() && (Character.isLetterOrDigit(s.charAt(p)) || s.charAt(p) == '-' || s.charAt(p) == '_')) {
                p++;
            }
            String w = s.substring(start, p);
            if (w.equals("True") || w.equals("False")) {
                return w.equals("True");
            }
            if (w.equals("None")) {
                return null;
            }
            String digits = w.endsWith("L") ? w.substring(0, w.length() - 1) : w;
            if (digits.matches("-?[0-9]{1,30}")) {
                return new BigInteger(digits);
            }
            p = start;
            throw bad("unexpected '" + (w.isEmpty() ? String.valueOf(c) : w) + "'");
        }

        private boolean peek(char c) {
            skip();
            return p < s.length() && s.charAt(p) == c;
        }

        static String show(Object o) {
            return String.valueOf(o);
        }
    }
}
