package org.tradeworkbench.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.analysis.tabs.WorkbenchAnalyses;
import org.tradeworkbench.core.analysis.causality.CausalityReport;
import org.tradeworkbench.core.analysis.regression.RegressionReport;
import org.tradeworkbench.core.analysis.stationarity.DifferenceChoice;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.analysis.stationarity.StationarityReport;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.report.TextTableWriter;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.core.task.ProgressReporter;
import org.tradeworkbench.core.workbench.WorkbenchFile;
import org.tradeworkbench.core.workbench.WorkbenchJson;
import org.tradeworkbench.core.analysis.cointegration.CointegrationMethod;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.ui.causality.CausalityViewModel;
import org.tradeworkbench.ui.cointegration.CointegrationViewModel;
import org.tradeworkbench.ui.regression.RegressionViewModel;
import org.tradeworkbench.ui.stationarity.StationarityViewModel;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;

/**
 * A saved workbench run without the app gives the tables its tabs showed: from the specs the file keeps, and,
 * for files written before there were specs, from the tabs' own settings.
 */
class WorkbenchAnalysesTest {
    private WorkbenchModel model;
    private StationarityViewModel adf;
    private RegressionViewModel ols;
    private CausalityViewModel granger;
    private CointegrationViewModel coint;

    @BeforeEach
    void setUp() throws Exception {
        model = new WorkbenchModel();
        model.load(PaperData.bundledSample(), null);
        Debouncer debouncer = Debouncer.immediate(new SameThreadTaskRunner());
        adf = new StationarityViewModel(model, debouncer);
        ols = new RegressionViewModel(model, debouncer);
        granger = new CausalityViewModel(model, debouncer);
        coint = new CointegrationViewModel(model, debouncer);
        model.setSample(Period.annual(1997), Period.annual(2018));
        adf.typedProperty().set("log(cn_patent_apps_resident)");
        adf.differenceProperty().set(DifferenceChoice.SMALLEST);
        adf.lagChoiceProperty().set(LagChoice.FIXED);
        adf.kpssProperty().set(true);
        ols.dependentProperty().set("log(cn_patent_apps_nonresident)");
        ols.dependentLagsProperty().set(1);
        ols.regressor("cn_fdi_net_inflows_pct_gdp").includedProperty().set(true);
        ols.covarianceProperty().set(CovarianceType.HC1);
        ols.newRegressorProperty().set("d(cn_fdi_net_inflows_pct_gdp)");
        ols.addTypedRegressor();
        granger.typedProperty().set("us_atp_exports_world_musd");
        granger.allLagsProperty().set(true);
        coint.useTickedProperty().set(false);
        coint.typedProperty().set("log(us_goods_imports_china_musd)\nlog(us_goods_exports_china_musd)");
        coint.methodProperty().set(CointegrationMethod.ARDL);
        coint.ardlCaseProperty().set(4);
    }

    private WorkbenchFile saved() {
        return WorkbenchJson.read(WorkbenchJson.write(WorkbenchSnapshot.capture(model, null)), "t.tradewb");
    }

    private void assertSameTablesAsTheTabs(List<WorkbenchAnalyses.Outcome> out) {
        assertThat(out).extracting(WorkbenchAnalyses.Outcome::panel)
                .containsExactly("stationarity", "regression", "causality", "cointegration");
        assertThat(out).allSatisfy(o -> assertThat(o.problem()).isNull());
        assertThat(((StationarityReport) out.get(0).report()).table()).isEqualTo(adf.table());
        assertThat(TextTableWriter.write((RegressionReport) out.get(1).report()))
                .isEqualTo(TextTableWriter.write(ols.outcome()));
        assertThat(((CausalityReport) out.get(2).report()).table()).isEqualTo(granger.table());
        assertThat(coint.tables()).hasSize(3);
        assertThat(((Report) out.get(3).report()).tables()).isEqualTo(coint.tables());
    }

    @Test
    void theSpecsOfASavedWorkbenchGiveTheTabsTables() {
        assertThat(adf.table().rows()).hasSizeGreaterThan(1);
        assertSameTablesAsTheTabs(WorkbenchAnalyses.run(saved(), ProgressReporter.NONE));
    }

    @Test
    void aFileFromBeforeSpecsIsReadFromTheTabsSettings() {
        WorkbenchFile wb = saved();
        for (String panel : WorkbenchAnalyses.PANELS) {
            Map<String, Object> old = new LinkedHashMap<>(wb.panels().get(panel));
            assertThat(old.remove("spec")).isNotNull();
            wb = wb.withPanel(panel, old);
        }
        assertSameTablesAsTheTabs(WorkbenchAnalyses.run(wb, ProgressReporter.NONE));
    }

    @Test
    void aPhillipsOuliarisTabIsRunFromTheFileAsTheTabShowedIt() {
        coint.methodProperty().set(CointegrationMethod.PHILLIPS_OULIARIS);
        coint.poTypeProperty().set(org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisType.PZ);
        coint.poDemeanProperty().set(org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisDemean.TREND);
        coint.poLagProperty().set(org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisLag.LONG);
        assertThat(coint.tables()).hasSize(1);
        WorkbenchFile wb = saved();
        WorkbenchAnalyses.Outcome withSpec = WorkbenchAnalyses.run(wb, ProgressReporter.NONE).get(3);
        assertThat(withSpec.problem()).isNull();
        assertThat(((Report) withSpec.report()).tables()).isEqualTo(coint.tables());
        Map<String, Object> old = new LinkedHashMap<>(wb.panels().get("cointegration"));
        assertThat(old.remove("spec")).isNotNull();
        WorkbenchAnalyses.Outcome fromSettings = WorkbenchAnalyses.run(wb.withPanel("cointegration", old),
                ProgressReporter.NONE).get(3);
        assertThat(((Report) fromSettings.report()).tables()).isEqualTo(coint.tables());
    }

    @Test
    void aTabWithNothingChosenSaysSo() {
        ols.dependentProperty().set("");
        WorkbenchFile wb = saved();
        Map<String, Object> old = new LinkedHashMap<>(wb.panels().get("regression"));
        old.remove("spec");
        WorkbenchAnalyses.Outcome o = WorkbenchAnalyses.run(wb.withPanel("regression", old), ProgressReporter.NONE)
                .get(1);
        assertThat(o.report()).isNull();
        assertThat(o.problem()).contains("dependent");
    }

    @Test
    void theTabsCommandPrintsTheTabsTablesOfASavedWorkbench(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path f = dir.resolve("w.tradewb");
        org.tradeworkbench.core.workbench.WorkbenchStore.save(WorkbenchSnapshot.capture(model, null), f);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = org.tradeworkbench.cli.Cli.run(new String[] {"tabs", "--workbench", f.toString()},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(status).as(err.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();
        assertThat(text).contains(TextTableWriter.write(adf.table()))
                .contains(TextTableWriter.write(ols.outcome()))
                .contains(TextTableWriter.write(granger.table()))
                .contains(TextTableWriter.write(coint.tables().get(2)));
        int json = org.tradeworkbench.cli.Cli.run(new String[] {"tabs", "--workbench", f.toString(), "--json"},
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true), System.err);
        assertThat(json).isZero();
    }
}
