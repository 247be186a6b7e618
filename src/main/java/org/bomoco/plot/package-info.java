/**
 * Figures drawn with XChart from plain numbers (convergence bands, box plots, scatter-plot matrices, parallel
 * coordinates) and their PNG/SVG files. Knows nothing of the results directory: {@code report} feeds it.
 */
package org.bomoco.plot;
