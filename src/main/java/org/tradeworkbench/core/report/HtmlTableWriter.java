package org.tradeworkbench.core.report;

import java.util.List;

/**
 * HTML for a {@link ResultTable}: a {@code <table>} fragment with the title as caption, numbers right-aligned
 * (class {@code num}), missing numbers marked {@code na}, and notes in the footer; {@link #document} wraps
 * tables into a complete, self-contained page with a small style sheet.
 */
public final class HtmlTableWriter {
    private HtmlTableWriter() {
    }

    private static final String STYLE = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em;color:#222}",
            "table.result-table{border-collapse:collapse;margin:1.5em 0}",
            "table.result-table caption{font-weight:600;text-align:left;padding-bottom:.4em}",
            "table.result-table th,table.result-table td{padding:.25em .8em}",
            "table.result-table thead th{border-top:2px solid #222;border-bottom:1px solid #222;text-align:left}",
            "table.result-table thead th.num{text-align:right}",
            "table.result-table tbody tr:last-child td{border-bottom:2px solid #222}",
            "table.result-table td.num{text-align:right;font-variant-numeric:tabular-nums}",
            "table.result-table td.na{color:#888}",
            "table.result-table tfoot td{font-size:.85em;color:#444;padding-top:.4em}");

    public static String write(ResultTable t) {
        int n = t.columns().size();
        boolean[] numeric = new boolean[n];
        for (int c = 0; c < n; c++) {
            numeric[c] = t.isNumericColumn(c);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<table class=\"result-table\">\n");
        sb.append("  <caption>").append(escape(t.title())).append("</caption>\n");
        sb.append("  <thead><tr>");
        for (int c = 0; c < n; c++) {
            sb.append(numeric[c] ? "<th class=\"num\">" : "<th>").append(escape(t.columns().get(c))).append("</th>");
        }
        sb.append("</tr></thead>\n");
        sb.append("  <tbody>\n");
        for (List<ResultTable.Cell> row : t.rows()) {
            sb.append("    <tr>");
            for (ResultTable.Cell cell : row) {
                if (cell.isNumber()) {
                    boolean na = Double.isNaN(cell.number());
                    sb.append(na ? "<td class=\"num na\">" : "<td class=\"num\">");
                } else if (cell.alignsRight()) {
                    sb.append("<td class=\"num\">");
                } else {
                    sb.append("<td>");
                }
                sb.append(escape(cell.display())).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("  </tbody>\n");
        if (!t.notes().isEmpty()) {
            sb.append("  <tfoot>\n");
            for (String note : t.notes()) {
                sb.append("    <tr><td colspan=\"").append(Math.max(1, n)).append("\">").append(escape(note))
                        .append("</td></tr>\n");
            }
            sb.append("  </tfoot>\n");
        }
        sb.append("</table>\n");
        return sb.toString();
    }

    /** A complete HTML page with a heading and the tables in order. */
    public static String document(String title, List<ResultTable> tables) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.append("<title>").append(escape(title)).append("</title>\n");
        sb.append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
        sb.append("<h1>").append(escape(title)).append("</h1>\n");
        for (ResultTable t : tables) {
            sb.append(write(t));
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    public static String document(Report r) {
        return document(r.title(), r.tables());
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
