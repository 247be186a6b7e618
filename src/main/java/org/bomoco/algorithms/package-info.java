/**
 * The optimizer port ({@link org.bomoco.algorithms.Optimizer}), the registry of algorithm ids and aliases, and the
 * library-free baselines (random search, the composite-score method, exact enumeration).
 */
package org.bomoco.algorithms;
