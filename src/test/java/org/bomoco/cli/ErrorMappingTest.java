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
        // also where picocli converts the value first (a number option)
        oneLine(CliRun.run("solve", "--instance", DEMO, "--seed", ""), 2, "--seed", "the value is empty");
        oneLine(CliRun.run("indicators", "--front", DEMO + "/x.csv", "--reference-point", ""), 2,
                "--reference-point", "the value is empty");
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

    /**
     * Every input path the user names on the command line, whatever the option or command, is checked before it is
     * opened (issue 12, left-overs): a missing path, a directory for a file and a file for a directory are exit 2,
     * one line naming the option and the path (once), with what to give instead.
     */
    @Test
    void aMissingOrMistypedPathNamesTheOption(@TempDir Path tmp) throws IOException {
        Path front = Files.writeString(tmp.resolve("front.csv"), "1,2\n2,1\n");
        String f = front.toString();
        String gone = tmp.resolve("gone.csv").toString();
        String dir = tmp.toString();
        String[][] cases = {
            {"--front", gone, "no such file", "indicators", "--front", gone},
            {"--front", dir, "is a directory", "indicators", "--front", dir},
            {"--reference", gone, "no such file", "indicators", "--front", f, "--reference", gone},
            {"--normalize", tmp.resolve("b.json").toString(), "no such file", "indicators", "--front", f,
                "--normalize", tmp.resolve("b.json").toString()},
            {"--normalize", dir, "is a directory", "indicators", "--front", f, "--normalize", dir},
            {"--decision", gone, "no such file", "evaluate", "--instance", DEMO, "--decision", gone},
            {"--decision", dir, "is a directory", "evaluate", "--instance", DEMO, "--decision", dir},
            {"--instance", f, "is a file, not a directory", "evaluate", "--instance", f},
            {"--instance", tmp.resolve("none").toString(), "no such directory", "solve", "--instance",
                tmp.resolve("none").toString()},
            {"--front", gone, "no such file", "recommend", "--instance", DEMO, "--front", gone},
            {"--instance", f, "instance.yaml", "serve", "--instance", f},
            {"--catalogue", f, "is a file, not a directory", "generate", "--workloads", "3", "--seed", "1",
                "--out", tmp.resolve("g").toString(), "--catalogue", f},
            {"--plugins", gone, "no such file or directory", "validate", "experiments/quickstart.yaml",
                "--plugins", gone},
            {"--input", gone, "no such file or directory", "datasets", "profiles", "--input", gone, "--out",
                tmp.resolve("p.csv").toString()},
            {"", gone, "no such file", "run", gone},
            {"", dir, "is a directory", "validate", dir},
            {"", f, "is a file, not a directory", "report", f},
            {"", gone, "no such directory", "export", gone},
        };
        for (String[] c : cases) {
            String[] args = java.util.Arrays.copyOfRange(c, 3, c.length);
            String err = oneLine(CliRun.run(args), 2, c[0], c[1], c[2]);
            assertEquals(err.indexOf(c[1]), err.lastIndexOf(c[1]), "the path once: " + err);
        }
        oneLine(CliRun.run("indicators", "--front", "relative-and-gone.csv"), 2, "--front relative-and-gone.csv",
                "relative paths start at the working directory");
        // what is not a path is not checked as one
        assertEquals(0, CliRun.run("indicators", "--front", f, "--normalize", "0,0;3,3").code());
        assertEquals(0, CliRun.run("evaluate", "--instance", DEMO, "--decision", "current").code());
    }

    /** Every Path option of every command is an input {@link OptionChecks#PATHS} checks, or an output ({@code --out}). */
    @Test
    void everyPathOptionIsChecked() {
        List<String> unchecked = new ArrayList<>();
        java.util.Deque<CommandLine> todo = new java.util.ArrayDeque<>(List.of(Main.commandLine()));
        while (!todo.isEmpty()) {
            CommandLine cl = todo.pop();
            todo.addAll(cl.getSubcommands().values());
            for (OptionSpec o : cl.getCommandSpec().options()) {
                boolean path = o.type() == Path.class || o.auxiliaryTypes().length > 0
                        && o.auxiliaryTypes()[0] == Path.class || o.longestName().equals("--decision")
                        || o.longestName().equals("--normalize");
                if (path && !o.longestName().equals("--out") && !OptionChecks.PATHS.containsKey(o.longestName())) {
                    unchecked.add(cl.getCommandSpec().qualifiedName() + " " + o.longestName());
                }
            }
            for (CommandLine.Model.PositionalParamSpec p : cl.getCommandSpec().positionalParameters()) {
                boolean path = p.type() == Path.class || p.auxiliaryTypes().length > 0
                        && p.auxiliaryTypes()[0] == Path.class;
                if (path && !OptionChecks.POSITIONAL_PATHS.containsKey(cl.getCommandName())) {
                    unchecked.add(cl.getCommandSpec().qualifiedName() + " " + p.paramLabel());
                }
            }
        }
        assertTrue(unchecked.isEmpty(), "path options OptionChecks.PATHS does not check: " + unchecked);
    }
}
