/**
 * The minimal example of the complexity separation (claim M1): the data family indexed by
 * {@code d}, the linear and tied two-layer perceptrons stepped in O(1) per step through the
 * structure and cross-checked against direct O(d) stepping, starts, the complexity experiment and
 * its log-log verdict.
 */
package dev.percept.minimal;
