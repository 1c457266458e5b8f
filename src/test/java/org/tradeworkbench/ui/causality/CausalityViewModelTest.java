package org.tradeworkbench.ui.causality;

import org.tradeworkbench.core.analysis.causality.CausalityRow;
import org.tradeworkbench.core.analysis.causality.CausalityTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.stats.granger.GrangerStatistic;
import org.tradeworkbench.core.stats.granger.Granger;
import org.tradeworkbench.core.stats.granger.GrangerResult;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The Causality tab's view model on the bundled sample data, without the FX toolkit. */
class CausalityViewModelTest {
    private static final String PATENTS = "cn_patent_apps_nonresident";
    private static final String FDI = "cn_fdi_net_inflows_pct_gdp";
    private static final String WORLD = "us_atp_exports_world_musd";
    private static final Path PAPER_FIXTURES = Path.of("src/test/resources/fixtures/paper");

    private WorkbenchModel model;
    private SameThreadTaskRunner tasks;
    private CausalityViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        model = new WorkbenchModel();
        model.load(PaperData.bundledSample(), null);
        tasks = new SameThreadTaskRunner();
        vm = new CausalityViewModel(model, Debouncer.immediate(tasks));
    }

    private static String text(ResultTable t, int row, String column) {
        return t.rows().get(row).get(t.columns().indexOf(column)).display();
    }

    @Test
    void twoRowsPerPairInTheOrderOfTable3() {
        model.selectedVariables().setAll(List.of(PATENTS, FDI, WORLD));
        ResultTable t = vm.table();
        assertThat(t.rows()).hasSize(6);
        assertThat(t.columns()).containsExactly("Null hypothesis", "Lags", "Obs", "F", "df", "p value", "Sample",
                "Verdict");
        assertThat(text(t, 0, "Null hypothesis")).isEqualTo(FDI + " does not Granger-cause " + PATENTS);
        assertThat(text(t, 1, "Null hypothesis")).isEqualTo(PATENTS + " does not Granger-cause " + FDI);
        assertThat(text(t, 2, "Null hypothesis")).isEqualTo(WORLD + " does not Granger-cause " + PATENTS);
        assertThat(text(t, 5, "Null hypothesis")).isEqualTo(FDI + " does not Granger-cause " + WORLD);
        assertThat(tasks.titles()).contains(CausalityViewModel.TASK_TITLE);
        // The same tests as the engine, pair by pair.
        List<GrangerStatistic> engine = new java.util.ArrayList<>();
        for (String[] pair : new String[][] {{FDI, PATENTS}, {WORLD, PATENTS}, {WORLD, FDI}}) {
            GrangerResult r = Granger.test(model.dataset(), pair[0], pair[1], 2);
            engine.add(r.forward());
            engine.add(r.reverse());
        }
        for (int i = 0; i < 6; i++) {
            GrangerStatistic g = vm.rowsProperty().get().get(i).statistic();
            assertThat(g.nullHypothesis()).isEqualTo(engine.get(i).nullHypothesis());
            assertThat(g.fStatistic()).isEqualTo(engine.get(i).fStatistic());
            assertThat(text(t, i, "df")).isEqualTo(g.dfNum() + ", " + g.dfDenom());
            assertThat(text(t, i, "Verdict")).isEqualTo(g.pValue() < 0.05
                    ? g.cause() + " Granger-causes " + g.effect() + " at 5%" : CausalityTable.NOT_REJECTED);
        }
    }

    @Test
    void everyLagOrderOnRequest() {
        model.selectedVariables().setAll(List.of(PATENTS, FDI));
        vm.lagsProperty().set(3);
        assertThat(vm.table().rows()).hasSize(2);
        assertThat(text(vm.table(), 0, "Lags")).isEqualTo("3");
        vm.allLagsProperty().set(true);
        ResultTable t = vm.table();
        assertThat(t.rows()).hasSize(6);
        assertThat(t.rows()).extracting(r -> r.get(1).display()).containsExactly("1", "1", "2", "2", "3", "3");
        assertThat(t.title()).contains("lags 1 to 3");
    }

    @Test
    void aBadVariableMarksItsPairsAndTheOthersStillRun() {
        vm.useTickedProperty().set(false);
        vm.typedProperty().set(PATENTS + "\n" + FDI + "\nno_such_series");
        ResultTable t = vm.table();
        assertThat(t.rows()).hasSize(6);
        assertThat(vm.rowsProperty().get().get(0).ok()).isTrue();
        assertThat(text(t, 2, "Verdict")).contains("no_such_series");
        assertThat(text(t, 2, "F")).isEqualTo("NA");
        assertThat(vm.messageProperty().get()).contains("no_such_series and " + PATENTS + ", 2 lags: ");
    }

    @Test
    void tooFewObservationsIsAMessage() {
        model.selectedVariables().setAll(List.of(PATENTS, FDI));
        model.setSample(Period.annual(2010), Period.annual(2015));
        assertThat(vm.rowsProperty().get()).allMatch(r -> !r.ok());
        assertThat(vm.messageProperty().get()).contains("too few observations");
    }

    @Test
    void fewerThanTwoVariablesSaysWhatToDo() {
        model.selectedVariables().setAll(List.of(PATENTS));
        assertThat(vm.table()).isNull();
        assertThat(vm.messageProperty().get()).contains("at least two variables");
    }

    @Test
    void thePapersVariablesOnThePaperSampleGiveStatsmodelsTable3() throws Exception {
        Dataset complete = PaperData.bundledSample()
                .merge(DataImporter.read(PAPER_FIXTURES.resolve("SYNTHETIC_TEST_FIXTURE_atp_annual_china.csv")));
        model.load(complete, null);
        vm.applyPaperTable3();
        assertThat(model.sampleRange().describe()).isEqualTo("2004..2018");
        assertThat(vm.variablesTextProperty().get()).isEqualTo("Testing lny, RATIO, PATENT, FDIGDP.");
        JsonNode ref = new ObjectMapper().readTree(PAPER_FIXTURES.resolve("synthetic_complete_reference.json")
                .toFile());
        assertThat(vm.lagsProperty().get()).isEqualTo(ref.at("/granger_lags").asInt());
        int checked = 0;
        for (CausalityRow r : vm.rowsProperty().get()) {
            JsonNode e = ref.at("/table3/" + r.cause() + "->" + r.effect());
            if (e.isMissingNode()) {
                continue;
            }
            assertThat(r.statistic().fStatistic()).as(r.nullHypothesis())
                    .isCloseTo(e.get("f").asDouble(), within(1e-8 * Math.abs(e.get("f").asDouble())));
            assertThat(r.statistic().pValue()).isCloseTo(e.get("p").asDouble(), within(1e-8));
            checked++;
        }
        assertThat(checked).isEqualTo(6);
    }

    @Test
    void thePapersTable3OnTheBundledDataSaysWhatIsMissing() {
        vm.applyPaperTable3();
        assertThat(vm.variablesTextProperty().get()).isEqualTo("Testing PATENT, FDIGDP.");
        assertThat(vm.presetMessageProperty().get()).contains("lny (needs us_china_atp_balance_musd)");
        assertThat(vm.table().rows()).hasSize(2);
    }
}
