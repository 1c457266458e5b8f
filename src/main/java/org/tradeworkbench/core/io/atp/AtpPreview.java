package org.tradeworkbench.core.io.atp;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.io.ImportPreview;
import org.tradeworkbench.core.report.NumberFormats;

/**
 * The import preview of a Census high-tech answer: a JSON array is no table to preview cell by cell, so the
 * preview shows the series the import will add (period first, then each series), with the import's notes.
 */
public final class AtpPreview {
    private AtpPreview() {
    }

    /** {@code raw}'s file, format, dialect and options; columns, rows and notes from the imported dataset. */
    public static ImportPreview of(ImportPreview raw, Dataset imported, int maxRows) {
        List<String> columns = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        columns.add(imported.index().frequency().name().toLowerCase().equals("monthly") ? "month" : "year");
        kinds.add("time");
        for (Series s : imported.series()) {
            columns.add(s.name());
            kinds.add("number");
        }
        List<ImportPreview.Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(maxRows, imported.rowCount()); i++) {
            List<String> texts = new ArrayList<>();
            List<ImportPreview.Cell> cells = new ArrayList<>();
            String label = imported.index().label(i);
            texts.add(label);
            cells.add(new ImportPreview.Cell(label, ImportPreview.CellKind.PERIOD, Double.NaN, null));
            for (Series s : imported.series()) {
                double v = s.get(i);
                String t = Double.isNaN(v) ? "" : NumberFormats.general(v);
                texts.add(t);
                cells.add(new ImportPreview.Cell(t, Double.isNaN(v) ? ImportPreview.CellKind.MISSING
                        : ImportPreview.CellKind.NUMBER, v, null));
            }
            rows.add(new ImportPreview.Row(i + 2, texts, cells));
        }
        List<String> notes = new ArrayList<>();
        notes.add("U.S. Census high-tech (ATP) answer: shown as the series it adds, in millions of US$");
        notes.addAll(imported.notes());
        return new ImportPreview(raw.file(), raw.format(), raw.dialect(), raw.options(), columns, kinds, rows, notes);
    }
}
