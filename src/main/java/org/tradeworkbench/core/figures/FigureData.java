package org.tradeworkbench.core.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;

/**
 * The numbers a chart draws, as a table: one row per period, one column per series, missing values left empty.
 * The chart's Export menu writes it as CSV, LaTeX, HTML or Markdown like any results table.
 */
public final class FigureData {
    private FigureData() {
    }

    /** The chart's data; a chart with nothing to draw has none. */
    public static java.util.Optional<ResultTable> table(FigureSpec spec) {
        if (spec.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (spec.kind() == FigureKind.SCATTER) {
            return java.util.Optional.of(pairs(spec));
        }
        List<String> cols = new ArrayList<>();
        cols.add(spec.xLabel().isBlank() ? "Period" : spec.xLabel());
        List<Map<String, Double>> byPeriod = new ArrayList<>();
        for (FigureSeries s : spec.series()) {
            cols.add(spec.legendLabel(s));
            Map<String, Double> m = new HashMap<>();
            for (int i = 0; i < s.size(); i++) {
                m.put(s.periods().get(i), s.y()[i]);
            }
            byPeriod.add(m);
        }
        ResultTable.Builder b = ResultTable.builder(spec.title(), cols.toArray(String[]::new));
        for (String p : spec.periods()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(p));
            for (Map<String, Double> m : byPeriod) {
                Double v = m.get(p);
                row.add(v == null || Double.isNaN(v) ? Cell.text("") : Cell.number(v, -1));
            }
            b.row(row);
        }
        String unit = spec.yUnit().isBlank() ? "" : " Values in " + spec.yUnit() + ".";
        String right = spec.axes().hasRight() ? " Columns marked (right) are measured on the right axis: "
                + spec.axes().rightLabel() + "." : "";
        b.note((spec.yLabel().isBlank() ? "" : spec.yLabel() + "." ) + unit + right + " Missing values are empty. "
                + spec.sourceNote());
        return java.util.Optional.of(b.build());
    }

    /**
     * A scatter plot's pairs: one row per period plotted, its X value, then each Y (empty where that Y has no
     * value: the pair is not drawn). The fitted lines' equations are in the note.
     */
    private static ResultTable pairs(FigureSpec spec) {
        List<String> cols = new ArrayList<>();
        cols.add("Period");
        cols.add(spec.xLabel());
        for (FigureSeries s : spec.series()) {
            cols.add(s.label());
        }
        ResultTable.Builder b = ResultTable.builder(spec.title(), cols.toArray(String[]::new));
        FigureSeries first = spec.series().get(0);
        for (int i = 0; i < first.size(); i++) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(first.periods().get(i)));
            row.add(Cell.number(first.x()[i], -1));
            for (FigureSeries s : spec.series()) {
                double v = s.y()[i];
                row.add(Double.isNaN(v) ? Cell.text("") : Cell.number(v, -1));
            }
            b.row(row);
        }
        StringBuilder note = new StringBuilder("The pairs plotted; a missing value is empty. ");
        for (FittedLine f : spec.fits()) {
            note.append(f.legend()).append(". ");
        }
        b.note(note + spec.sourceNote());
        return b.build();
    }
}
