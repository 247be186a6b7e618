package org.bomoco.study;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * Small helpers for the Jupyter notebooks in {@code notebooks/}: they check a command's exit code and load the
 * tables and figures an evaluation wrote, failing with one sentence that names the missing file and the cell to
 * run, instead of a bare {@code NoSuchFileException} deep in a stack trace. Paths are relative to the working
 * directory, which the notebooks' kernel sets to the repository root ({@code notebooks/kernel/launch.sh}).
 */
public final class NotebookSupport {
    private NotebookSupport() {
    }

    /**
     * Throws unless {@code exitCode} is 0, so that a failed run fails its notebook cell (and the headless run of
     * every notebook in CI).
     *
     * @param exitCode what {@code org.bomoco.cli.Main.run(...)} returned
     * @param command  the command, for the message (for example {@code "bomoco run experiments/x.yaml"})
     */
    public static void requireSuccess(int exitCode, String command) {
        if (exitCode != 0) {
            throw new IllegalStateException(command + " failed with exit code " + exitCode
                    + " (2 = a user error, 1 = an I/O error; its message is printed above)");
        }
    }

    /**
     * The text of a table file (Markdown, CSV) that an evaluation wrote, for {@code display("text/markdown", ...)}.
     *
     * @throws IllegalStateException when the file is missing, naming it
     */
    public static String table(String file) {
        Path path = existing(Path.of(file), "table");
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the table " + path, e);
        }
    }

    /**
     * The files in {@code dir} whose names match {@code glob} (for example {@code "scatter-*.png"}), sorted by
     * name; figure names that carry an instance name need not be spelled out.
     *
     * @throws IllegalStateException when the folder is missing or no file matches
     */
    public static List<Path> figures(String dir, String glob) {
        Path folder = existing(Path.of(dir), "figure folder");
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<Path> found;
        try (Stream<Path> files = Files.list(folder)) {
            found = files.filter(p -> matcher.matches(p.getFileName())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no figure " + glob + " in " + folder.toAbsolutePath()
                    + ": the evaluation did not write it (run the cell above that runs it)");
        }
        return found;
    }

    /**
     * A PNG figure as an image, for {@code display(...)}.
     *
     * @throws IllegalStateException when the file is missing or is not an image
     */
    public static BufferedImage image(String file) {
        return image(Path.of(file));
    }

    /** {@link #image(String)} for a path (as returned by {@link #figures}). */
    public static BufferedImage image(Path file) {
        Path path = existing(file, "figure");
        try {
            BufferedImage image = ImageIO.read(path.toFile());
            if (image == null) {
                throw new IllegalStateException("the figure " + path.toAbsolutePath() + " is not a readable image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the figure " + path, e);
        }
    }

    private static Path existing(Path path, String what) {
        if (!Files.exists(path)) {
            throw new IllegalStateException("missing " + what + " " + path + " (looked in "
                    + path.toAbsolutePath() + "): run the cell above that runs the evaluation first; if it ran, "
                    + "the evaluation did not write this file");
        }
        return path;
    }
}
