package dev.percept.bench;

import dev.percept.binary64.Binary64;
import java.lang.invoke.MethodHandle;
import java.util.Random;
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
 * The double fast path of issue 4 ({@code dev.percept.fast}, reached through {@link FastPath}'s
 * method handles; "not available yet (issue 4)" until it lands): structured spectrum at
 * d = 4000, generic symmetric eigenvalues at n = 1000 (FastSymmetricEigen), one logistic-GD step on
 * n = 10^4 points with d = 10^3 features. Targets (issue 6): 1000x faster than numpy's eigvalsh
 * on the dense d = 4000 matrix; within 3x of numpy at n = 1000; within 1.5x of a numpy GD step.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx2g"})
public class FastPathBench {

    /** Inputs of the structured spectrum: a (rounded from the exact instance) and P, 0-based. */
    @State(Scope.Benchmark)
    public static class Structured {
        @Param({"4000"})
        public int d;
        double[] a;
        int[] perm;
        MethodHandle h;

        @Setup
        public void setUp() {
            h = FastPath.structured();
            BenchInputs.Parts parts = BenchInputs.structuredParts(d);
            a = new double[d];
            perm = new int[d];
            for (int i = 0; i < d; i++) {
                a[i] = Binary64.nearest(parts.a()[i]);
                perm[i] = parts.perm()[i] - 1;
            }
        }
    }

    /** A random symmetric integer matrix (entries -100..100) in double. */
    @State(Scope.Benchmark)
    public static class Generic {
        @Param({"1000"})
        public int n;
        double[][] m;
        MethodHandle h;

        @Setup
        public void setUp() {
            h = FastPath.symmetric();
            m = BenchInputs.symmetricDoubles(n);
        }
    }

    /** Classification data: integer features in [-100, 100], labels ±1, and a small nonzero start. */
    @State(Scope.Benchmark)
    public static class Data {
        @Param({"10000"})
        public int points;
        @Param({"1000"})
        public int features;
        double[][] x;
        int[] y;
        double[] w;
        MethodHandle h;

        @Setup
        public void setUp() {
            h = FastPath.logisticGd();
            Random rnd = new Random(0xda7aL + points + features);
            x = new double[points][features];
            y = new int[points];
            for (int i = 0; i < points; i++) {
                for (int j = 0; j < features; j++) {
                    x[i][j] = rnd.nextInt(201) - 100;
                }
                y[i] = rnd.nextBoolean() ? 1 : -1;
            }
            w = FastPath.start(features);
        }
    }

    @Benchmark
    public double[] fastStructuredSpectrum(Structured s) throws Throwable {
        return (double[]) s.h.invokeExact(s.a, s.perm);
    }

    @Benchmark
    public double[] fastSymmetricEigenvalues(Generic g) throws Throwable {
        return (double[]) g.h.invokeExact(g.m);
    }

    @Benchmark
    public double[] fastLogisticGdStep(Data d) throws Throwable {
        return (double[]) d.h.invokeExact(d.w, d.x, d.y, 1.0);
    }
}
