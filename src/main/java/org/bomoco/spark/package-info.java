/**
 * The Spark engine: runs an experiment's pending runs ({@link org.bomoco.spark.SparkEngine}) or a study's cells
 * ({@link org.bomoco.spark.SparkCells}) as Spark tasks, one task per run or unit of work, results streamed back to
 * the driver, which stores them. The only package that imports {@code org.apache.spark}; Spark is loaded only for
 * {@code --engine spark}.
 */
package org.bomoco.spark;
