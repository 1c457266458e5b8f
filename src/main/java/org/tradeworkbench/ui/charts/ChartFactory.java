package org.tradeworkbench.ui.charts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.tradeworkbench.core.figures.FigureSeries;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.render.charts.FigureChart;
import org.tradeworkbench.render.charts.LineRun;

/**
 * A figure on screen: the drawing of {@link FigureChart} (the same the image export and the {@code figure}
 * command snapshot), with a zoom added where a line is too long to draw whole (drag, wheel, a button back to the
 * whole range). Must be called on the FX thread.
 */
public final class ChartFactory {
    private ChartFactory() {
    }

    /** The zoom's style sheet (the selection rectangle and the reset button). */
    public static final String STYLESHEET =
            ChartFactory.class.getResource("/org/tradeworkbench/ui/charts/charts.css").toExternalForm();

    /** Points drawn per line run at most (see {@link FigureChart#MAX_LINE_POINTS}). */
    static final int MAX_LINE_POINTS = FigureChart.MAX_LINE_POINTS;

    /** The whole figure: title, subtitle, chart (zoomable where its lines are thinned), legend and source note. */
    public static Region create(FigureSpec spec) {
        return FigureChart.create(spec, ChartFactory::zoomable);
    }

    /** The chart, with the zoom's selection rectangle over it and a button back to the whole range. */
    private static Region zoomable(XYChart<?, ?> chart, List<LineRun> runs) {
        if (runs.isEmpty() || !(chart instanceof LineChart<?, ?> line)) {
            return chart;
        }
        @SuppressWarnings("unchecked")
        ChartZoom zoom = ChartZoom.install((LineChart<Number, Number>) line, runs);
        Button reset = new Button("Whole range");
        reset.getStyleClass().add("zoom-reset");
        reset.setFocusTraversable(false);
        reset.setOnAction(e -> zoom.reset());
        reset.visibleProperty().bind(zoom.zoomedProperty());
        StackPane holder = new StackPane(chart, zoom.selection(), reset);
        holder.getStylesheets().add(STYLESHEET);
        StackPane.setAlignment(reset, Pos.TOP_RIGHT);
        holder.setMinHeight(120);
        Tooltip.install(chart, new Tooltip(
                "Drag across the plot or turn the mouse wheel to zoom; double-click for the whole range"));
        return holder;
    }

    /** The figure's numbers as tab-separated text (period, then one column per series), for the clipboard. */
    public static String asText(FigureSpec spec) {
        StringBuilder sb = new StringBuilder(spec.title()).append('\n');
        if (spec.isEmpty()) {
            return sb.append(spec.emptyState().message()).append('\n').toString();
        }
        List<String> periods = spec.periods();
        sb.append(spec.xLabel().isBlank() ? "Period" : spec.xLabel());
        List<Map<String, Double>> byPeriod = new ArrayList<>();
        for (FigureSeries s : spec.series()) {
            sb.append('\t').append(s.label());
            Map<String, Double> m = new HashMap<>();
            for (int i = 0; i < s.size(); i++) {
                m.put(s.periods().get(i), s.y()[i]);
            }
            byPeriod.add(m);
        }
        sb.append('\n');
        for (String p : periods) {
            sb.append(p);
            for (Map<String, Double> m : byPeriod) {
                Double v = m.get(p);
                sb.append('\t').append(v == null || Double.isNaN(v) ? "NA" : formatPlain(v));
            }
            sb.append('\n');
        }
        if (!spec.yUnit().isBlank()) {
            sb.append("Unit: ").append(spec.yUnit()).append('\n');
        }
        if (!spec.sourceNote().isBlank()) {
            sb.append(spec.sourceNote()).append('\n');
        }
        return sb.toString();
    }

    private static String formatPlain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = java.math.BigDecimal.valueOf(v).toString();
        return s.contains("E") ? Double.toString(v) : s;
    }
}
