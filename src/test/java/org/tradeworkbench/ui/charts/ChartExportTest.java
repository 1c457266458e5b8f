package org.tradeworkbench.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.figures.FigureChoices;
import org.tradeworkbench.core.figures.FigureKind;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.figures.GeneralFigure;
import org.tradeworkbench.core.figures.PaperFigure;
import org.tradeworkbench.core.figures.PaperFigures;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.render.ImageExport;
import org.tradeworkbench.render.ImageSize;
import org.tradeworkbench.ui.testing.FxThread;
import org.tradeworkbench.ui.testing.Pixels;

/** Draws figures from the bundled data headless and checks the exported images. */
class ChartExportTest {
    private static Dataset annual;

    @BeforeAll
    static void load() throws Exception {
        annual = DataImporter.read(Path.of("sample-data", "china_us_annual.csv"));
        FxThread.start();
    }

    private static FigureSpec figure(int n) {
        PaperFigure f = PaperFigure.number(n);
        return PaperFigures.build(f, annual, PaperFigures.defaultChoices(f, annual));
    }

    private static BufferedImage export(FigureSpec spec, ImageSize size, Path file) throws Exception {
        BufferedImage img = FxThread.call(() -> ImageExport.toBufferedImage(
                ImageExport.render(() -> ChartFactory.create(spec), size)));
        ImageExport.writePng(img, file);
        return ImageIO.read(file.toFile());
    }

    @Test
    void figure1ExportsAtOneAndTwoTimesWithBarsAndText(@TempDir Path dir) throws Exception {
        FigureSpec spec = figure(1);
        assertThat(spec.isEmpty()).isFalse();
        BufferedImage one = export(spec, ImageSize.DEFAULT_FIGURE, dir.resolve(spec.fileStem() + ".png"));
        BufferedImage two = export(spec, ImageSize.DEFAULT_FIGURE.withScale(2), dir.resolve("two.png"));
        Files.copy(dir.resolve("two.png"), Path.of("target", spec.fileStem() + "@2x.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(one.getWidth()).isEqualTo(900);
        assertThat(one.getHeight()).isEqualTo(560);
        assertThat(two.getWidth()).isEqualTo(1800);
        assertThat(two.getHeight()).isEqualTo(1120);
        assertThat(Pixels.greyVariance(one)).isGreaterThan(200);
        assertThat(Pixels.greyVariance(two)).isGreaterThan(200);
        // Four bars in the first series colour, four times the area at 2x.
        long bars1 = Pixels.count(one, 0x0072B2, 12);
        long bars2 = Pixels.count(two, 0x0072B2, 12);
        assertThat(bars1).isGreaterThan(2000);
        assertThat((double) bars2 / bars1).isBetween(3.5, 4.5);
        // The title is drawn: dark glyph pixels in the top strip.
        assertThat(Pixels.dark(one, 0, 0, 900, 40)).isGreaterThan(300);
    }

    @Test
    void lineChartsAndChosenSizes(@TempDir Path dir) throws Exception {
        FigureSpec spec = figure(1).withKind(FigureKind.LINE);
        BufferedImage img = export(spec, new ImageSize(1200, 500, 1.5), dir.resolve("line.png"));
        assertThat(img.getWidth()).isEqualTo(1800);
        assertThat(img.getHeight()).isEqualTo(750);
        assertThat(Pixels.greyVariance(img)).isGreaterThan(100);
        assertThat(Pixels.count(img, 0x0072B2, 12)).isGreaterThan(100);
        FigureSpec general = GeneralFigure.build(annual, FigureChoices.none()
                .withVariables(List.of("us_goods_exports_china_musd", "us_goods_imports_china_musd")));
        BufferedImage g = export(general, ImageSize.DEFAULT_FIGURE, dir.resolve("general.png"));
        Files.copy(dir.resolve("general.png"), Path.of("target", "general-chart.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(Pixels.count(g, 0x0072B2, 12)).isGreaterThan(300);
        assertThat(Pixels.count(g, 0xD55E00, 12)).isGreaterThan(300);
    }

    @Test
    void emptyStateRendersItsMessage(@TempDir Path dir) throws Exception {
        FigureSpec spec = figure(3);
        assertThat(spec.isEmpty()).isTrue();
        BufferedImage img = export(spec, ImageSize.DEFAULT_FIGURE, dir.resolve("empty.png"));
        Files.copy(dir.resolve("empty.png"), Path.of("target", "figure-3-empty.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(Pixels.greyVariance(img)).isGreaterThan(50);
        assertThat(Pixels.dark(img, 0, 0, 900, 560)).isGreaterThan(2000);
    }

    @Test
    void copyAsTextListsEveryYearWithMissingAsNA() {
        String text = ChartFactory.asText(figure(1));
        assertThat(text).startsWith("Figure 1. China–US high-tech trade balance, 2006–2017\nYear\t");
        assertThat(text).contains("\n2006\t-54.982\n").contains("\n2007\tNA\n").contains("\n2017\t-135.4\n");
        assertThat(text).contains("Unit: billion US$");
    }
}
