/**
 * The jMetal 6.6 adapter: NSGA-II, NSGA-III and MOEA/D over the placement problem, registered by
 * {@link org.bomoco.algorithms.jmetal.JMetalProvider}. The only package that imports {@code org.uma.jmetal}.
 * It also runs the library's DTLZ, WFG and ZDT classes ({@code JMetalBenchmarks}).
 */
package org.bomoco.algorithms.jmetal;
