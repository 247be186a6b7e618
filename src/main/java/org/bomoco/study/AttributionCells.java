package org.bomoco.study;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.bomoco.causal.AttributionEvaluation;
import org.bomoco.causal.AttributionEvaluation.Row;
import org.bomoco.causal.EffectType;
import org.bomoco.causal.RollbackEvaluation;
import org.bomoco.causal.SimulationSpec;

/**
 * The units of work of an attribution study and their results: one cell per scenario, per power size and per
 * rollback (chart, drop), stored in {@code cells/<id>.csv}; cells already stored are read back, not recomputed.
 *
 * <p>Parallelism without changing the numbers: the histories of a scenario or power size are split into chunks of
 * {@value #CHUNK}; chunk c is {@link AttributionEvaluation#evaluate}{@code (spec, n_c, seed_c)} with seed_c the c-th
 * {@code nextLong()} of {@code new SplittableRandom(masterSeed)}, so every scenario and size sees the same histories
 * (common random numbers) and a chunk's numbers do not depend on which thread or machine ran it (each chunk is a
 * {@link CellWork} unit run by the study's {@link CellEngine}). Chunks are pooled in chunk order:
 * bias = Σ n_c·bias_c / N, RMSE = √(Σ n_c·RMSE_c² / N), coverage and rejection rate = Σ counts / N. The rollback
 * cells share one seed, the first 8 bytes of SHA-256("masterSeed|rollback"). Cells hold full-precision
 * numbers ({@link Double#toString}), so tables read from stored cells equal tables of a fresh run.
 */
final class AttributionCells {
    /** Histories per chunk (part of the seeding scheme: changing it changes the histories). */
    static final int CHUNK = 25;
    private static final String ROW_HEADER = "method,effect_size,confounded,histories,bias,rmse,coverage,"
            + "rejection_rate\n";
    private static final String ROLLBACK_HEADER = "chart,drop_sd,series,detection_rate,median_delay_days,"
            + "p90_delay_days,false_alarms_per_1000_days\n";

    private AttributionCells() {
    }

    /** Results of one rollback cell. */
    record RollbackRow(String chart, double dropSd, int series, RollbackEvaluation.Result result) {
    }

    /** Every result of a study, aligned with the spec's scenarios, power sizes and (chart, drop) pairs. */
    record Results(List<List<Row>> scenarios, List<List<Row>> power, List<RollbackRow> rollback) {
    }

    /** A cell: its file id, the parts that can run in parallel, and how their texts combine into the cell text. */
    private record Job(String id, List<CellWork> parts, Function<List<String>, String> combine) {
    }

    /** Computes the missing cells on {@code engine}, stores them, and reads every cell back. */
    static Results run(AttributionSpec spec, StudyFiles files, CellEngine engine, PrintWriter out)
            throws IOException {
        List<Job> jobs = jobs(spec);
        List<Job> missing = new ArrayList<>();
        for (Job j : jobs) {
            if (files.cell(j.id()).isEmpty()) {
                missing.add(j);
            }
        }
        if (missing.size() < jobs.size()) {
            out.printf("reusing %d finished cells of %d%n", jobs.size() - missing.size(), jobs.size());
            out.flush();
        }
        compute(missing, files, engine, out);
        return read(spec, files);
    }

    /**
     * Runs every part of the missing cells on {@code engine} and stores each cell as soon as its last part is back
     * (a part delivered twice is ignored, so a retried task cannot store a cell twice).
     */
    private static void compute(List<Job> missing, StudyFiles files, CellEngine engine, PrintWriter out)
            throws IOException {
        List<CellWork> work = new ArrayList<>();
        List<int[]> owner = new ArrayList<>();
        String[][] texts = new String[missing.size()][];
        int[] left = new int[missing.size()];
        for (int j = 0; j < missing.size(); j++) {
            List<CellWork> parts = missing.get(j).parts();
            texts[j] = new String[parts.size()];
            left[j] = parts.size();
            for (int p = 0; p < parts.size(); p++) {
                work.add(parts.get(p));
                owner.add(new int[] {j, p});
            }
        }
        long start = System.nanoTime();
        int[] stored = {0};
        engine.run(work, (index, text) -> {
            int j = owner.get(index)[0];
            int p = owner.get(index)[1];
            if (texts[j] == null || texts[j][p] != null) {
                return;
            }
            texts[j][p] = text;
            if (--left[j] == 0) {
                Job job = missing.get(j);
                files.saveCell(job.id(), job.combine().apply(List.of(texts[j])));
                texts[j] = null;
                out.printf(Locale.ROOT, "cell %d/%d %s done (%.1f s)%n", ++stored[0], missing.size(), job.id(),
                        (System.nanoTime() - start) / 1e9);
                out.flush();
            }
        });
    }

    static String scenarioId(AttributionSpec.Scenario s) {
        return "scenario-" + s.id() + ".csv";
    }

    static String powerId(double size) {
        return "power-" + AttributionSpec.plain(size) + ".csv";
    }

    static String rollbackId(String chart, double drop) {
        return "rollback-" + chart + "-" + AttributionSpec.plain(drop) + ".csv";
    }

