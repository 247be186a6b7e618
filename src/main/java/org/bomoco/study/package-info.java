/**
 * The three evaluations of issue 5 that are not plain placement experiments ({@code kind: attribution},
 * {@code kind: adaptation}): their YAML readers, runs, tables, figures and reports. Placement experiments
 * ({@code kind: experiment}, the default) stay in {@link org.bomoco.experiment}.
 */
package org.bomoco.study;
