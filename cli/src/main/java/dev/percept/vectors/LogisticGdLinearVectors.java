package dev.percept.vectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.percept.check.Progress;
import dev.percept.dynamics.CertifiedGd;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.LinearModel;
import dev.percept.exact.Rational;
import dev.percept.dynamics.Perceptron;
import dev.percept.model.TieMode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * {@code logistic_gd_linear.json} (claim R1): logistic-GD iterates and losses on the linear model,
 * each to N certified digits ({@link CertifiedGd}, every iterate), with the perceptron's first step
 * where GD starts at 0.
 */
final class LogisticGdLinearVectors extends VectorFile {

    /** The guarantee of every certified decimal, as {@link dev.percept.dynamics.CertifiedDecimal#certify} proves it. */
    static final String GD_GUARANTEE = "each decimal d, rounded to N = `digits` significant digits (trailing zeros omitted, so an exactly representable value may show fewer), satisfies |exact - d| <= 1 unit in the last "
            + "place of d, i.e. 10^(floor(log10|d|) - N + 1) (one ulp, not half: it is the rounded centre of a rigorous ball "
            + "enclosure, accepted only if the whole ball lies within one ulp of it); a decimal printed as 0E-k (value 0, scale k) "
            + "means |exact| <= 10^-k (the enclosure contained 0); a decimal printed as 0 is exactly 0";

    private final int digits;

    /** @param digits certified significant digits of every iterate and loss */
    LogisticGdLinearVectors(int digits) {
        super("logistic_gd_linear.json", Schemas::logisticGd);
        this.digits = digits;
    }

