package org.bomoco.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.bomoco.data.AtomicFiles;
import org.bomoco.model.InputException;

/**
 * The results directory of one experiment ({@code docs/formats.md} of issue 4): {@code runs/<instance>/<label>/r<k>.json}
 * (one {@link RunRecord} per finished run, Jackson JSON, written atomically), {@code spec.sha256} (the
 * {@link SpecHash} of the configuration the runs belong to) and {@code environment.json}. A run counts as finished
 * exactly when its file exists: files are written to a temp file and renamed ({@link AtomicFiles}), so a killed
 * process leaves at most a temp file, which {@link #prepare} deletes.
 */
public final class RunStore {
    /** The file holding the configuration hash. */
    public static final String SPEC_HASH = "spec.sha256";
    /**
     * What {@code --force} deletes besides the hash, in the order listed to the user; {@code arrow} and {@code csv}
     * are {@code bomoco export}'s default directories, which would otherwise keep the old configuration's frames.
     */
    static final List<String> RESULTS = List.of("runs", "reference", "indicators.csv", "tables", "figures",
            "report.html", "environment.json", "experiment.yaml", "arrow", "csv");

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path output;

    /** A store over {@code output} (nothing is created until {@link #prepare}). */
    public RunStore(Path output) {
        this.output = output;
    }

    public Path output() {
        return output;
    }

    /** The {@code runs/} directory. */
    public Path runsDirectory() {
        return output.resolve("runs");
    }

    /** The file of a run, {@code runs/<key.path()>.json}. */
    public Path file(RunKey key) {
        return runsDirectory().resolve(key.path() + ".json");
    }

    /**
     * Makes the directory ready for {@code spec}'s runs: refuses (or, with {@code force}, deletes) results of a
     * different configuration, deletes temp files left by a killed run, and records the spec hash.
     *
     * @return a note for the user when old results were deleted
     * @throws InputException when the directory holds results of another configuration and {@code force} is off
     * @throws IOException when the directory cannot be created or written
     */
    public Optional<String> prepare(ExperimentSpec spec, boolean force) throws IOException {
        String hash = SpecHash.of(spec);
        Path hashFile = output.resolve(SPEC_HASH);
        String old = Files.exists(hashFile) ? Files.readString(hashFile, StandardCharsets.UTF_8).strip() : null;
        boolean runs = hasRuns();
        String note = null;
        if ((old != null || runs) && !hash.equals(old)) {
            String what = "runs/, reference/, indicators.csv, tables/, figures/, report.html and the exports "
                    + "arrow/ and csv/";
            if (runs && !force) {
                throw new InputException(output.toString(), 0, null, "holds results of a different experiment "
                        + "configuration (stored " + SPEC_HASH + " " + abbreviate(old) + ", this spec "
                        + abbreviate(hash) + "); choose another output directory, or add --force to delete its "
                        + what);
            }
            for (String r : RESULTS) {
                AtomicFiles.deleteTree(output.resolve(r));
            }
            if (runs) {
                note = "--force: deleted the results of a different configuration in " + output + " (" + what
                        + ")";
            }
        }
        try {
            Files.createDirectories(runsDirectory());
        } catch (IOException e) {
            throw new IOException("cannot create the results directory " + runsDirectory() + " (" + e + ")", e);
        }
        AtomicFiles.deleteStrayTemps(runsDirectory());
        AtomicFiles.deleteStrayTemps(output.resolve("reference"));
        AtomicFiles.write(hashFile, hash + "\n");
        return Optional.ofNullable(note);
    }

    private static String abbreviate(String hash) {
        if (hash == null) {
            return "missing";
        }
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }

    private boolean hasRuns() throws IOException {
        if (!Files.isDirectory(runsDirectory())) {
            return false;
        }
        try (Stream<Path> s = Files.walk(runsDirectory())) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".json"));
        }
    }

    /** Writes {@code environment.json}. */
    public void writeEnvironment(Environment environment) throws IOException {
        AtomicFiles.write(output.resolve("environment.json"), JSON.writeValueAsBytes(environment));
    }

    /** Whether {@code key}'s run is finished (its file exists). */
    public boolean finished(RunKey key) {
        return Files.isRegularFile(file(key));
    }

    /** The finished keys among {@code keys}, in their order. */
    public List<RunKey> finished(Collection<RunKey> keys) {
        return keys.stream().filter(this::finished).toList();
    }

    /** Stores a finished run atomically (replacing any earlier record of its key). */
    public void save(RunRecord record) throws IOException {
        AtomicFiles.writeDurable(file(record.key()), encode(record));
    }

    /** The bytes {@link #save} writes for {@code record} (JSON; doubles round-trip exactly through {@link #decode}). */
    public static byte[] encode(RunRecord record) throws IOException {
        return JSON.writeValueAsBytes(record);
    }

    /** The record of {@link #encode}'s bytes. */
    public static RunRecord decode(byte[] json) throws IOException {
        return JSON.readValue(json, RunRecord.class);
    }

    /**
     * Loads a stored run.
     *
     * @throws IOException when the file is missing, unreadable or corrupt (the message says how to redo the run)
     */
    public RunRecord load(RunKey key) throws IOException {
        Path f = file(key);
        if (!Files.isRegularFile(f)) {
            throw new IOException("run " + key.path() + " is not finished (" + f + " is missing); run the "
                    + "experiment again to finish it");
        }
        RunRecord r;
        try {
            r = JSON.readValue(f.toFile(), RunRecord.class);
        } catch (JacksonException e) {
            throw new IOException(f + " is not a valid run record (" + e.getOriginalMessage()
                    + "); delete it and run the experiment again to redo that run", e);
        }
        if (!key.equals(r.key())) {
            throw new IOException(f + " holds run " + r.key() + ", not " + key + "; delete it and run the "
                    + "experiment again");
        }
        return r;
    }

    /** Loads the runs of {@code keys}, in their order. */
    public List<RunRecord> load(Collection<RunKey> keys) throws IOException {
        List<RunRecord> out = new ArrayList<>(keys.size());
        for (RunKey k : keys) {
            out.add(load(k));
        }
        return out;
    }
}
