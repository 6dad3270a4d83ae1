/**
 * The claim registry: every claim percept checks, with its ID ({@code P41.4}, {@code C2},
 * {@code R1}, ...), its statement and where it comes from. The one place a claim is declared; code,
 * tests and reports refer to it by ID. Depends on nothing.
 */
package dev.percept.spec;
