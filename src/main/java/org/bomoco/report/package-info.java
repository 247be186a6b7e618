/**
 * Reports from a results directory: loads stored runs, references and indicator values, builds statistics tables
 * (CSV, Markdown, LaTeX) and one self-contained HTML report with the figures of {@code plot} embedded.
 */
package org.bomoco.report;
