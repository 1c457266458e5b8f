package org.tradeworkbench.bench;

import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * Zooms the line chart on screen the way the chart's own gestures do: by setting its horizontal axis range. A
 * chart that re-draws its points for the visible range marks itself with the {@code tw-zoom} property; the zoom
 * is shown when the drawn points reach across the range and, once few enough, are every stored point in it.
 */
final class ChartZoom {
    /** The property key a zoomable chart carries (see ui.charts.ChartZoom). */
    static final String MARK = "tw-zoom";

    private final UiBenchmark bench;

    ChartZoom(UiBenchmark bench) {
        this.bench = bench;
    }

    boolean available() throws Exception {
        return UiBenchmark.onFx(() -> chart() != null && chart().getProperties().containsKey(MARK));
    }

    void to(double lo, double hi) {
        NumberAxis x = (NumberAxis) chart().getXAxis();
        x.setAutoRanging(false);
        x.setLowerBound(lo);
        x.setUpperBound(hi);
    }

    boolean shows(double lo, double hi) {
        LineChart<?, ?> c = chart();
        NumberAxis x = (NumberAxis) c.getXAxis();
        if (x.getLowerBound() != lo || x.getUpperBound() != hi || c.getData().isEmpty()) {
            return false;
        }
        var data = c.getData().get(0).getData();
        if (data.size() < 2) {
            return false;
        }
        double first = xOf(data.get(0));
        double last = xOf(data.get(data.size() - 1));
        int visible = 0;
        for (Object d : data) {
            double v = xOf(d);
            if (v >= lo && v <= hi) {
                visible++;
            }
        }
        // Observations one apart: the range holds this many stored points; drawn are all of them or, for a wide
        // range, a few hundred at least (the chart before the zoom had a handful in a narrow range).
        long inRange = (long) Math.floor(hi) - (long) Math.ceil(lo) + 1;
        return first <= lo && last >= hi && visible >= Math.min(inRange, 500) && c.getData().get(0).getNode() != null;
    }

    private static double xOf(Object d) {
        return ((Number) ((XYChart.Data<?, ?>) d).getXValue()).doubleValue();
    }

    private LineChart<?, ?> chart() {
        for (Node n : bench.sceneForZoom().getRoot().lookupAll(".chart")) {
            if (n instanceof LineChart<?, ?> c && c.getScene() != null && c.isVisible()) {
                return c;
            }
        }
        return null;
    }
}
