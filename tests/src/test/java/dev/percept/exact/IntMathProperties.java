package dev.percept.exact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.percept.spec.kernels.IntegerKernels;
import java.math.BigInteger;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The KeY-proved long kernels (isqrt, gcd) agree with BigInteger's, on random and edge values,
 * and the BigInteger front end {@link IntMath} agrees on both sides of its fast-path threshold.
 */
class IntMathProperties {

    @Property(tries = 2000)
    void isqrtIsTheFloorSquareRoot(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long n) {
        long r = IntegerKernels.isqrt(n);
        assertThat(BigInteger.valueOf(r)).isEqualTo(BigInteger.valueOf(n).sqrt());
    }

    @Property(tries = 2000)
    void gcdAgreesWithBigInteger(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long a,
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long b) {
        assertThat(BigInteger.valueOf(IntegerKernels.gcd(a, b))).isEqualTo(BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)));
    }

    @Property(tries = 1000)
    void frontEndAgreesAcrossTheThreshold(@ForAll long a, @ForAll long b, @ForAll boolean big) {
        BigInteger x = BigInteger.valueOf(a);
        BigInteger y = BigInteger.valueOf(b);
        if (big) {
            x = x.shiftLeft(40).add(BigInteger.ONE);
        }
        assertThat(IntMath.gcd(x, y)).isEqualTo(x.gcd(y));
        assertThat(IntMath.isqrt(x.abs())).isEqualTo(x.abs().sqrt());
    }

    @Example
    void edges() {
        assertThat(IntegerKernels.isqrt(Long.MAX_VALUE)).isEqualTo(IntegerKernels.ISQRT_MAX);
        assertThat(IntegerKernels.isqrt(0)).isZero();
        assertThat(IntegerKernels.isqrt(IntegerKernels.ISQRT_MAX * IntegerKernels.ISQRT_MAX - 1)).isEqualTo(IntegerKernels.ISQRT_MAX - 1);
        assertThat(IntegerKernels.gcd(0, 0)).isZero();
        assertThat(IntegerKernels.gcd(0, 12)).isEqualTo(12);
        assertThat(IntegerKernels.gcd(Long.MAX_VALUE, Long.MAX_VALUE - 1)).isEqualTo(1);
    }
}
