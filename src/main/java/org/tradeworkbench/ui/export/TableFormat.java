package org.tradeworkbench.ui.export;

import java.util.function.Function;
import org.tradeworkbench.core.report.CsvTableWriter;
import org.tradeworkbench.core.report.HtmlTableWriter;
import org.tradeworkbench.core.report.LatexTableWriter;
import org.tradeworkbench.core.report.MarkdownTableWriter;
import org.tradeworkbench.core.report.ResultTable;

/** The text formats a results table is saved in. */
public enum TableFormat {
    CSV("CSV", "csv", CsvTableWriter::write),
    LATEX("LaTeX (booktabs)", "tex", LatexTableWriter::write),
    HTML("HTML", "html", t -> HtmlTableWriter.document(t.title(), java.util.List.of(t))),
    MARKDOWN("Markdown", "md", MarkdownTableWriter::write);

    private final String label;
    private final String extension;
    private final Function<ResultTable, String> writer;

    TableFormat(String label, String extension, Function<ResultTable, String> writer) {
        this.label = label;
        this.extension = extension;
        this.writer = writer;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public String write(ResultTable t) {
        return writer.apply(t);
    }
}
