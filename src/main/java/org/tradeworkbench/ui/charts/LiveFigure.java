package org.tradeworkbench.ui.charts;

import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.tradeworkbench.core.figures.ChartPalette;
import org.tradeworkbench.core.figures.FigureKind;
import org.tradeworkbench.core.figures.FigureSeries;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.render.charts.FigureChart;

/**
 * A figure shown in one place and redrawn with every new result (the Regression tab's charts). The first figure is
 * built by {@link ChartFactory#create}; a later one laid out the same way (same kind, series and runs of present
 * values, see {@link #sameLayout}) is shown by changing the texts, the x axis range and the values of the data
 * points already on screen, so no chart, axis, line or marker node is made or styled again. Anything else is
 * built anew. Must be used on the FX thread.
 */
public final class LiveFigure {
    private final Pane holder;
    private FigureSpec shown;
    private Region node;

    /** Shows the figures in {@code holder}, which it fills. */
    public LiveFigure(Pane holder) {
        this.holder = Objects.requireNonNull(holder);
    }

    /** The figure now shown, or null. */
    public FigureSpec shown() {
        return shown;
    }

    /** Shows {@code spec} (null: nothing), in place when it is laid out as the one shown. */
    public void show(FigureSpec spec) {
        if (spec == null) {
            holder.getChildren().clear();
            shown = null;
            node = null;
            return;
        }
        if (shown != null && node != null && sameLayout(shown, spec) && update(spec)) {
            shown = spec;
            return;
        }
        node = ChartFactory.create(spec);
        holder.getChildren().setAll(node);
        shown = spec;
    }

    /**
     * Whether the node drawn for {@code a} can show {@code b} by changing values: both have data, are of the same
     * kind and figure id, with the same series labels and the same optional texts; lines are short enough to be
     * drawn whole and break into the same number of runs, each marked the same way; bars stand at the same
     * periods, with the same missing values.
     */
    static boolean sameLayout(FigureSpec a, FigureSpec b) {
        if (a.isEmpty() || b.isEmpty() || a.kind() != b.kind() || !a.id().equals(b.id())
                || a.kind() == FigureKind.SCATTER || !a.axes().equals(b.axes()) || !a.fits().isEmpty()
                || a.series().size() != b.series().size()
                || a.subtitle().isBlank() != b.subtitle().isBlank()
                || a.sourceNote().isBlank() != b.sourceNote().isBlank()) {
            return false;
        }
        for (int k = 0; k < a.series().size(); k++) {
            FigureSeries sa = a.series().get(k);
            FigureSeries sb = b.series().get(k);
            if (!sa.label().equals(sb.label())) {
                return false;
            }
            if (a.kind() == FigureKind.BAR) {
                if (!sa.periods().equals(sb.periods()) || !sameMissing(sa.y(), sb.y())) {
                    return false;
                }
            } else if (!sameRuns(sa, sb)) {
                return false;
            }
        }
        return a.kind() != FigureKind.BAR || a.periods().equals(b.periods());
    }

