/**
 * The Spark engine: runs an experiment's pending runs as Spark tasks, one task per run, records streamed back to the
 * driver's run store. The only package that imports {@code org.apache.spark}; Spark is loaded only for
 * {@code --engine spark}.
 */
package org.bomoco.spark;
