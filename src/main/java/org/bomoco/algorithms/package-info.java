/**
 * The optimizer port ({@link org.bomoco.algorithms.Optimizer}), the registry of algorithm ids and aliases, the
 * library-free baselines (random search, the composite-score method, exact enumeration), and what every optimizer,
 * the library adapters included, shares: the encoding-aware operators
 * ({@link org.bomoco.algorithms.PlacementVariation}), the budget check
 * ({@link org.bomoco.algorithms.SpecParameters}; parameters are read by {@code algorithms.config}), the violation scales ({@link org.bomoco.algorithms.ViolationScales}),
 * the final-front rule ({@link org.bomoco.algorithms.Fronts}), checkpoint reporting
 * ({@link org.bomoco.algorithms.Checkpoints}) and the Das–Dennis weight lattice
 * ({@link org.bomoco.algorithms.WeightLattice}); and the library-neutral standard test problems
 * ({@link org.bomoco.algorithms.BenchmarkProblem}) with their real-valued operator settings
 * ({@link org.bomoco.algorithms.RealVariation}).
 */
package org.bomoco.algorithms;
