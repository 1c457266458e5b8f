package org.tradeworkbench.core.data;

/**
 * Where in an input something is: file name (may be null), 1-based line and column (0 when unknown), and for
 * a workbook the sheet (then {@code line} is the sheet's row and {@code column} its column, shown as a cell
 * reference such as {@code Sheet1!C7}). For expressions, {@code column} is the 1-based character position and
 * {@code line} is 0.
 */
public record SourceLocation(String file, int line, int column, String sheet) {

    public SourceLocation(String file, int line, int column) {
        this(file, line, column, null);
    }

    public static SourceLocation of(String file, int line, int column) {
        return new SourceLocation(file, line, column);
    }

    public static SourceLocation file(String file) {
        return new SourceLocation(file, 0, 0);
    }

    /** A cell (or with {@code column} 0 a row, with both 0 the sheet) of a workbook's sheet. */
    public static SourceLocation cell(String file, String sheet, int row, int column) {
        return new SourceLocation(file, row, column, sheet);
    }

    /** The spreadsheet name of a column: 1 is A, 27 is AA. */
    public static String columnLetters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
        }
        if (sheet != null) {
            String name = sheet.matches("[A-Za-z0-9_.]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
            sb.append(sb.length() > 0 ? ", " : "").append(name);
            if (line > 0 && column > 0) {
                sb.append('!').append(columnLetters(column)).append(line);
            } else if (line > 0) {
                sb.append(", row ").append(line);
            }
            return sb.toString();
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
