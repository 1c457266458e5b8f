package org.tradeworkbench.render.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.XYChart;
import org.tradeworkbench.core.figures.Downsampler;
import org.tradeworkbench.core.figures.FigureSeries;

/**
 * One drawn run of present values of a series too long to draw whole: its points are put in by {@link #draw},
 * thinned to the visible range, so a zoom (on screen) can draw it again for another range.
 */
public record LineRun(FigureSeries series, int first, int last, XYChart.Series<Number, Number> part) {

    /** Puts the run's values between {@code lower} and {@code upper} in, thinned to about {@code budget} points. */
    public void draw(double lower, double upper, int budget) {
        int[] idx = Downsampler.visible(series.x(), series.y(), first, last, lower, upper, budget);
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(idx.length);
        for (int i : idx) {
            points.add(new XYChart.Data<>(series.x()[i], series.y()[i]));
        }
        part.getData().setAll(points);
    }
}
