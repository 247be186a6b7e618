package org.bomoco.experiment;

import java.nio.file.Path;
import java.util.Map;

import org.bomoco.model.InputException;

/**
 * Where an experiment's runs execute: the optional top-level keys {@code engine} ({@code local}, the default, or
 * {@code spark}) and {@code master} (the Spark master URL). Kept out of {@link ExperimentSpec} and its
 * {@link SpecHash}: results do not depend on the engine, so a campaign started locally may be resumed on Spark.
 *
 * @param engine {@code local} or {@code spark}
 * @param master the Spark master URL, or {@code null}
 */
public record EngineSpec(String engine, String master) {
    public static final String LOCAL = "local";
    public static final String SPARK = "spark";
    public static final EngineSpec DEFAULT = new EngineSpec(LOCAL, null);

    public EngineSpec {
        if (!LOCAL.equals(engine) && !SPARK.equals(engine)) {
            throw new IllegalArgumentException("engine must be local or spark");
        }
    }

    /** Reads {@code engine} and {@code master} of an experiment file (already checked by {@link SpecReader}). */
    public static EngineSpec read(Path yaml) {
        return read(SpecYaml.read(yaml));
    }

    /** Reads {@code engine} and {@code master} of an experiment file already parsed ({@link SpecYaml#read}). */
    public static EngineSpec read(SpecNode root) {
        Map<String, SpecNode> m = root.anyMapping("name: quickstart (one key per line)");
        String engine = LOCAL;
        if (m.containsKey("engine")) {
            engine = m.get("engine").text();
            if (!LOCAL.equals(engine) && !SPARK.equals(engine)) {
                throw m.get("engine").error("unknown engine '" + engine + "'; use local or spark");
            }
        }
        String master = m.containsKey("master") ? m.get("master").text() : null;
        if (master != null && !SPARK.equals(engine)) {
            throw m.get("master").error("master applies to 'engine: spark'; add that line or remove master");
        }
        return new EngineSpec(engine, master);
    }

    /**
     * This spec with the command line's choices over the file's ({@code null} = not given).
     *
     * @throws InputException for an unknown {@code --engine}, or {@code --master} with the local engine
     */
    public EngineSpec with(String cliEngine, String cliMaster) {
        String e = cliEngine != null ? cliEngine : (cliMaster != null ? SPARK : engine);
        if (!LOCAL.equals(e) && !SPARK.equals(e)) {
            throw new InputException("--engine", 0, null, "unknown engine '" + e + "'; use local or spark");
        }
        String m = cliMaster != null ? cliMaster : master;
        if (m != null && LOCAL.equals(e)) {
            throw new InputException("--master", 0, null, "--master applies to --engine spark; drop one of them");
        }
        return new EngineSpec(e, m);
    }
}
