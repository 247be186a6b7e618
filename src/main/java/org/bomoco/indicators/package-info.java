/**
 * Quality indicators of approximation sets (hypervolume, IGD, IGD+, additive epsilon, generalized spread) and
 * bounds-based normalisation, on {@code double[][]} sets of minimised objective vectors. Imports nothing of the project but
 * {@code pareto} (the shared non-dominated filter).
 */
package org.bomoco.indicators;
