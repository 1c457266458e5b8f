package org.tradeworkbench.core.report;

import java.util.List;

/**
 * A GitHub-flavoured Markdown table for a {@link ResultTable}: the title in bold, a pipe table with numeric
 * columns right-aligned, then the notes as a paragraph each.
 */
public final class MarkdownTableWriter {
    private MarkdownTableWriter() {
    }

    public static String write(ResultTable t) {
        int n = t.columns().size();
        StringBuilder sb = new StringBuilder();
        sb.append("**").append(escape(t.title())).append("**\n\n");
        sb.append('|');
        for (String col : t.columns()) {
            sb.append(' ').append(escape(col)).append(" |");
        }
        sb.append("\n|");
        for (int c = 0; c < n; c++) {
            sb.append(t.isNumericColumn(c) ? " ---: |" : " :--- |");
        }
        sb.append('\n');
        for (List<ResultTable.Cell> row : t.rows()) {
            sb.append('|');
            for (ResultTable.Cell cell : row) {
                sb.append(' ').append(escape(cell.display())).append(" |");
            }
            sb.append('\n');
        }
        for (String note : t.notes()) {
            sb.append('\n').append(escape(note)).append('\n');
        }
        return sb.toString();
    }

    public static String write(Report r) {
        return Report.eachTable(r, MarkdownTableWriter::write);
    }


    /** Pipes would end a cell and line breaks a row; asterisks and underscores would start emphasis. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("\r", " ").replace("\n", " ");
    }
}
