package org.bomoco.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.bomoco.data.AtomicFiles;
import org.bomoco.experiment.EngineSpec;
import org.bomoco.experiment.Environment;
import org.bomoco.model.InputException;

/**
 * The output directory of a {@link Study}: refuses (or with --force deletes) results of a different configuration,
 * stores the resolved configuration as {@code study.yaml} with its hash in {@code spec.sha256}, writes
 * {@code environment.json}, and keeps finished cells in {@code cells/} so that an interrupted study resumes.
 */
public final class StudyFiles {
    /** File holding the SHA-256 of the resolved configuration text. */
    public static final String SPEC_HASH = "spec.sha256";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path output;

    public StudyFiles(Path output) {
        this.output = output;
    }

    public Path output() {
        return output;
    }

    /** Directory of finished cells (one file per unit of work; its presence means "done"). */
    public Path cells() {
        return output.resolve("cells");
    }

    /** {@code tables/} */
    public Path tables() {
        return output.resolve("tables");
    }

    /** {@code figures/} */
    public Path figures() {
        return output.resolve("figures");
    }

    /**
     * Makes the directory ready: results of a different {@code resolvedConfig} are refused (or deleted with
     * {@code force}); stray temp files of a killed run are deleted; the config and its hash are stored.
     *
     * @param resolvedConfig the canonical YAML text of the resolved configuration (defaults filled in)
     * @return a note when --force deleted old results
     */
    public Optional<String> prepare(String resolvedConfig, boolean force, int threads) throws IOException {
        return prepare(resolvedConfig, force, EngineSpec.DEFAULT, threads);
    }

    /**
     * As {@link #prepare(String, boolean, int)}, {@code environment.json} naming where the cells run: {@code where}
     * with {@code threads} units at once ({@link CellEngine#engine}, {@link CellEngine#parallelism}).
     */
    public Optional<String> prepare(String resolvedConfig, boolean force, EngineSpec where, int threads)
            throws IOException {
        String hash = sha256(resolvedConfig);
        Path hashFile = output.resolve(SPEC_HASH);
        String old = Files.exists(hashFile) ? Files.readString(hashFile, StandardCharsets.UTF_8).strip() : null;
        String note = null;
        if (old != null && !old.equals(hash) && Files.isDirectory(cells())) {
            if (!force) {
                throw new InputException(output.toString(), 0, null, "holds results of a different configuration ("
                        + SPEC_HASH + " " + old.substring(0, 12) + ", this config " + hash.substring(0, 12)
                        + "); choose another output directory, or add --force to delete them");
            }
            for (String d : new String[] {"cells", "tables", "figures"}) {
                AtomicFiles.deleteTree(output.resolve(d));
            }
            note = "--force: deleted the results of a different configuration in " + output;
        }
        try {
            Files.createDirectories(cells());
        } catch (IOException e) {
            throw new IOException("cannot create the results directory " + cells() + " (" + e + ")", e);
        }
        AtomicFiles.deleteStrayTemps(cells());
        AtomicFiles.write(output.resolve("study.yaml"), resolvedConfig);
        AtomicFiles.write(hashFile, hash + "\n");
        AtomicFiles.write(output.resolve("environment.json"),
                JSON.writeValueAsBytes(Environment.capture(where, threads, countCells(), List.of())));
        return Optional.ofNullable(note);
    }

    private int countCells() throws IOException {
        try (var s = Files.list(cells())) {
            return (int) s.filter(p -> !p.getFileName().toString().endsWith(AtomicFiles.TEMP_SUFFIX)).count();
        }
    }

    /** The stored text of finished cell {@code id}, if any. */
    public Optional<String> cell(String id) throws IOException {
        Path p = cells().resolve(id);
        return Files.exists(p) ? Optional.of(Files.readString(p, StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** Stores finished cell {@code id} durably (fsynced, atomic rename). */
    public void saveCell(String id, String text) throws IOException {
        AtomicFiles.writeDurable(cells().resolve(id), text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The result of a cell computed on a worker thread: a runtime or I/O failure of the cell is rethrown as it is
     * (so user errors keep their message and I/O failures their exit code), an interruption becomes an
     * {@link IOException}.
     */
    static <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a cell", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
