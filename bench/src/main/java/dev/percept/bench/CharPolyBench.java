package dev.percept.bench;

import dev.percept.exact.CharPoly;
import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The exact integer characteristic polynomial of a dense random symmetric integer matrix
 * (entries -100..100): the multimodular Hessenberg method (the default of
 * {@code RationalMatrix.charPoly()}) and the division-free Berkowitz method.
 * Root isolation is benchmarked with {@code percept audit} once that lands (issue 4).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseSerialGC")
public class CharPolyBench {

    @Param({"20", "50", "100"})
    public int n;

    private BigInteger[][] b;

    @Setup
    public void setUp() {
        b = BenchInputs.symmetricIntegers(n);
    }

    @Benchmark
    public BigInteger[] multimodular() {
        return CharPoly.multimodular(b);
    }

    @Benchmark
    public BigInteger[] berkowitz() {
        return CharPoly.berkowitz(b);
    }
}
