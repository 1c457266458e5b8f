package org.tradeworkbench.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.figures.FigureChoices;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.figures.GeneralFigure;
import org.tradeworkbench.ui.testing.FxThread;

/** A line too long to draw whole is thinned to its shape, and zooming in shows the stored values exactly. */
class ChartZoomTest {
    private static final int N = 200_000;
    private static double[] values;
    private static FigureSpec spec;

    @BeforeAll
    static void data() throws Exception {
        Random r = new Random(7);
        values = new double[N];
        for (int i = 1; i < N; i++) {
            values[i] = values[i - 1] + r.nextGaussian();
        }
        Dataset d = new Dataset("walk", TimeIndex.undated(N), List.of(Series.of("walk", values)));
        spec = GeneralFigure.build(d, FigureChoices.none().withVariables(List.of("walk")), Integer.MAX_VALUE);
        FxThread.start();
    }

    @Test
    void longLineIsThinnedKeepingItsExtremesAndZoomShowsEveryValueOfTheRange() throws Exception {
        assertThat(spec.isEmpty()).isFalse();
        assertThat(spec.series().get(0).periods()).hasSize(N);
        Region figure = FxThread.call(() -> ChartFactory.create(spec));
        LineChart<?, ?> chart = FxThread.call(() -> lineChart(figure));
        ChartZoom zoom = ChartZoom.of(chart);
        assertThat(zoom).as("a thinned chart can be zoomed").isNotNull();

        List<double[]> whole = FxThread.call(() -> points(chart));
        assertThat(whole.size()).isBetween(100, ChartFactory.MAX_LINE_POINTS + 2);
        double min = java.util.Arrays.stream(values).min().orElseThrow();
        double max = java.util.Arrays.stream(values).max().orElseThrow();
        assertThat(whole).anyMatch(p -> p[1] == min).anyMatch(p -> p[1] == max);

        // Undated observations are numbered from 1: point i sits at x0 + i.
        double x0 = spec.series().get(0).x()[0];
        FxThread.run(() -> zoom.zoomTo(x0 + 120_000.5, x0 + 120_040.5));
        // The redraw is queued for the FX thread; a later call there sees it.
        List<double[]> zoomed = FxThread.call(() -> points(chart));
        assertThat(zoomed).hasSize(42);
        for (double[] p : zoomed) {
            assertThat(p[1]).as("value at %s", p[0]).isEqualTo(values[(int) (p[0] - x0)]);
        }
        assertThat(zoomed.get(0)[0]).isEqualTo(x0 + 120_000);
        assertThat(zoomed.get(41)[0]).isEqualTo(x0 + 120_041);
        assertThat(FxThread.call(() -> zoom.zoomedProperty().get())).isTrue();

        FxThread.run(zoom::reset);
        List<double[]> back = FxThread.call(() -> points(chart));
        assertThat(back.get(0)[0]).isEqualTo(x0);
        assertThat(back.get(back.size() - 1)[0]).isEqualTo(x0 + N - 1);
        assertThat(FxThread.call(() -> zoom.zoomedProperty().get())).isFalse();
    }

    private static LineChart<?, ?> lineChart(Region figure) {
        for (Node n : figure.lookupAll(".chart")) {
            if (n instanceof LineChart<?, ?> c) {
                return c;
            }
        }
        throw new AssertionError("no line chart in the figure");
    }

    private static List<double[]> points(LineChart<?, ?> chart) {
        return chart.getData().get(0).getData().stream()
                .map(d -> new double[] {((Number) ((XYChart.Data<?, ?>) d).getXValue()).doubleValue(),
                    ((Number) ((XYChart.Data<?, ?>) d).getYValue()).doubleValue()})
                .toList();
    }
}
