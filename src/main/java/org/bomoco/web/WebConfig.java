package org.bomoco.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@code bomoco serve} serves.
 *
 * @param host address to bind (127.0.0.1 unless {@code --host})
 * @param port port (0 = any free port)
 * @param catalogue the catalogue directory ({@code datasets/})
 * @param results the results directories of {@code bomoco run}
 * @param instances instance directories for the dashboard
 */
public record WebConfig(String host, int port, Path catalogue, List<Path> results, List<Path> instances) {
    public WebConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(catalogue, "catalogue");
        results = List.copyOf(results);
        instances = List.copyOf(instances);
    }

    /**
     * Opens every results directory of an experiment (fails with an {@code InputException} on one that is not);
     * study directories ({@link #studies()}) are left out.
     */
    List<ResultsSource> sources() {
        return results.stream().filter(d -> !StudiesApi.isStudy(d)).map(d -> ResultsSource.open(d, catalogue))
                .toList();
    }

    /** The served directories of evaluation studies ({@code study.yaml}). */
    List<Path> studies() {
        return results.stream().filter(StudiesApi::isStudy).toList();
    }
}
