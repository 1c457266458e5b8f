package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.ui.testing.Pixels;

/** The headless {@code figure} command on the bundled data. */
class FigureCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesFigure1AtTwiceTheDefaultSize(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("figure-1.png");
        assertThat(run("figure", "--id", "1", "--out", png.toString(), "--scale", "2")).as(err()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1800 x 1120 px")
                .contains("Figure 1. China–US high-tech trade balance, 2006–2017");
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1800);
        assertThat(img.getHeight()).isEqualTo(1120);
        assertThat(Pixels.greyVariance(img)).isGreaterThan(200);
        assertThat(Pixels.count(img, 0x0072B2, 12)).isGreaterThan(8000);
    }

    @Test
    void chosenSizeKindRangeAndAGeneralChart(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.png");
        assertThat(run("figure", "--id", "1", "--kind", "line", "--from", "2004", "--to", "2018", "--width", "640",
                "--height", "400", "--title", "China-U.S. High-Tech Trade Deficit", "--out", a.toString()))
                .as(err()).isZero();
        BufferedImage img = ImageIO.read(a.toFile());
        assertThat(img.getWidth()).isEqualTo(640);
        assertThat(img.getHeight()).isEqualTo(400);
        Path g = dir.resolve("g.png");
        assertThat(run("figure", "--id", "general", "--vars", "us_goods_exports_china_musd,us_goods_imports_china_musd",
                "--out", g.toString())).as(err()).isZero();
        BufferedImage gi = ImageIO.read(g.toFile());
        assertThat(Pixels.count(gi, 0xD55E00, 12)).isGreaterThan(300);
    }

    @Test
    void aChosenValueAxisLabelReplacesTheDefaultOne(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("f1.svg");
        assertThat(run("figure", "--id", "1", "--axis-label", "Balance (US$ bn)", "--out", svg.toString()))
                .as(err()).isZero();
        String text = java.nio.file.Files.readString(svg);
        assertThat(text).contains(">Balance (US$ bn)<").doesNotContain("billion US$)<");
    }

    @Test
    void aFigureWithoutItsSeriesExitsTwoWithTheEmptyState(@TempDir Path dir) {
        Path png = dir.resolve("f3.png");
        assertThat(run("figure", "--id", "3", "--out", png.toString())).isEqualTo(2);
        assertThat(err()).contains("Figure 3 needs US–China ATP trade by category")
                .contains("Information & communications").contains("api.census.gov").contains("--data");
        assertThat(err().strip().lines()).hasSize(1);
        assertThat(png).doesNotExist();
    }

    @Test
    void badUsageExitsTwoWithOneLine(@TempDir Path dir) {
        String out = dir.resolve("x.png").toString();
        assertThat(run("figure", "--id", "5", "--out", out)).isEqualTo(2);
        assertThat(err()).contains("--id must be 1, 2, 3, 4 or general");
        err.reset();
        assertThat(run("figure", "--id", "1")).isEqualTo(2);
        assertThat(err()).contains("missing --out");
        err.reset();
        assertThat(run("figure", "--id", "general", "--out", out)).isEqualTo(2);
        assertThat(err()).contains("needs --vars");
        err.reset();
        assertThat(run("figure", "--id", "1", "--out", dir.resolve("x.jpg").toString())).isEqualTo(2);
        assertThat(err()).contains(".png");
        err.reset();
        assertThat(run("figure", "--id", "1", "--out", out, "--scale", "0")).isEqualTo(2);
        assertThat(err()).contains("scale");
        err.reset();
        assertThat(run("figure", "--id", "general", "--vars", "nope", "--out", out)).isEqualTo(2);
        assertThat(err()).contains("no series named nope");
        err.reset();
        assertThat(run("figure", "--id", "1", "--out", out, "--colour", "red")).isEqualTo(2);
        assertThat(err()).contains("unknown option --colour");
    }

    @Test
    void censusFilesCompleteTheCategoryFigures(@TempDir Path dir) throws Exception {
        // Synthetic files in the Census API's layout (see fixtures/atp/README.md): not trade data.
        Path fixtures = Path.of("src", "test", "resources", "fixtures", "atp");
        String data = fixtures.resolve("SYNTHETIC_TEST_FIXTURE_atp_exports_5700.json") + ","
                + fixtures.resolve("SYNTHETIC_TEST_FIXTURE_atp_imports_5700.json");
        for (String id : new String[] {"3", "4"}) {
            Path png = dir.resolve("f" + id + ".png");
            assertThat(run("figure", "--id", id, "--data", data, "--out", png.toString())).as(err()).isZero();
            BufferedImage img = ImageIO.read(png.toFile());
            assertThat(Pixels.count(img, 0x0072B2, 12)).isGreaterThan(100);
            assertThat(Pixels.count(img, 0xD55E00, 12)).isGreaterThan(100);
            assertThat(Pixels.count(img, 0x009E73, 12)).isGreaterThan(100);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Figure 3. US–China high-tech deficit categories, 2015–2016")
                .contains("Figure 4. US–China high-tech surplus categories, 2015–2016");
    }

    @Test
    void rebaseDrawsTheGeneralChartAsAnIndexAndOnlyThat(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("index.png");
        assertThat(run("figure", "--id", "general", "--vars", "us_goods_imports_china_musd,us_goods_exports_china_musd",
                "--rebase", "2004", "--out", png.toString())).as(err()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("index 2004 = 100");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(0);
        assertThat(run("figure", "--id", "1", "--rebase", "2004", "--out", dir.resolve("f1.png").toString()))
                .isNotZero();
        assertThat(err()).contains("--rebase").contains("general chart");
    }

    @Test
    void rightAxisAndScatterOptions(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("two.svg");
        assertThat(run("figure", "--id", "general", "--vars", "us_goods_imports_china_musd,cn_fdi_net_inflows_pct_gdp",
                "--right-axis", "cn_fdi_net_inflows_pct_gdp", "--out", svg.toString())).as(err()).isZero();
        String text = java.nio.file.Files.readString(svg);
        assertThat(text).contains("class=\"y2-axis\"").contains(">cn_fdi_net_inflows_pct_gdp (right)<")
                .contains("data-axis=\"right\"");
        Path png = dir.resolve("scatter.png");
        assertThat(run("figure", "--id", "general", "--type", "scatter", "--x", "us_goods_imports_china_musd", "--y",
                "us_goods_exports_china_musd", "--fit", "--out", png.toString())).as(err()).isZero();
        assertThat(Pixels.count(ImageIO.read(png.toFile()), 0x0072B2, 12)).isGreaterThan(300);
        String out = dir.resolve("x.png").toString();
        err.reset();
        assertThat(run("figure", "--id", "general", "--vars", "us_goods_imports_china_musd", "--right-axis",
                "cn_fdi_net_inflows_pct_gdp", "--out", out)).isEqualTo(2);
        assertThat(err()).contains("--right-axis names cn_fdi_net_inflows_pct_gdp");
        err.reset();
        assertThat(run("figure", "--id", "general", "--type", "scatter", "--y", "a", "--out", out)).isEqualTo(2);
        assertThat(err()).contains("needs --x");
        err.reset();
        assertThat(run("figure", "--id", "general", "--type", "scatter", "--x", "cn_fdi_net_inflows_pct_gdp", "--y",
                "us_china_atp_balance_busd", "--from", "1995", "--to", "2000", "--out", out)).isEqualTo(2);
        assertThat(err()).contains("us_china_atp_balance_busd has no value in 1995–2000");
        err.reset();
        assertThat(run("figure", "--id", "general", "--vars", "a", "--fit", "--out", out)).isEqualTo(2);
        assertThat(err()).contains("--type scatter");
    }

    @Test
    void rightAndLeftAxisLabels(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("labels.svg");
        assertThat(run("figure", "--id", "general", "--vars", "us_goods_imports_china_musd,cn_fdi_net_inflows_pct_gdp",
                "--right-axis", "cn_fdi_net_inflows_pct_gdp", "--left-label", "US imports from China (million US$)",
                "--right-label", "FDI in China (% of GDP)", "--json", "--out", svg.toString())).as(err()).isZero();
        String text = java.nio.file.Files.readString(svg);
        assertThat(text).contains("class=\"y2-label\"").contains(">FDI in China (% of GDP)</text>")
                .contains(">US imports from China (million US$)</text>");
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"right_axis\" : {\n    \"label\" : \"FDI in China (% of GDP)\"")
                .contains("\"left_axis\" : {\n    \"label\" : \"US imports from China (million US$)\"");
        String other = dir.resolve("x.svg").toString();
        err.reset();
        assertThat(run("figure", "--id", "general", "--vars", "us_goods_imports_china_musd", "--right-label", "R",
                "--out", other)).isEqualTo(2);
        assertThat(err()).contains("--right-label labels the right axis; put a variable on it with --right-axis");
        err.reset();
        assertThat(run("figure", "--id", "1", "--axis-label", "A", "--left-label", "B", "--out", other))
                .isEqualTo(2);
        assertThat(err()).contains("--axis-label is the older name of --left-label");
        assertThat(java.nio.file.Files.exists(Path.of(other))).isFalse();
    }

    @Test
    void aCsvOutIsTheNumbersDrawn(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("two.csv");
        assertThat(run("figure", "--id", "general", "--vars", "us_goods_imports_china_musd,cn_fdi_net_inflows_pct_gdp",
                "--right-axis", "cn_fdi_net_inflows_pct_gdp", "--from", "2004", "--to", "2006", "--out",
                csv.toString())).as(err()).isZero();
        java.util.List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).contains("us_goods_imports_china_musd").contains("cn_fdi_net_inflows_pct_gdp");
        assertThat(lines.get(1)).startsWith("2004,196682");
        err.reset();
        assertThat(run("figure", "--id", "1", "--out", dir.resolve("f.txt").toString())).isEqualTo(2);
        assertThat(err()).contains("--out must name a .png, .svg or .csv file");
    }
}
