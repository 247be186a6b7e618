/**
 * The placement problem of {@code docs/model.md}: objectives and constraints with units, the integer decision
 * encoding, and a compiled, allocation-free evaluator over flat arrays. Imports only {@code org.bomoco.model}.
 */
package org.bomoco.problem;
