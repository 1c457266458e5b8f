package org.tradeworkbench.core.data;

/**
 * Where in an input something is: file name (may be null), 1-based line and column (0 when unknown).
 * For expressions, {@code column} is the 1-based character position and {@code line} is 0.
 */
public record SourceLocation(String file, int line, int column) {

    public static SourceLocation of(String file, int line, int column) {
        return new SourceLocation(file, line, column);
    }

    public static SourceLocation file(String file) {
        return new SourceLocation(file, 0, 0);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
        }
        if (line > 0) {
            sb.append(sb.length() > 0 ? ", " : "").append("line ").append(line);
        }
        if (column > 0) {
            sb.append(sb.length() > 0 ? ", " : "").append("column ").append(column);
        }
        return sb.toString();
    }
}
