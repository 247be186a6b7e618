package org.bomoco.experiment;

import java.util.Map;
import java.util.Objects;

/**
 * One algorithm configuration of an experiment.
 *
 * @param label unique display name (defaults to the id)
 * @param id registered algorithm id or alias
 * @param population population size, 0 = the algorithm's default
 * @param parameters algorithm parameters (validated by the algorithm)
 */
public record AlgorithmSpec(String label, String id, int population, Map<String, Object> parameters)
        implements java.io.Serializable {
    public AlgorithmSpec {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(id, "id");
        parameters = Map.copyOf(parameters);
    }
}
