package org.tradeworkbench.core.data;

/**
 * A problem with the user's input (a file, an expression, a choice of variables) that the user can fix.
 * The message is complete and readable on its own, e.g. {@code prices.csv, line 14, column 3: "12,5O" is not
 * a number}. Front ends show {@link #getMessage()} and never a stack trace.
 */
public class DataException extends RuntimeException {
    private final SourceLocation location;
    private final String problem;

    public DataException(String problem) {
        this(null, problem, null);
    }

    public DataException(SourceLocation location, String problem) {
        this(location, problem, null);
    }

    public DataException(SourceLocation location, String problem, Throwable cause) {
        super(format(location, problem), cause);
        this.location = location;
        this.problem = problem;
    }

    private static String format(SourceLocation location, String problem) {
        String where = location == null ? "" : location.toString();
        return where.isEmpty() ? problem : where + ": " + problem;
    }

    /** Where the problem is, or {@code null} when it has no location. */
    public SourceLocation location() {
        return location;
    }

    /** The problem without its location. */
    public String problem() {
        return problem;
    }
}
