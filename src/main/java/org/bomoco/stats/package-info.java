/**
 * Statistics for comparing algorithms on {@code double[]} samples (one per algorithm): summaries, rank tests
 * (Kruskal–Wallis, Mann–Whitney, Friedman), Holm correction, Vargha–Delaney A12 and the +/−/≈ comparison against a
 * control. Imports nothing of the project; uses Apache Commons Math 3.6.1 for distributions and quantiles.
 */
package org.bomoco.stats;
