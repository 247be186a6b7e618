package org.bomoco.spark;

import java.io.Serializable;

import org.bomoco.experiment.RunKey;
import org.bomoco.model.InputException;

/**
 * What one Spark task sends back: the run's record as the run store's JSON ({@code RunStore.encode}), or the user
 * error that stopped it. User errors are returned, not thrown, because Spark would retry a thrown one and it would
 * fail the same way; every other failure is thrown so that Spark retries the task.
 */
record Outcome(RunKey key, byte[] record, InputException error) implements Serializable {
}
