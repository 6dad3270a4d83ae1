package dev.percept.dynamics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A non-negative upper bound {@code m * 2^e} with a 31-bit mantissa (as Arb's {@code mag_t}): the
 * radius type of {@link BinBall}. Every operation returns an upper bound of the exact result of
 * its arguments (rounding up only), so a radius computed from radii only grows. Exponents are
 * kept within {@code +-2^30}; beyond, {@link OutOfRange} is thrown and the caller falls back to
 * decimal balls ({@link Ball}).
 */
final class Mag implements Comparable<Mag> {
    /** Mantissa bits: m is 0 or in {@code [2^30, 2^31)}, so a product of two mantissas fits a long. */
    static final int BITS = 31;
    private static final long TOP = 1L << BITS;
    private static final long LOW = 1L << (BITS - 1);
    /** Largest exponent magnitude handled (binary orders of magnitude, about 10^(3.2e8)). */
    static final int LIMIT = 1 << 30;

    /** Zero. */
    static final Mag ZERO = new Mag(0, 0);

    /** Thrown when a value leaves the exponent range of the binary kernel. */
    static final class OutOfRange extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfRange(String what) {
            super(what, null, false, false);
        }
    }

    final long m;
    final int e;

    private Mag(long m, int e) {
        this.m = m;
        this.e = e;
    }

    /** Upper bound of {@code m * 2^e} for {@code m >= 0} (any size of m, any e within range). */
    static Mag of(long m, long e) {
        if (m < 0) {
            throw new IllegalArgumentException("negative magnitude");
        }
        if (m == 0) {
            return ZERO;
        }
        int bl = 64 - Long.numberOfLeadingZeros(m);
        if (bl > BITS) {
            int sh = bl - BITS;
            long q = m >>> sh;
            if ((q << sh) != m) {
                q++; // round up
            }
            if (q == TOP) {
                q = LOW;
                sh++;
            }
            return make(q, e + sh);
        }
        int sh = BITS - bl;
        return make(m << sh, e - sh);
    }

    private static Mag make(long m, long e) {
        if (e > LIMIT || e < -LIMIT) {
            throw new OutOfRange("binary exponent " + e);
        }
        return new Mag(m, (int) e);
    }

    /** {@code 2^e}. */
    static Mag pow2(long e) {
        return make(LOW, e - (BITS - 1));
    }

    /** Upper bound of {@code |v| * 2^e}. */
    static Mag of(BigInteger v, long e) {
        int bl = v.bitLength();
        if (bl <= 62) {
            return of(Math.abs(v.longValue()), e);
        }
        BigInteger a = v.abs();
        int sh = bl - 62;
        long q = a.shiftRight(sh).longValue();
        if (a.getLowestSetBit() < sh) {
            q++;
        }
        return of(q, e + sh);
    }

    /** Upper bound of a non-negative decimal. */
    static Mag of(BigDecimal v) {
        if (v.signum() < 0) {
            throw new IllegalArgumentException("negative magnitude");
        }
        if (v.signum() == 0) {
            return ZERO;
        }
        BigInteger u = v.unscaledValue();
        int s = v.scale();
        if (s <= 0) {
            return of(u.multiply(BigInteger.TEN.pow(-s)), 0);
        }
        // u / 10^s <= ceil(u * 2^g / 10^s) * 2^-g, g giving about 64 significant bits
        long g = 64 + (long) Math.ceil(s * 3.3219280948873626) - u.bitLength();
        if (g < 0) {
            g = 0;
        }
        BigInteger[] qr = u.shiftLeft((int) g).divideAndRemainder(BigInteger.TEN.pow(s));
        BigInteger q = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
        return of(q, -g);
    }

    /** @return whether this is zero */
    boolean isZero() {
        return m == 0;
    }

    /** @return an upper bound of {@code this + o} */
    Mag add(Mag o) {
        if (m == 0) {
            return o;
        }
        if (o.m == 0) {
            return this;
        }
        Mag a = this;
        Mag b = o;
        if (a.e < b.e) {
            a = o;
            b = this;
        }
        long d = (long) a.e - b.e;
        long bm;
        if (d >= 62) {
            bm = 1; // b < 2^(b.e + 31) <= 2^(a.e - 31): one unit of a covers it
        } else {
            bm = b.m >>> d;
            if ((bm << d) != b.m) {
                bm++;
            }
        }
        return of(a.m + bm, a.e);
    }

    /** @return an upper bound of {@code this * o} */
    Mag mul(Mag o) {
        if (m == 0 || o.m == 0) {
            return ZERO;
        }
        return of(m * o.m, (long) e + o.e);
    }

    /** @return an upper bound of {@code this * k}, {@code k >= 0} */
    Mag mul(long k) {
        return mul(of(k, 0));
    }

    /** @return an upper bound of {@code this * 2^k} (exact) */
    Mag mulPow2(long k) {
        return m == 0 ? ZERO : make(m, e + k);
    }

    /** @return an upper bound of {@code this / o} for {@code o > 0} (o is a lower bound of the divisor) */
    Mag div(Mag o) {
        if (o.m == 0) {
            throw new ArithmeticException("division by a magnitude that may be zero");
        }
        if (m == 0) {
            return ZERO;
        }
        long num = m << 31; // < 2^62
        long q = num / o.m;
        if (q * o.m != num) {
            q++;
        }
        return of(q, (long) e - o.e - 31);
    }

    /**
     * A running upper bound of a sum of products {@code sum a_j b_j} of magnitudes, kept in two
     * fields so that the sum allocates nothing per term (the radius side of the kernel's dot
     * products); every step rounds up exactly as {@link #mul} and {@link #add} do.
     */
    static final class Sum {
        private long sm;
        private long se;

        /** Adds an upper bound of {@code a * b}. */
        void addProduct(Mag a, Mag b) {
            if (a.m == 0 || b.m == 0) {
                return;
            }
            long p = a.m * b.m; // < 2^62
            long pe = (long) a.e + b.e;
            int bl = 64 - Long.numberOfLeadingZeros(p);
            int sh = bl - BITS;
            long q = p >>> sh;
            if ((q << sh) != p) {
                q++;
            }
            pe += sh;
            if (q == TOP) {
                q = LOW;
                pe++;
            }
            if (sm == 0) {
                sm = q;
                se = pe;
                return;
            }
            long hm = sm;
            long he = se;
            long lm = q;
            long le = pe;
            if (he < le) {
                hm = q;
                he = pe;
                lm = sm;
                le = se;
            }
            long d = he - le;
            long add;
            if (d >= 62) {
                add = 1;
            } else {
                add = lm >>> d;
                if ((add << d) != lm) {
                    add++;
                }
            }
            long s = hm + add; // < 2^32
            if (s >= TOP) {
                long t = s >>> 1;
                if ((t << 1) != s) {
                    t++;
                }
                s = t;
                he++;
                if (s == TOP) {
                    s = LOW;
                    he++;
                }
            }
            sm = s;
            se = he;
        }

        /** @return the sum so far */
        Mag value() {
            return sm == 0 ? ZERO : make(sm, se);
        }
    }

    /** @return the larger of the two */
    Mag max(Mag o) {
        return compareTo(o) >= 0 ? this : o;
    }

    /** @return {@code floor(log2(this)) + 1} for a non-zero value: {@code this < 2^top} */
    long top() {
        return (long) e + BITS;
    }

    @Override
    public int compareTo(Mag o) {
        if (m == 0 || o.m == 0) {
            return Long.compare(m, o.m);
        }
        if (e != o.e) {
            return Integer.compare(e, o.e);
        }
        return Long.compare(m, o.m);
    }

    /** @return a lower bound of {@code |v| * 2^e} (mantissa truncated) */
    static Mag lower(BigInteger v, long e) {
        BigInteger a = v.abs();
        int bl = a.bitLength();
        if (bl == 0) {
            return ZERO;
        }
        if (bl > BITS) {
            return make(a.shiftRight(bl - BITS).longValue(), e + bl - BITS);
        }
        return make(a.longValue() << (BITS - bl), e - (BITS - bl));
    }

    /** @return the value as an exact decimal rounded up to {@code mc} (mc must round up) */
    BigDecimal toDecimal(MathContext mc) {
        if (m == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal v = new BigDecimal(m);
        if (e >= 0) {
            return new BigDecimal(BigInteger.valueOf(m).shiftLeft(e)).round(mc);
        }
        // m * 2^e = m * 5^-e / 10^-e, exact; only for moderate e (radii printed or handed to Ball)
        if (e < -100_000) {
            // beyond 10^-30000 the exact 5^-e is large: bound 2^e by 10^k, k >= e log10(2)
            long k = (long) Math.floor(e * 0.30102999566398114) + 1; // 10^k >= 2^e since k >= e log10 2
            return v.scaleByPowerOfTen((int) k).round(mc);
        }
        return new BigDecimal(BigInteger.valueOf(m).multiply(BigInteger.valueOf(5).pow(-e)), -e).round(mc);
    }

    /** Rounding up to 12 digits, the radius precision of {@link Ball}. */
    static final MathContext UP12 = new MathContext(12, RoundingMode.UP);

    @Override
    public String toString() {
        return m + "*2^" + e;
    }
}
