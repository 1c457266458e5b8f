package org.tradeworkbench.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.task.ProgressReporter;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.analysis.regression.ModelTerms;
import org.tradeworkbench.core.analysis.regression.RegressionReport;
import org.tradeworkbench.core.analysis.regression.RegressionAnalysis;
import org.tradeworkbench.core.analysis.regression.RegressionSpec;
import org.tradeworkbench.ui.testing.FxThread;

/**
 * The value axis of the regression's actual-vs-fitted chart scales to the values: a log series between 9 and 12
 * drawn from zero would be a flat line. Residual bars keep zero, their reference line.
 */
class ValueAxisRangeTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start();
    }

    @Test
    void actualAndFittedOfALogSeriesIsNotDrawnFromZero() throws Exception {
        RegressionReport o = new RegressionAnalysis().run(new RegressionSpec("lny", 1,
                List.of(new ModelTerms.Regressor("x", 0)), true, CovarianceType.CLASSICAL, -1, 1), logLevels(22),
                ProgressReporter.NONE);
        double lowest = Double.POSITIVE_INFINITY;
        for (double v : o.actualFitted().series().get(0).y()) {
            if (!Double.isNaN(v)) {
                lowest = Math.min(lowest, v);
            }
        }
        assertThat(lowest).isGreaterThan(8.5);

        double[] fitted = valueAxis(o.actualFitted());
        assertThat(fitted[0]).as("lower bound of the actual-vs-fitted axis").isGreaterThan(5).isLessThanOrEqualTo(lowest);

        double[] residuals = valueAxis(o.residuals());
        assertThat(residuals[0]).as("lower bound of the residual axis").isLessThanOrEqualTo(0);
        assertThat(residuals[1]).as("upper bound of the residual axis").isGreaterThanOrEqualTo(0);
    }

    /** The chart laid out at a usual size; the lower and upper bound of its value axis. */
    private static double[] valueAxis(FigureSpec spec) throws Exception {
        return FxThread.call(() -> {
            StackPane holder = new StackPane();
            Region figure = ChartFactory.create(spec);
            holder.getChildren().add(figure);
            new Scene(holder, 800, 600);
            holder.applyCss();
            holder.layout();
            XYChart<?, ?> chart = (XYChart<?, ?>) holder.lookup(".chart");
            NumberAxis y = (NumberAxis) chart.getYAxis();
            chart.layout();
            return new double[] {y.getLowerBound(), y.getUpperBound()};
        });
    }

    /** An annual log-level series near 10.5 with a trend, and a regressor. */
    private static Dataset logLevels(int n) {
        Random r = new Random(7);
        double[] lny = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextGaussian();
            lny[i] = 9.2 + 0.12 * i + 0.05 * r.nextGaussian();
        }
        return new Dataset("d", new TimeIndex(Period.annual(1996), n),
                List.of(Series.of("lny", lny), Series.of("x", x)));
    }
}
