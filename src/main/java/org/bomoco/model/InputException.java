package org.bomoco.model;

/**
 * A user error in an input file or argument: names the file, the line (0 when not applicable), the field and
 * the fix. The command line prints {@link #getMessage()} alone and exits with code 2, without a stack trace.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String field;
    private final String problem;

    /**
     * @param file the file (or argument name, e.g. {@code --decision}) at fault
     * @param line 1-based line number in the file, or 0 when the error is not tied to one line
     * @param field the column, key or field at fault, or {@code null}
     * @param problem what is wrong and how to fix it
     */
    public InputException(String file, long line, String field, String problem) {
        super(format(file, line, field, problem));
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    private static String format(String file, long line, String field, String problem) {
        StringBuilder sb = new StringBuilder(file == null ? "input" : file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        if (field != null) {
            sb.append(": field '").append(field).append('\'');
        }
        return sb.append(": ").append(problem).toString();
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String field() {
        return field;
    }

    /** What is wrong and how to fix it, without the file, line and field (to restate the error for an option). */
    public String problem() {
        return problem;
    }
}
