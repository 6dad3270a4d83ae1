/**
 * Stability of GD on quadratics (claim Q1, from seed 003, the Central Flows companion site): the
 * exact decision by inertia (Sylvester's law), planted spectra, and the double-precision decision
 * that says "undecided" rather than guess.
 */
package dev.percept.stability;
