/**
 * The MOEA Framework 5.0 adapter: the only package that imports {@code org.moeaframework}. It wraps the placement
 * problem as a MOEA Framework problem and registers the library's algorithms under the library id {@code moea}.
 * It also runs the library's DTLZ, WFG and ZDT classes ({@code MoeaBenchmarks}).
 */
package org.bomoco.algorithms.moea;
