/**
 * Auditing another library's eigenvalues: the exact spectrum of a rational symmetric matrix
 * (characteristic polynomial over Q, square-free factorisation, real-root isolation and
 * refinement) and rigorous error enclosures of the given values. Implements no claim; it is
 * percept's second use (mission item 2).
 */
package dev.percept.audit;
