package org.tradeworkbench.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.analysis.regression.ModelTerms;
import org.tradeworkbench.core.analysis.regression.RegressionAnalysis;
import org.tradeworkbench.core.analysis.regression.RegressionReport;
import org.tradeworkbench.core.analysis.regression.RegressionSpec;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.task.ProgressReporter;
import org.tradeworkbench.render.charts.FigureChart;
import org.tradeworkbench.ui.testing.FxThread;

/**
 * A figure drawn again is the same picture, byte for byte: Export all from the desktop and from the command line
 * compare their images, and a legend whose height changed by a pixel between drawings moved the whole plot.
 */
class RepeatedDrawingTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start();
    }

    /** The paper's PATENT equation: its residuals are drawn as bars, with a legend under the plot. */
    private static RegressionReport patent() throws java.io.IOException {
        return new RegressionAnalysis().run(new RegressionSpec("PATENT", 1,
                List.of(new ModelTerms.Regressor("FDIGDP", 0)), true, CovarianceType.CLASSICAL, -1, 1),
                PaperData.withPaperVariables(PaperData.bundledSample()), ProgressReporter.NONE);
    }

    @Test
    void theSameFigureDrawnTwentyTimesGivesTheSameBytes(@TempDir Path dir) throws Exception {
        RegressionReport r = patent();
        byte[] first = null;
        for (int i = 0; i < 20; i++) {
            Path bars = dir.resolve("residuals-" + i + ".png");
            HeadlessRenderer.writePng(r.residuals(), ImageSize.DEFAULT_FIGURE, bars);
            // Other drawings in between, as Export all draws them.
            HeadlessRenderer.writePng(r.actualFitted(), ImageSize.DEFAULT_FIGURE, dir.resolve("fitted.png"));
            byte[] now = Files.readAllBytes(bars);
            if (first == null) {
                first = now;
            }
            assertThat(now).as("drawing %d of the residuals", i).isEqualTo(first);
        }
    }

    @Test
    void aTickAtZeroReadsZeroNotMinusZero() throws Exception {
        RegressionReport r = patent();
        List<String> labels = FxThread.call(() -> {
            Region figure = FigureChart.create(r.residuals());
            ImageExport.snapshot(figure, ImageSize.DEFAULT_FIGURE);
            NumberAxis y = (NumberAxis) ((XYChart<?, ?>) figure.lookup(".chart")).getYAxis();
            List<String> out = new ArrayList<>();
            y.getChildrenUnmodifiable().forEach(n -> {
                if (n instanceof javafx.scene.text.Text t && t.isVisible()) {
                    out.add(t.getText());
                }
            });
            return out;
        });
        assertThat(labels).contains("0.0").doesNotContain("-0.0");
    }
}
