package org.bomoco.experiment;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code reference:} mapping of an experiment ({@code experiments/README.md}): where reference sets come from,
 * the hypervolume reference point, the normalisation, and the Das–Dennis {@code divisions} of {@code analytic} sets. Checks that the source fits the instances: {@code analytic}
 * needs benchmark problems, {@code exact} placement instances, {@code file} an existing CSV (one instance) or a
 * directory holding {@code <instance>.csv} for every instance.
 */
final class SpecReference {
    static final List<String> KEYS = List.of("set", "file", "point", "normalization", "divisions");
    /** Largest {@code divisions} of an analytic set (ZDT: 10,001 samples; DTLZ lattices are also capped by size). */
    static final int MAX_DIVISIONS = 10_000;
    static final List<String> SETS = List.of("union", "exact", "analytic", "file");
    static final List<String> NORMALIZATIONS = List.of("reference", "none");
    /** Default hypervolume reference point coordinate in normalised space. */
    static final double DEFAULT_POINT = 1.1;
    /** The policy when {@code reference:} is absent. */
    static final ReferenceSpec DEFAULT = new ReferenceSpec("union", null, DEFAULT_POINT, "reference");

    private SpecReference() {
    }

    /** The reference policy of {@code node}, or {@link #DEFAULT} when {@code node} is {@code null}. */
    static ReferenceSpec read(SpecNode node, List<InstanceSpec> instances) {
        if (node == null) {
            return DEFAULT;
        }
        Map<String, SpecNode> m = node.mapping(List.of(), KEYS, "{set: union, point: 1.1}");
        String set = m.containsKey("set") ? oneOf(m.get("set"), SETS) : DEFAULT.set();
        if (m.containsKey("set")) {
            checkSetFits(m.get("set"), set, instances);
        }
        Path file = null;
        if (m.containsKey("file") && !set.equals("file")) {
            throw m.get("file").error("a reference file is only used with 'set: file'; add 'set: file' or remove "
                    + "the file");
        }
        if (set.equals("file")) {
            if (!m.containsKey("file")) {
                throw m.get("set").error("'set: file' needs 'file: PATH' (a CSV of objective vectors, or a "
                        + "directory of <instance>.csv files); add it under 'reference'");
            }
            file = file(m.get("file"), instances);
        }
        double point = DEFAULT.point();
        if (m.containsKey("point")) {
            point = m.get("point").number();
            if (!(point > 1)) {
                throw m.get("point").error("reference point " + point + " must be greater than 1 (each coordinate, "
                        + "in normalised space, lies beyond the nadir at 1); write e.g. 1.1");
            }
        }
        String normalization = m.containsKey("normalization") ? oneOf(m.get("normalization"), NORMALIZATIONS)
                : DEFAULT.normalization();
        int divisions = 0;
        if (m.containsKey("divisions")) {
            if (!set.equals("analytic")) {
                throw m.get("divisions").error("'divisions' sets the size of analytic reference sets only; add "
                        + "'set: analytic' or remove it");
            }
            divisions = (int) m.get("divisions").integer(0, MAX_DIVISIONS);
        }
        return new ReferenceSpec(set, file, point, normalization, divisions);
    }

    /** A text that must be one of {@code valid}. */
    static String oneOf(SpecNode node, List<String> valid) {
        String s = node.text();
        if (!valid.contains(s)) {
            throw node.error("'" + s + "' is not valid; use one of " + String.join(", ", valid));
        }
        return s;
    }

    private static void checkSetFits(SpecNode node, String set, List<InstanceSpec> instances) {
        for (InstanceSpec i : instances) {
            if (set.equals("analytic") && i.placement()) {
                throw node.error("'analytic' reference sets exist only for benchmark problems, but instance '"
                        + i.name() + "' is a placement instance; use union");
            }
            if (set.equals("exact") && !i.placement()) {
                throw node.error("'exact' reference sets are for small placement instances, but '" + i.name()
                        + "' is a benchmark; use analytic or union");
            }
        }
    }

    private static Path file(SpecNode node, List<InstanceSpec> instances) {
        Path p;
        try {
            p = Path.of(node.text());
        } catch (InvalidPathException e) {
            throw node.error("'" + node.text() + "' is not a valid path (" + e.getReason() + ")");
        }
        if (instances.size() == 1 && Files.isRegularFile(p)) {
            readable(p, instances);
            return p;
        }
        if (!Files.isDirectory(p)) {
            throw node.error(p + " not found (relative paths start at the working directory); give "
                    + (instances.size() == 1 ? "a CSV file or " : "") + "a directory holding <instance>.csv for "
                    + "each instance");
        }
        for (InstanceSpec i : instances) {
            if (!Files.isRegularFile(p.resolve(i.name() + ".csv"))) {
                throw node.error("no " + p.resolve(i.name() + ".csv") + "; the directory needs one reference CSV "
                        + "per instance, named <instance>.csv");
            }
        }
        readable(p, instances);
        return p;
    }

    /**
     * Reads every instance's reference CSV now, so that {@code validate} (and a run, before its first run) refuses a
     * malformed one (semicolons, wrong columns, a non-number) naming its file, line and column, instead of the run
     * failing when it scores, after every run has finished.
     */
    private static void readable(Path file, List<InstanceSpec> instances) {
        for (InstanceSpec i : instances) {
            ReferenceSets.readPoints(ReferenceSets.referenceCsv(file, i.name()), ReferenceSets.columns(i));
        }
    }
}
