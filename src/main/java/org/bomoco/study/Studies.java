package org.bomoco.study;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.bomoco.experiment.EngineSpec;
import org.bomoco.experiment.SpecNode;
import org.bomoco.experiment.SpecYaml;

/**
 * Dispatch on the top-level {@code kind} key of an experiment YAML: {@code experiment} (the default, a placement or
 * benchmark experiment read by {@link org.bomoco.experiment.SpecReader}) or one of the {@link Study} kinds.
 */
public final class Studies {
    /** The kind of a plain experiment (also when the key is absent). */
    public static final String EXPERIMENT = "experiment";

    private static final Map<String, Function<SpecNode, Study>> READERS = new LinkedHashMap<>();

    static {
        READERS.put("attribution", AttributionStudy::read);
        READERS.put("adaptation", AdaptationStudy::read);
    }

    private Studies() {
    }

    /** The {@code kind} of {@code yaml}: {@link #EXPERIMENT} when absent; an unknown kind is an error. */
    public static String kind(Path yaml) {
        return kind(SpecYaml.read(yaml));
    }

    /** The {@code kind} of a YAML file already parsed ({@link SpecYaml#read}); as {@link #kind(Path)}. */
    public static String kind(SpecNode root) {
        if (!root.isMap()) {
            return EXPERIMENT; // SpecReader reports the shape error with its own message
        }
        SpecNode kind = root.anyMapping("").get("kind");
        if (kind == null) {
            return EXPERIMENT;
        }
        String value = kind.text();
        if (!value.equals(EXPERIMENT) && !READERS.containsKey(value)) {
            throw kind.error("unknown kind '" + value + "'; use one of: " + EXPERIMENT + ", "
                    + String.join(", ", READERS.keySet()));
        }
        return value;
    }

    /**
     * Reads a study YAML (its kind must not be {@link #EXPERIMENT}), including its optional {@code engine} and
     * {@code master} keys ({@link EngineSpec#read}: where the cells run, {@link Study#engine}; not part of the
     * resolved configuration).
     */
    public static Study read(Path yaml) {
        return read(SpecYaml.read(yaml));
    }

    /** Reads a study YAML already parsed ({@link SpecYaml#read}); as {@link #read(Path)}. */
    public static Study read(SpecNode root) {
        String kind = kind(root);
        Function<SpecNode, Study> reader = READERS.get(kind);
        if (reader == null) {
            throw new IllegalArgumentException(root.file() + " is a plain experiment; read it with SpecReader");
        }
        return reader.apply(root);
    }
}
