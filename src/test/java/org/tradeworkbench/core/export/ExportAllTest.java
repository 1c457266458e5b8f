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
import org.tradeworkbench.core.report.Report;

class ExportAllTest {
    @TempDir
    Path dir;

    record Result(String title) implements Report {
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
    void cancellingStopsAndTheIndexListsWhatWasWritten() throws Exception {
        FigureSeries s = new FigureSeries("x", "X", List.of("2006", "2007"), new double[] {2006, 2007},
                new double[] {1, 2});
        FigureSpec f = new FigureSpec("1", "trade balance", "Figure 1", "", "Year", "Balance", "", FigureKind.LINE,
                List.of(s), "", null);
        Path out = dir.resolve("cancelled");
        int[] written = {0};
        ExportAll.Progress stopAfterOne = new ExportAll.Progress() {
            @Override
            public void writing(String file, int done, int total) {
                written[0]++;
            }

            @Override
            public boolean isCancelled() {
                return written[0] >= 1;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExportAll.write(out, "t", List.of(f, f),
                List.of(), null, stopAfterOne)).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(out.resolve("figure-1-trade-balance.svg")).isNotEmptyFile();
        assertThat(out.resolve("figure-1-trade-balance-2.svg")).doesNotExist();
        assertThat(Files.readString(out.resolve("index.html"))).contains("figure-1-trade-balance.svg")
                .contains("Export cancelled here.");
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
                List.of(new ExportAll.Section("Stationarity", new Result("ADF test: d(PATENT)").tables(), ""),
                        new ExportAll.Section("Stationarity", new Result("ADF test: d(PATENT)").tables(), ""),
                        new ExportAll.Section("Causality", List.of(), "Tick at least two variables")),
                null, ExportAll.Progress.NONE);
        assertThat(w.figures()).containsExactly("figure-1-trade-balance.svg", "figure-1-trade-balance-2.svg");
        String stem = "stationarity-adf-test-d-patent";
        assertThat(w.tables()).containsExactly(stem + ".html", stem + ".md", stem + ".csv", stem + ".tex",
                stem + "-2.html", stem + "-2.md", stem + "-2.csv", stem + "-2.tex");
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).contains("<title>Workbench &lt;export&gt;</title>", "src=\"figure-1-trade-balance.svg\"",
                "href=\"" + stem + "-2.md\"", "href=\"" + stem + "-2.tex\"",
                "No result: Tick at least two variables");
        assertThat(Files.readString(out.resolve(stem + ".csv"))).contains("statistic");
        assertThat(Files.readString(out.resolve(stem + ".tex"))).contains("\\begin{tabular}");
        assertThat(Files.readString(out.resolve(w.figures().get(0)))).startsWith("<?xml").contains("class=\"point\"");
        assertThat(Files.readString(out.resolve(w.figures().get(1)))).startsWith("<?xml").contains("class=\"bar\"");
        assertThat(Files.readString(out.resolve(stem + ".md"))).contains("| statistic |");
        assertThat(Files.readString(out.resolve(stem + ".html"))).contains("<table");
    }
}
