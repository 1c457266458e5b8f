package org.tradeworkbench.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.figures.FigureChoices;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.figures.GeneralFigure;
import org.tradeworkbench.core.figures.SourceNote;
import org.tradeworkbench.core.figures.SvgChartWriter;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.render.charts.FigureChart;
import org.tradeworkbench.render.charts.SourceNoteText;
import org.tradeworkbench.ui.testing.FxThread;

/**
 * A long source note in the PNG and in the SVG of the same chart: the same lines in both, each inside the plot's
 * width, all of them inside the image (the plot gives up the room), drawn with the real fonts.
 */
class SourceNoteDrawingTest {
    private static final Pattern NOTE_LINE = Pattern.compile("<text class=\"note\" x=\"([0-9.]+)\" y=\"([0-9.]+)\""
            + "[^>]*>([^<]*)</text>");
    private static Dataset annual;

    @BeforeAll
    static void load() throws Exception {
        annual = DataImporter.read(Path.of("sample-data", "china_us_annual.csv"));
        FxThread.start();
    }

    /** Seven series, two on the right axis, some with gaps: a note of several lines. */
    static FigureSpec longNote(Dataset annual) {
        return GeneralFigure.build(annual, FigureChoices.none()
                .withVariables(List.of("us_goods_imports_china_musd", "us_goods_exports_china_musd",
                        "us_atp_exports_world_musd", "us_atp_imports_world_musd", "us_china_atp_balance_busd",
                        "cn_hightech_exports_pct_manuf", "cn_fdi_net_inflows_pct_gdp"))
                .withRightAxis(List.of("cn_hightech_exports_pct_manuf", "cn_fdi_net_inflows_pct_gdp"))
                .withRightLabel("Percent (of GDP; of manufactured exports)"));
    }

