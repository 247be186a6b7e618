package org.bomoco.results;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bomoco.data.AtomicFiles;
import org.bomoco.model.InputException;
import tech.tablesaw.api.Table;

/**
 * Writes every frame of a results directory ({@link Frames}) to files for pandas and R: {@code indicators},
 * {@code finals}, {@code summary}, {@code fronts/<instance>}, {@code reference/<instance>} (instances with a
 * reference set) and {@code tables/<name>} (each {@code tables/*.csv} the report wrote), as Arrow IPC streams
 * ({@link ArrowFrames}, {@code .arrows}) or CSV. Each file is written atomically; files of an earlier export that
 * this one does not write are left alone.
 */
public final class FrameExport {
    /** The file formats of an export. */
    public enum Format {
        /** Arrow IPC stream ({@link ArrowFrames}). */
        ARROW(ArrowFrames.EXTENSION),
        /** Tablesaw's CSV: header line, comma-separated, missing values empty. */
        CSV(".csv");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** File extension, with its dot. */
        public String extension() {
            return extension;
        }

        /** The format named {@code name} ({@code arrow} or {@code csv}, any case), or {@code null}. */
        public static Format named(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name)) {
                    return f;
                }
            }
            return null;
        }

        /** The directory {@code bomoco export} writes to by default: {@code arrow/} or {@code csv/} in the results. */
        public String directory() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private FrameExport() {
    }

    /**
     * Every frame of the results directory {@code output} by its path below the export directory, without the
     * extension (file order: indicators, finals, summary, fronts and references by instance, tables by name).
     *
     * @throws InputException when {@code output} is not a results directory or one of its files is malformed
     */
    public static Map<String, Table> frames(Path output) {
        if (!Files.isRegularFile(output.resolve("indicators.csv"))) {
            throw new InputException(output.toString(), 0, null, "is not a results directory of 'bomoco run' "
                    + "(no indicators.csv); give the experiment's output directory");
        }
        Results results = Results.open(output);
        Map<String, Table> frames = new LinkedHashMap<>();
        frames.put("indicators", Frames.indicators(results));
        frames.put("finals", Frames.finals(results));
        frames.put("summary", Frames.summary(results));
        for (String instance : results.instances()) {
            if (!results.fronts(instance).isEmpty()) {
                frames.put("fronts/" + safe(instance), Frames.front(results, instance));
            }
            if (results.references().containsKey(instance)) {
                frames.put("reference/" + safe(instance), Frames.reference(results, instance));
            }
        }
        Frames.tables(output).forEach((name, table) -> frames.put("tables/" + name, table));
        return frames;
    }

    /**
     * Writes {@link #frames} of {@code output} to {@code target} in {@code format}.
     *
     * @return the files written, in {@link #frames} order
     */
    public static List<Path> write(Path output, Path target, Format format) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, Table> e : frames(output).entrySet()) {
            Path file = target.resolve(e.getKey() + format.extension());
            if (format == Format.ARROW) {
                ArrowFrames.write(e.getValue(), file);
            } else {
                StringWriter csv = new StringWriter();
                e.getValue().write().csv(csv);
                AtomicFiles.write(file, csv.toString());
            }
            written.add(file);
        }
        return written;
    }

    /** An instance id as a file name, as the run store names {@code reference/<instance>.csv}. */
    private static String safe(String instance) {
        return instance.replaceAll("[^A-Za-z0-9._+-]", "_");
    }
}
