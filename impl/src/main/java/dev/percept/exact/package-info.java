/**
 * Exact arithmetic, the bottom layer: rationals on {@code BigInteger} ({@link dev.percept.exact.Rational}),
 * numbers {@code x + y sqrt(r)} ({@link dev.percept.exact.QuadraticSurd}), vectors over one common
 * denominator or one surd field, polynomials, rational matrices, characteristic polynomials and
 * correctly rounded decimals. No floating point anywhere in this package (a test scans for it).
 * Implements no claim itself; every exact check of every claim rests on it.
 */
package dev.percept.exact;
