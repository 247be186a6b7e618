package org.bomoco.algorithms.jmetal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bomoco.algorithms.WeightLattice;
import org.uma.jmetal.solution.Solution;
import org.uma.jmetal.util.neighborhood.impl.WeightVectorNeighborhood;

/**
 * jMetal's weight-vector files. jMetal's component MOEA/D reads weights for more than two objectives from a file
 * {@code <dir>/W<m>D_<N>.dat} (one vector a line, blank-separated numbers) and has no other way to receive them;
 * {@link #write} writes the vectors it is given (the Das–Dennis lattice of {@link WeightLattice#simplexLattice}) into a
 * fresh temporary directory, and {@link #delete} removes it once jMetal has read it.
 */
final class WeightFiles {
    private WeightFiles() {
    }

    /**
     * Writes {@code points} as {@code W<m>D_<N>.dat} into a new temporary directory and returns the directory (the
     * caller deletes it with {@link #delete}).
     */
    static Path write(List<double[]> points) {
        try {
            Path dir = Files.createTempDirectory("bomoco-moead-");
            Path file = dir.resolve("W" + points.get(0).length + "D_" + points.size() + ".dat");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (double[] p : points) {
                    StringBuilder line = new StringBuilder();
                    for (int j = 0; j < p.length; j++) {
                        line.append(j == 0 ? "" : " ").append(p[j]);
                    }
                    w.write(line.append('\n').toString());
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write MOEA/D weight file", e);
        }
    }

    /** Deletes a directory written by {@link #write} (best effort). */
    static void delete(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }

    /**
     * jMetal's {@code WeightVectorNeighborhood} over {@code weights}, each with its {@code size} nearest neighbours:
     * jMetal reads the vectors from a {@code W<m>D_<N>.dat} file, so they are written to a temporary directory that
     * is deleted again once read.
     */
    static <S extends Solution<?>> WeightVectorNeighborhood<S> neighborhood(List<double[]> weights, int size) {
        Path dir = write(weights);
        try {
            return new WeightVectorNeighborhood<>(weights.size(), weights.get(0).length, size, dir.toString());
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException("jMetal could not read the weight file it was given", e);
        } finally {
            delete(dir);
        }
    }
}
