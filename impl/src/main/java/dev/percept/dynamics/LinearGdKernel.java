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
        for (int k = 0; k < d; k++) {
            BinBall b = e[k];
            if (b.m.signum() == 0) {
                ex[k] = BigInteger.ZERO;
                rr[k] = b.r;
            } else if (b.e >= x) {
                ex[k] = b.m.shiftLeft((int) (b.e - x));
                rr[k] = b.r;
            } else {
                int sh = (int) Math.min(Integer.MAX_VALUE, x - b.e);
                ex[k] = b.m.shiftRight(sh); // floor: error in [0, 1) units of 2^x
                rr[k] = b.m.getLowestSetBit() >= sh ? b.r : b.r.add(Mag.pow2(x));
            }
        }
        int precZ = prec + guard + 32; // absolute precision below 2^-(prec + guard) for |z| < 2^29 (larger: OutOfRange)
        BinBall[] z = new BinBall[n];
        for (int i = 0; i < n; i++) {
            BigInteger s = BigInteger.ZERO;
            Mag rad = Mag.ZERO;
            BigInteger[] ai = a[i];
            Mag[] absAi = absA[i];
            for (int k = 0; k < d; k++) {
                if (ai[k].signum() == 0) {
                    continue;
                }
                if (ex[k].signum() != 0) {
                    s = s.add(ai[k].multiply(ex[k]));
                }
                if (!rr[k].isZero()) {
                    rad = rad.add(absAi[k].mul(rr[k]));
                }
            }
            BinBall zi = BinBall.of(s, x, rad);
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

    /** One step {@code e + eta sum_i (sigma(-z_i) - omega_i) a_i}, omega given twice per point. */
    BinBall[] step(Rational[] zR, int[] twiceOmega, BinBall[] e, Rational eta) {
        BinBall[] z = margins(zR, e);
        int precS = prec + guard;
        BinBall[] s = new BinBall[n];
        long topMax = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            s[i] = z[i].logisticResidual(twiceOmega[i], precS);
            if (s[i].m.signum() != 0) {
                topMax = Math.max(topMax, s[i].top());
            }
        }
        long y = topMax == Long.MIN_VALUE ? 0 : topMax - prec - guard;
        BigInteger[] t = new BigInteger[n];
        Mag[] rs = new Mag[n];
        for (int i = 0; i < n; i++) {
            BinBall b = s[i];
            if (b.m.signum() == 0) {
                t[i] = BigInteger.ZERO;
                rs[i] = b.r;
            } else if (b.e >= y) {
                t[i] = b.m.shiftLeft((int) (b.e - y));
                rs[i] = b.r;
            } else {
                int sh = (int) Math.min(Integer.MAX_VALUE, y - b.e);
                t[i] = b.m.shiftRight(sh);
                rs[i] = b.m.getLowestSetBit() >= sh ? b.r : b.r.add(Mag.pow2(y));
            }
        }
        BigInteger etaNum = eta.numerator();
        BigInteger etaDen = eta.denominator().multiply(den);
        int precE = prec + 8;
        BinBall[] next = new BinBall[d];
        for (int k = 0; k < d; k++) {
            BigInteger acc = BigInteger.ZERO;
            Mag rad = Mag.ZERO;
            for (int i = 0; i < n; i++) {
                BigInteger aik = a[i][k];
                if (aik.signum() == 0) {
                    continue;
                }
                if (t[i].signum() != 0) {
                    acc = acc.add(aik.multiply(t[i]));
                }
                if (!rs[i].isZero()) {
                    rad = rad.add(absA[i][k].mul(rs[i]));
                }
            }
            BinBall u = BinBall.of(acc, y, rad).mul(etaNum, precS + etaNum.bitLength());
            if (etaDen.bitCount() == 1) {
                u = u.mulPow2(-(etaDen.bitLength() - 1));
            } else {
                u = u.div(etaDen, precS);
            }
            next[k] = e[k].add(u, precE);
        }
        return next;
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
