package org.tradeworkbench.ui.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.cli.Cli;
import org.tradeworkbench.core.figures.FigureSeries;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The Figures tab's general chart and {@code figure --json} draw the same numbers for the same choices. */
class FiguresTabMatchesCliTest {

    @Test
    void theGeneralChartAsAnIndexHasTheSameSeriesInTheTabAndTheCommand(@TempDir Path dir) throws Exception {
        WorkbenchModel model = new WorkbenchModel();
        model.load(DataImporter.read(Path.of("sample-data", "china_us_annual.csv")), null);
        FiguresViewModel vm = new FiguresViewModel(model);
        vm.selectedProperty().set(vm.figures().get(vm.figures().size() - 1));
        model.selectedVariables().setAll("us_goods_imports_china_musd", "us_goods_exports_china_musd");
        vm.fromYearProperty().set(2000);
        vm.toYearProperty().set(2018);
        vm.baseYearProperty().set(2004);
        vm.indexedProperty().set(true);
        FigureSpec tab = vm.spec();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"figure", "--id", "general", "--vars",
                "us_goods_imports_china_musd,us_goods_exports_china_musd", "--from", "2000", "--to", "2018",
                "--rebase", "2004", "--out", dir.resolve("c.png").toString(), "--json"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        JsonNode cli = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(cli.get("title").asText()).isEqualTo(tab.title());
        assertThat(cli.get("y_label").asText()).isEqualTo(tab.yLabel());
        assertThat(cli.get("series")).hasSize(tab.series().size());
        for (int i = 0; i < tab.series().size(); i++) {
            FigureSeries s = tab.series().get(i);
            JsonNode c = cli.get("series").get(i);
            assertThat(c.get("label").asText()).isEqualTo(s.label());
            assertThat(c.get("values")).hasSize(s.size());
            for (int k = 0; k < s.size(); k++) {
                assertThat(c.get("periods").get(k).asText()).isEqualTo(s.periods().get(k));
                assertThat(c.get("values").get(k).asDouble()).isEqualTo(s.y()[k]);
            }
        }
    }
}
