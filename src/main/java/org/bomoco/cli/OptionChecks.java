package org.bomoco.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Checks every command's options before it runs, in one place: an empty value ({@code --decision ''}) and a count
 * outside its range ({@code --evaluations 99999999999}, {@code --max -1}) are refused at once with exit 2, naming the
 * option as the user typed it and the valid range; a path the user names is checked before any command opens it
 * ({@link #PATHS}): a missing input, a directory given for a file, a file given for a directory are refused with exit 2
 * naming the option and the path, e.g. {@code --front nothere.csv: no such file}. Commands keep only the checks that
 * need their own data.
 */
final class OptionChecks {
    /** Valid ranges (inclusive) of the count options, by option name; every int or long option but seeds has one. */
    static final Map<String, long[]> RANGES = Map.of(
            "--evaluations", new long[] {1, Integer.MAX_VALUE},
            "--population", new long[] {0, 1_000_000},
            "--max", new long[] {0, Integer.MAX_VALUE},
            "--workloads", new long[] {1, 1_000_000},
            "--threads", new long[] {0, 1_024},
            "--parallel-evaluation", new long[] {0, 256},
            "--port", new long[] {0, 65_535});

    /**
     * What an input path option (or positional parameter) names. Outputs ({@code --out}) are not checked here: a
     * path that cannot be written is an I/O failure said in words by {@link Failures} (exit 1).
     */
    enum PathKind {
        /** An existing regular file. */
        FILE,
        /** An existing directory. */
        DIR,
        /** An existing directory or regular file (e.g. one plug-in jar, one CSV). */
        FILE_OR_DIR
    }

    /**
     * Every option that names a path, by option name, and what it must be; {@code --decision current} and the
     * {@code --normalize} keywords and bounds are not paths ({@link #pathValue}). The test {@code everyPathOptionIsChecked}
     * holds every {@code Path} option of every command to this map.
     */
    static final Map<String, PathKind> PATHS = Map.ofEntries(
            Map.entry("--front", PathKind.FILE),
            Map.entry("--reference", PathKind.FILE),
            Map.entry("--decision", PathKind.FILE),
            Map.entry("--normalize", PathKind.FILE),
            Map.entry("--instance", PathKind.DIR),
            Map.entry("--catalogue", PathKind.DIR),
            Map.entry("--plugins", PathKind.FILE_OR_DIR),
            Map.entry("--input", PathKind.FILE_OR_DIR));

    /** What a directory option or parameter names, for the fix of "is a file, not a directory". */
    private static final Map<String, String> DIRECTORIES = Map.of(
            "--instance", "an instance directory (the one holding instance.yaml)",
            "--catalogue", "a catalogue directory (the one holding regions.csv, sizes.csv, ...)",
            "report", "the results directory of 'bomoco run' (the one holding experiment.yaml)",
            "export", "the results directory of 'bomoco run' (the one holding experiment.yaml)",
            "serve", "the results directory of 'bomoco run' (the one holding experiment.yaml)");

    /** The positional path parameters, by command name ({@code run FILE}, {@code report DIR}, ...). */
    static final Map<String, PathKind> POSITIONAL_PATHS = Map.of(
            "run", PathKind.FILE,
            "validate", PathKind.FILE,
            "report", PathKind.DIR,
            "export", PathKind.DIR,
            "serve", PathKind.DIR);

    /** Picocli's conversion failure: {@code ... 'VALUE' is not a TYPE}. */
    private static final java.util.regex.Pattern NOT_A_TYPE = java.util.regex.Pattern.compile(
            "'([^']*)' is not an? (int|long|double|float)\\b");
    /** Picocli's map-option failure: {@code ... should be in KEY=VALUE format but was VALUE}. */
    private static final java.util.regex.Pattern KEY_VALUE = java.util.regex.Pattern.compile(
            "should be in KEY=VALUE format but was (.*)$");

    private OptionChecks() {
    }

    /** Picocli execution strategy: checks the parsed options of the command (and its parents), then runs it. */
    static int execute(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            check(p);
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /**
     * The one line for a value picocli could not convert ({@code --population 9999999999}, {@code --seed x},
     * {@code --param foo}), naming the option as typed and what it takes, without Java type names ("not an int");
     * {@code null} for any other parameter error, whose picocli message is kept.
     */
    static String conversion(ParameterException ex) {
        String msg = String.valueOf(ex.getMessage());
        ArgSpec arg = ex.getArgSpec();
        if (arg == null) {
            return null;
        }
        String name = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
        java.util.regex.Matcher kv = KEY_VALUE.matcher(msg);
        if (kv.find()) {
            return name + ": '" + kv.group(1) + "' is not KEY=VALUE; write the key, '=' and the value, e.g. "
                    + name + " crossoverRate=0.9";
        }
        java.util.regex.Matcher bad = NOT_A_TYPE.matcher(msg);
        if (!msg.startsWith("Invalid value for") || !bad.find()) {
            return null;
        }
        String value = bad.group(1);
        if (value.isBlank()) {
            return name + ": the value is empty; give " + arg.paramLabel();
        }
        if (bad.group(2).startsWith("d") || bad.group(2).startsWith("f")) {
            return name + ": '" + value + "' is not a number; write a decimal number with '.' as the decimal point, "
                    + "e.g. 1.1";
        }
        boolean isInt = bad.group(2).equals("int");
        long[] range = RANGES.getOrDefault(name, isInt ? new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE}
                : new long[] {Long.MIN_VALUE, Long.MAX_VALUE});
        return String.format(Locale.ROOT, "%s: '%s' is not a whole number from %,d to %,d", name, value, range[0],
                range[1]);
    }

    /**
     * Whether the value {@code raw} of option {@code name} is a path: not {@code --decision current}, not a
     * {@code --normalize} keyword or {@code ideal;nadir} bounds (a value without {@code ,} or {@code ;} is a file).
     */
    static boolean pathValue(String name, String raw) {
        if (name.equals("--decision")) {
            return !raw.equals("current");
        }
        if (name.equals("--normalize")) {
            return !raw.equals("reference") && !raw.equals("none") && !raw.contains(",") && !raw.contains(";");
        }
        return true;
    }

    /**
     * What is wrong with the path {@code raw} as a {@code kind}, in words with the fix ({@code directory} says what
     * directory is meant); {@code null} when it is fine.
     */
    static String problem(String raw, PathKind kind, String directory) {
        Path path;
        try {
            path = Path.of(raw);
        } catch (InvalidPathException e) {
            return "is not a valid path (" + e.getReason() + ")";
        }
        boolean dir = Files.isDirectory(path);
        boolean file = !dir && Files.exists(path);
        return switch (kind) {
            case FILE -> dir ? "is a directory; give a file" : !file ? missing(path, "file", "check the path")
                    : readable(path);
            case DIR -> file ? "is a file, not a directory; give " + directory : !dir ? missing(path, "directory",
                    directory.equals("the directory") ? "check the path" : "check the path; give " + directory)
                    : readable(path);
            case FILE_OR_DIR -> !dir && !file ? missing(path, "file or directory", "check the path") : readable(path);
        };
    }

    private static String missing(Path path, String what, String fix) {
        String where = path.isAbsolute() ? "" : " (relative paths start at the working directory "
                + Path.of("").toAbsolutePath() + ")";
        return "no such " + what + where + "; " + fix;
    }

    private static String readable(Path path) {
        return Files.isReadable(path) ? null : "permission denied; make it readable";
    }

    private static void check(ParseResult p) {
        for (ArgSpec arg : p.matchedArgs()) {
            String name = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
            for (String raw : arg.originalStringValues()) {
                if (raw.isBlank()) {
                    throw new ParameterException(p.commandSpec().commandLine(), name + ": the value is empty; give "
                            + arg.paramLabel());
                }
            }
            PathKind kind = arg instanceof OptionSpec ? PATHS.get(name)
                    : POSITIONAL_PATHS.get(p.commandSpec().name());
            if (kind != null) {
                for (String raw : arg.originalStringValues()) {
                    String problem = pathValue(name, raw) ? problem(raw, kind, DIRECTORIES.getOrDefault(
                            arg instanceof OptionSpec ? name : p.commandSpec().name(), "the directory")) : null;
                    if (problem != null) {
                        throw new ParameterException(p.commandSpec().commandLine(), (arg instanceof OptionSpec
                                ? name + " " : "") + raw + ": " + problem);
                    }
                }
            }
            long[] range = RANGES.get(name);
            Object value = arg.getValue();
            if (range != null && value instanceof Number n && (n.longValue() < range[0] || n.longValue() > range[1])) {
                throw new ParameterException(p.commandSpec().commandLine(), String.format(Locale.ROOT,
                        "%s: %s is out of range; give a whole number from %,d to %,d", name, n, range[0], range[1]));
            }
        }
    }
}
