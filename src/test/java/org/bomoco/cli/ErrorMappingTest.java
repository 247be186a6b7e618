package org.bomoco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The CLI's one error mapping ({@link OptionChecks}, {@link Failures}): exit code, one line, the option named. */
class ErrorMappingTest {
    private static final String DEMO = "datasets/instances/demo";

    private static String oneLine(CliRun r, int code, String... parts) {
        assertEquals(code, r.code(), r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "more than one line: " + err);
        assertFalse(err.contains("Exception") || err.contains("java."), "a Java class name: " + err);
        for (String p : parts) {
            assertTrue(err.contains(p), "'" + p + "' missing from: " + err);
        }
        return err;
    }

    @Test
    void countsOutOfRangeAreRefusedAtOnceNamingTheOptionAndTheRange() {
        oneLine(CliRun.run("solve", "--instance", DEMO, "--evaluations", "99999999999"), 2, "--evaluations",
                "99999999999", "1 to 2,147,483,647");
        oneLine(CliRun.run("solve", "--instance", DEMO, "--evaluations", "-5"), 2, "--evaluations", "-5");
        oneLine(CliRun.run("recommend", "--instance", DEMO, "--max", "-1"), 2, "--max", "0 to");
        oneLine(CliRun.run("generate", "--workloads", "0", "--seed", "1", "--out", "x"), 2, "--workloads",
                "1 to 1,000,000");
        oneLine(CliRun.run("solve", "--instance", DEMO, "--population", "-1"), 2, "--population");
    }

    @Test
    void everyCountOptionHasARange() {
        List<String> missing = new ArrayList<>();
        for (CommandLine sub : Main.commandLine().getSubcommands().values()) {
            for (OptionSpec o : sub.getCommandSpec().options()) {
                Class<?> t = o.type();
                boolean count = t == int.class || t == long.class || t == Integer.class || t == Long.class;
                if (count && !o.longestName().equals("--seed") && !OptionChecks.RANGES.containsKey(o.longestName())) {
                    missing.add(sub.getCommandName() + " " + o.longestName());
                }
            }
        }
        assertTrue(missing.isEmpty(), "count options without a range in OptionChecks.RANGES: " + missing);
    }

    @Test
    void anEmptyValueNamesTheOption() {
        oneLine(CliRun.run("evaluate", "--instance", DEMO, "--decision", ""), 2, "--decision", "empty");
        oneLine(CliRun.run("indicators", "--front", " "), 2, "--front", "empty");
    }

    @Test
    void aMissingInputFileIsAUserError(@TempDir Path tmp) throws IOException {
        Path front = tmp.resolve("front.csv");
        Files.writeString(front, "1,2\n2,1\n");
        oneLine(CliRun.run("indicators", "--front", front.toString(), "--normalize",
                tmp.resolve("nothere.json").toString()), 2, "nothere.json", "no such file");
    }

    @Test
    void anUnwritableOutputSaysWhichFileAndWhyInWords(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("taken"));
        String err = oneLine(CliRun.run("solve", "--instance", DEMO, "--algorithm", "random", "--evaluations", "100",
                "--out", dir.toString()), 1, "could not write", "taken", "is a directory");
        assertFalse(err.contains(".tmp"), err);
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        oneLine(CliRun.run("solve", "--instance", DEMO, "--algorithm", "random", "--evaluations", "100",
                "--out", file.resolve("f.csv").toString()), 1, "plain", "not a directory");
    }

    @Test
    void tempFileNamesAndClassNamesNeverReachTheUser() {
        // what AtomicFiles' createTempFile throws on a read-only file system
        String d = Failures.describe(new FileSystemException("/out/.f.csv2598123456789.tmp", null,
                "Read-only file system"));
        assertEquals("could not write /out/f.csv: read-only file system", d);
        assertEquals("/out/run: no space left on device".replace("/out", "could not write /out"),
                Failures.describe(new FileSystemException("/out/run", null, "No space left on device")));
        Exception wrapped = new CompletionException(new java.io.UncheckedIOException(new NoSuchFileException("a.csv")));
        Exception cause = Failures.cause(wrapped);
        assertTrue(Failures.isUserError(cause));
        assertEquals("a.csv: no such file", Failures.describe(cause));
        assertEquals("b.json: no such file",
                Failures.describe(new FileNotFoundException("b.json (No such file or directory)")));
        assertEquals(null, Failures.cause(new IllegalArgumentException("a bug keeps its trace")));
    }

    /** Values picocli cannot convert: the option as typed and what it takes, never "not an int" or "not a long". */
    @Test
    void anUnconvertibleValueNamesTheOptionAndWhatItTakes() {
        String err = oneLine(CliRun.run("solve", "--instance", DEMO, "--population", "9999999999"), 2,
                "--population", "'9999999999' is not a whole number from 0 to 1,000,000");
        assertFalse(err.contains("not an int") || err.contains("'--population'"), err);
        oneLine(CliRun.run("solve", "--instance", DEMO, "--evaluations", "lots"), 2, "--evaluations",
                "'lots' is not a whole number from 1 to 2,147,483,647");
        oneLine(CliRun.run("solve", "--instance", DEMO, "--seed", "x"), 2, "--seed", "'x' is not a whole number");
        err = oneLine(CliRun.run("indicators", "--front", "f.csv", "--reference-point", "abc"), 2,
                "--reference-point: 'abc' is not a number");
        assertFalse(err.contains("(R)"), err);
        oneLine(CliRun.run("solve", "--instance", DEMO, "--param", "foo"), 2, "--param", "'foo' is not KEY=VALUE");
    }

    /** The generator's checks speak of the options the user typed, with the valid choices. */
    @Test
    void generatorErrorsNameTheOption(@TempDir Path tmp) {
        String out = tmp.resolve("g").toString();
        String err = oneLine(CliRun.run("generate", "--workloads", "5", "--seed", "1", "--out", out, "--regions",
                "mars-1"), 2, "--regions", "mars-1", "e.g.");
        assertFalse(err.contains("generator spec"), err);
        oneLine(CliRun.run("generate", "--workloads", "5", "--seed", "1", "--out", out, "--start",
                "2023-06-01T00:30:00Z"), 2, "--start", "whole UTC hour");
    }

    /** Writing an instance where a file stands is an I/O failure said in words (exit 1), like every other writer. */
    @Test
    void generateIntoAFileIsAnIoFailure(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        String err = oneLine(CliRun.run("generate", "--workloads", "5", "--seed", "1", "--out",
                file.resolve("inst").toString()), 1, "plain", "not a directory");
        assertFalse(err.contains(".tmp"), err);
    }
}
