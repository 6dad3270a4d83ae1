/**
 * GD as a perceptron: models (linear, two-layer, tied), data sets, the exact generalized
 * perceptron with its tie rule, logistic GD in certified ball arithmetic, and Theorem R's bound on
 * their distance (claims R1 and R2).
 */
package dev.percept.dynamics;