    @Override
    ObjectNode generate(Provenance provenance) {
        VectorDoc doc = start(provenance, "R1",
                "logistic-loss gradient descent theta_{t+1} = theta_t - gamma grad L(theta_t), L = (1/n) sum_i log(1 + exp(-y_i <theta, x_i>)), "
                        + "i.e. theta_{t+1} = theta_t + (gamma/n) sum_i sigma(-y_i <theta_t, x_i>) y_i x_i, on the linear model, by "
                        + "dev.percept.dynamics.LogisticGd in BigDecimal ball arithmetic (spec/gd-precision.md) around the exact rational "
                        + "start; guard digits doubled from 20 until every printed value is certified by CertifiedDecimal");
        doc.note("CERTIFIED_DIGITS", GD_GUARANTEE)
                .note("FIRST_STEP_EQUALS_PERCEPTRON", "theta_0 = 0 (claim R1): every margin is 0, sigma(0) = 1/2, so theta_1 equals the batch "
                        + "perceptron step from 0 with step eta = gamma/n and tie rule omega(0) = 1/2; `perceptronFirstStep` gives it exactly")
                .note("NONZERO_START", "theta_0 != 0")
                .note("LARGE_GAMMA", "gamma * max_i ||x_i||^2 / 4 >= 2: the GD map is not a contraction, iterates grow and sigma saturates")
                .note("SMALL_GAMMA", "gamma <= 1/100: iterates move little per step")
                .note("NONSEPARABLE", "no theta has every margin y_i <theta, x_i> > 0")
                .note("DYADIC_DATA", "x, theta_0 and gamma are dyadic rationals, exactly representable as IEEE doubles");
        ObjectNode g = doc.group("LogisticGdLinearTrajectory");
        g.put("digits", digits);
        g.put("guarantee", GD_GUARANTEE);
        ArrayNode tests = g.putArray("tests");
        Rational h = Rational.of(1, 2);
        Rational q = Rational.of(1, 4);
        Rational[][] toy = {{r(1), r(2)}, {r(-1), r(1)}, {r(3), Rational.of(-1, 2)}, {r(-2), r(-1)}};
        int[] toyY = {1, -1, 1, -1};
        add(doc, tests, toy, toyY, r(1), zeros(2), 8, "toy 2-d separable data, gamma = 1, from 0");
        add(doc, tests, toy, toyY, h, new Rational[] {h, Rational.of(-3, 4)}, 8, "toy 2-d data, gamma = 1/2, from (1/2, -3/4)");
        add(doc, tests, toy, toyY, r(64), zeros(2), 5, "toy 2-d data, gamma = 64, from 0: large steps");
        add(doc, tests, toy, toyY, Rational.of(1, 1024), zeros(2), 6, "toy 2-d data, gamma = 1/1024, from 0: small steps");
        Rational[][] xor = {{r(1), r(1)}, {r(-1), r(-1)}, {r(1), r(-1)}, {r(-1), r(1)}};
        add(doc, tests, xor, new int[] {1, 1, -1, -1}, r(1), new Rational[] {q, h}, 8, "XOR: non-separable, gamma = 1, from (1/4, 1/2)",
                "NONSEPARABLE");
        Rational[][] one = {{r(3), Rational.of(-5, 8), q}};
        add(doc, tests, one, new int[] {-1}, r(2), zeros(3), 6, "a single point in 3-d, gamma = 2, from 0");
        Random rnd = new Random(11);
        Rational[][] x3 = new Rational[7][3];
        int[] y3 = new int[7];
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 3; j++) {
                x3[i][j] = Rational.of(rnd.nextInt(17) - 8, 1 << rnd.nextInt(3));
            }
            y3[i] = rnd.nextBoolean() ? 1 : -1;
        }
        add(doc, tests, x3, y3, Rational.of(3, 4), zeros(3), 10, "random dyadic data, n = 7, d = 3, gamma = 3/4, from 0");
        add(doc, tests, x3, y3, Rational.of(3, 4), new Rational[] {r(-1), h, Rational.of(3, 8)}, 10,
                "random dyadic data, n = 7, d = 3, gamma = 3/4, from (-1, 1/2, 3/8)");
        return doc.finish();
    }

    private static Rational r(long v) {
        return Rational.of(v);
    }

    private static Rational[] zeros(int d) {
        Rational[] z = new Rational[d];
        Arrays.fill(z, Rational.ZERO);
        return z;
    }

    private static boolean dyadic(Rational v) {
        BigInteger den = v.denominator();
        return den.bitCount() == 1;
    }

    private void add(VectorDoc doc, ArrayNode tests, Rational[][] x, int[] y, Rational gamma, Rational[] theta0, int steps, String comment,
            String... extraFlags) {
        Dataset data = new Dataset("vectors", x, y);
        Rational eta = gamma.multiply(Rational.of(1, data.n()));
        CertifiedGd.Result gd = CertifiedGd.run(new LinearModel(data.d()), data, gamma, theta0, steps, digits, CertifiedGd.Iterates.ALL,
                Progress.NONE);
        if (!gd.certified()) {
            throw new IllegalStateException("internal error: cannot certify " + digits + " digits of GD for " + comment);
        }
        ObjectNode t = doc.test(tests, comment);
        ArrayNode flags = VectorDoc.flags(t);
        flags.add("CERTIFIED_DIGITS");
        boolean zeroStart = Arrays.stream(theta0).allMatch(Rational::isZero);
        flags.add(zeroStart ? "FIRST_STEP_EQUALS_PERCEPTRON" : "NONZERO_START");
        Rational maxNorm = Rational.ZERO;
        boolean dy = dyadic(gamma);
        for (Rational[] xi : x) {
            Rational s = Rational.ZERO;
            for (Rational v : xi) {
                s = s.add(v.square());
                dy &= dyadic(v);
            }
            maxNorm = maxNorm.max(s);
        }
        for (Rational v : theta0) {
            dy &= dyadic(v);
        }
        if (gamma.multiply(maxNorm).divide(Rational.of(4)).compareTo(Rational.TWO) >= 0) {
            flags.add("LARGE_GAMMA");
        }
        if (gamma.compareTo(Rational.of(1, 100)) <= 0) {
            flags.add("SMALL_GAMMA");
        }
        for (String f : extraFlags) {
            flags.add(f);
        }
        if (dy) {
            flags.add("DYADIC_DATA");
        }
        t.set("x", VectorDoc.rows(x));
        t.set("y", VectorDoc.ints(y));
        t.put("gamma", gamma.toString());
        t.put("eta", eta.toString());
        t.put("steps", steps);
        t.set("theta0", VectorDoc.strings(theta0));
        if (zeroStart && steps > 0) {
            Rational[] p = Perceptron.step(new LinearModel(theta0.length), new Dataset("R1 first step", x, y), eta, theta0, TieMode.HALF);
            t.set("perceptronFirstStep", VectorDoc.strings(p));
            for (int k = 0; k < p.length; k++) {
                BigDecimal c = gd.theta().get(1).get(k);
                BigDecimal unit = c.signum() == 0 ? BigDecimal.ONE.scaleByPowerOfTen(-c.scale()) : c.ulp();
                if (Rational.of(c).subtract(p[k]).abs().compareTo(Rational.of(unit)) > 0) {
                    throw new IllegalStateException("internal error: R1 first step differs from the perceptron step for " + comment);
                }
            }
        }
        ArrayNode ths = t.putArray("theta");
        for (List<BigDecimal> row : gd.theta()) {
            ArrayNode a = ths.addArray();
            for (BigDecimal v : row) {
                a.add(v.toString());
            }
        }
        ArrayNode ls = t.putArray("loss");
        for (BigDecimal v : gd.loss()) {
            ls.add(v.toString());
        }
        t.put("workingDigits", gd.workingDigits());
    }
}
