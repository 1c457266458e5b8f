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

    private static JsonNode cli(Path dir, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--out";
        all[args.length + 1] = dir.resolve("c" + System.nanoTime() + ".png").toString();
        all[args.length + 2] = "--json";
        assertThat(Cli.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), System.err)).isZero();
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static FiguresViewModel general(WorkbenchModel model) {
        model.load(DataImporter.read(Path.of("sample-data", "china_us_annual.csv")), null);
        FiguresViewModel vm = new FiguresViewModel(model);
        vm.selectGeneral();
        return vm;
    }

    private static void sameAxis(JsonNode cli, org.tradeworkbench.core.figures.AxisScale tab, String label) {
        assertThat(cli.get("min").asDouble()).isEqualTo(tab.min());
        assertThat(cli.get("max").asDouble()).isEqualTo(tab.max());
        assertThat(cli.get("step").asDouble()).isEqualTo(tab.step());
        assertThat(cli.get("label").asText()).isEqualTo(label);
    }

    @Test
    void theRightAxisIsTheSameInTheTabAndTheCommand(@TempDir Path dir) throws Exception {
        WorkbenchModel model = new WorkbenchModel();
        FiguresViewModel vm = general(model);
        model.selectedVariables().setAll("us_goods_imports_china_musd", "cn_fdi_net_inflows_pct_gdp");
        vm.putOnRight("cn_fdi_net_inflows_pct_gdp", true);
        FigureSpec tab = vm.spec();
        JsonNode cli = cli(dir, "figure", "--id", "general", "--vars",
                "us_goods_imports_china_musd,cn_fdi_net_inflows_pct_gdp", "--right-axis", "cn_fdi_net_inflows_pct_gdp");
        assertThat(cli.get("title").asText()).isEqualTo(tab.title());
        sameAxis(cli.get("left_axis"), tab.axes().left(), tab.yAxisLabel());
        sameAxis(cli.get("right_axis"), tab.axes().right(), tab.axes().rightLabel());
        for (int i = 0; i < tab.series().size(); i++) {
            assertThat(cli.get("series").get(i).get("axis").asText())
                    .isEqualTo(tab.onRight(tab.series().get(i)) ? "right" : "left");
        }
        assertThat(cli.get("series").get(1).get("axis").asText()).isEqualTo("right");
    }

    @Test
    void theScatterPlotIsTheSameInTheTabAndTheCommand(@TempDir Path dir) throws Exception {
        WorkbenchModel model = new WorkbenchModel();
        FiguresViewModel vm = general(model);
        model.selectedVariables().setAll("us_goods_exports_china_musd", "cn_hightech_exports_pct_manuf");
        vm.chartTypeProperty().set(org.tradeworkbench.core.figures.ChartType.SCATTER);
        vm.xVariableProperty().set("us_goods_imports_china_musd");
        vm.fitLineProperty().set(true);
        FigureSpec tab = vm.spec();
        JsonNode cli = cli(dir, "figure", "--id", "general", "--type", "scatter", "--x", "us_goods_imports_china_musd",
                "--y", "us_goods_exports_china_musd,cn_hightech_exports_pct_manuf", "--fit");
        assertThat(cli.get("kind").asText()).isEqualTo("scatter");
        assertThat(cli.get("title").asText()).isEqualTo(tab.title());
        assertThat(cli.get("source_note").asText()).isEqualTo(tab.sourceNote());
        sameAxis(cli.get("x_axis"), tab.axes().x(), tab.xLabel());
        sameAxis(cli.get("left_axis"), tab.axes().left(), tab.yAxisLabel());
        for (int i = 0; i < tab.series().size(); i++) {
            FigureSeries s = tab.series().get(i);
            JsonNode c = cli.get("series").get(i);
            for (int k = 0; k < s.size(); k++) {
                assertThat(c.get("periods").get(k).asText()).isEqualTo(s.periods().get(k));
                assertThat(c.get("x").get(k).asDouble()).isEqualTo(s.x()[k]);
                if (Double.isNaN(s.y()[k])) {
                    // A pair left out: no value in JSON.
                    assertThat(c.get("values").get(k).isNull()).isTrue();
                } else {
                    assertThat(c.get("values").get(k).asDouble()).isEqualTo(s.y()[k]);
                }
            }
        }
        assertThat(cli.get("fits")).hasSize(tab.fits().size());
        for (int i = 0; i < tab.fits().size(); i++) {
            assertThat(cli.get("fits").get(i).get("equation").asText()).isEqualTo(tab.fits().get(i).equation());
            assertThat(cli.get("fits").get(i).get("slope").asDouble()).isEqualTo(tab.fits().get(i).slope());
        }
    }
}
