/**
 * The domain vocabulary of cloud workload placement: regions, instance sizes, providers, workloads,
 * dependencies, carbon forecasts and decisions. Plain immutable records, JDK only.
 */
package org.bomoco.model;
