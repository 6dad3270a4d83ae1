package dev.percept.audit;

import ch.obermuhlner.math.big.BigDecimalMath;
import dev.percept.binary64.Binary64;
import dev.percept.check.Progress;
import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Audit of eigenvalues printed by another library against the exact spectrum
 * ({@link ExactSpectrum}). Given values and true eigenvalues (with multiplicity) are matched in
 * increasing order. For each pair the error is enclosed rigorously: the true eigenvalue lies in
 * {@code [trueLower, trueUpper]}, refined until the width is below {@code 10^-5} of both the
 * distance to the given value and the eigenvalue's magnitude, so every error below is known to
 * at least 4 significant digits (unless it is exactly zero). Pure rational arithmetic; the ulp of
 * the nearest IEEE-754 double comes from {@link Binary64#ulpOfNearest}.
 */
public final class Audit {

    /** From this many eigenvalues on, their refinements run in parallel. */
    static final int PARALLEL_MIN_N = 24;


    private Audit() {
    }

    /** A closed interval {@code [lo, hi]} of rationals; {@code null} bounds mean "undefined". */
    public record Bounds(Rational lo, Rational hi) {
    }

    /** The audit of one given eigenvalue. */
    public record Entry(Rational given, Rational trueLower, Rational trueUpper, int multiplicity, Bounds absError,
            Bounds relError, Bounds ulps) {
        /** @return LRE interval {@code [-log10 relHi, -log10 relLo]} to 3 decimals, outward; null if undefined or infinite */
        public BigDecimal[] lre() {
            if (relError == null || relError.lo().signum() == 0) {
                return null;
            }
            return new BigDecimal[] {negLog10(relError.hi(), RoundingMode.FLOOR), negLog10(relError.lo(), RoundingMode.CEILING)};
        }
    }

    /** The audit of all eigenvalues. */
    public record Report(int n, String method, List<Entry> entries, Rational tolerance) {
        /** @return the largest upper bound of the absolute errors */
        public Rational maxAbsError() {
            Rational m = Rational.ZERO;
            for (Entry e : entries) {
                m = m.max(e.absError().hi());
            }
            return m;
        }

        /** @return the largest upper bound of the ulp errors, null if some is undefined */
        public Rational maxUlps() {
            Rational m = Rational.ZERO;
            for (Entry e : entries) {
                if (e.ulps() == null) {
                    return null;
                }
                m = m.max(e.ulps().hi());
            }
            return m;
        }

        /** @return false only when some absolute error is proven to exceed the tolerance */
        public boolean withinTolerance() {
            if (tolerance == null) {
                return true;
            }
            for (Entry e : entries) {
                if (e.absError().lo().compareTo(tolerance) > 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Audits {@code given} (any order) against the exact spectrum of symmetric {@code m}.
     *
     * @throws IllegalArgumentException on a non-symmetric matrix or a wrong number of values
     */
    public static Report run(RationalMatrix m, List<Rational> given, Rational tolerance) {
        return run(m, given, tolerance, Progress.NONE);
    }

    /**
     * As {@link #run(RationalMatrix, List, Rational)}, reporting the phases of
     * {@link ExactSpectrum#of(RationalMatrix, List, Progress)} and {@code refining} (eigenvalues
     * enclosed so far, of n).
     */
    public static Report run(RationalMatrix m, List<Rational> given, Rational tolerance, Progress progress) {
        if (m.isSquare() && given.size() != m.rows()) {
            throw new IllegalArgumentException("expected " + m.rows() + " eigenvalues for a " + m.rows() + "x" + m.rows()
                    + " matrix, got " + given.size());
        }
        ExactSpectrum s = ExactSpectrum.of(m, given, progress);
        return run(s, given, tolerance, progress, ExactSpectrum.commonDenominator(m));
    }

    /** Audits {@code given} against a computed exact spectrum. */
    public static Report run(ExactSpectrum s, List<Rational> given, Rational tolerance) {
        return run(s, given, tolerance, Progress.NONE);
    }

    /** As {@link #run(ExactSpectrum, List, Rational)}, reporting {@code refining} (eigenvalues enclosed so far, of n). */
    public static Report run(ExactSpectrum s, List<Rational> given, Rational tolerance, Progress progress) {
        return run(s, given, tolerance, progress, BigInteger.ZERO);
    }

    /**
     * The audit; {@code den} (0 if unknown) times a rational eigenvalue is an integer
     * ({@link ExactSpectrum#commonDenominator}). After the refinement around the given value
     * every rational eigenvalue is found exactly ({@link RealRoots#exactIfRational}, cheap on the
     * refined interval), also inside a square-free factor of higher degree: its enclosure is then
     * the value itself ({@code diag(1,2,3)} has the one factor {@code (x-1)(x-2)(x-3)}).
     */
    static Report run(ExactSpectrum s, List<Rational> given, Rational tolerance, Progress progress, BigInteger den) {
        if (given.size() != s.n()) {
            throw new IllegalArgumentException("expected " + s.n() + " eigenvalues, got " + given.size());
        }
        List<Rational> g = new ArrayList<>(given);
        Collections.sort(g);
        List<ExactSpectrum.Root> truth = s.expanded();
        // Each refinement is independent of the others: large audits refine in parallel, in order.
        java.util.stream.IntStream idx = java.util.stream.IntStream.range(0, g.size());
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        progress.update("refining", 0, g.size());
        List<Entry> out = (g.size() >= PARALLEL_MIN_N ? idx.parallel() : idx).mapToObj(i -> {
            ExactSpectrum.Root r = truth.get(i);
            RealRoots.Interval iv = RealRoots.exactIfRational(RealRoots.refineAround(r.interval(), g.get(i)), den);
            progress.update("refining", done.incrementAndGet(), g.size());
            return entry(g.get(i), iv.lo(), iv.hi(), r.multiplicity());
        }).toList();
        return new Report(s.n(), s.method(), out, tolerance);
    }

    static Entry entry(Rational x, Rational lo, Rational hi, int mult) {
        Rational dLo = x.compareTo(lo) < 0 ? lo.subtract(x) : (x.compareTo(hi) > 0 ? x.subtract(hi) : Rational.ZERO);
        Rational dHi = x.subtract(lo).abs().max(x.subtract(hi).abs());
        Bounds abs = new Bounds(dLo, dHi);
        Bounds rel = null;
        if (lo.signum() * hi.signum() > 0) {
            Rational minMag = lo.abs().min(hi.abs());
            Rational maxMag = lo.abs().max(hi.abs());
            rel = new Bounds(dLo.divide(maxMag), dHi.divide(minMag));
        } else if (lo.signum() == 0 && hi.signum() == 0 && x.signum() == 0) {
            rel = new Bounds(Rational.ZERO, Rational.ZERO);
        }
        return new Entry(x, lo, hi, mult, abs, rel, ulps(x, lo, hi, dLo, dHi));
    }

    /** {@code 2^-1022}: below it doubles are evenly spaced by the smallest subnormal {@code 2^-1074}. */
    private static final Rational SMALLEST_NORMAL = Rational.powerOfTwo(-1022);

    /**
     * The error in ulps of the double nearest the true eigenvalue, null where that says nothing.
     * An exactly-zero eigenvalue has the smallest subnormal {@code 2^-1074} as its ulp, which
     * counts the doubles between 0 and the given value only while that value is itself below
     * {@code 2^-1022} (there doubles are evenly spaced by it): beyond, the count (up to about
     * {@code 10^632} for a given 1, more than any JSON reader holds as a number) measures no
     * rounding, so it is undefined, like the relative error.
     */
    static Bounds ulps(Rational x, Rational lo, Rational hi, Rational dLo, Rational dHi) {
        if (lo.signum() == 0 && hi.signum() == 0) {
            Rational tiny = Rational.powerOfTwo(-1074);
            return x.abs().compareTo(SMALLEST_NORMAL) < 0 ? new Bounds(dLo.divide(tiny), dHi.divide(tiny)) : null;
        }
        Rational uMin = Binary64.ulpOfNearest(lo.abs().min(hi.abs()));
        Rational uMax = lo.signum() * hi.signum() >= 0 ? Binary64.ulpOfNearest(lo.abs().max(hi.abs())) : null;
        return uMin != null && uMax != null ? new Bounds(dLo.divide(uMax), dHi.divide(uMin)) : null;
    }

    /** {@code -log10 q} rounded to 3 decimals in the given direction (30-digit big-math log, then a margin). */
    static BigDecimal negLog10(Rational q, RoundingMode mode) {
        MathContext mc = new MathContext(40);
        BigDecimal x = new BigDecimal(q.numerator()).divide(new BigDecimal(q.denominator()), mc);
        BigDecimal l = BigDecimalMath.log10(x, mc).negate();
        BigDecimal margin = new BigDecimal("1e-30").max(l.abs().multiply(new BigDecimal("1e-35")));
        l = mode == RoundingMode.FLOOR ? l.subtract(margin) : l.add(margin);
        return l.setScale(3, mode);
    }

    /** {@code q} rounded to {@code sig} significant digits in direction {@code mode} (FLOOR or CEILING); exact zero stays 0. */
    public static BigDecimal round(Rational q, int sig, RoundingMode mode) {
        if (q.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal est = new BigDecimal(q.numerator()).divide(new BigDecimal(q.denominator()), new MathContext(20, RoundingMode.DOWN));
        int e = est.precision() - est.scale() - 1;
        int scale = sig - 1 - e;
        BigInteger num = q.numerator();
        BigInteger den = q.denominator();
        if (scale >= 0) {
            num = num.multiply(BigInteger.TEN.pow(scale));
        } else {
            den = den.multiply(BigInteger.TEN.pow(-scale));
        }
        Rational t = Rational.of(num, den);
        BigInteger k = mode == RoundingMode.FLOOR ? t.floor() : t.ceil();
        return new BigDecimal(k, scale);
    }

    /** Decimal digits after the point enough to print {@code [lo, hi]} outward without widening it by more than its width. */
    public static int placesFor(Rational lo, Rational hi, Rational fallbackMagnitude) {
        Rational w = hi.subtract(lo);
        if (w.signum() == 0) {
            w = fallbackMagnitude.signum() == 0 ? Rational.ONE : fallbackMagnitude.abs();
            w = w.divide(Rational.of(BigInteger.TEN.pow(30)));
        }
        int places = 0;
        Rational ten = Rational.of(10);
        while (w.compareTo(Rational.of(10)) < 0 && places < 100_000) {
            w = w.multiply(ten);
            places++;
        }
        return Math.max(places, 1);
    }

    /** {@code q} rounded to {@code places} decimals in direction {@code mode}. */
    public static BigDecimal roundPlaces(Rational q, int places, RoundingMode mode) {
        Rational t = q.multiply(BigInteger.TEN.pow(places));
        BigInteger k = mode == RoundingMode.FLOOR ? t.floor() : t.ceil();
        return new BigDecimal(k, places);
    }
}
