package dev.percept.dynamics;

import dev.percept.exact.Rational;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The logistic-GD step of the linear model in binary ball arithmetic ({@link BinBall}): the
 * certified engine behind {@link LogisticGd#run} for {@code --model linear} (spec/gd-precision.md).
 *
 * <p>The data enter once as integers: {@code A_ik = D y_i x_ik} with {@code D} the least common
 * denominator of all features. A step
 * {@code e <- e + eta sum_i (sigma(-z_i) - omega_i) a_i}, {@code z_i = z_R,i + a_i . e}, is two
 * exact integer matrix-vector products at a shared binary scale, each rounded once:
 * <ol>
 *   <li>the centres of {@code e} are truncated to the scale {@code 2^X}, X a fixed number of bits
 *       below the largest of them (each truncation below one unit {@code 2^X}, charged to that
 *       component's radius), and {@code S_i = sum_k A_ik E_k} is summed exactly; the radius of
 *       {@code z_i} is {@code sum_k |A_ik| (r_k + [truncated] 2^X) / D}, rounded up;</li>
 *   <li>the residuals {@code sigma(-z_i) - omega_i} are balls ({@link BinBall#logisticResidual}),
 *       truncated to a shared scale {@code 2^Y} in the same way, and
 *       {@code acc_k = sum_i A_ik T_i} is summed exactly;</li>
 *   <li>{@code e_k += (eta / D) acc_k 2^Y}, rounded to the working precision per component (each
 *       component keeps its own exponent, so a small component keeps its relative accuracy).</li>
 * </ol>
 * The working precision in bits is {@link BinBall#bits} of the decimal working digits.
 */
final class LinearGdKernel {
    private final int n;
    private final int d;
    private final BigInteger[][] a;
    private final Mag[][] absA;
    private final BigInteger den;
    /** {@code A} by rows and by columns as ints when every {@code |A_ik| < 2^31} ({@link LimbDot}), else null. */
    private final int[][] rowsInt;
    private final int[][] colsInt;
    private final int prec;
    private final int guard;

    /** The kernel for {@code data} at the working precision of {@code mc}. */
    LinearGdKernel(Dataset data, MathContext mc) {
        n = data.n();
        d = data.d();
        BigInteger l = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            for (Rational v : data.x(i)) {
                BigInteger q = v.denominator();
                if (!q.equals(BigInteger.ONE)) {
                    l = l.divide(l.gcd(q)).multiply(q);
                }
            }
        }
        den = l;
        a = new BigInteger[n][d];
        absA = new Mag[n][d];
        for (int i = 0; i < n; i++) {
            Rational[] s = data.signed(i);
            for (int k = 0; k < d; k++) {
                BigInteger v = s[k].numerator().multiply(l.divide(s[k].denominator()));
                a[i][k] = v;
                absA[i][k] = Mag.of(v, 0);
            }
        }
        boolean small = true;
        for (int i = 0; i < n && small; i++) {
            for (int k = 0; k < d && small; k++) {
                small = a[i][k].bitLength() < 32 && a[i][k].abs().longValue() <= LimbDot.MAX_A;
            }
        }
        if (small) {
            rowsInt = new int[n][d];
            colsInt = new int[d][n];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < d; k++) {
                    rowsInt[i][k] = a[i][k].intValue();
                    colsInt[k][i] = rowsInt[i][k];
                }
            }
        } else {
            rowsInt = null;
            colsInt = null;
        }
        prec = BinBall.bits(mc.getPrecision());
        guard = 16 + 32 - Integer.numberOfLeadingZeros(Math.max(n, d));
    }

    /** @return the working precision in bits */
    int precision() {
        return prec;
    }

    /** Enclosures of the margins {@code z_i = zR_i + a_i . e}. */
    BinBall[] margins(Rational[] zR, BinBall[] e) {
        long topMax = Long.MIN_VALUE;
        for (BinBall b : e) {
            if (b.m.signum() != 0) {
                topMax = Math.max(topMax, b.top());
            }
        }
        long x = topMax == Long.MIN_VALUE ? 0 : topMax - prec - guard;
        BigInteger[] ex = new BigInteger[d];
        Mag[] rr = new Mag[d];
        alignTo(e, x, ex, rr);
        int precZ = prec + guard + 32; // absolute precision below 2^-(prec + guard) for |z| < 2^29 (larger: OutOfRange)
        BinBall[] z = new BinBall[n];
        LimbDot dot = rowsInt == null ? null : new LimbDot(ex);
        for (int i = 0; i < n; i++) {
            BigInteger s = dot == null ? dot(a[i], ex) : dot.dot(rowsInt[i]);
            Mag.Sum rad = new Mag.Sum();
            Mag[] absAi = absA[i];
            for (int k = 0; k < d; k++) {
                rad.addProduct(absAi[k], rr[k]);
            }
            BinBall zi = BinBall.of(s, x, rad.value());
            if (!den.equals(BigInteger.ONE)) {
                zi = zi.div(den, precZ);
            }
            if (!zR[i].isZero()) {
                zi = BinBall.of(zR[i], precZ).add(zi, precZ);
            }
            z[i] = zi.round(precZ);
        }
        return z;
    }

    /**
     * Writes each ball at the shared binary scale {@code 2^x}: {@code m[k] 2^x} is its centre rounded
     * down (floor: error in [0, 1) units of {@code 2^x}) and {@code r[k]} its radius, widened by
     * {@code 2^x} only when bits were dropped.
     */
    private static void alignTo(BinBall[] balls, long x, BigInteger[] m, Mag[] r) {
        for (int k = 0; k < balls.length; k++) {
            BinBall b = balls[k];
            if (b.m.signum() == 0) {
                m[k] = BigInteger.ZERO;
                r[k] = b.r;
            } else if (b.e >= x) {
                m[k] = b.m.shiftLeft((int) (b.e - x));
                r[k] = b.r;
            } else {
                int sh = (int) Math.min(Integer.MAX_VALUE, x - b.e);
                m[k] = b.m.shiftRight(sh);
                r[k] = b.m.getLowestSetBit() >= sh ? b.r : b.r.add(Mag.pow2(x));
            }
        }
    }

    /** One step {@code e + eta sum_i (sigma(-z_i) - omega_i) a_i}, omega given twice per point. */
    BinBall[] step(Rational[] zR, int[] twiceOmega, BinBall[] e, Rational eta) {
        BinBall[] z = margins(zR, e);
        int precS = prec + guard;
        // Each residual needs absolute accuracy only down to the shared scale 2^Y set by the largest:
        // its precision is cut by how many binary orders it lies below the largest (estimated from
        // the margin; the estimate only chooses a precision, every ball stays rigorous).
        double[] est = new double[n];
        double estMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            est[i] = log2Residual(z[i], twiceOmega[i]);
            estMax = Math.max(estMax, est[i]);
        }
        BinBall[] s = new BinBall[n];
        long topMax = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int below = (int) Math.min(precS, Math.max(0, Math.floor(estMax - est[i]) - 8));
            s[i] = z[i].logisticResidual(twiceOmega[i], Math.max(32, precS - below));
            if (s[i].m.signum() != 0) {
                topMax = Math.max(topMax, s[i].top());
            }
        }
        long y = topMax == Long.MIN_VALUE ? 0 : topMax - prec - guard;
        BigInteger[] t = new BigInteger[n];
        Mag[] rs = new Mag[n];
        alignTo(s, y, t, rs);
        BigInteger etaNum = eta.numerator();
        BigInteger etaDen = eta.denominator().multiply(den);
        int precE = prec + 8;
        BinBall[] next = new BinBall[d];
        LimbDot dot = colsInt == null ? null : new LimbDot(t);
        BigInteger[] col = new BigInteger[n];
        for (int k = 0; k < d; k++) {
            BigInteger acc;
            if (dot != null) {
                acc = dot.dot(colsInt[k]);
            } else {
                for (int i = 0; i < n; i++) {
                    col[i] = a[i][k];
                }
                acc = dot(col, t);
            }
            Mag.Sum rad = new Mag.Sum();
            for (int i = 0; i < n; i++) {
                rad.addProduct(absA[i][k], rs[i]);
            }
            BinBall u = BinBall.of(acc, y, rad.value()).mul(etaNum, precS + etaNum.bitLength());
            if (etaDen.bitCount() == 1) {
                u = u.mulPow2(-(etaDen.bitLength() - 1));
            } else {
                u = u.div(etaDen, precS);
            }
            next[k] = e[k].add(u, precE);
        }
        return next;
    }

    /** {@code sum_k u_k v_k} in {@link BigInteger} arithmetic (data too large for {@link LimbDot}). */
    private static BigInteger dot(BigInteger[] u, BigInteger[] v) {
        BigInteger s = BigInteger.ZERO;
        for (int k = 0; k < u.length; k++) {
            if (u[k].signum() != 0 && v[k].signum() != 0) {
                s = s.add(u[k].multiply(v[k]));
            }
        }
        return s;
    }

    /** About {@code log2 |sigma(-c) - omega|} at the centre c of {@code z} (only to choose a precision). */
    private static double log2Residual(BinBall z, int twiceOmega) {
        if (z.m.signum() == 0) {
            return twiceOmega == 1 ? Double.NEGATIVE_INFINITY : -1;
        }
        int sh = Math.max(0, z.m.bitLength() - 60);
        double c = Math.scalb((double) z.m.shiftRight(sh).longValue(), z.e + sh);
        double log2e = 1.4426950408889634;
        return switch (twiceOmega) {
            case 0 -> c > 0 ? -c * log2e : -1; // sigma(-c) ~ e^-c for large c, in [1/2, 1] for c <= 0
            case 2 -> c < 0 ? c * log2e : -1; // -sigma(c)
            default -> Math.abs(c) < 1 ? Math.log(Math.abs(c) / 4) * log2e : -2; // tanh(c/2)/2
        };
    }

    /** The mean logistic loss {@code (1/n) sum_i log(1 + e^{-z_i})} at {@code e}. */
    BinBall loss(Rational[] zR, BinBall[] e) {
        BinBall[] z = margins(zR, e);
        int precS = prec + guard;
        BinBall s = BinBall.ZERO;
        for (int i = 0; i < n; i++) {
            s = s.add(z[i].softplusOfNegative(precS), precS);
        }
        return s.div(BigInteger.valueOf(n), precS);
    }
}
