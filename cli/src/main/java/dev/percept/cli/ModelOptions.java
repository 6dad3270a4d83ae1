package dev.percept.cli;

import dev.percept.dynamics.Activation;
import dev.percept.dynamics.Dataset;
import dev.percept.dynamics.LinearModel;
import dev.percept.dynamics.Model;
import dev.percept.dynamics.UnitModel;
import dev.percept.exact.Rational;
import dev.percept.model.ModelKind;
import dev.percept.structured.DenseLinearMap;
import dev.percept.structured.LinearMap;
import dev.percept.structured.Permutation;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options shared by {@code perceptron}, {@code gd} and {@code reduce}: data, model, width, activation, involution, init. */
public final class ModelOptions {

    @Option(names = "--data", required = true, paramLabel = "FILE",
            description = "Rows x_1,...,x_d,y with y in {-1,1}: CSV ('#' comments; integers, p/q, decimals read as --numbers says), a 2-D .npy,"
                    + " or builtin:toy2d / builtin:minimal4.")
    String data;

    @Option(names = "--model", required = true, paramLabel = "M",
            description = {"linear: f = theta^T x, theta = (theta_1..theta_d);",
                "two-layer: f = sum_j v_j phi(w_j^T x), theta = (v_1..v_m, w_1[1..d], ..., w_m[1..d]);",
                "tied: f = u1 phi(w^T x) + u2 phi(w^T Q x), theta = (u1, u2, w_1..w_d) (Q = P a permutation, or any matrix by --Q-file)."})
    String model;

    @Option(names = "--width", paramLabel = "m", defaultValue = "2", description = "Width m of the two-layer model, at least 1 (a count of units; default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--activation", paramLabel = "A",
            description = "relu | leaky:<alpha> | identity (default relu for two-layer, identity for tied). Convention: " + Activation.CONVENTION + ".")
    String activation;

    @Option(names = "--perm", paramLabel = "PERM",
            description = "Tied model: the permutation P (any; one-line notation 2,1,3,... or cycle notation \"(1 2)\"; default: swap 1 and 2).")
    String perm;

    @Option(names = "--Q-file", paramLabel = "FILE",
            description = "Tied model: CSV file holding any rational d x d matrix Q for f = u1 phi(w^T x) + u2 phi(w^T Q x) (instead of --perm).")
    Path qFile;

    @Option(names = "--init", paramLabel = "FILE|seed:K",
            description = {"Initial theta of two-layer/tied models (zero is stationary there, so it is required): a CSV vector in parameter order,",
                "or seed:K = entries p/q with p uniform in {-4..4}\\{0} and q in {1..4}, drawn in parameter order by java.util.Random(K).",
                "The linear model starts at 0."})
    String init;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** {@code --numbers} and the record of how each file of the model options was read. */
    @picocli.CommandLine.Mixin
    NumericInput numbers = new NumericInput();

    /** @return the data set (CSV, .npy or builtin) */
    public Dataset dataset() {
        return numbers.dataset(data, "--data");
    }

    /**
     * The model for data of dimension d. The options of other models are rejected when given:
     * {@code --width} belongs to two-layer, {@code --perm} to tied, {@code --activation} to both.
     */
    public Model build(int d) {
        ModelKind kind;
        try {
            kind = ModelKind.parse(model);
        } catch (IllegalArgumentException e) {
            throw new InputException("--model: " + e.getMessage());
        }
        switch (kind) {
            case LINEAR:
                Given.reject(spec, "applies to --model two-layer or tied, not linear (f = theta^T x has no units)", "--width", "--activation", "--perm",
                        "--Q-file");
                return new LinearModel(d);
            case TWO_LAYER:
                Given.reject(spec, "applies to --model tied only (the map Q of f = u1 phi(w^T x) + u2 phi(w^T Q x))", "--perm", "--Q-file");
                if (width < 1) {
                    throw new InputException("--width: must be >= 1, got " + width);
                }
                return UnitModel.twoLayer(d, width, activation(Activation.RELU));
            case TIED:
                Given.reject(spec, "applies to --model two-layer only (the tied model has two units)", "--width");
                return UnitModel.tied(tiedMap(d), activation(Activation.IDENTITY));
            default:
                throw new IllegalStateException("unhandled model kind " + kind);
        }
    }

    /** The tied model's second input map: --Q-file, --perm, or the swap of coordinates 1 and 2. */
    private LinearMap tiedMap(int d) {
        if (perm != null && qFile != null) {
            throw new InputException("--Q-file: give at most one of --perm and --Q-file");
        }
        String opt = qFile != null ? "--Q-file" : "--perm";
        if (qFile == null && perm == null && d < 2) {
            throw new InputException("--model tied: the default P swaps coordinates 1 and 2, and the data have d = " + d
                    + " feature: there is no pair to swap; give --perm 1 (P = I) or --Q-file");
        }
        LinearMap q;
        try {
            q = qFile != null ? DenseLinearMap.of(numbers.matrix(qFile, "--Q-file"))
                    : perm == null ? Permutation.swap(d, 1, 2) : Permutation.parse(perm, d);
        } catch (IllegalArgumentException e) {
            throw new InputException(opt + ": " + e.getMessage());
        }
        if (q.dimension() != d) {
            throw new InputException(opt + ": " + (qFile != null ? "Q" : "P") + " acts on R^" + q.dimension() + " but the data have d = " + d);
        }
        return q;
    }

    private Activation activation(Activation dflt) {
        if (activation == null) {
            return dflt;
        }
        try {
            return Activation.parse(activation);
        } catch (IllegalArgumentException e) {
            throw new InputException("--activation: " + e.getMessage());
        }
    }

    /** @return the activation name in use, or null for linear */
    public String activationName(Model m) {
        return m instanceof UnitModel ? ((UnitModel) m).activation().name() : null;
    }

    /** @return the initial theta: zeros for linear, --init otherwise */
    public Rational[] theta0(Model m) {
        int k = m.parameterCount();
        if (m.kind() == ModelKind.LINEAR) {
            if (init != null) {
                throw new InputException("--init: the linear model starts at 0 (R1); --init applies to two-layer and tied models");
            }
            Rational[] z = new Rational[k];
            java.util.Arrays.fill(z, Rational.ZERO);
            return z;
        }
        if (init == null) {
            throw new InputException("--init: required for the " + m.name() + " model (theta = 0 is a stationary point); e.g. --init seed:1");
        }
        if (init.startsWith("seed:")) {
            long seed;
            try {
                seed = Long.parseLong(init.substring(5).strip());
            } catch (NumberFormatException e) {
                throw new InputException("--init: '" + init + "': seed is not an integer");
            }
            return seeded(seed, k);
        }
        Rational[] v = numbers.vector(Path.of(init), "--init");
        if (v.length != k) {
            throw new InputException("--init: " + init + " has " + v.length + " entries, the " + m.name() + " model has " + k + " parameters ("
                    + m.parameterOrder() + ")");
        }
        return v;
    }

    /** The documented seeded init: p/q, p uniform in {-4..4}\{0}, q uniform in {1..4}, java.util.Random(seed). */
    public static Rational[] seeded(long seed, int k) {
        return dev.percept.verify.ReductionSuite.seededInit(seed, k);
    }
}