    private static List<Job> jobs(AttributionSpec spec) {
        List<Job> jobs = new ArrayList<>();
        for (AttributionSpec.Scenario s : spec.scenarios()) {
            jobs.add(evaluation(scenarioId(s), s.apply(spec.simulation()), spec));
        }
        for (double size : spec.powerSizes()) {
            SimulationSpec sim = spec.simulation().withEffect(EffectType.LEVEL, size).withConfounded(false);
            jobs.add(evaluation(powerId(size), sim, spec));
        }
        AttributionSpec.Rollback r = spec.rollback();
        long seed = subSeed(spec.seed(), "rollback");
        for (String chart : r.charts()) {
            for (double drop : r.drops()) {
                var rs = new RollbackEvaluation.Spec(r.histories(), r.baselineDays(), r.monitorDays(), r.phi(), drop,
                        seed);
                String id = rollbackId(chart, drop);
                CellWork part = new AttributionWork.Rollback("cell " + id, chart, r.k(), r.h(), rs);
                jobs.add(new Job(id, List.of(part), texts -> texts.get(0)));
            }
        }
        return jobs;
    }

    private static Job evaluation(String id, SimulationSpec sim, AttributionSpec spec) {
        List<CellWork> parts = new ArrayList<>();
        SplittableRandom master = new SplittableRandom(spec.seed());
        for (int from = 0; from < spec.histories(); from += CHUNK) {
            int n = Math.min(CHUNK, spec.histories() - from);
            parts.add(new AttributionWork.Chunk("cell " + id + ", histories " + (from + 1) + "-" + (from + n), sim,
                    n, master.nextLong()));
        }
        return new Job(id, parts, texts -> rowsText(pool(texts.stream().map(AttributionCells::parseRows).toList())));
    }

    /** Pools per-chunk rows (same methods in the same order) into one row per method. */
    static List<Row> pool(List<List<Row>> chunks) {
        List<Row> out = new ArrayList<>();
        for (int m = 0; m < chunks.get(0).size(); m++) {
            Row first = chunks.get(0).get(m);
            int n = 0;
            double bias = 0;
            double squared = 0;
            long covered = 0;
            long rejected = 0;
            for (List<Row> chunk : chunks) {
                Row r = chunk.get(m);
                n += r.histories();
                bias += r.histories() * r.bias();
                squared += r.histories() * r.rmse() * r.rmse();
                covered += Math.round(r.histories() * r.coverage());
                rejected += Math.round(r.histories() * r.rejectionRate());
            }
            out.add(new Row(first.method(), first.effectSize(), first.confounded(), n, bias / n,
                    Math.sqrt(squared / n), (double) covered / n, (double) rejected / n));
        }
        return out;
    }

    private static Results read(AttributionSpec spec, StudyFiles files) throws IOException {
        List<List<Row>> scenarios = new ArrayList<>();
        for (AttributionSpec.Scenario s : spec.scenarios()) {
            scenarios.add(parseRows(stored(files, scenarioId(s))));
        }
        List<List<Row>> power = new ArrayList<>();
        for (double size : spec.powerSizes()) {
            power.add(parseRows(stored(files, powerId(size))));
        }
        List<RollbackRow> rollback = new ArrayList<>();
        for (String chart : spec.rollback().charts()) {
            for (double drop : spec.rollback().drops()) {
                rollback.add(parseRollback(stored(files, rollbackId(chart, drop))));
            }
        }
        return new Results(scenarios, power, rollback);
    }

    private static String stored(StudyFiles files, String id) throws IOException {
        Optional<String> text = files.cell(id);
        return text.orElseThrow(() -> new IOException("cell " + files.cells().resolve(id) + " vanished"));
    }

    static String rowsText(List<Row> rows) {
        StringBuilder sb = new StringBuilder(ROW_HEADER);
        for (Row r : rows) {
            sb.append(r.method()).append(',').append(r.effectSize()).append(',').append(r.confounded()).append(',')
                    .append(r.histories()).append(',').append(r.bias()).append(',').append(r.rmse()).append(',')
                    .append(r.coverage()).append(',').append(r.rejectionRate()).append('\n');
        }
        return sb.toString();
    }

    static List<Row> parseRows(String text) {
        List<Row> rows = new ArrayList<>();
        for (String line : text.substring(ROW_HEADER.length()).split("\n")) {
            String[] c = line.split(",");
            rows.add(new Row(c[0], Double.parseDouble(c[1]), Boolean.parseBoolean(c[2]), Integer.parseInt(c[3]),
                    Double.parseDouble(c[4]), Double.parseDouble(c[5]), Double.parseDouble(c[6]),
                    Double.parseDouble(c[7])));
        }
        return rows;
    }

    static String rollbackText(RollbackRow r) {
        RollbackEvaluation.Result x = r.result();
        return ROLLBACK_HEADER + r.chart() + "," + r.dropSd() + "," + r.series() + "," + x.detectionRate() + ","
                + x.medianDelayDays() + "," + x.p90DelayDays() + "," + x.falseAlarmsPer1000Days() + "\n";
    }

    static RollbackRow parseRollback(String text) {
        String[] c = text.substring(ROLLBACK_HEADER.length()).strip().split(",");
        return new RollbackRow(c[0], Double.parseDouble(c[1]), Integer.parseInt(c[2]), new RollbackEvaluation.Result(
                Double.parseDouble(c[3]), Double.parseDouble(c[4]), Double.parseDouble(c[5]),
                Double.parseDouble(c[6])));
    }

    /** The first 8 bytes (big-endian) of SHA-256 over {@code "masterSeed|label"} (UTF-8). */
    static long subSeed(long masterSeed, String label) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest((masterSeed + "|" + label).getBytes(StandardCharsets.UTF_8));
            long x = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                x = (x << 8) | (h[i] & 0xFF);
            }
            return x;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
