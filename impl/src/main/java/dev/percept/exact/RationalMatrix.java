package dev.percept.exact;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A dense matrix of exact rationals. Immutable; rows x cols, both at least 1 unless empty.
 *
 * <p>The dense path is the referee of the structured paths on small sizes: products, symmetry and
 * orthogonality tests, the characteristic polynomial ({@link #charPoly()}, cleared of denominators
 * and computed over Z, see {@link CharPoly}) and the rank (fraction-free Bareiss elimination).
 */
public final class RationalMatrix {

    private final Rational[][] a;
    private final int rows;
    private final int cols;

    private RationalMatrix(Rational[][] a, int rows, int cols) {
        this.a = a;
        this.rows = rows;
        this.cols = cols;
    }

    /**
     * Returns a matrix holding a copy of {@code entries}.
     *
     * @throws IllegalArgumentException if the rows are ragged
     */
    public static RationalMatrix of(Rational[][] entries) {
        int r = entries.length;
        int c = r == 0 ? 0 : entries[0].length;
        Rational[][] copy = new Rational[r][];
        for (int i = 0; i < r; i++) {
            if (entries[i].length != c) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + entries[i].length + " entries, expected " + c);
            }
            copy[i] = entries[i].clone();
        }
        return new RationalMatrix(copy, r, c);
    }

    /** Returns the n x n zero matrix. */
    public static RationalMatrix zero(int n) {
        Rational[][] z = new Rational[n][n];
        for (Rational[] row : z) {
            Arrays.fill(row, Rational.ZERO);
        }
        return new RationalMatrix(z, n, n);
    }

    /** Returns the n x n identity matrix. */
    public static RationalMatrix identity(int n) {
        RationalMatrix z = zero(n);
        for (int i = 0; i < n; i++) {
            z.a[i][i] = Rational.ONE;
        }
        return z;
    }

    /** @return the number of rows */
    public int rows() {
        return rows;
    }

    /** @return the number of columns */
    public int cols() {
        return cols;
    }

    /** @return entry (i, j), 0-based */
    public Rational get(int i, int j) {
        return a[i][j];
    }

    /** @return a copy of row {@code i} */
    public Rational[] row(int i) {
        return a[i].clone();
    }

    /** @return {@code true} iff square */
    public boolean isSquare() {
        return rows == cols;
    }

    /** @return the transpose */
    public RationalMatrix transpose() {
        Rational[][] t = new Rational[cols][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j][i] = a[i][j];
            }
        }
        return new RationalMatrix(t, cols, rows);
    }

    /**
     * Returns the first position {@code {i, j}} (0-based, {@code i < j}) where
     * {@code a[i][j] != a[j][i]}, or {@code null} if the matrix is symmetric.
     *
     * @throws IllegalStateException if not square
     */
    public int[] firstAsymmetry() {
        requireSquare();
        for (int i = 0; i < rows; i++) {
            for (int j = i + 1; j < cols; j++) {
                if (!a[i][j].equals(a[j][i])) {
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }

    /** @return {@code true} iff square and equal to its transpose */
    public boolean isSymmetric() {
        return isSquare() && firstAsymmetry() == null;
    }

    /** @return {@code this * o} @throws IllegalArgumentException on a shape mismatch */
    public RationalMatrix multiply(RationalMatrix o) {
        if (cols != o.rows) {
            throw new IllegalArgumentException("shape mismatch: " + rows + "x" + cols + " * " + o.rows + "x" + o.cols);
        }
        Rational[][] r = new Rational[rows][o.cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < o.cols; j++) {
                Rational s = Rational.ZERO;
                for (int k = 0; k < cols; k++) {
                    if (!a[i][k].isZero() && !o.a[k][j].isZero()) {
                        s = s.add(a[i][k].multiply(o.a[k][j]));
                    }
                }
                r[i][j] = s;
            }
        }
        return new RationalMatrix(r, rows, o.cols);
    }

    /** @return {@code this * v} @throws IllegalArgumentException on a length mismatch */
    public Rational[] apply(Rational[] v) {
        if (v.length != cols) {
            throw new IllegalArgumentException("length mismatch: " + cols + " columns, vector of " + v.length);
        }
        Rational[] r = new Rational[rows];
        for (int i = 0; i < rows; i++) {
            Rational s = Rational.ZERO;
            for (int k = 0; k < cols; k++) {
                if (!a[i][k].isZero() && !v[k].isZero()) {
                    s = s.add(a[i][k].multiply(v[k]));
                }
            }
            r[i] = s;
        }
        return r;
    }

    /** @return {@code this + o} */
    public RationalMatrix add(RationalMatrix o) {
        if (rows != o.rows || cols != o.cols) {
            throw new IllegalArgumentException("shape mismatch");
        }
        Rational[][] r = new Rational[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                r[i][j] = a[i][j].add(o.a[i][j]);
            }
        }
        return new RationalMatrix(r, rows, cols);
    }

    /** @return {@code q * this} */
    public RationalMatrix scale(Rational q) {
        Rational[][] r = new Rational[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                r[i][j] = a[i][j].multiply(q);
            }
        }
        return new RationalMatrix(r, rows, cols);
    }

    /** @return the trace @throws IllegalStateException if not square */
    public Rational trace() {
        requireSquare();
        Rational t = Rational.ZERO;
        for (int i = 0; i < rows; i++) {
            t = t.add(a[i][i]);
        }
        return t;
    }

    /** @return the least common multiple of all denominators */
    public BigInteger commonDenominator() {
        BigInteger l = BigInteger.ONE;
        for (Rational[] row : a) {
            for (Rational q : row) {
                BigInteger d = q.denominator();
                if (!d.equals(BigInteger.ONE)) {
                    l = l.divide(l.gcd(d)).multiply(d);
                }
            }
        }
        return l;
    }

    /** @return the integer matrix {@code L * this}, for {@code L} a common denominator */
    public BigInteger[][] scaledToIntegers(BigInteger l) {
        BigInteger[][] b = new BigInteger[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                Rational q = a[i][j];
                b[i][j] = q.numerator().multiply(l.divide(q.denominator()));
            }
        }
        return b;
    }

    /**
     * Returns the characteristic polynomial {@code det(x I - A)}. Clears denominators with
     * {@code L} = lcm of all denominators, computes {@code chi_B} of the integer matrix
     * {@code B = L A} by the multimodular method, and rescales: {@code chi_A(x) = L^-n chi_B(L x)},
     * so coefficient {@code k} is {@code c_k(B) / L^(n-k)}.
     *
     * @throws IllegalStateException if not square
     */
    public Polynomial charPoly() {
        return charPoly(false);
    }

    /** As {@link #charPoly()}, by Berkowitz's division-free algorithm (the slow referee). */
    public Polynomial charPolyBerkowitz() {
        return charPoly(true);
    }

    /**
     * As {@link #charPoly()}, reporting {@code (primes done, primes needed)} of the multimodular
     * method to {@code progress}.
     */
    public Polynomial charPoly(java.util.function.BiConsumer<Integer, Integer> progress) {
        return charPoly(false, progress);
    }

    private Polynomial charPoly(boolean berkowitz) {
        return charPoly(berkowitz, (done, total) -> { });
    }

    private Polynomial charPoly(boolean berkowitz, java.util.function.BiConsumer<Integer, Integer> progress) {
        requireSquare();
        BigInteger l = commonDenominator();
        BigInteger[][] b = scaledToIntegers(l);
        BigInteger[] cb = berkowitz ? CharPoly.berkowitz(b) : CharPoly.multimodular(b, progress);
        int n = rows;
        Rational[] c = new Rational[n + 1];
        for (int k = 0; k <= n; k++) {
            c[k] = Rational.of(cb[k], l.pow(n - k));
        }
        return Polynomial.of(c);
    }

    /**
     * Returns the rank, by fraction-free (Bareiss) elimination on the matrix with each row
     * cleared of denominators (row scaling preserves rank). Exact.
     */
    public int rank() {
        BigInteger[][] m = new BigInteger[rows][];
        for (int i = 0; i < rows; i++) {
            BigInteger l = BigInteger.ONE;
            for (Rational q : a[i]) {
                BigInteger d = q.denominator();
                l = l.divide(l.gcd(d)).multiply(d);
            }
            m[i] = new BigInteger[cols];
            for (int j = 0; j < cols; j++) {
                m[i][j] = a[i][j].numerator().multiply(l.divide(a[i][j].denominator()));
            }
        }
        int rank = 0;
        BigInteger prev = BigInteger.ONE;
        for (int col = 0; col < cols && rank < rows; col++) {
            int piv = -1;
            for (int i = rank; i < rows; i++) {
                if (m[i][col].signum() != 0) {
                    piv = i;
                    break;
                }
            }
            if (piv < 0) {
                continue;
            }
            BigInteger[] t = m[piv];
            m[piv] = m[rank];
            m[rank] = t;
            BigInteger pv = m[rank][col];
            for (int i = rank + 1; i < rows; i++) {
                for (int j = col + 1; j < cols; j++) {
                    // Bareiss: the division by the previous pivot is exact (Sylvester's identity).
                    m[i][j] = pv.multiply(m[i][j]).subtract(m[i][col].multiply(m[rank][j])).divide(prev);
                }
                m[i][col] = BigInteger.ZERO;
            }
            prev = pv;
            rank++;
        }
        return rank;
    }

    /**
     * Returns the inverse, by Gauss-Jordan elimination over Q (exact; used to build rational
     * orthogonal matrices as Cayley transforms {@code (I - K)(I + K)^-1}).
     *
     * @throws IllegalStateException if the matrix is not square
     * @throws ArithmeticException if it is singular
     */
    public RationalMatrix inverse() {
        requireSquare();
        int n = rows;
        Rational[][] m = new Rational[n][2 * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = a[i][j];
                m[i][n + j] = i == j ? Rational.ONE : Rational.ZERO;
            }
        }
        for (int col = 0; col < n; col++) {
            int piv = col;
            while (piv < n && m[piv][col].isZero()) {
                piv++;
            }
            if (piv == n) {
                throw new ArithmeticException("singular matrix");
            }
            Rational[] t = m[piv];
            m[piv] = m[col];
            m[col] = t;
            Rational inv = m[col][col].reciprocal();
            for (int j = 0; j < 2 * n; j++) {
                m[col][j] = m[col][j].multiply(inv);
            }
            for (int i = 0; i < n; i++) {
                Rational f = m[i][col];
                if (i == col || f.isZero()) {
                    continue;
                }
                for (int j = 0; j < 2 * n; j++) {
                    if (!m[col][j].isZero()) {
                        m[i][j] = m[i][j].subtract(f.multiply(m[col][j]));
                    }
                }
            }
        }
        Rational[][] out = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], n, out[i], 0, n);
        }
        return new RationalMatrix(out, n, n);
    }

    private void requireSquare() {
        if (rows != cols) {
            throw new IllegalStateException("not square: " + rows + "x" + cols);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RationalMatrix && Arrays.deepEquals(a, ((RationalMatrix) o).a);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(a);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Rational[] row : a) {
            sb.append(Arrays.toString(row)).append('\n');
        }
        return sb.toString();
    }
}
