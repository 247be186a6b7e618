/**
 * Decoding a chosen placement into per-workload actions with risk, per-objective deltas and a composite score under
 * user weights, and picking one solution from a front (knee, pseudo-weights, compromise programming). Imports only
 * {@code org.bomoco.model} and {@code org.bomoco.problem}.
 */
package org.bomoco.recommend;
