package org.tradeworkbench.ui.charts;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Point2D;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Rectangle;
import org.tradeworkbench.core.figures.Downsampler;
import org.tradeworkbench.render.charts.FigureChart;
import org.tradeworkbench.render.charts.LineRun;

/**
 * Zoom for a line chart whose lines may be too long to draw whole: a change of the horizontal axis range (a
 * dragged selection, the mouse wheel, or a program setting the bounds) draws each line again from the stored
 * values of the new range, thinned to about two points per pixel column by {@link Downsampler}, so a narrow
 * range shows every stored value exactly. The line series and their data lists are reused; only their points
 * change. A double-click or {@link #reset()} shows the whole range again.
 */
public final class ChartZoom {
    /** The chart property under which the zoom is kept (benchmarks and tests find it there). */
    public static final String MARK = "tw-zoom";
    /** Fewest points a line gets, however narrow the plot. */
    static final int MIN_POINTS = 200;
    /** A drag shorter than this (pixels) is a click, not a selection. */
    private static final double MIN_DRAG = 5;

    private final LineChart<Number, Number> chart;
    private final NumberAxis x;
    private final List<LineRun> runs;
    private final double fullLower;
    private final double fullUpper;
    private final Rectangle selection = new Rectangle();
    private final ReadOnlyBooleanWrapper zoomed = new ReadOnlyBooleanWrapper(this, "zoomed", false);
    private boolean redrawQueued;
    private double dragStart = Double.NaN;

    private ChartZoom(LineChart<Number, Number> chart, List<LineRun> runs) {
        this.chart = chart;
        this.x = (NumberAxis) chart.getXAxis();
        this.runs = List.copyOf(runs);
        this.fullLower = x.getLowerBound();
        this.fullUpper = x.getUpperBound();
    }

    /** Follows the axis' range with the runs, which are drawn for the range it has now. */
    static ChartZoom install(LineChart<Number, Number> chart, List<LineRun> runs) {
        ChartZoom z = new ChartZoom(chart, runs);
        z.x.lowerBoundProperty().addListener((o, a, b) -> z.queueRedraw());
        z.x.upperBoundProperty().addListener((o, a, b) -> z.queueRedraw());
        chart.getProperties().put(MARK, z);
        z.installGestures();
        return z;
    }

    /** The zoom of a chart made by {@link ChartFactory}, or null. */
    public static ChartZoom of(javafx.scene.Node chart) {
        return chart.getProperties().get(MARK) instanceof ChartZoom z ? z : null;
    }

    /** Shows {@code [lower, upper]} (clamped to the data's range); a range narrower than a point is ignored. */
    public void zoomTo(double lower, double upper) {
        double lo = Math.max(fullLower, Math.min(lower, upper));
        double hi = Math.min(fullUpper, Math.max(lower, upper));
        if (!(hi > lo)) {
            return;
        }
        x.setLowerBound(lo);
        x.setUpperBound(hi);
    }

    /** Back to the whole range. */
    public void reset() {
        zoomTo(fullLower, fullUpper);
    }

    /** Whether the chart shows less than the whole range. */
    public ReadOnlyBooleanProperty zoomedProperty() {
        return zoomed.getReadOnlyProperty();
    }

    /** The rectangle drawn while a range is being selected (the view places it over the chart). */
    Rectangle selection() {
        return selection;
    }

    private void queueRedraw() {
        if (!redrawQueued) {
            redrawQueued = true;
            // Both bounds usually change together: draw once, before the next frame.
            Platform.runLater(this::redraw);
        }
    }

    /** Points per line for the plot's width: two per pixel column. */
    int budget() {
        double w = x.getWidth();
        return w > 0 ? (int) Math.max(MIN_POINTS, Math.min(FigureChart.MAX_LINE_POINTS, 2 * w))
                : FigureChart.MAX_LINE_POINTS;
    }

    void redraw() {
        redrawQueued = false;
        double lo = x.getLowerBound();
        double hi = x.getUpperBound();
        int budget = budget();
        for (LineRun r : runs) {
            r.draw(lo, hi, budget);
        }
        x.setTickUnit(FigureChart.niceTick((hi - lo) / 10.0));
        zoomed.set(lo > fullLower || hi < fullUpper);
    }

    // ---- gestures ----

    private void installGestures() {
        selection.setManaged(false);
        selection.setVisible(false);
        selection.setMouseTransparent(true);
        selection.getStyleClass().add("zoom-selection");
        chart.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && inPlot(e)) {
                dragStart = e.getX();
            }
        });
        chart.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (Double.isNaN(dragStart)) {
                return;
            }
            Point2D a = chart.localToParent(Math.min(dragStart, e.getX()), 0);
            Point2D plotTop = plotBounds();
            selection.setX(a.getX());
            selection.setY(chart.localToParent(0, plotTop.getX()).getY());
            selection.setWidth(Math.abs(e.getX() - dragStart));
            selection.setHeight(plotTop.getY() - plotTop.getX());
            selection.setVisible(Math.abs(e.getX() - dragStart) >= MIN_DRAG);
        });
        chart.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (!Double.isNaN(dragStart) && Math.abs(e.getX() - dragStart) >= MIN_DRAG) {
                zoomTo(valueAt(dragStart), valueAt(e.getX()));
            }
            dragStart = Double.NaN;
            selection.setVisible(false);
        });
        chart.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                reset();
            }
        });
        chart.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() == 0 || !inPlot(e.getX(), e.getY())) {
                return;
            }
            double at = valueAt(e.getX());
            double factor = e.getDeltaY() > 0 ? 0.8 : 1.25;
            double lo = at - (at - x.getLowerBound()) * factor;
            double hi = at + (x.getUpperBound() - at) * factor;
            zoomTo(lo, hi);
            e.consume();
        });
    }

    private boolean inPlot(MouseEvent e) {
        return inPlot(e.getX(), e.getY());
    }

    private boolean inPlot(double cx, double cy) {
        Point2D left = x.localToScene(0, 0);
        Point2D p = chart.localToScene(cx, cy);
        Point2D vertical = plotBounds();
        double top = chart.localToScene(0, vertical.getX()).getY();
        double bottom = chart.localToScene(0, vertical.getY()).getY();
        return p.getX() >= left.getX() && p.getX() <= left.getX() + x.getWidth() && p.getY() >= top
                && p.getY() <= bottom;
    }

    /** Top and bottom of the plot area in the chart's coordinates (as x and y of the point). */
    private Point2D plotBounds() {
        var yAxis = chart.getYAxis();
        Point2D top = chart.sceneToLocal(yAxis.localToScene(0, 0));
        return new Point2D(top.getY(), top.getY() + yAxis.getHeight());
    }

    /** The data value under the chart's horizontal coordinate {@code cx}. */
    private double valueAt(double cx) {
        double inAxis = x.sceneToLocal(chart.localToScene(cx, 0)).getX();
        return x.getValueForDisplay(inAxis).doubleValue();
    }
}
