/**
 * Small integer kernels with JML contracts, proved by KeY in the build (overflow checked): the
 * arithmetic and bookkeeping that the exact checks of P41.1-P41.4, R1, R2 and M1 call. Plain Java
 * on {@code int}/{@code long}, no dependencies, so that a deductive verifier can read them whole.
 */
package dev.percept.spec.kernels;
