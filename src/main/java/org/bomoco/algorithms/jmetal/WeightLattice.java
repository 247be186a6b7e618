package org.bomoco.algorithms.jmetal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Das–Dennis simplex lattice (Das and Dennis 1998, "Normal-boundary intersection", SIAM J. Optim. 8(3)): every
 * vector of {@code m} non-negative multiples of {@code 1/H} summing to 1, {@code C(H+m−1, m−1)} of them
 * (H = 6, m = 5: 210). NSGA-III's reference points and MOEA/D's weight vectors.
 *
 * <p>jMetal's component MOEA/D reads weights for more than two objectives from a file
 * {@code <dir>/W<m>D_<N>.dat} (one vector a line, blank-separated numbers) and has no other way to receive them;
 * {@link #writeJMetalFile} writes that file into a fresh temporary directory.
 */
final class WeightLattice {
    private WeightLattice() {
    }

    /** {@code C(H+m−1, m−1)}, the lattice size; saturates at {@link Integer#MAX_VALUE}. */
    static int size(int objectives, int divisions) {
        long c = 1;
        int k = objectives - 1;
        for (int i = 1; i <= k; i++) {
            c = c * (divisions + i) / i;
            if (c > Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
        }
        return (int) c;
    }

    /** The lattice points in lexicographic order of their integer numerators (descending first coordinate). */
    static List<double[]> points(int objectives, int divisions) {
        List<double[]> out = new ArrayList<>(size(objectives, divisions));
        fill(new int[objectives], 0, divisions, divisions, out);
        return out;
    }

    private static void fill(int[] num, int k, int left, int divisions, List<double[]> out) {
        if (k == num.length - 1) {
            num[k] = left;
            double[] w = new double[num.length];
            for (int j = 0; j < num.length; j++) {
                w[j] = (double) num[j] / divisions;
            }
            out.add(w);
            return;
        }
        for (int v = left; v >= 0; v--) {
            num[k] = v;
            fill(num, k + 1, left - v, divisions, out);
        }
    }

    /**
     * Writes {@code points} as {@code W<m>D_<N>.dat} into a new temporary directory and returns the directory (the
     * caller deletes it with {@link #delete}).
     */
    static Path writeJMetalFile(List<double[]> points) {
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

    /** Deletes a directory written by {@link #writeJMetalFile} (best effort). */
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
}
