/**
 * The double-precision fast path (EJML and O(d) structured code). Each function states a forward
 * error bound in its javadoc; the differential tests compare it with the exact path under that
 * bound. Never trusted for a claim: it is compared, not believed.
 */
package dev.percept.fast;