    private static List<String> svgLines(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = NOTE_LINE.matcher(svg);
        while (m.find()) {
            out.add(m.group(3).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\""));
        }
        return out;
    }

    @Test
    void thePngAndTheSvgBreakTheNoteIntoTheSameLinesThatFitThePlotsWidth() throws Exception {
        FigureSpec spec = longNote(annual);
        assertThat(spec.isEmpty()).isFalse();
        for (ImageSize size : List.of(ImageSize.DEFAULT_FIGURE, new ImageSize(640, 420, 1),
                new ImageSize(1400, 700, 2))) {
            int w = (int) size.width();
            int h = (int) size.height();
            List<String> expected = SourceNote.lines(spec, w);
            assertThat(expected).as("a note of several lines at %s", size).hasSizeGreaterThan(1);
            List<String> svg = svgLines(SvgChartWriter.write(spec, w, h));
            assertThat(svg).as("SVG at %s", size).isEqualTo(expected);
            assertThat(String.join(" ", svg)).isEqualTo(spec.sourceNote());

            double[] limits = {w - SourceNote.RIGHT_AXIS_MARGIN, h};
            List<Object> found = FxThread.call(() -> {
                Region figure = FigureChart.create(spec);
                ImageExport.snapshot(figure, size);
                SourceNoteText note = (SourceNoteText) figure.lookup(".figure-source-note");
                List<Object> r = new ArrayList<>();
                r.add(note.lines());
                double maxX = 0;
                double maxY = 0;
                double minX = Double.MAX_VALUE;
                for (Node n : note.getChildrenUnmodifiable()) {
                    Bounds b = n.localToScene(n.getBoundsInLocal());
                    maxX = Math.max(maxX, b.getMaxX());
                    maxY = Math.max(maxY, b.getMaxY());
                    minX = Math.min(minX, b.getMinX());
                    assertThat(((Text) n).getFont().getSize()).isEqualTo(SourceNote.FONT_SIZE);
                }
                Node plot = figure.lookup(".chart-plot-background");
                Bounds p = plot.localToScene(plot.getBoundsInLocal());
                Node legend = figure.lookup(".figure-legend");
                Bounds l = legend.localToScene(legend.getBoundsInLocal());
                Bounds nb = note.localToScene(note.getBoundsInLocal());
                r.add(maxX);
                r.add(maxY);
                r.add(minX);
                r.add(p.getMaxY());
                r.add(l.getMaxY());
                r.add(nb.getMinY());
                return r;
            });
            assertThat(found.get(0)).as("PNG at %s", size).isEqualTo(expected);
            assertThat((double) found.get(1)).as("right end of the longest line at %s", size)
                    .isLessThanOrEqualTo(limits[0]);
            assertThat((double) found.get(2)).as("bottom of the last line at %s", size).isLessThanOrEqualTo(limits[1]);
            assertThat((double) found.get(3)).as("lines start at the plot's left edge")
                    .isCloseTo(SourceNote.PLOT_LEFT, org.assertj.core.data.Offset.offset(1.0));
            assertThat((double) found.get(6)).as("the note under the legend")
                    .isGreaterThanOrEqualTo((double) found.get(5));
            assertThat((double) found.get(5)).as("the legend under the plot")
                    .isGreaterThan((double) found.get(4));
        }
    }

    @Test
    void theNoteTakesRoomFromThePlotAsItGrowsLonger() throws Exception {
        FigureSpec spec = longNote(annual);
        double[] plotHeights = FxThread.call(() -> {
            Region narrow = FigureChart.create(spec);
            ImageExport.snapshot(narrow, new ImageSize(640, 560, 1));
            Region wide = FigureChart.create(spec);
            ImageExport.snapshot(wide, new ImageSize(1400, 560, 1));
            return new double[] {narrow.lookup(".chart-plot-background").getLayoutBounds().getHeight(),
                wide.lookup(".chart-plot-background").getLayoutBounds().getHeight()};
        });
        int narrowLines = SourceNote.lines(spec, 640).size();
        int wideLines = SourceNote.lines(spec, 1400).size();
        assertThat(narrowLines).isGreaterThan(wideLines);
        assertThat(plotHeights[0]).isLessThan(plotHeights[1]);
        // The SVG's plot gives up a line's height for each more line of the note, and a legend row's (18) for each
        // more row of the flowing legend.
        String narrow = SvgChartWriter.write(spec, 640, 560);
        String wide = SvgChartWriter.write(spec, 1400, 560);
        int legendRows = SvgChartWriter.legendRows(spec, 640) - SvgChartWriter.legendRows(spec, 1400);
        assertThat(axisBottom(wide) - axisBottom(narrow)).isCloseTo((narrowLines - wideLines)
                * SourceNote.LINE_HEIGHT + legendRows * 18.0, org.assertj.core.data.Offset.offset(0.01));
    }

    /** The y of the SVG's horizontal axis line. */
    private static double axisBottom(String svg) {
        Matcher m = Pattern.compile("<g class=\"x-axis\">[\\s\\S]*?<line class=\"axis\" x1=\"[0-9.]+\" y1=\"([0-9.]+)\"")
                .matcher(svg);
        assertThat(m.find()).isTrue();
        return Double.parseDouble(m.group(1));
    }

    /**
     * The widths the line breaking counts are at least those of the font the PNG draws with, character by
     * character, so a line broken to fit the plot fits it when drawn.
     */
    @Test
    void noCharacterIsDrawnWiderThanTheLineBreakingCountsIt() throws Exception {
        StringBuilder chars = new StringBuilder();
        for (char c = 32; c < 127; c++) {
            chars.append(c);
        }
        chars.append("–—‘’“”²³°·×±≤≥−éèàüöäçñßÉÖÜ…€£Σ");
        List<String> tooNarrow = FxThread.call(() -> {
            List<String> out = new ArrayList<>();
            Font font = Font.font(SourceNote.FONT_SIZE);
            for (int i = 0; i < chars.length(); i++) {
                String c = String.valueOf(chars.charAt(i));
                Text t = new Text(c.repeat(10));
                t.setFont(font);
                double drawn = t.getLayoutBounds().getWidth() / 10;
                double counted = SourceNote.width(c);
                if (drawn > counted + 1e-9) {
                    out.add("'" + c + "' drawn " + drawn + " px, counted " + counted);
                }
            }
            return out;
        });
        assertThat(tooNarrow).as("font %s", FxThread.call(() -> Font.font(SourceNote.FONT_SIZE).getName()))
                .isEmpty();
    }
}
