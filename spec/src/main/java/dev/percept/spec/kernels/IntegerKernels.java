package dev.percept.spec.kernels;

/**
 * Integer square root and greatest common divisor over {@code long}, in the plain Java subset KeY
 * reads, with contracts proved under Java's overflow semantics. The exact core calls them on
 * values that fit in a {@code long} (the small-number fast paths), before falling back to
 * {@code BigInteger}.
 */
public final class IntegerKernels {

    /** floor(sqrt(Long.MAX_VALUE)): every {@code m <= ISQRT_MAX} has {@code m * m} in range. */
    public static final long ISQRT_MAX = 3037000499L;

    private IntegerKernels() {
    }

    /**
     * Returns {@code floor(sqrt(n))} for {@code n >= 0}, by bisection on {@code [0, ISQRT_MAX + 1)}.
     * (The JML spells {@code ISQRT_MAX} as the literal 3037000499, which KeY's auto mode uses
     * directly; it does not unfold the static constant.)
     */
    /*@ public normal_behavior
      @ requires n >= 0;
      @ ensures 0 <= \result && \result <= 3037000499L;
      @ ensures \result * \result <= n;
      @ ensures n < (\result + 1) * (\result + 1);
      @ assignable \nothing;
      @*/
    public static long isqrt(long n) {
        long lo = 0;
        long hi = ISQRT_MAX + 1;
        /*@ loop_invariant 0 <= lo && lo < hi && hi <= 3037000500L;
          @ loop_invariant lo * lo <= n;
          @ loop_invariant hi == 3037000500L || n < hi * hi;
          @ decreases hi - lo;
          @ assignable \nothing;
          @*/
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            //@ assert lo < mid && mid < hi && mid <= 3037000499L;
            if (square(mid) <= n) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Returns {@code m * m} for {@code 0 <= m <= ISQRT_MAX}, where it cannot overflow. A separate
     * method so that KeY proves the nonlinear bound once, in a small context, and isqrt uses it
     * through this contract.
     */
    /*@ public normal_behavior
      @ requires 0 <= m && m <= 3037000499L;
      @ ensures \result == m * m;
      @ ensures 0 <= \result && \result <= 9223372030926249001L;
      @ assignable \nothing;
      @*/
    public static long square(long m) {
        return m * m;
    }

    /**
     * Returns {@code gcd(a, b)} for {@code a, b >= 0} (Euclid's algorithm; {@code gcd(0, 0) = 0}).
     * The result divides both arguments, and every common divisor divides it.
     */
    /*@ public normal_behavior
      @ requires a >= 0 && b >= 0;
      @ ensures \result >= 0;
      @ ensures \result == 0 <==> (a == 0 && b == 0);
      @ ensures \result > 0 ==> a % \result == 0 && b % \result == 0;
      @ ensures (\forall long c; c > 0 && a % c == 0 && b % c == 0; \result % c == 0);
      @ assignable \nothing;
      @*/
    public static long gcd(long a, long b) {
        long x = a;
        long y = b;
        /*@ loop_invariant x >= 0 && y >= 0;
          @ loop_invariant (x == 0 && y == 0) <==> (a == 0 && b == 0);
          @ loop_invariant (\forall long c; c > 0;
          @     (a % c == 0 && b % c == 0) <==> (x % c == 0 && y % c == 0));
          @ decreases y;
          @ assignable \nothing;
          @*/
        while (y != 0) {
            long r = x % y;
            x = y;
            y = r;
        }
        return x;
    }
}
