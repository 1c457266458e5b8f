package org.tradeworkbench.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradeworkbench.core.task.ProgressReporter;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.figures.FigureSeries;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.analysis.regression.ModelTerms;
import org.tradeworkbench.core.analysis.regression.RegressionReport;
import org.tradeworkbench.core.analysis.regression.RegressionAnalysis;
import org.tradeworkbench.core.analysis.regression.RegressionSpec;
import org.tradeworkbench.ui.testing.FxThread;

/**
 * The Regression tab's charts shown one result after another: whether drawn in place or anew, they show exactly
 * the latest result's values, never a mix with the previous one.
 */
class LiveFigureTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start();
    }

    /** 25 observations: residuals as bars; 80: residuals as a line. */
    @ParameterizedTest
    @ValueSource(ints = {25, 80})
    void secondResultReplacesTheFirstInBothCharts(int n) throws Exception {
        Dataset data = data(n);
        RegressionReport first = new RegressionAnalysis().run(spec(0, "x1"), data, ProgressReporter.NONE);
        RegressionReport second = new RegressionAnalysis().run(spec(0, "x1", "x2"), data, ProgressReporter.NONE);
        RegressionReport lagged = new RegressionAnalysis().run(spec(1, "x2"), data, ProgressReporter.NONE);
        StackPane fittedHolder = new StackPane();
        StackPane residualHolder = new StackPane();
        LiveFigure fitted = new LiveFigure(fittedHolder);
        LiveFigure residuals = new LiveFigure(residualHolder);

        FxThread.run(() -> {
            fitted.show(first.actualFitted());
            residuals.show(first.residuals());
        });
        Node fittedNode = FxThread.call(() -> fittedHolder.getChildren().get(0));
        Node residualNode = FxThread.call(() -> residualHolder.getChildren().get(0));
        assertShows(fittedHolder, first.actualFitted());
        assertShows(residualHolder, first.residuals());

        // Same sample, another regressor: the same nodes, now with the second result's values.
        FxThread.run(() -> {
            fitted.show(second.actualFitted());
            residuals.show(second.residuals());
        });
        assertThat(FxThread.call(() -> fittedHolder.getChildren().get(0))).isSameAs(fittedNode);
        assertThat(FxThread.call(() -> residualHolder.getChildren().get(0))).isSameAs(residualNode);
        assertThat(second.actualFitted().series().get(1).y()).isNotEqualTo(first.actualFitted().series().get(1).y());
        assertShows(fittedHolder, second.actualFitted());
        assertShows(residualHolder, second.residuals());

        // A lag shortens the sample by one observation: every point of the new result, none of the old.
        FxThread.run(() -> {
            fitted.show(lagged.actualFitted());
            residuals.show(lagged.residuals());
        });
        assertShows(fittedHolder, lagged.actualFitted());
        assertShows(residualHolder, lagged.residuals());

        FxThread.run(() -> fitted.show(null));
        assertThat(FxThread.call(() -> fittedHolder.getChildren().isEmpty())).isTrue();
    }

    private static void assertShows(StackPane holder, FigureSpec spec) throws Exception {
        List<List<double[]>> shown = FxThread.call(() -> points(holder));
        assertThat(shown).hasSize(spec.series().size());
        for (int k = 0; k < spec.series().size(); k++) {
            FigureSeries s = spec.series().get(k);
            List<double[]> expected = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                if (!Double.isNaN(s.y()[i])) {
                    expected.add(new double[] {i, s.y()[i]});
                }
            }
            List<double[]> got = shown.get(k);
            assertThat(got).as("points of %s", s.label()).hasSize(expected.size());
            for (int i = 0; i < got.size(); i++) {
                assertThat(got.get(i)[1]).as("%s at %d", s.label(), i).isEqualTo(expected.get(i)[1]);
            }
        }
        List<String> texts = FxThread.call(() -> {
            List<String> t = new ArrayList<>();
            // The figure's own texts are text nodes (render layer); the chart's axis labels are labels.
            for (Node n : holder.lookupAll("*")) {
                if (n instanceof Label l) {
                    t.add(l.getText());
                } else if (n instanceof org.tradeworkbench.render.charts.SourceNoteText note) {
                    // The note's text (drawn in lines at the figure's width).
                    t.add(note.note());
                } else if (n instanceof javafx.scene.text.Text x
                        && !(x.getParent() instanceof org.tradeworkbench.render.charts.SourceNoteText)) {
                    t.add(x.getText());
                }
            }
            return t;
        });
        assertThat(texts).contains(spec.title(), spec.subtitle(), spec.sourceNote());
    }

    /** The values each series of the shown chart draws (one entry per figure series; its runs joined). */
    private static List<List<double[]>> points(StackPane holder) {
        XYChart<?, ?> chart = (XYChart<?, ?>) holder.lookup(".chart");
        List<List<double[]>> out = new ArrayList<>();
        String name = null;
        for (XYChart.Series<?, ?> s : chart.getData()) {
            if (!s.getName().equals(name)) {
                out.add(new ArrayList<>());
                name = s.getName();
            }
            for (XYChart.Data<?, ?> d : s.getData()) {
                double x = d.getXValue() instanceof Number num ? num.doubleValue() : Double.NaN;
                out.get(out.size() - 1).add(new double[] {x, ((Number) d.getYValue()).doubleValue()});
            }
        }
        return out;
    }

    private static Dataset data(int n) {
        Random r = new Random(11);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = r.nextGaussian();
            x2[i] = r.nextGaussian() + 0.1 * i;
            y[i] = 1 + 2 * x1[i] - x2[i] + r.nextGaussian();
        }
        return new Dataset("d", TimeIndex.undated(n),
                List.of(Series.of("y", y), Series.of("x1", x1), Series.of("x2", x2)));
    }

    private static RegressionSpec spec(int dependentLags, String... regressors) {
        List<ModelTerms.Regressor> list = new ArrayList<>();
        for (String e : regressors) {
            list.add(new ModelTerms.Regressor(e, 0));
        }
        return new RegressionSpec("y", dependentLags, list, true, CovarianceType.CLASSICAL, -1, 1);
    }
}
