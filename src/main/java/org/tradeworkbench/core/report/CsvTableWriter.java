package org.tradeworkbench.core.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV of a {@link ResultTable}: one header row, then one row per table row. Numbers keep their full
 * precision (the shortest decimal that reads back to the same double), missing numbers are empty cells, so a
 * spreadsheet or R reads the values rather than their rounded display. Title and notes are not part of the
 * grid; {@link #writeWithNotes} adds them as trailing rows for people who want everything in one file.
 */
public final class CsvTableWriter {
    private CsvTableWriter() {
    }

    public static String write(ResultTable t) {
        StringBuilder sb = new StringBuilder();
        appendRow(sb, t.columns());
        for (List<ResultTable.Cell> row : t.rows()) {
            List<String> fields = new ArrayList<>(row.size());
            for (ResultTable.Cell c : row) {
                fields.add(raw(c));
            }
            appendRow(sb, fields);
        }
        return sb.toString();
    }

    /** The grid, then an empty line and one single-field row per note. */
    public static String writeWithNotes(ResultTable t) {
        StringBuilder sb = new StringBuilder(write(t));
        if (!t.notes().isEmpty()) {
            sb.append("\r\n");
            for (String n : t.notes()) {
                appendRow(sb, List.of(n));
            }
        }
        return sb.toString();
    }

    /** The value a machine should read: full-precision number, empty for missing, text as is. */
    static String raw(ResultTable.Cell c) {
        if (!c.isNumber()) {
            return c.text();
        }
        double v = c.number();
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = BigDecimal.valueOf(v).toString();
        return s.contains("E") ? Double.toString(v) : s;
    }

    private static void appendRow(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(fields.get(i)));
        }
        sb.append("\r\n");
    }

    static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || (!s.isEmpty() && (Character.isWhitespace(s.charAt(0))
                        || Character.isWhitespace(s.charAt(s.length() - 1))));
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
