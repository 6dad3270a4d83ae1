package dev.percept.structured;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.spec.KernelUse;
import dev.percept.spec.kernels.Permutations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * A permutation matrix, {@code (P a)_i = a_{pi(i)}} for a bijection {@code pi} of {@code {1..d}}
 * of any cycle type (involutions, long cycles, anything). Every permutation matrix is orthogonal
 * ({@code P^T P = I}, {@code P^T = P^-1}); it is symmetric only when {@code pi} is an involution,
 * and nothing here assumes that. The bijection is checked, and the inverse computed, by the kernel
 * {@link Permutations#invert} when the object is built. {@link #apply} costs {@code O(d)} whatever
 * the cycle structure.
 *
 * <p>Notations (1-based): one-line {@code "2,3,1"} lists {@code pi(1), ..., pi(d)}; cycle notation
 * {@code "(1 2 3)(4 5)"} maps each index to the next one in its cycle ({@code 1 -> 2 -> 3 -> 1}),
 * indices in no cycle are fixed, and {@code "()"} is the identity. {@code "(1 2 3)"} and
 * {@code "2,3,1"} are the same permutation; with it {@code P (a1, a2, a3) = (a2, a3, a1)}.
 */
public final class Permutation implements OrthogonalMap {

    private final int[] image;
    private final int[] inverse;

    private Permutation(int[] image, int[] inverse) {
        this.image = image;
        this.inverse = inverse;
    }

    /**
     * Builds P from the 1-based one-line notation {@code pi(1), ..., pi(d)}.
     *
     * @throws IllegalArgumentException naming the first entry that is out of range or repeats an earlier one
     */
    public static Permutation ofOneBased(int[] oneBased) {
        int d = oneBased.length;
        if (d == 0) {
            throw new IllegalArgumentException("empty permutation");
        }
        int[] img = new int[d];
        for (int i = 0; i < d; i++) {
            if (oneBased[i] < 1 || oneBased[i] > d) {
                throw new IllegalArgumentException("entry " + (i + 1) + " is " + oneBased[i] + ", out of range 1.." + d);
            }
            img[i] = oneBased[i] - 1;
        }
        int[] inv = new int[d];
        KernelUse.mark(KernelUse.Site.PERMUTATION_CHECK);
        int bad = Permutations.invert(img, inv);
        if (bad >= 0) {
            throw new IllegalArgumentException(joinOneBased(oneBased) + " is not a permutation: " + whyNot(img, inv, bad));
        }
        return new Permutation(img, inv);
    }

    /**
     * Parses either notation: cycle notation when the text starts with {@code (}, else one-line
     * notation (comma-separated). {@code d} is the dimension (cycle notation leaves the indices it
     * does not mention fixed, so it needs d; one-line notation must have exactly d entries).
     *
     * @throws IllegalArgumentException with a one-line reason (malformed text, an index out of
     *     range or repeated, a length that is not d, not a bijection)
     */
    public static Permutation parse(String text, int d) {
        String t = text.strip();
        if (t.startsWith("(")) {
            return ofCycles(t, d);
        }
        String[] parts = t.split(",", -1);
        int[] one = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String e = parts[i].strip();
            if (!e.matches("[+-]?[0-9]{1,9}")) {
                throw new IllegalArgumentException("entry " + (i + 1) + " '" + e + "' is not an integer");
            }
            one[i] = Integer.parseInt(e);
        }
        return ofOneBased(one, d);
    }

    /**
     * As {@link #ofOneBased(int[])}, after checking that the one-line notation has exactly
     * {@code d} entries (the length of the vector it will act on).
     *
     * @throws IllegalArgumentException on a length mismatch, or as {@link #ofOneBased(int[])}
     */
    public static Permutation ofOneBased(int[] oneBased, int d) {
        if (oneBased.length != d) {
            throw new IllegalArgumentException("length mismatch: the permutation has " + oneBased.length + " entries, the vector has " + d);
        }
        return ofOneBased(oneBased);
    }

    /**
     * Parses cycle notation such as {@code "(1 2 3)(4 5)"} on {@code {1..d}}: each cycle is a
     * parenthesised list of distinct 1-based indices separated by spaces or commas; indices in no
     * cycle are fixed; {@code "()"} is the identity.
     *
     * @throws IllegalArgumentException naming the character position of malformed text, or the
     *     index that is out of range 1..d or appears twice
     */
    public static Permutation ofCycles(String text, int d) {
        if (d < 1) {
            throw new IllegalArgumentException("dimension must be positive, got " + d);
        }
        int[] img = new int[d];
        for (int i = 0; i < d; i++) {
            img[i] = i;
        }
        boolean[] seen = new boolean[d];
        String s = text;
        int pos = 0;
        int n = s.length();
        boolean any = false;
        while (true) {
            pos = skipSpaces(s, pos);
            if (pos == n) {
                break;
            }
            if (s.charAt(pos) != '(') {
                throw malformed(s, pos, "'('");
            }
            any = true;
            pos++;
            List<Integer> cycle = new ArrayList<>();
            while (true) {
                pos = skipSeparators(s, pos, !cycle.isEmpty());
                if (pos == n) {
                    throw new IllegalArgumentException("malformed cycle notation: '" + shorten(s) + "' ends inside a cycle (missing ')')");
                }
                char c = s.charAt(pos);
                if (c == ')') {
                    pos++;
                    break;
                }
                if (c < '0' || c > '9') {
                    throw malformed(s, pos, "an index or ')'");
                }
                int start = pos;
                while (pos < n && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
                String digits = s.substring(start, pos);
                if (digits.length() > 9) {
                    throw new IllegalArgumentException("index " + digits + " is out of range 1.." + d);
                }
                int k = Integer.parseInt(digits);
                if (k < 1 || k > d) {
                    throw new IllegalArgumentException("index " + k + " is out of range 1.." + d);
                }
                if (seen[k - 1]) {
                    throw new IllegalArgumentException("index " + k + " appears twice in '" + shorten(s) + "'");
                }
                seen[k - 1] = true;
                cycle.add(k - 1);
                if (pos < n && s.charAt(pos) != ')' && s.charAt(pos) != ',' && !Character.isWhitespace(s.charAt(pos))) {
                    throw malformed(s, pos, "a space, ',' or ')'");
                }
            }
            for (int j = 0; j < cycle.size(); j++) {
                img[cycle.get(j)] = cycle.get((j + 1) % cycle.size());
            }
        }
        if (!any) {
            throw new IllegalArgumentException("empty cycle notation");
        }
        int[] inv = new int[d];
        KernelUse.mark(KernelUse.Site.PERMUTATION_CHECK);
        int bad = Permutations.invert(img, inv);
        if (bad >= 0) {
            throw new IllegalStateException("internal error: the cycles give no bijection (" + whyNot(img, inv, bad) + ")");
        }
        return new Permutation(img, inv);
    }

    /**
     * The reason {@link Permutations#invert} gave for rejecting the 0-based table {@code img}, from
     * its witness {@code bad} (1-based in the message): an entry out of range, an entry repeating the
     * image of an earlier one, or a value that is the image of no entry.
     */
    private static String whyNot(int[] img, int[] inv, int bad) {
        int d = img.length;
        if (bad >= d) {
            return "no entry is " + (bad - d + 1);
        }
        if (img[bad] < 0 || img[bad] >= d) {
            return "entry " + (bad + 1) + " is " + (img[bad] + 1) + ", out of range 1.." + d;
        }
        return "entries " + (inv[img[bad]] + 1) + " and " + (bad + 1) + " are both " + (img[bad] + 1);
    }

    private static int skipSpaces(String s, int pos) {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    /** Skips white space and (after the first index of a cycle) at most one comma. */
    private static int skipSeparators(String s, int pos, boolean commaAllowed) {
        pos = skipSpaces(s, pos);
        if (commaAllowed && pos < s.length() && s.charAt(pos) == ',') {
            pos = skipSpaces(s, pos + 1);
            if (pos < s.length() && (s.charAt(pos) == ')' || s.charAt(pos) == ',')) {
                throw malformed(s, pos, "an index");
            }
        }
        return pos;
    }

    private static IllegalArgumentException malformed(String s, int pos, String expected) {
        return new IllegalArgumentException("malformed cycle notation: at character " + (pos + 1) + " of '" + shorten(s) + "' expected "
                + expected + ", found '" + s.charAt(pos) + "'");
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** Returns the transposition of 1-based coordinates {@code i} and {@code j} in dimension d. */
    public static Permutation swap(int d, int i, int j) {
        int[] p = new int[d];
        for (int k = 0; k < d; k++) {
            p[k] = k + 1;
        }
        p[i - 1] = j;
        p[j - 1] = i;
        return ofOneBased(p);
    }

    private static String joinOneBased(int[] p) {
        StringJoiner j = new StringJoiner(",");
        int shown = Math.min(p.length, 12);
        for (int i = 0; i < shown; i++) {
            j.add(Integer.toString(p[i]));
        }
        return j + (p.length > shown ? ",..." : "");
    }

    /** @return the 0-based image {@code pi(i)} of the 0-based index {@code i} */
    public int image(int i) {
        return image[i];
    }

    /** @return the 0-based preimage {@code pi^-1(i)} (the image under {@code P^T = P^-1}) */
    public int preimage(int i) {
        return inverse[i];
    }

    /** @return the 1-based one-line notation {@code pi(1), ..., pi(d)} */
    public int[] oneBased() {
        int[] r = new int[image.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = image[i] + 1;
        }
        return r;
    }

    /** @return the cycle notation, 1-based, cycles of length >= 2 from their smallest index: {@code (1 2 3)(4 5)}, or {@code ()} */
    public String cycleNotation() {
        StringBuilder sb = new StringBuilder();
        boolean[] done = new boolean[image.length];
        for (int i = 0; i < image.length; i++) {
            if (done[i] || image[i] == i) {
                continue;
            }
            sb.append('(');
            for (int j = i; !done[j]; j = image[j]) {
                done[j] = true;
                sb.append(j == i ? "" : " ").append(j + 1);
            }
            sb.append(')');
        }
        return sb.length() == 0 ? "()" : sb.toString();
    }

    /** @return whether {@code pi(pi(i)) = i} for all i, i.e. whether P is symmetric */
    public boolean isInvolution() {
        for (int i = 0; i < image.length; i++) {
            if (image[image[i]] != i) {
                return false;
            }
        }
        return true;
    }

    /** @return the lengths of the cycles of length at least 2, largest first */
    public List<Integer> cycleLengths() {
        boolean[] done = new boolean[image.length];
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < image.length; i++) {
            if (done[i]) {
                continue;
            }
            int len = 0;
            for (int j = i; !done[j]; j = image[j]) {
                done[j] = true;
                len++;
            }
            if (len >= 2) {
                out.add(len);
            }
        }
        out.sort((x, y) -> Integer.compare(y, x));
        return out;
    }

    @Override
    public int dimension() {
        return image.length;
    }

    @Override
    public Rational[] apply(Rational[] a) {
        if (a.length != image.length) {
            throw new IllegalArgumentException("length mismatch: a has " + a.length + " entries, P is " + image.length + "x" + image.length);
        }
        Rational[] r = new Rational[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[image[i]];
        }
        return r;
    }

    @Override
    public RationalMatrix toMatrix() {
        int d = image.length;
        Rational[][] m = new Rational[d][d];
        for (int i = 0; i < d; i++) {
            Arrays.fill(m[i], Rational.ZERO);
            m[i][image[i]] = Rational.ONE;
        }
        return RationalMatrix.of(m);
    }

    /** @return e.g. {@code permutation, cycles of length 3, 2} or {@code permutation, identity} */
    @Override
    public String describe() {
        List<Integer> c = cycleLengths();
        if (c.isEmpty()) {
            return "permutation, identity";
        }
        TreeMap<Integer, Integer> count = new TreeMap<>((x, y) -> Integer.compare(y, x));
        for (int len : c) {
            count.merge(len, 1, Integer::sum);
        }
        StringJoiner j = new StringJoiner(", ");
        count.forEach((len, k) -> j.add(k + (k == 1 ? " cycle" : " cycles") + " of length " + len));
        return "permutation, " + j;
    }
}
