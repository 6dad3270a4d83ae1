package dev.percept.proofs;

import dev.percept.proofs.KeyBudget.Arithmetic;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every JML contract of {@code dev.percept.spec.kernels} that KeY must close, with the statement it
 * proves in one line (what the ledger prints), the route by which the proof reaches production
 * code (spec/deductive.md) and the proof's step budget. {@code KeyContractsTest} fails when KeY
 * finds a contract that is not listed here or misses one that is.
 */
public enum KernelContracts {

    /** Integer square root. */
    ISQRT("IntegerKernels::isqrt", "for 0 <= n: r = isqrt(n) satisfies r^2 <= n < (r+1)^2 (overflow-free on long)", Route.INTEGER,
            new KeyBudget(12_000, Arithmetic.DEFINED_OPS)),
    /** Square without overflow. */
    SQUARE("IntegerKernels::square", "for 0 <= m <= 3037000499: m * m is computed without overflow", Route.INTEGER,
            new KeyBudget(1_500, Arithmetic.COMPLETION)),
    /** Euclid's gcd. */
    GCD("IntegerKernels::gcd", "for a, b >= 0: g = gcd(a, b) divides a and b, every common divisor divides g, g = 0 iff a = b = 0",
            Route.INTEGER, new KeyBudget(8_000, Arithmetic.DEFINED_OPS)),
    /** Case of Proposition 4.1. */
    CASE_OF("Prop41Kernel::caseOf", "maps (a = 0, a = Pa, a = -Pa) to the case zero, symmetric, antisymmetric or general, in that priority",
            Route.INTEGER, new KeyBudget(1_000, Arithmetic.DEFINED_OPS)),
    /** Multiplicity of 0. */
    ZERO_MULTIPLICITY("Prop41Kernel::zeroMultiplicity", "multiplicity of 0 = d + 2 - 2 [s+p > 0] - 2 [s-p > 0], and it is >= 0", Route.INTEGER,
            new KeyBudget(4_000, Arithmetic.DEFINED_OPS)),
    /** Multiplicity of a nonzero pair. */
    NONZERO_MULTIPLICITY("Prop41Kernel::nonzeroMultiplicity",
            "multiplicity of +-sqrt(s+-p) = 0 if s+-p = 0, 2 if p = 0 (the two pairs coincide), else 1", Route.INTEGER,
            new KeyBudget(1_000, Arithmetic.DEFINED_OPS)),
    /** The tie rule. */
    TWICE_OMEGA("TieRule::twiceOmega", "2 omega(z) = 2, 0 for z < 0, z > 0, and 1, 2 or 0 at z = 0 for the tie modes half, mistake, none",
            Route.INTEGER, new KeyBudget(1_500, Arithmetic.DEFINED_OPS)),
    /** The activation pattern. */
    PATTERN("ActivationPatterns::pattern", "active[j] = (preactivation sign j > 0) for every unit, and the result counts the active units",
            Route.INTEGER, new KeyBudget(6_000, Arithmetic.DEFINED_OPS)),
    /** Bijection check and inverse of a permutation. */
    INVERT("Permutations::invert",
            "returns -1 iff perm is a bijection of {0..n-1}, inv then being its two-sided inverse (inv[perm[i]] = i, perm[inv[v]] = v); "
                    + "otherwise a witness: an index out of range or repeating an earlier image, or a value no index maps to",
            Route.INTEGER, new KeyBudget(20_000, Arithmetic.DEFINED_OPS)),
    /** Sign of a quadratic surd. */
    SURD_SIGN("SurdSign::signum",
            "sign of x + y sqrt(r) for integers, r >= 0: 0 iff x^2 = y^2 r and x y <= 0; else the sign of x if x^2 > y^2 r (or x^2 = y^2 r, x y > 0), of y if x^2 < y^2 r",
            Route.BIGINTEGER_ASSUMED, new KeyBudget(5_000, Arithmetic.DEFINED_OPS)),
    /** Rows 0 and 1 of the structured product. */
    HEAD_ROW("StructuredProduct::headRow",
            "row 0 (v = a) or 1 (v = b) of M(a, b) x: sum over all columns c of M[0][c] x[c], M[0][c] = (c >= 2 ? a[c-2] : 0), in one pass",
            Route.BIGINTEGER_ASSUMED, new KeyBudget(5_000, Arithmetic.DEFINED_OPS)),
    /** Rows 2.. of the structured product. */
    TAIL_ROW("StructuredProduct::tailRow",
            "row r >= 2 of M(a, b) x: sum over all columns c of M[r][c] x[c] (M[r][0] = a[r-2], M[r][1] = b[r-2], 0 beyond) = a[r-2] x[0] + b[r-2] x[1]",
            Route.BIGINTEGER_ASSUMED, new KeyBudget(3_000, Arithmetic.DEFINED_OPS)),
    /** Gram entries and trace. */
    GRAM("StructuredSums::gram",
            "s = sum_c M[0][c]^2 = ||a||^2, t = sum_c M[1][c]^2 = ||b||^2, a^T b = sum_c M[0][c] M[1][c] (= p for b = Pa), and tr(M^2) = sum_r sum_c M[r][c]^2 (M symmetric) = 2(s + t)",
            Route.BIGINTEGER_ASSUMED, new KeyBudget(15_000, Arithmetic.DEFINED_OPS));

    /** How a proof reaches the code that runs. */
    public enum Route {
        /** The kernel is {@code int}/{@code long} code that production calls directly; overflow is checked. */
        INTEGER("int/long kernel called by the production code, overflow checked"),
        /**
         * The kernel is production's own {@code BigInteger} code; KeY assumes the BigInteger
         * contracts of {@code spec/src/main/key/java/math/BigInteger.java}.
         */
        BIGINTEGER_ASSUMED("BigInteger kernel called by the production code; KeY assumes the BigInteger contracts of spec/deductive.md");

        private final String description;

        Route(String description) {
            this.description = description;
        }

        /** @return one line for the ledger and the spec */
        public String description() {
            return description;
        }
    }

    private final String id;
    private final String statement;
    private final Route route;
    private final KeyBudget budget;

    KernelContracts(String id, String statement, Route route, KeyBudget budget) {
        this.id = id;
        this.statement = statement;
        this.route = route;
        this.budget = budget;
    }

    /** @return {@code Class::method} */
    public String id() {
        return id;
    }

    /** @return the statement the contract proves, one line */
    public String statement() {
        return statement;
    }

    /** @return how the proof reaches the code that runs */
    public Route route() {
        return route;
    }

    /** @return the proof's step budget and arithmetic strategy */
    public KeyBudget budget() {
        return budget;
    }

    /** @return the entry of contract {@code id}, if listed */
    public static Optional<KernelContracts> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
