package org.bomoco.study;

import java.util.ArrayList;
import java.util.List;

/**
 * The hour-by-hour record of one strategy over one simulated week (one cell of the study), stored as CSV text
 * ({@link #toCsv}, {@link #parse}; doubles in Java's shortest round-trip form, so a stored cell reads back
 * bit-identical).
 *
 * @param hours one row per decision epoch
 */
record AdaptationTrace(List<Row> hours) {
    /** Header of the stored CSV. */
    static final String HEADER = "hour,carbon_kg,cost_usd,water_l,changes,migrations,evaluations,wall_ms";

    /**
     * One epoch.
     *
     * @param hour epoch index
     * @param carbonKg realised carbon booked to this hour, kgCO2e
     * @param costUsd realised cost booked to this hour, $
     * @param waterLitres realised water booked to this hour, L
     * @param changes workloads whose region, size or purchase changed at this epoch
     * @param migrations workloads whose region changed at this epoch
     * @param evaluations evaluations the optimiser used at this epoch
     * @param wallMs wall time of this epoch's optimisation, ms (the only non-deterministic column)
     */
    record Row(int hour, double carbonKg, double costUsd, double waterLitres, int changes, int migrations,
               long evaluations, long wallMs) {
    }

    AdaptationTrace {
        hours = List.copyOf(hours);
    }

    String toCsv() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Row r : hours) {
            sb.append(r.hour()).append(',').append(r.carbonKg()).append(',').append(r.costUsd()).append(',')
                    .append(r.waterLitres()).append(',').append(r.changes()).append(',').append(r.migrations())
                    .append(',').append(r.evaluations()).append(',').append(r.wallMs()).append('\n');
        }
        return sb.toString();
    }

    /** Parses {@link #toCsv} text; a malformed cell is an {@link IllegalArgumentException}. */
    static AdaptationTrace parse(String csv) {
        String[] lines = csv.strip().split("\n");
        if (!lines[0].equals(HEADER)) {
            throw new IllegalArgumentException("not an adaptation cell: header " + lines[0]);
        }
        List<Row> rows = new ArrayList<>();
        for (int k = 1; k < lines.length; k++) {
            String[] c = lines[k].split(",");
            if (c.length != 8) {
                throw new IllegalArgumentException("adaptation cell line " + (k + 1) + " has " + c.length
                        + " fields, expected 8");
            }
            rows.add(new Row(Integer.parseInt(c[0]), Double.parseDouble(c[1]), Double.parseDouble(c[2]),
                    Double.parseDouble(c[3]), Integer.parseInt(c[4]), Integer.parseInt(c[5]),
                    Long.parseLong(c[6]), Long.parseLong(c[7])));
        }
        return new AdaptationTrace(rows);
    }

    double totalCarbonKg() {
        return hours.stream().mapToDouble(Row::carbonKg).sum();
    }

    double totalCostUsd() {
        return hours.stream().mapToDouble(Row::costUsd).sum();
    }

    double totalWaterLitres() {
        return hours.stream().mapToDouble(Row::waterLitres).sum();
    }

    int totalChanges() {
        return hours.stream().mapToInt(Row::changes).sum();
    }

    int totalMigrations() {
        return hours.stream().mapToInt(Row::migrations).sum();
    }

    long totalEvaluations() {
        return hours.stream().mapToLong(Row::evaluations).sum();
    }

    double wallSeconds() {
        return hours.stream().mapToLong(Row::wallMs).sum() / 1000.0;
    }

    /** Cumulative realised carbon after each hour, kg. */
    double[] cumulativeCarbon() {
        double[] out = new double[hours.size()];
        double sum = 0;
        for (int h = 0; h < out.length; h++) {
            sum += hours.get(h).carbonKg();
            out[h] = sum;
        }
        return out;
    }
}
