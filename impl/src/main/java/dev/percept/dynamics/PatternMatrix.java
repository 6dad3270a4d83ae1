package dev.percept.dynamics;

import dev.percept.exact.Rational;
import dev.percept.exact.RationalMatrix;
import dev.percept.structured.Prop41;
import dev.percept.structured.StructuredMatrix;
import dev.percept.structured.StructuredSpectrum;
import dev.percept.structured.LinearMap;
import dev.percept.structured.OrthogonalMap;
import java.math.BigDecimal;

/**
 * The symmetric matrix {@code A_t = sum_i c_i A_i} of a two-layer or tied model on one activation
 * pattern, held by blocks: unit u couples the output weight {@code v_u} with the input block
 * {@code w_{k(u)}} through the vector {@code b_u = sum_i c_i y_i phi'(h_{u,i}) z_{u,i}}, so
 * {@code (A theta)_{v_u} = b_u . w_{k(u)}} and {@code (A theta)_{w_k} = sum_{k(u)=k} v_u b_u}.
 */
public final class PatternMatrix {
    private final UnitModel model;
    private final Rational[][] b;

    PatternMatrix(UnitModel model, Rational[][] b) {
        this.model = model;
        this.b = b;
    }

    /** @return the coupling vector {@code b_u} of unit u */
    public Rational[] coupling(int u) {
        return b[u];
    }

    /** @return {@code A theta}, through the blocks, exact */
    public Rational[] apply(Rational[] theta) {
        Rational[] out = Vec.zeros(theta.length);
        int d = model.inputDimension();
        for (int u = 0; u < b.length; u++) {
            int w0 = model.wOffset(u);
            Rational s = Rational.ZERO;
            for (int k = 0; k < d; k++) {
                s = s.add(b[u][k].multiply(theta[w0 + k]));
            }
            out[u] = s;
            for (int k = 0; k < d; k++) {
                out[w0 + k] = out[w0 + k].add(theta[u].multiply(b[u][k]));
            }
        }
        return out;
    }

    /** @return the dense matrix (for small models and tests) */
    public RationalMatrix toDense() {
        int n = model.parameterCount();
        Rational[][] m = new Rational[n][n];
        for (Rational[] row : m) {
            java.util.Arrays.fill(row, Rational.ZERO);
        }
        for (int u = 0; u < b.length; u++) {
            int w0 = model.wOffset(u);
            for (int k = 0; k < b[u].length; k++) {
                m[u][w0 + k] = m[u][w0 + k].add(b[u][k]);
                m[w0 + k][u] = m[w0 + k][u].add(b[u][k]);
            }
        }
        return RationalMatrix.of(m);
    }

    /**
     * Upper bound of the spectral norm: for each input block k, {@code ||A|| } restricted to it is
     * the largest singular value of {@code B_k = [b_u]_{k(u)=k}}, i.e. {@code sqrt(lambda_max(B_k^T B_k))};
     * exact Gram entries, the 2x2 eigenvalue formula, square roots rounded up.
     */
    public BigDecimal normUpper() {
        BigDecimal best = BigDecimal.ZERO;
        for (int k = 0; k < model.blockCount(); k++) {
            int[] units = model.unitsOfBlock(k);
            BigDecimal lam;
            if (units.length == 1) {
                lam = Bounds.up(Vec.normSquared(b[units[0]]));
            } else {
                Rational g11 = Vec.normSquared(b[units[0]]);
                Rational g22 = Vec.normSquared(b[units[1]]);
                Rational g12 = Vec.dot(b[units[0]], b[units[1]]);
                Rational half = g11.add(g22).multiply(Rational.of(1, 2));
                Rational diff = g11.subtract(g22).multiply(Rational.of(1, 2));
                lam = Bounds.up(half).add(Bounds.sqrtUp(diff.square().add(g12.square())), Ball.UP);
            }
            best = best.max(Ball.sqrtUp(lam));
        }
        return best;
    }

    /**
     * For the tied model with an orthogonal P: whether {@code b_2 = P b_1}, i.e. A has exactly the
     * Proposition 4.1 form {@code M(b_1)} (always on the identity activation; otherwise only if
     * both units share the pattern at every weighted point). False when the tied model's Q is not
     * orthogonal: A is then the general pair {@code M(b_1, b_2)} of claim P41.G.
     */
    public boolean hasProp41Form() {
        LinearMap p = model.map();
        return p instanceof OrthogonalMap && java.util.Arrays.equals(p.apply(b[0]), b[1]);
    }

    /** The certified spectrum of {@code M(b_1)} by {@link Prop41#analyze}; requires {@link #hasProp41Form()}. */
    public StructuredSpectrum prop41Spectrum() {
        if (!hasProp41Form()) {
            throw new IllegalStateException("not of Proposition 4.1 form");
        }
        return Prop41.analyze(StructuredMatrix.of(b[0], (OrthogonalMap) model.map()), Prop41.DEFAULT_DENSE_LIMIT);
    }
}
