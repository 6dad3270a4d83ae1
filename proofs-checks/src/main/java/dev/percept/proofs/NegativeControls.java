package dev.percept.proofs;

import dev.percept.proofs.KeyBudget.Arithmetic;
import java.util.Arrays;
import java.util.Optional;

/**
 * The false contracts of {@code negative/neg/WrongContracts.java}, one per kernel family, that every
 * KeY run must leave open (so a harness or an assumption that proves false statements shows). Each
 * gets {@link #BUDGET} steps: an inconsistent setting or assumption closes goals within a few steps
 * (a false antecedent closes a goal at once), while a false contract that KeY cannot refute keeps
 * its strategy busy instantiating quantifiers up to any budget, so a budget the size of the largest
 * kernel proof would only cost minutes.
 */
public enum NegativeControls {

    /** Overflow checking is on. */
    OVERFLOW("WrongContracts::successor", "overflow", "x + 1 > x for every int x >= 0 (false at Integer.MAX_VALUE)"),
    /** Integer kernels. */
    INTEGER("WrongContracts::squareRootIsExact", "integer kernels", "isqrt(n)^2 = n for every n >= 0"),
    /** Tie rule. */
    TIE_RULE("WrongContracts::tieWeighsLikeAMistake", "tie rule", "2 omega(0) = 2 in the half mode"),
    /** Activation pattern. */
    PATTERN("WrongContracts::zeroIsActive", "activation pattern", "a unit with pre-activation 0 is active"),
    /** Proposition 4.1 bookkeeping. */
    PROP41("WrongContracts::zeroMultiplicityOffByTwo", "Proposition 4.1 bookkeeping", "the multiplicity of 0 is d - 2[s+p > 0] - 2[s-p > 0]"),
    /** Permutations: bijection check and inverse. */
    INVERT("WrongContracts::swapIsIdentity", "permutations", "the bijection (1 0) is the identity (invert accepts it and perm[0] = 0)"),
    /** Surd sign, under the BigInteger assumptions. */
    SURD_SIGN("WrongContracts::surdSignFollowsX", "surd sign (BigInteger assumptions)", "1 - 2 sqrt(1) has the sign of 1"),
    /** Structured product, under the BigInteger assumptions. */
    PRODUCT("WrongContracts::productSwapsColumns", "structured product (BigInteger assumptions)",
            "row 2 of M((2), (3)) (5, 7, 11) is 2*7 + 3*5 = 29 (it is 31)"),
    /** Structured sums, under the BigInteger assumptions. */
    GRAM("WrongContracts::traceIsSumOfNorms", "structured sums (BigInteger assumptions)", "tr(M((1), (2))^2) = 1 + 4 (it is 10)");

    /** Budget of every negative control (steps). */
    static final KeyBudget BUDGET = new KeyBudget(4_000, Arithmetic.DEFINED_OPS);

    private final String id;
    private final String family;
    private final String falseStatement;

    NegativeControls(String id, String family, String falseStatement) {
        this.id = id;
        this.family = family;
        this.falseStatement = falseStatement;
    }

    /** @return {@code WrongContracts::method} */
    public String id() {
        return id;
    }

    /** @return the kernel family it guards */
    public String family() {
        return family;
    }

    /** @return the false statement, one line */
    public String falseStatement() {
        return falseStatement;
    }

    /** @return the entry of control {@code id}, if listed */
    public static Optional<NegativeControls> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
