package org.bomoco.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.bomoco.data.CsvTable;
import org.bomoco.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link VectorFiles}: the streaming parser against a naive one (whole lines, {@link String#split}) on seeded random
 * files in every accepted layout, and each refusal naming the file, the line and the field.
 */
class VectorFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
        return p;
    }

    /** The accepted format read the plain way: strip, skip blank and '#' lines, a non-numeric first row is a header. */
    private static double[][] naive(String text) {
        List<double[]> rows = new ArrayList<>();
        boolean first = true;
        for (String raw : text.replace("\uFEFF", "").split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(line.contains(",") ? "," : "\\s+");
            if (first && !cells[0].strip().matches("[-+0-9.eE]+")) {
                first = false;
                continue;
            }
            first = false;
            double[] v = new double[cells.length];
            for (int k = 0; k < v.length; k++) {
                v[k] = Double.parseDouble(cells[k].strip());
            }
            rows.add(v);
        }
        return rows.toArray(double[][]::new);
    }

    private static String number(SplittableRandom rng) {
        return switch (rng.nextInt(5)) {
            case 0 -> Double.toString(rng.nextDouble() * 1e6);
            case 1 -> Integer.toString(rng.nextInt(-50, 50));
            case 2 -> String.format(java.util.Locale.ROOT, "%.3e", rng.nextGaussian());
            case 3 -> "-0.0";
            default -> Double.toString(rng.nextDouble());
        };
    }

    private static String randomFile(SplittableRandom rng) {
        String[] seps = {",", ", ", "\t", " ", "  \t "};
        String sep = seps[rng.nextInt(seps.length)];
        String eol = rng.nextBoolean() ? "\n" : "\r\n";
        int m = rng.nextInt(1, 7);
        StringBuilder sb = new StringBuilder(rng.nextInt(4) == 0 ? "\uFEFF" : "");
        if (rng.nextBoolean()) {
            List<String> h = new ArrayList<>();
            for (int k = 0; k < m; k++) {
                h.add("f" + k);
            }
            sb.append(String.join(sep, h)).append(eol);
        }
        int n = rng.nextInt(1, 200);
        for (int i = 0; i < n; i++) {
            if (rng.nextInt(20) == 0) {
                sb.append(rng.nextBoolean() ? "# comment, with; anything" : "   ").append(eol);
            }
            List<String> cells = new ArrayList<>();
            for (int k = 0; k < m; k++) {
                cells.add(number(rng));
            }
            sb.append(rng.nextBoolean() ? " " : "").append(String.join(sep, cells)).append(eol);
        }
        return sb.toString();
    }

    @Test
    void streamingParserEqualsTheNaiveOneOnSeededRandomFiles() throws IOException {
        SplittableRandom rng = new SplittableRandom(20261207L);
        for (int trial = 0; trial < 300; trial++) {
            String text = randomFile(rng);
            double[][] expected = naive(text);
            double[][] got = VectorFiles.read(write("r" + trial + ".csv", text));
            assertEquals(expected.length, got.length, "trial " + trial);
            for (int i = 0; i < got.length; i++) {
                assertArrayEquals(expected[i], got[i], "trial " + trial + ", vector " + i);
            }
        }
    }

    @Test
    void aBomocoFrontFileGivesItsFiveObjectiveColumns() throws IOException {
        Path p = write("front.csv", "solution,cost_usd_per_month,carbon_kg_per_month,water_l_per_month,"
                + "performance_ms,kpi_usd_per_month,feasible,decision\n0,1,2,3,4,-5,true,\"a;b\"\n");
        assertArrayEquals(new double[] {1, 2, 3, 4, -5}, VectorFiles.read(p)[0]);
    }

    private InputException refused(String name, String text) throws IOException {
        Path p = write(name, text);
        return assertThrows(InputException.class, () -> VectorFiles.read(p));
    }

    /** One refusal per class of bad input: file and line in the message, the field where there is one. */
    @Test
    void everyRefusalNamesFileLineAndField() throws IOException {
        assertMessage(refused("semi.csv", "f1;f2\n1,5;2,5\n"), "semi.csv:1: field 'separator': ';' separates");
        assertMessage(refused("nan.csv", "a,b\n1,2\n3,NaN\n"), "nan.csv:3: field 'column 2': 'NaN' is not a finite");
        assertMessage(refused("inf.csv", "1 -Infinity\n"), "inf.csv:1: field 'column 2': '-Infinity' is not a finite");
        assertMessage(refused("text.csv", "1,2\n3,x\n"), "text.csv:2: field 'column 2': 'x' is not a number");
        assertMessage(refused("empty-cell.csv", "1,,2\n"), "empty-cell.csv:1: field 'column 2': empty value");
        assertMessage(refused("ragged.csv", "1,2\r\n1,2,3\r\n"), "ragged.csv:2: has 3 values but the first vector has 2");
        assertMessage(refused("long-number.csv", "1," + "9".repeat(65) + "\n"),
                "long-number.csv:1: field 'column 2': a number of 65 characters; write at most 64");
        assertMessage(refused("long-line.csv", "1,2\n" + "1".repeat(200_000) + ",2"),
                "long-line.csv:2: line has 200002 characters; at most 65536 are allowed");
        assertMessage(refused("short-row.csv", "f1,f2\n1,\n"),
                "short-row.csv:2: field 'column 2': has 1 value but the header names 2 columns");
        assertMessage(refused("long-row.csv", "f1,f2\n1,2,3\n"),
                "long-row.csv:2: field 'column 3': has 3 values but the header names 2 columns");
        assertMessage(refused("index.csv", ",f1,f2\n0,1,2\n1,2,1\n"),
                "index.csv:1: field 'column 1': the header names no objective here");
        Files.createDirectory(dir.resolve("folder.csv"));
        assertMessage(assertThrows(InputException.class, () -> VectorFiles.read(dir.resolve("folder.csv"))),
                "folder.csv: is a directory, not a file");
        assertMessage(refused("endless.csv", "1,2\n" + "3".repeat(2 * CsvTable.MAX_SCAN)),
                "endless.csv:2: line has more than 1,048,576 characters");
        assertMessage(refused("header-only.csv", "\uFEFFf1,f2\r\n"), "header-only.csv: holds no objective vector");
        assertMessage(refused("blank.csv", ""), "blank.csv: holds no objective vector");
        Files.write(dir.resolve("latin1.csv"), new byte[] {'1', ',', (byte) 0xE9, '\n'});
        assertMessage(assertThrows(InputException.class, () -> VectorFiles.read(dir.resolve("latin1.csv"))),
                "latin1.csv: file is not UTF-8 text");
        assertMessage(assertThrows(InputException.class, () -> VectorFiles.read(dir.resolve("none.csv"))),
                "none.csv: file not found");
    }

    /** A headerless file with a byte-order mark keeps its first vector (the mark is not part of the first cell). */
    @Test
    void aByteOrderMarkIsNotTakenForAHeader() throws IOException {
        assertEquals(2, VectorFiles.read(write("bom.csv", "\uFEFF1,2\r\n2,1\r\n")).length);
    }

    private static void assertMessage(InputException e, String expected) {
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");
    }
}
