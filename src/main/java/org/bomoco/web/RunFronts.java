package org.bomoco.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads only what the explorer's first page needs from a stored run record ({@code runs/.../r<k>.json} of
 * {@link org.bomoco.experiment.RunStore}): the algorithm id, the final front's objective vectors and feasibility.
 * The record's decisions (one string of every workload's placement per solution: about 143 kB each at 5,000
 * workloads, so a run file of 46 solutions is 6.6 MB) and its checkpoint trace are skipped by Jackson's streaming
 * parser without being decoded or kept, which is what makes {@code /api/front} fast on large placement instances;
 * the decision of one clicked solution is read from the full record.
 */
final class RunFronts {
    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * The final front of a run record.
     *
     * @param algorithmId resolved algorithm id ({@code null} when the record has none)
     * @param objectives objective vectors
     * @param feasible per solution, whether it is feasible (empty when the record stores none)
     */
    record Front(String algorithmId, List<double[]> objectives, List<Boolean> feasible) {
    }

    private RunFronts() {
    }

    /** The algorithm id, objectives and feasibility stored in {@code file}; every other field is skipped. */
    static Front read(Path file) throws IOException {
        String id = null;
        List<double[]> objectives = List.of();
        List<Boolean> feasible = List.of();
        try (JsonParser p = FACTORY.createParser(Files.newInputStream(file))) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT, file);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "algorithmId" -> id = value == JsonToken.VALUE_NULL ? null : p.getText();
                    case "objectives" -> objectives = vectors(p, file);
                    case "feasible" -> feasible = booleans(p, file);
                    default -> p.skipChildren();
                }
            }
        }
        return new Front(id, objectives, feasible);
    }

    private static List<double[]> vectors(JsonParser p, Path file) throws IOException {
        expect(p, p.currentToken(), JsonToken.START_ARRAY, file);
        List<double[]> out = new ArrayList<>();
        double[] buf = new double[8];
        while (p.nextToken() == JsonToken.START_ARRAY) {
            int n = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (n == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, 2 * n);
                }
                buf[n++] = p.getDoubleValue();
            }
            out.add(java.util.Arrays.copyOf(buf, n));
        }
        expect(p, p.currentToken(), JsonToken.END_ARRAY, file);
        return out;
    }

    private static List<Boolean> booleans(JsonParser p, Path file) throws IOException {
        expect(p, p.currentToken(), JsonToken.START_ARRAY, file);
        List<Boolean> out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            out.add(p.getBooleanValue());
        }
        return out;
    }

    private static void expect(JsonParser p, JsonToken got, JsonToken want, Path file) throws IOException {
        if (got != want) {
            throw new IOException(file + " is not a valid run record (expected " + want + ", found " + got
                    + " at " + p.currentLocation() + "); delete it and run the experiment again to redo that run");
        }
    }
}
