/**
 * Experiments: specs read from YAML, the runner, and the run store with its file formats (fronts, traces).
 * May import every package above it; only {@code cli}, {@code plot} and {@code report} import it.
 */
package org.bomoco.experiment;
