/**
 * Simulated business histories, naive and causal effect estimators, rollback triggers; imports nothing of the
 * project (JDK and Apache Commons Math 3.6.1 only).
 */
package org.bomoco.causal;
