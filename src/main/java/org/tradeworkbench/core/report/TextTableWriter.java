package org.tradeworkbench.core.report;

import java.util.List;

/** Plain-text rendering for terminals and "copy as text": aligned columns, numbers right-aligned. */
public final class TextTableWriter {
    private TextTableWriter() {
    }

    public static String write(ResultTable t) {
        int n = t.columns().size();
        int[] w = new int[n];
        for (int c = 0; c < n; c++) {
            w[c] = t.columns().get(c).length();
        }
        for (List<ResultTable.Cell> row : t.rows()) {
            for (int c = 0; c < n; c++) {
                w[c] = Math.max(w[c], row.get(c).display().length());
            }
        }
        int total = 0;
        for (int x : w) {
            total += x;
        }
        total += 2 * Math.max(0, n - 1);
        StringBuilder sb = new StringBuilder();
        sb.append(t.title()).append('\n');
        String rule = "-".repeat(Math.max(total, t.title().length()));
        sb.append(rule).append('\n');
        for (int c = 0; c < n; c++) {
            boolean numeric = t.isNumericColumn(c);
            pad(sb, t.columns().get(c), w[c], numeric);
            sb.append(c < n - 1 ? "  " : "\n");
        }
        sb.append(rule).append('\n');
        for (List<ResultTable.Cell> row : t.rows()) {
            for (int c = 0; c < n; c++) {
                ResultTable.Cell cell = row.get(c);
                pad(sb, cell.display(), w[c], cell.alignsRight());
                sb.append(c < n - 1 ? "  " : "\n");
            }
        }
        sb.append(rule).append('\n');
        for (String note : t.notes()) {
            sb.append(note).append('\n');
        }
        return sb.toString();
    }

    public static String write(Report r) {
        return Report.eachTable(r, TextTableWriter::write);
    }

    private static void pad(StringBuilder sb, String s, int width, boolean right) {
        String trimmed = s;
        if (right) {
            sb.append(" ".repeat(width - trimmed.length())).append(trimmed);
        } else {
            sb.append(trimmed).append(" ".repeat(width - trimmed.length()));
        }
    }
}
