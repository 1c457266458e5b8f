package org.tradeworkbench.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.LabelColumn;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;

class PreviewAndExportTest {
    @TempDir
    Path dir;

    @Test
    void previewShowsDialectAndParsedCells() throws IOException {
        Path f = dir.resolve("de.csv");
        StringBuilder sb = new StringBuilder("\uFEFFJahr;Wert;Land\r\n2001;1.234,5;DE\r\n2002;NA;FR\r\n");
        for (int y = 2003; y < 2013; y++) {
            sb.append(y).append(';').append(y == 2012 ? "12,5O" : "7,25").append(";IT\r\n");
        }
        Files.write(f, sb.toString().getBytes(StandardCharsets.UTF_8));
        ImportPreview p = DataImporter.preview(f, ImportOptions.defaults(), 2);
        assertThat(p.format()).isEqualTo(ImportOptions.Format.CSV);
        assertThat(p.dialect().delimiter()).isEqualTo(';');
        assertThat(p.dialect().decimalMark()).isEqualTo(',');
        assertThat(p.dialect().thousandsSeparator()).isEqualTo('.');
        assertThat(p.dialect().bom()).isTrue();
        assertThat(p.dialect().lineEnds()).isEqualTo("CRLF");
        assertThat(p.dialect().header()).isTrue();
        assertThat(p.columns()).containsExactly("Jahr", "Wert", "Land");
        assertThat(p.kinds()).containsExactly("time", "number", "text");
        assertThat(p.rows()).hasSize(2);
        ImportPreview.Row first = p.rows().get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.texts()).containsExactly("2001", "1.234,5", "DE");
        assertThat(first.cells().get(0).kind()).isEqualTo(ImportPreview.CellKind.PERIOD);
        assertThat(first.cells().get(1).value()).isEqualTo(1234.5);
        assertThat(first.cells().get(2).kind()).isEqualTo(ImportPreview.CellKind.TEXT);
        assertThat(p.rows().get(1).cells().get(1).kind()).isEqualTo(ImportPreview.CellKind.MISSING);

        ImportPreview all = DataImporter.preview(f, ImportOptions.defaults(), 20);
        assertThat(all.rows().get(11).cells().get(1).kind()).isEqualTo(ImportPreview.CellKind.ERROR);
        assertThat(all.rows().get(11).cells().get(1).problem()).isEqualTo("\"12,5O\" is not a number");
    }

    @Test
    void optionsOverrideDetection() throws IOException {
        Path f = dir.resolve("o.csv");
        Files.writeString(f, "2001|1.5|7\n2002|2.5|8\n");
        Dataset d = DataImporter.read(f, ImportOptions.defaults().withoutTimeColumn());
        assertThat(d.index()).isEqualTo(TimeIndex.undated(2));
        assertThat(d.seriesNames()).containsExactly("col1", "col2", "col3");
        Dataset h = DataImporter.read(f, ImportOptions.defaults().withHeader(true).withTimeColumn("1"));
        assertThat(h.index().start()).isEqualTo(Period.annual(2002));
        assertThat(h.seriesNames()).containsExactly("1.5", "7");
        Dataset m = DataImporter.read(f, ImportOptions.defaults().withMissingTokens(java.util.Set.of("7")));
        assertThat(m.get("col3").values()).containsExactly(Double.NaN, 8.0);
    }

    @Test
    void exportReadsBackUnchanged() throws IOException {
        double[] x = {1.5, Double.NaN, -0.1, 1e-300, 123456789012.0, 0.1 + 0.2};
        double[] y = {1, 2, 3, 4, 5, 6};
        Dataset d = new Dataset("t", new TimeIndex(Period.quarterly(2001, 3), 6),
                List.of(Series.of("x", x), Series.of("y with space", y)),
                List.of(new LabelColumn("note", new String[] {"a,b", null, "say \"hi\"", "x", "y", "z"})), List.of());
        for (TimeIndex idx : List.of(d.index(), new TimeIndex(Period.monthly(1999, 12), 6),
                new TimeIndex(Period.annual(1990), 6), TimeIndex.undated(6))) {
            Dataset di = new Dataset("t", idx, d.series(), d.labels(), List.of());
            Path f = dir.resolve("out.csv");
            CsvExporter.write(di, f);
            Dataset back = DataImporter.read(f);
            assertThat(back.index()).as(idx.toString()).isEqualTo(idx);
            assertThat(back.seriesNames()).containsExactly("x", "y with space");
            assertThat(back.get("x").values()).containsExactly(x);
            assertThat(back.get("y with space").values()).containsExactly(y);
            assertThat(back.labels().get(0).values()).containsExactly("a,b", null, "say \"hi\"", "x", "y", "z");
        }
    }
}
