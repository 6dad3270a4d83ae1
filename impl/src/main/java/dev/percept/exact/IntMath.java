package dev.percept.exact;

import dev.percept.spec.KernelUse;
import dev.percept.spec.kernels.IntegerKernels;
import java.math.BigInteger;

/**
 * Integer square root and gcd on {@link BigInteger}s with a small-number fast path: arguments below
 * 2^62 run through the KeY-proved {@code long} kernels of {@link IntegerKernels} (contracts proved
 * with overflow checking, see proofs-checks), larger ones through {@code BigInteger}.
 */
public final class IntMath {

    private static final int FAST_BITS = 62;

    private IntMath() {
    }

    /** @return {@code floor(sqrt(n))} for {@code n >= 0} */
    public static BigInteger isqrt(BigInteger n) {
        if (n.signum() >= 0 && n.bitLength() <= FAST_BITS) {
            KernelUse.mark(KernelUse.Site.INTEGER_SQUARE_ROOT);
            return BigInteger.valueOf(IntegerKernels.isqrt(n.longValueExact()));
        }
        return n.sqrt();
    }

    /** @return {@code gcd(|a|, |b|)} (0 iff both are 0), as {@link BigInteger#gcd} */
    public static BigInteger gcd(BigInteger a, BigInteger b) {
        if (a.bitLength() <= FAST_BITS && b.bitLength() <= FAST_BITS) {
            KernelUse.mark(KernelUse.Site.RATIONAL_REDUCTION);
            return BigInteger.valueOf(IntegerKernels.gcd(Math.abs(a.longValueExact()), Math.abs(b.longValueExact())));
        }
        return a.gcd(b);
    }
}
