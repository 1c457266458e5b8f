package org.tradeworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.figures.FigureKind;
import org.tradeworkbench.core.figures.FigureSeries;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.StatResult;

class ExportAllTest {
    @TempDir
    Path dir;

    record Result(String title) implements StatResult {
        @Override
        public Map<String, Object> toJson() {
            return Map.of("statistic", 1.25);
        }

        @Override
        public List<ResultTable> tables() {
            return List.of(ResultTable.builder(title, "name", "value")
                    .row(ResultTable.Cell.text("statistic"), ResultTable.Cell.number(1.25, 3)).build());
        }
    }

    @Test
    void writesEveryFigureAndTableWithAnIndex() throws Exception {
        FigureSeries s = new FigureSeries("x", "X", List.of("2006", "2007"), new double[] {2006, 2007},
                new double[] {1, 2});
        FigureSpec f1 = new FigureSpec("1", "trade balance", "Figure 1", "", "Year", "Balance", "", FigureKind.LINE,
                List.of(s), "", null);
        FigureSpec f2 = f1.withKind(FigureKind.BAR);
        Path out = dir.resolve("export");
        ExportAll.Written w = ExportAll.write(out, "Workbench <export>", List.of(f1, f2),
                List.of(new Result("ADF test: d(PATENT)"), new Result("ADF test: d(PATENT)")));
        assertThat(w.figures()).containsExactly("figure-1-trade-balance.svg", "figure-1-trade-balance-2.svg");
        assertThat(w.tables()).containsExactly("adf-test-d-patent.html", "adf-test-d-patent.md",
                "adf-test-d-patent-2.html", "adf-test-d-patent-2.md");
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).contains("<title>Workbench &lt;export&gt;</title>", "src=\"figure-1-trade-balance.svg\"",
                "href=\"adf-test-d-patent-2.md\"");
        assertThat(Files.readString(out.resolve(w.figures().get(0)))).startsWith("<?xml").contains("class=\"point\"");
        assertThat(Files.readString(out.resolve(w.figures().get(1)))).startsWith("<?xml").contains("class=\"bar\"");
        assertThat(Files.readString(out.resolve("adf-test-d-patent.md"))).contains("| statistic |");
        assertThat(Files.readString(out.resolve("adf-test-d-patent.html"))).contains("<table");
    }
}
