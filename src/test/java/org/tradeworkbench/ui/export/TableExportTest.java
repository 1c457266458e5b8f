package org.tradeworkbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.render.ImageSize;
import org.tradeworkbench.ui.testing.FxThread;
import org.tradeworkbench.ui.testing.Pixels;

/** Exports a results table to PNG, CSV and LaTeX headless, through the export menu's actions. */
class TableExportTest {
    private final List<String> infos = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();
    private final ExportActions actions = new ExportActions(ExportActions.sameThread(), infos::add, errors::add,
                org.tradeworkbench.ui.workbench.TestContexts.settings());

    static ResultTable table2() {
        return ResultTable.builder("Table 2. Stationarity test", "Variables", "Difference", "Z value", "P value")
                .row(Cell.text("lny"), Cell.integer(0), Cell.number(-3.515, 3), Cell.number(0.0076, 4))
                .row(Cell.text("RATIO"), Cell.integer(3), Cell.number(-3.400, 3), Cell.number(0.0110, 4))
                .row(Cell.text("PATENT"), Cell.integer(1), Cell.number(-3.647, 3), Cell.number(0.0049, 4))
                .row(Cell.text("FDIGDP"), Cell.integer(1), Cell.number(-4.703, 3), Cell.number(Double.NaN, 4))
                .note("As printed in the paper; the FDIGDP p-value is left missing here to show how NA looks.")
                .build();
    }

    @BeforeAll
    static void fx() throws Exception {
        FxThread.start();
    }

    @Test
    void tablePngHasItsNaturalSizeAndDoublesAtTwoTimes(@TempDir Path dir) throws Exception {
        TableExportable x = new TableExportable(table2());
        assertThat(x.fileStem()).isEqualTo("table-2-stationarity-test");
        ImageSize natural = FxThread.call(x::defaultSize);
        assertThat(natural.width()).isBetween(250.0, 900.0);
        assertThat(natural.height()).isBetween(120.0, 400.0);
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("two.png");
        FxThread.run(() -> {
            actions.exportImage(x, natural, one);
            actions.exportImage(x, natural.withScale(2), two);
        });
        assertThat(errors).isEmpty();
        assertThat(infos).hasSize(2).allMatch(s -> s.startsWith("Saved "));
        BufferedImage a = ImageIO.read(one.toFile());
        BufferedImage b = ImageIO.read(two.toFile());
        assertThat(a.getWidth()).isEqualTo(natural.pixelWidth());
        assertThat(a.getHeight()).isEqualTo(natural.pixelHeight());
        assertThat(b.getWidth()).isEqualTo(2 * a.getWidth());
        assertThat(b.getHeight()).isEqualTo(2 * a.getHeight());
        assertThat(Pixels.greyVariance(a)).isGreaterThan(100);
        assertThat(Pixels.greyVariance(b)).isGreaterThan(100);
        // Text is drawn: a good share of dark pixels, and four times as many at 2x (within anti-aliasing).
        long darkA = Pixels.dark(a, 0, 0, a.getWidth(), a.getHeight());
        long darkB = Pixels.dark(b, 0, 0, b.getWidth(), b.getHeight());
        assertThat(darkA).isGreaterThan(1500);
        assertThat((double) darkB / darkA).isBetween(3.0, 6.5);
        Files.copy(two, Path.of("target", x.fileStem() + "@2x.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void tableFilesAreWrittenInEachFormat(@TempDir Path dir) throws Exception {
        for (TableFormat f : TableFormat.values()) {
            actions.exportTable(table2(), f, dir.resolve("t." + f.extension()));
        }
        assertThat(errors).isEmpty();
        assertThat(Files.readString(dir.resolve("t.csv"))).startsWith("Variables,Difference,Z value,P value\r\n")
                .contains("FDIGDP,1,-4.703,\r\n");
        assertThat(Files.readString(dir.resolve("t.tex"))).contains("\\toprule").contains("lny & 0 & $-$3.515 & 0.0076");
        assertThat(Files.readString(dir.resolve("t.html"))).contains("<caption>Table 2. Stationarity test</caption>");
        assertThat(Files.readString(dir.resolve("t.md"))).contains("| lny | 0 | -3.515 | 0.0076 |");
    }

    @Test
    void writingIntoAMissingFolderIsReportedNotThrown(@TempDir Path dir) throws Exception {
        actions.exportTable(table2(), TableFormat.CSV, dir.resolve("no-such-folder").resolve("t.csv"));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getMessage()).contains("does not exist");
        assertThat(infos).isEmpty();
    }
}
