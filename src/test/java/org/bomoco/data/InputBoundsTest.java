package org.bomoco.data;

import static org.bomoco.data.Fixtures.assertInputError;
import static org.bomoco.data.Fixtures.replace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bomoco.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's loader classes: {@code carbon-actual.csv} validated like {@code carbon.csv} whenever present, a file
 * written with another separator named as such, and bounded cells and lines. Each expects one single-line error
 * naming the file, the line and the field ({@link Fixtures#assertInputError}).
 */
class InputBoundsTest {
    private static Path withActual(Path tmp, java.util.function.UnaryOperator<String> edit) throws IOException {
        Path dir = Fixtures.validInstance(tmp);
        Files.copy(dir.resolve(InstanceFiles.CARBON), dir.resolve(InstanceFiles.CARBON_ACTUAL));
        Fixtures.edit(dir, InstanceFiles.CARBON_ACTUAL, edit);
        return dir;
    }

    @Test
    void aCompleteActualSeriesIsAccepted(@TempDir Path tmp) throws IOException {
        Path dir = Fixtures.validInstance(tmp);
        Files.copy(dir.resolve(InstanceFiles.CARBON), dir.resolve(InstanceFiles.CARBON_ACTUAL));
        InstanceReader.read(dir);
    }

    @Test
    void actualCarbonWith47HoursIsRefusedAtLoad(@TempDir Path tmp) throws IOException {
        // line 49 holds eu-west-1 hour 47 (fixture layout in InstanceValidationTest)
        Path dir = withActual(tmp, Fixtures.dropLines(49, 49));
        assertInputError(() -> InstanceReader.read(dir), "carbon-actual.csv", 0, "hour", "lacks hour 47");
    }

    @Test
    void actualCarbonWithANonNumberIsRefusedAtLoad(@TempDir Path tmp) throws IOException {
        Path dir = withActual(tmp, s -> {
            String[] lines = s.split("\n", -1);
            lines[2] = lines[2].substring(0, lines[2].lastIndexOf(',') + 1) + "high";
            return String.join("\n", lines);
        });
        assertInputError(() -> InstanceReader.read(dir), "carbon-actual.csv", 3, "g_per_kwh", "'high' is not a number");
    }

    @Test
    void headerOnlyActualCarbonIsRefusedAtLoad(@TempDir Path tmp) throws IOException {
        Path dir = withActual(tmp, s -> "region,hour,g_per_kwh\n");
        assertInputError(() -> InstanceReader.read(dir), "carbon-actual.csv", 0, null, "no data rows");
    }

    @Test
    void aSemicolonSeparatedFileNamesTheSeparator(@TempDir Path tmp) {
        Path dir = Fixtures.validInstance(tmp);
        Fixtures.edit(dir, InstanceFiles.CARBON, s -> s.replace(',', ';'));
        assertInputError(() -> InstanceReader.read(dir), "carbon.csv", 1, null, "separated by ';'");
    }

    @Test
    void aNumberOf200000DigitsIsRefused(@TempDir Path tmp) {
        Path dir = Fixtures.validInstance(tmp);
        // the cpu cell of db (line 4) becomes 200,000 digits: longer than a cell and than a line may be
        Fixtures.edit(dir, InstanceFiles.WORKLOADS, replace("v4,0.5,", "v4," + "1".repeat(200_000) + ","));
        assertInputError(() -> InstanceReader.read(dir), "workloads.csv", 4, null, "at most 65536");
    }

    @Test
    void aLongCellAndALongNumberAreRefusedByName() {
        String header = "id,n\n";
        assertInputError(() -> CsvTable.parse("t.csv", header + "a," + "2".repeat(5_000) + "\n",
                java.util.List.of("id", "n"), false), "t.csv", 2, "n", "at most 4096");
        CsvTable t = CsvTable.parse("t.csv", header + "a,0." + "1".repeat(100) + "\n", java.util.List.of("id", "n"),
                false);
        assertInputError(() -> t.row(0).number("n", 0, 1), "t.csv", 2, "n", "write at most 64");
    }

    /** YAML syntax errors name the line of the fault (SnakeYAML's problem mark), not where Jackson's last token began. */
    @Test
    void aTabInInstanceYamlNamesItsLineInWords(@TempDir Path tmp) throws IOException {
        Path dir = Fixtures.validInstance(tmp);
        Files.writeString(dir.resolve(InstanceFiles.INSTANCE_YAML),
                "name: t\nforecast_start: 2023-06-01T00:00:00Z\n\tmax_migrations: 2\n");
        assertInputError(() -> InstanceReader.read(dir), "instance.yaml", 3, null, "a TAB character");
        Files.writeString(dir.resolve(InstanceFiles.INSTANCE_YAML),
                "name: t\nforecast_start: 2023-06-01T00:00:00Z\nmax_migrations: [2\n");
        // the fault is found at the end of the stream (line 4); the message names where the list opened
        assertInputError(() -> InstanceReader.read(dir), "instance.yaml", 4, null, "flow sequence (line 3)");
    }

    /** A file the writer cannot write is an I/O failure (exit 1 at the command line), not bad input. */
    @Test
    void anUnwritableInstanceDirectoryIsAnIoFailure(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                () -> TextOut.writeAtomically(file.resolve("instance.yaml"), "name: t\n"));
    }

    /** Issue 12: {@code .nan} / {@code .inf} in instance.yaml names the key (top level and nested), not "invalid YAML". */
    @Test
    void nanOrInfinityInInstanceYamlNamesTheKey(@TempDir Path tmp) throws IOException {
        Path dir = Fixtures.validInstance(tmp);
        Path yaml = dir.resolve(InstanceFiles.INSTANCE_YAML);
        Files.writeString(yaml, "name: t\nmax_migrations: .nan\nforecast_start: 2023-06-01T00:00:00Z\n");
        assertInputError(() -> InstanceReader.read(dir), "instance.yaml", 2, "max_migrations", "NaN (not a number)");
        Files.writeString(yaml, "name: t\nmax_migrations: 2\nforecast_start: 2023-06-01T00:00:00Z\n"
                + "generator:\n  seed: -.inf\n");
        assertInputError(() -> InstanceReader.read(dir), "instance.yaml", 5, "seed", "infinity, which is not allowed");
    }

    /** A directory where an instance file should be: said in words, without the operating system's phrase. */
    @Test
    void aDirectoryWhereAnInstanceFileShouldBeIsSaidInWords(@TempDir Path tmp) throws IOException {
        Path dir = Fixtures.validInstance(tmp);
        Files.delete(dir.resolve(InstanceFiles.WORKLOADS));
        Files.createDirectory(dir.resolve(InstanceFiles.WORKLOADS));
        InputException e = assertInputError(() -> InstanceReader.read(dir), "workloads.csv", 0, null,
                "is a directory, not a file");
        org.junit.jupiter.api.Assertions.assertFalse(e.getMessage().contains("Is a directory"), e.getMessage());
    }

    /**
     * A file without line ends (here 2 MiB of one line; {@code /dev/zero} at the command line) is refused once
     * {@link CsvTable#MAX_SCAN} characters of its line are read, not read until memory runs out: CSV tables and
     * instance.yaml alike.
     */
    @Test
    void aLineWithoutEndIsRefusedWithoutReadingItAll(@TempDir Path tmp) throws IOException {
        Path dir = Fixtures.validInstance(tmp);
        String endless = "x".repeat(2 * CsvTable.MAX_SCAN);
        Files.writeString(dir.resolve(InstanceFiles.WORKLOADS), endless);
        assertInputError(() -> InstanceReader.read(dir), "workloads.csv", 1, null, "line has more than 1,048,576");
        Files.writeString(dir.resolve(InstanceFiles.INSTANCE_YAML), "name: t\ndescription: " + endless);
        assertInputError(() -> InstanceReader.read(dir), "instance.yaml", 2, null, "line has more than 1,048,576");
    }
}
