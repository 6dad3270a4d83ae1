package dev.percept.fast;

/**
 * A fast-path input or result outside the range where IEEE double arithmetic represents it and
 * the function's stated error bound is proved: an input beyond the largest double (it would round
 * to an infinity) or a nonzero input below the smallest subnormal (it would round to 0), an
 * iterate or eigenvalue that overflows, or a result that lands in the subnormal range where a
 * relative bound cannot hold. The fast path refuses rather than print an infinity, a NaN or a
 * value its bound does not cover; the exact engine has no such limits. The message says which
 * number and why, in words a command line can show after {@code --engine fast: }.
 */
public final class DoubleRangeException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    /** @param message which number is out of range and why */
    public DoubleRangeException(String message) {
        super(message);
    }
}
