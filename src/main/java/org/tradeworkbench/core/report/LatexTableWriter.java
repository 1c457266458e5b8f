package org.tradeworkbench.core.report;

import java.util.List;
import java.util.Locale;

/**
 * A booktabs {@code table} environment for a {@link ResultTable}: caption from the title, numeric columns
 * right-aligned, notes set small under the rule. Needs the booktabs package in the preamble.
 */
public final class LatexTableWriter {
    private LatexTableWriter() {
    }

    public static String write(ResultTable t) {
        int n = t.columns().size();
        StringBuilder sb = new StringBuilder();
        sb.append("\\begin{table}[htbp]\n");
        sb.append("  \\centering\n");
        sb.append("  \\caption{").append(escape(t.title())).append("}\n");
        sb.append("  \\label{tab:").append(label(t.title())).append("}\n");
        sb.append("  \\begin{tabular}{");
        for (int c = 0; c < n; c++) {
            sb.append(t.isNumericColumn(c) ? 'r' : 'l');
        }
        sb.append("}\n");
        sb.append("    \\toprule\n");
        sb.append("    ");
        for (int c = 0; c < n; c++) {
            if (c > 0) {
                sb.append(" & ");
            }
            sb.append(escape(t.columns().get(c)));
        }
        sb.append(" \\\\\n");
        sb.append("    \\midrule\n");
        for (List<ResultTable.Cell> row : t.rows()) {
            sb.append("    ");
            for (int c = 0; c < n; c++) {
                if (c > 0) {
                    sb.append(" & ");
                }
                sb.append(cell(row.get(c)));
            }
            sb.append(" \\\\\n");
        }
        sb.append("    \\bottomrule\n");
        sb.append("  \\end{tabular}\n");
        if (!t.notes().isEmpty()) {
            sb.append("  \\par\\smallskip\n");
            sb.append("  \\begin{minipage}{\\linewidth}\\footnotesize\n");
            for (String note : t.notes()) {
                sb.append("    ").append(escape(note)).append("\\par\n");
            }
            sb.append("  \\end{minipage}\n");
        }
        sb.append("\\end{table}\n");
        return sb.toString();
    }

    public static String write(Report r) {
        return Report.eachTable(r, LatexTableWriter::write);
    }


    private static String cell(ResultTable.Cell c) {
        String s = c.display();
        if (c.isNumber() && s.startsWith("-")) {
            // A typeset minus, not a hyphen.
            return "$-$" + escape(s.substring(1));
        }
        return escape(s);
    }

    /** Escapes the characters LaTeX treats specially in text mode. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '&', '%', '$', '#', '_', '{', '}' -> sb.append('\\').append(ch);
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                case '<' -> sb.append("\\textless{}");
                case '>' -> sb.append("\\textgreater{}");
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static String label(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "table" : s;
    }
}
