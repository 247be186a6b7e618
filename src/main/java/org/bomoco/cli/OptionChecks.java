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

    private OptionChecks() {
    }

    /** Picocli execution strategy: checks the parsed options of the command (and its parents), then runs it. */
    static int execute(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            check(p);
        }
        return new CommandLine.RunLast().execute(parsed);
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
