package org.bomoco.model;

import java.util.List;

/** A decision for every workload of an instance, in the instance's workload order. */
public record Placement(List<Choice> choices) {
    public Placement {
        choices = List.copyOf(choices);
    }
}
