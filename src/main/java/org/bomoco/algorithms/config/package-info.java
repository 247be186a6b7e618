/**
 * Typed, immutable algorithm configurations ({@link org.bomoco.algorithms.config.AlgorithmConfig}: one record per
 * algorithm family, with its defaults) and the one reader that builds them from a raw {@code parameters:} map
 * ({@link org.bomoco.algorithms.config.ConfigSchema#read}), used by experiment files, {@code solve --param} and the API.
 */
package org.bomoco.algorithms.config;
