package org.bomoco.experiment;

import java.time.Instant;
import java.util.List;

/**
 * Parameters of {@code ./bomoco generate} inside an experiment.
 *
 * @param workloads number of workloads
 * @param seed generator seed
 * @param providers provider ids (empty = all)
 * @param regions region ids (empty = all regions of the providers)
 * @param start UTC start of the forecast window
 */
public record GenerateSpec(int workloads, long seed, List<String> providers, List<String> regions, Instant start)
        implements java.io.Serializable {
    public GenerateSpec {
        providers = List.copyOf(providers);
        regions = List.copyOf(regions);
    }
}
