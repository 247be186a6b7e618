package org.bomoco.cli;

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
 * option as the user typed it and the valid range. Commands keep only the checks that need their own data.
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

    private static void check(ParseResult p) {
        for (ArgSpec arg : p.matchedArgs()) {
            String name = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
            for (String raw : arg.originalStringValues()) {
                if (raw.isBlank()) {
                    throw new ParameterException(p.commandSpec().commandLine(), name + ": the value is empty; give "
                            + arg.paramLabel());
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
