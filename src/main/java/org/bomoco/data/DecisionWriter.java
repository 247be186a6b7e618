package org.bomoco.data;

import java.nio.file.Path;
import java.util.List;

import org.bomoco.model.Choice;
import org.bomoco.model.Placement;

/**
 * Writes a decision file ({@code workload,region,size,purchase,delay_h}; {@code docs/formats.md}) that
 * {@link DecisionReader} reads back: one row per choice in the placement's order, {@code '\n'} line ends, replaced
 * atomically.
 */
public final class DecisionWriter {
    private DecisionWriter() {
    }

    /**
     * Writes {@code placement} to {@code file}.
     *
     * @throws java.io.UncheckedIOException when the file cannot be written (an I/O failure)
     */
    public static void write(Placement placement, Path file) {
        TextOut.writeAtomically(file, text(placement));
    }

    /** The file's text. */
    static String text(Placement placement) {
        StringBuilder sb = new StringBuilder(String.join(",", InstanceFiles.DECISION_COLUMNS)).append('\n');
        for (Choice c : placement.choices()) {
            TextOut.line(sb, List.of(c.workloadId(), c.regionId(), c.sizeId(), c.purchase().id(),
                    Integer.toString(c.delayHours())));
        }
        return sb.toString();
    }
}
