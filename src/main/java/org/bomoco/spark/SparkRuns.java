package org.bomoco.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bomoco.experiment.RunEngine;
import org.bomoco.model.InputException;
import org.bomoco.study.CellEngine;

/**
 * The entry point the command line uses: checks the master and that Spark is on the class path, then makes the
 * {@link SparkEngine} (an experiment's runs) or the {@link SparkCells} (a study's cells). Imports nothing of Spark,
 * so that a missing Spark gives one clear line, not a {@link NoClassDefFoundError}.
 */
public final class SparkRuns {
    private SparkRuns() {
    }

    /**
     * The Spark engine of {@code bomoco run --engine spark}; the plug-in jars {@code pluginJars} (those the driver's
     * registry loaded) go to the executors ({@link ExecutorFactory#withPlugins}).
     *
     * @param master the master URL, or {@code null} for the {@code spark.master} property (set by spark-submit)
     * @param source where the master was given, for messages ({@code --master} or the config file)
     * @param appName the application name
     * @param catalogue the catalogue directory for generated instances
     * @param pluginJars the plug-in jars to ship (empty for none)
     * @throws InputException when no master is given or its form is wrong (exit 2)
     * @throws SparkFailure when Spark is not on the class path (exit 1)
     * @throws IOException when a plug-in jar cannot be read
     */
    public static RunEngine engine(String master, String source, String appName, Path catalogue,
                                   List<Path> pluginJars) throws SparkFailure, IOException {
        return new SparkEngine(checked(master, source), appName, catalogue, ExecutorFactory.withPlugins(pluginJars),
                Map.of());
    }

    /**
     * The Spark engine of a study's cells ({@code bomoco run STUDY --engine spark}).
     *
     * @param master the master URL, or {@code null} for the {@code spark.master} property (set by spark-submit)
     * @param source where the master was given, for messages ({@code --master} or the config file)
     * @param appName the application name
     * @throws InputException when no master is given or its form is wrong (exit 2)
     * @throws SparkFailure when Spark is not on the class path (exit 1)
     */
    public static CellEngine cells(String master, String source, String appName) throws SparkFailure {
        return new SparkCells(checked(master, source), appName, Map.of());
    }

    private static String checked(String master, String source) throws SparkFailure {
        String m = master != null ? master : System.getProperty("spark.master");
        if (m == null) {
            throw new InputException(source, 0, "master", "the Spark engine needs a master: give --master "
                    + "local[4], spark://HOST:7077, yarn or k8s://https://HOST:PORT (or run through spark-submit)");
        }
        SparkMasters.check(m, source);
        try {
            Class.forName("org.apache.spark.SparkConf", false, SparkRuns.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new SparkFailure("Spark is not on the class path: run through ./bomoco (it adds "
                    + "target/spark.classpath) or spark-submit target/bomoco-spark.jar");
        }
        return m;
    }
}
