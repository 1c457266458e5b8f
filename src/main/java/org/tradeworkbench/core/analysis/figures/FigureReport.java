package org.tradeworkbench.core.analysis.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.figures.FigureData;
import org.tradeworkbench.core.figures.FigureSeries;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;

/**
 * A chart as drawn: {@link #chart()} is what the render layer draws (or its empty state); the tables are the
 * numbers drawn and the JSON holds them with the axes, so the chart's data travel with every writer.
 */
public record FigureReport(FigureSpec chart) implements Report {

    @Override
    public String title() {
        return chart.title();
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("figure", chart.id());
        m.put("title", chart.title());
        m.put("subtitle", chart.subtitle());
        m.put("kind", chart.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("x_label", chart.xLabel());
        m.put("y_label", chart.yLabel());
        m.put("y_unit", chart.yUnit());
        List<Object> series = new ArrayList<>();
        for (FigureSeries s : chart.series()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", s.name());
            e.put("label", s.label());
            e.put("periods", s.periods());
            List<Object> y = new ArrayList<>();
            for (double v : s.y()) {
                y.add(v);
            }
            e.put("values", y);
            if (chart.kind() == org.tradeworkbench.core.figures.FigureKind.SCATTER) {
                List<Object> x = new ArrayList<>();
                for (double v : s.x()) {
                    x.add(v);
                }
                e.put("x", x);
            }
            e.put("axis", chart.onRight(s) ? "right" : "left");
            series.add(e);
        }
        m.put("series", series);
        org.tradeworkbench.core.figures.ChartAxes axes = chart.axes();
        m.put("x_axis", scale(axes.x(), chart.xLabel()));
        m.put("left_axis", scale(axes.left(), chart.yAxisLabel()));
        m.put("right_axis", scale(axes.right(), axes.rightLabel()));
        List<Object> fits = new ArrayList<>();
        for (org.tradeworkbench.core.figures.FittedLine f : chart.fits()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("series", f.series());
            e.put("equation", f.equation());
            e.put("intercept", f.intercept());
            e.put("slope", f.slope());
            e.put("r_squared", f.rSquared());
            e.put("n", f.n());
            fits.add(e);
        }
        m.put("fits", fits);
        m.put("source_note", chart.sourceNote());
        m.put("empty", chart.isEmpty() ? chart.emptyState().message() : null);
        return m;
    }

    /** A fixed axis as JSON: label, bounds, step and ticks; {@code null} for an axis the drawing lays out. */
    private static Map<String, Object> scale(org.tradeworkbench.core.figures.AxisScale a, String label) {
        if (a == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("min", a.min());
        m.put("max", a.max());
        m.put("step", a.step());
        m.put("ticks", a.ticks());
        return m;
    }

    @Override
    public List<ResultTable> tables() {
        return FigureData.table(chart).map(List::of).orElseGet(() -> List.of(ResultTable.builder(chart.title(),
                "Nothing to draw").row(List.of(ResultTable.Cell.text(chart.emptyState().message()))).build()));
    }
}