    private static boolean sameRuns(FigureSeries a, FigureSeries b) {
        if (a.size() > FigureChart.MAX_LINE_POINTS || b.size() > FigureChart.MAX_LINE_POINTS
                || FigureChart.dense(a) != FigureChart.dense(b)) {
            return false;
        }
        List<int[]> ra = a.segments();
        List<int[]> rb = b.segments();
        if (ra.size() != rb.size()) {
            return false;
        }
        for (int i = 0; i < ra.size(); i++) {
            // A lone value is drawn as a larger dot than a point of a run.
            if ((ra.get(i)[0] == ra.get(i)[1]) != (rb.get(i)[0] == rb.get(i)[1])) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameMissing(double[] a, double[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Double.isNaN(a[i]) != Double.isNaN(b[i])) {
                return false;
            }
        }
        return true;
    }

    /** Puts {@code spec}'s texts and values into the node shown; false if the node is not as expected. */
    private boolean update(FigureSpec spec) {
        if (!(node instanceof VBox box)) {
            return false;
        }
        XYChart<?, ?> chart = null;
        for (Node n : box.getChildren()) {
            if (n instanceof XYChart<?, ?> c) {
                chart = c;
            }
        }
        if (chart instanceof LineChart<?, ?> line && spec.kind() == FigureKind.LINE) {
            @SuppressWarnings("unchecked")
            LineChart<Number, Number> numeric = (LineChart<Number, Number>) line;
            if (!updateLines(numeric, spec)) {
                return false;
            }
        } else if (chart instanceof BarChart<?, ?> bars && spec.kind() == FigureKind.BAR) {
            @SuppressWarnings("unchecked")
            BarChart<String, Number> categorical = (BarChart<String, Number>) bars;
            if (!updateBars(categorical, spec)) {
                return false;
            }
        } else {
            return false;
        }
        chart.getXAxis().setLabel(spec.xLabel());
        chart.getYAxis().setLabel(spec.yAxisLabel());
        for (Node n : box.getChildren()) {
            if (n instanceof TextFlow flow) {
                Text t = FigureChart.textOf(flow);
                if (t.getStyleClass().contains("figure-title")) {
                    setText(t, spec.title());
                } else if (t.getStyleClass().contains("figure-subtitle")) {
                    setText(t, spec.subtitle());
                }
            } else if (n instanceof org.tradeworkbench.render.charts.SourceNoteText note) {
                note.setNote(spec.sourceNote());
            }
        }
        return true;
    }

    private static void setText(Text l, String text) {
        if (!text.equals(l.getText())) {
            l.setText(text);
        }
    }

    /** Each run's points take the new values; a run that grew gets markers styled as at creation. */
    private static boolean updateLines(LineChart<Number, Number> chart, FigureSpec spec) {
        ObservableList<XYChart.Series<Number, Number>> parts = chart.getData();
        int runs = 0;
        for (FigureSeries s : spec.series()) {
            runs += s.segments().size();
        }
        if (parts.size() != runs || !(chart.getXAxis() instanceof NumberAxis x)) {
            return false;
        }
        double[] bounds = FigureChart.xAxisBounds(spec);
        x.setLowerBound(bounds[0]);
        x.setUpperBound(bounds[1]);
        x.setTickUnit(bounds[2]);
        int p = 0;
        for (int k = 0; k < spec.series().size(); k++) {
            FigureSeries s = spec.series().get(k);
            String color = ChartPalette.colour(k);
            boolean dense = FigureChart.dense(s);
            for (int[] seg : s.segments()) {
                ObservableList<XYChart.Data<Number, Number>> points = parts.get(p++).getData();
                int n = seg[1] - seg[0] + 1;
                if (points.size() > n) {
                    points.remove(n, points.size());
                }
                for (int i = 0; i < points.size(); i++) {
                    XYChart.Data<Number, Number> d = points.get(i);
                    d.setXValue(s.x()[seg[0] + i]);
                    d.setYValue(s.y()[seg[0] + i]);
                }
                boolean lone = n == 1;
                for (int i = points.size(); i < n; i++) {
                    XYChart.Data<Number, Number> d = new XYChart.Data<>(s.x()[seg[0] + i], s.y()[seg[0] + i]);
                    points.add(d);
                    FigureChart.styleSymbol(d, color, dense && !lone, lone);
                }
            }
        }
        return true;
    }

    /** Bars stand at the same periods (see {@link #sameLayout}): only their heights change. */
    private static boolean updateBars(BarChart<String, Number> chart, FigureSpec spec) {
        ObservableList<XYChart.Series<String, Number>> bars = chart.getData();
        if (bars.size() != spec.series().size()) {
            return false;
        }
        for (int k = 0; k < spec.series().size(); k++) {
            FigureSeries s = spec.series().get(k);
            ObservableList<XYChart.Data<String, Number>> points = bars.get(k).getData();
            int j = 0;
            for (int i = 0; i < s.size(); i++) {
                if (Double.isNaN(s.y()[i])) {
                    continue;
                }
                if (j >= points.size() || !s.periods().get(i).equals(points.get(j).getXValue())) {
                    return false;
                }
                points.get(j++).setYValue(s.y()[i]);
            }
            if (j != points.size()) {
                return false;
            }
        }
        return true;
    }
}
