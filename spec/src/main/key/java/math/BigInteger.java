package java.math;

/**
 * The contracts of java.math.BigInteger that KeY assumes when it proves percept's BigInteger
 * kernels (spec/deductive.md, "BigInteger assumptions"). KeY models int, long and \bigint but not
 * BigInteger; this file replaces KeY's own library stub of the class (its "JavaRedux"), giving
 * every BigInteger a ghost \bigint value and each operation the kernels call a contract over it.
 *
 * Each contract states the value the JDK documents for the method, and nothing about object
 * identity: no result is promised to be a new object (the JDK returns cached constants and, e.g.,
 * this from add(ZERO)). One abstraction (assumption A0 in spec/deductive.md): the operations are
 * declared assignable \strictly_nothing, i.e. KeY does not model the allocation of their results.
 * BigInteger objects are immutable and the kernels' contracts speak only of values, never of
 * identity or freshness of BigIntegers, so this cannot change what a contract says; with allocation
 * modelled (assignable \nothing) KeY's reasoning about newly created objects inside loops over
 * object arrays did not terminate within the step budgets.
 * The methods have no bodies: KeY treats them as library methods and uses the contracts only.
 */
public final class BigInteger extends java.lang.Number implements java.lang.Comparable {

    /** The mathematical integer this object denotes (immutable, like every BigInteger). */
    //@ public final ghost \bigint value;

    /*@ public normal_behavior
      @ ensures \result != null && \result.value == v;
      @ assignable \strictly_nothing;
      @*/
    public static BigInteger valueOf(long v);

    /*@ public normal_behavior
      @ requires val != null;
      @ ensures \result != null && \result.value == this.value + val.value;
      @ assignable \strictly_nothing;
      @*/
    public BigInteger add(BigInteger val);

    /*@ public normal_behavior
      @ requires val != null;
      @ ensures \result != null && \result.value == this.value - val.value;
      @ assignable \strictly_nothing;
      @*/
    public BigInteger subtract(BigInteger val);

    /*@ public normal_behavior
      @ requires val != null;
      @ ensures \result != null && \result.value == this.value * val.value;
      @ assignable \strictly_nothing;
      @*/
    public BigInteger multiply(BigInteger val);

    /*@ public normal_behavior
      @ ensures \result != null && \result.value == -this.value;
      @ assignable \strictly_nothing;
      @*/
    public BigInteger negate();

    /*@ public normal_behavior
      @ ensures \result == (this.value > 0 ? 1 : this.value < 0 ? -1 : 0);
      @ assignable \strictly_nothing;
      @*/
    public int signum();

    /*@ public normal_behavior
      @ requires val != null;
      @ ensures \result == (this.value > val.value ? 1 : this.value < val.value ? -1 : 0);
      @ assignable \strictly_nothing;
      @*/
    public int compareTo(BigInteger val);
}
