package dev.percept.dynamics;

import dev.percept.exact.Rational;
import dev.percept.model.ModelKind;
import dev.percept.structured.LinearMap;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Two-layer models built from units: unit u has an output weight {@code v_u}, an input block
 * {@code w_{k(u)}} and an input transform {@code z_u(x)}; {@code f(x) = sum_u v_u phi(w_{k(u)}^T z_u(x))}.
 * <ul>
 * <li>{@code two-layer} (width m): unit j uses block j and {@code z = x};
 *     theta = (v_1, ..., v_m, w_1 (d entries), ..., w_m (d entries)).</li>
 * <li>{@code tied}: two units sharing one block w, {@code z_1 = x}, {@code z_2 = Q x} for any
 *     rational linear map Q (a permutation or orthogonal P in the paper's model);
 *     theta = (u1, u2, w_1, ..., w_d), so on the identity pattern
 *     {@code y grad f = M(y x, Q y x) theta}, the general pair of claim P41.G (Proposition 4.1's
 *     {@code M(y x)} when Q is orthogonal).</li>
 * </ul>
 * On a fixed pattern (slopes {@code s_u}) {@code g_i(theta) = A_i theta} with {@code A_i} coupling
 * {@code v_u} and {@code w_{k(u)}} through {@code y_i s_u z_u(x_i)}, and the margin is
 * {@code y f = theta^T A_i theta / 2}.
 */
public final class UnitModel implements Model {
    private final ModelKind kind;
    private final int d;
    private final int units;
    private final int[] block;
    private final LinearMap p;
    private final Activation act;

    private UnitModel(ModelKind kind, int d, int units, int[] block, LinearMap p, Activation act) {
        this.kind = kind;
        this.d = d;
        this.units = units;
        this.block = block;
        this.p = p;
        this.act = act;
    }

    /** The width-m two-layer model {@code f = sum_j v_j phi(w_j^T x)} on R^d. */
    public static UnitModel twoLayer(int d, int m, Activation act) {
        int[] block = new int[m];
        for (int j = 0; j < m; j++) {
            block[j] = j;
        }
        return new UnitModel(ModelKind.TWO_LAYER, d, m, block, null, act);
    }

    /** The tied model {@code f = u1 phi(w^T x) + u2 phi(w^T Q x)} on R^d, for any linear map Q. */
    public static UnitModel tied(LinearMap p, Activation act) {
        return new UnitModel(ModelKind.TIED, p.dimension(), 2, new int[] {0, 0}, p, act);
    }

    /** @return the activation */
    public Activation activation() {
        return act;
    }

    @Override
    public ModelKind kind() {
        return kind;
    }

    @Override
    public String parameterOrder() {
        return p == null ? "theta = (v_1..v_m, w_1[1..d], ..., w_m[1..d])" : "theta = (u1, u2, w_1..w_d)";
    }

    @Override
    public int parameterCount() {
        return units + blockCount() * d;
    }

    @Override
    public int inputDimension() {
        return d;
    }

    int blockCount() {
        return p == null ? units : 1;
    }

    int wOffset(int u) {
        return units + block[u] * d;
    }

    int[] unitsOfBlock(int k) {
        return p == null ? new int[] {k} : new int[] {0, 1};
    }

    /** @return the map Q of the tied model ({@code null} for the two-layer model) */
    public LinearMap map() {
        return p;
    }

    /** @return {@code z_u(x_i)} */
    private Rational[] z(Dataset data, int i, int u) {
        return (p != null && u == 1) ? p.apply(data.x(i)) : data.x(i);
    }

    private Rational h(Rational[] theta, Rational[] z, int u) {
        int w0 = wOffset(u);
        Rational s = Rational.ZERO;
        for (int k = 0; k < d; k++) {
            s = s.add(theta[w0 + k].multiply(z[k]));
        }
        return s;
    }

    /** @return the pre-activations {@code h_u} of point i */
    public Rational[] preactivations(Rational[] theta, Dataset data, int i) {
        Rational[] hs = new Rational[units];
        for (int u = 0; u < units; u++) {
            hs[u] = h(theta, z(data, i, u), u);
        }
        return hs;
    }

    @Override
    public Rational margin(Rational[] theta, Dataset data, int i) {
        Rational f = Rational.ZERO;
        for (int u = 0; u < units; u++) {
            f = f.add(theta[u].multiply(act.apply(h(theta, z(data, i, u), u))));
        }
        return data.y(i) > 0 ? f : f.negate();
    }

    @Override
    public Rational[] signedGradient(Rational[] theta, Dataset data, int i) {
        Rational[] g = Vec.zeros(parameterCount());
        Rational y = Rational.of(data.y(i));
        for (int u = 0; u < units; u++) {
            Rational[] z = z(data, i, u);
            Rational hu = h(theta, z, u);
            g[u] = y.multiply(act.apply(hu));
            Rational coef = y.multiply(theta[u]).multiply(act.slope(hu));
            int w0 = wOffset(u);
            for (int k = 0; k < d; k++) {
                g[w0 + k] = g[w0 + k].add(coef.multiply(z[k]));
            }
        }
        return g;
    }

    @Override
    public PatternMatrix patternMatrix(Rational[] theta, Dataset data, Rational[] c) {
        Rational[][] b = new Rational[units][];
        for (int u = 0; u < units; u++) {
            b[u] = Vec.zeros(d);
        }
        for (int i = 0; i < data.n(); i++) {
            if (c[i].isZero()) {
                continue;
            }
            Rational[] slopes = act.slopes(preactivations(theta, data, i));
            for (int u = 0; u < units; u++) {
                Rational coef = c[i].multiply(slopes[u]).multiply(Rational.of(data.y(i)));
                b[u] = Vec.axpy(b[u], coef, z(data, i, u));
            }
        }
        return new PatternMatrix(this, b);
    }

    @Override
    public BigDecimal patternNormBound(Dataset data, int i) {
        // ||A_i|| <= max |phi'| * sqrt(sum over units of a block of ||z_u||^2) (||Q x|| exactly: Q need not be orthogonal).
        Rational sq = Rational.ZERO;
        for (int u : unitsOfBlock(0)) {
            sq = sq.add(Vec.normSquared(z(data, i, u)));
        }
        return Bounds.up(act.maxAbsSlope()).multiply(Bounds.sqrtUp(sq)).round(Ball.UP);
    }

    @Override
    public boolean patternCertain(Rational[] theta, Dataset data, int i, BigDecimal delta) {
        if (act.isLinear() || delta.signum() == 0) {
            return true;
        }
        Rational[] hs = preactivations(theta, data, i);
        for (int u = 0; u < units; u++) {
            // |h_G - h_R| <= ||e|| ||z_u|| < |h_R| keeps the strict sign, hence the piece.
            BigDecimal spread = Bounds.sqrtUp(Vec.normSquared(z(data, i, u))).multiply(delta, Ball.UP);
            if (spread.compareTo(Ball.absLower(hs[u])) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Enclosures of the pre-activations {@code h_u} of point i at every {@code thetaR + e}, e in the
     * balls: {@code h_u(thetaR)} exactly plus the ball of {@code e_w . z_u} (h is linear in theta).
     */
    public Ball[] preactivations(Rational[] thetaR, Ball[] e, Dataset data, int i, MathContext mc) {
        Ball[] hs = new Ball[units];
        for (int u = 0; u < units; u++) {
            Rational[] z = z(data, i, u);
            Rational hR = h(thetaR, z, u);
            MathContext wide = LogisticGd.contextFor(hR, mc);
            hs[u] = Ball.of(hR, wide).add(deltaH(e, z, u, mc), wide);
        }
        return hs;
    }

    /** Ball of {@code e_w . z_u}. */
    private Ball deltaH(Ball[] e, Rational[] z, int u, MathContext mc) {
        int w0 = wOffset(u);
        Ball s = Ball.ZERO;
        for (int k = 0; k < d; k++) {
            s = s.add(e[w0 + k].multiply(z[k], mc), mc);
        }
        return s;
    }

    /**
     * The slope {@code phi'(h_G)} for every {@code h_G} in {@code h_R + dh} if it is the same for all
     * of them (the ball lies strictly on one side of 0, or is exactly 0), else {@code null}.
     */
    private Rational certainSlope(Rational hR, Ball dh, MathContext mc) {
        if (act.isLinear()) {
            return act.left();
        }
        Ball hg = Ball.of(hR, LogisticGd.contextFor(hR, mc)).add(dh, LogisticGd.contextFor(hR, mc));
        if (hg.center().signum() == 0 && hg.radius().signum() == 0) {
            return act.left();
        }
        int sign = hg.certainSign();
        return sign > 0 ? act.right() : sign < 0 ? act.left() : null;
    }

    /** Ball of {@code phi(h_R + dh) - phi(h_R)}: {@code s_G dh + (s_G - s_R) h_R} on a certain piece, else {@code sbar dh}. */
    private Ball deltaPhi(Rational hR, Rational sG, Ball dh, MathContext mc) {
        Rational sR = act.slope(hR);
        if (sG != null) {
            Ball out = dh.multiply(sG, mc);
            Rational jump = sG.subtract(sR).multiply(hR);
            return jump.isZero() ? out : out.add(Ball.of(jump, mc), mc);
        }
        return dh.multiplyByRange(act.left().min(act.right()), act.left().max(act.right()), mc);
    }

    @Override
    public Ball[] gradientDifference(Rational[] thetaR, Ball[] e, Dataset data, int i, MathContext mc) {
        Ball[] out = new Ball[parameterCount()];
        java.util.Arrays.fill(out, Ball.ZERO);
        Rational y = Rational.of(data.y(i));
        Rational lo = act.left().min(act.right());
        Rational hi = act.left().max(act.right());
        for (int u = 0; u < units; u++) {
            Rational[] z = z(data, i, u);
            Rational hR = h(thetaR, z, u);
            Ball dh = deltaH(e, z, u, mc);
            Rational sR = act.slope(hR);
            Rational sG = certainSlope(hR, dh, mc);
            out[u] = out[u].add(deltaPhi(hR, sG, dh, mc).multiply(y, mc), mc);
            // w block: y [ e_v phi'(h_G) + v_R (phi'(h_G) - phi'(h_R)) ] z.
            Ball coef;
            if (sG != null) {
                coef = e[u].multiply(sG, mc);
                Rational jump = sG.subtract(sR).multiply(thetaR[u]);
                if (!jump.isZero()) {
                    coef = coef.add(Ball.of(jump, mc), mc);
                }
            } else {
                Ball ev = e[u].multiplyByRange(lo, hi, mc);
                Ball jump = Ball.exact(BigDecimal.ONE).multiplyByRange(lo.subtract(sR), hi.subtract(sR), mc);
                coef = ev.add(jump.multiply(thetaR[u], mc), mc);
            }
            coef = coef.multiply(y, mc);
            int w0 = wOffset(u);
            for (int k = 0; k < d; k++) {
                out[w0 + k] = out[w0 + k].add(coef.multiply(z[k], mc), mc);
            }
        }
        return out;
    }

    @Override
    public Ball marginDifference(Rational[] thetaR, Ball[] e, Dataset data, int i, MathContext mc) {
        Ball s = Ball.ZERO;
        for (int u = 0; u < units; u++) {
            Rational[] z = z(data, i, u);
            Rational hR = h(thetaR, z, u);
            Ball dh = deltaH(e, z, u, mc);
            Ball dphi = deltaPhi(hR, certainSlope(hR, dh, mc), dh, mc);
            // v_G phi(h_G) - v_R phi(h_R) = e_v (phi(h_R) + dphi) + v_R dphi.
            Ball phiG = Ball.of(act.apply(hR), mc).add(dphi, mc);
            s = s.add(e[u].multiply(phiG, mc), mc).add(dphi.multiply(thetaR[u], mc), mc);
        }
        return data.y(i) > 0 ? s : s.negate();
    }
}
