package org.tradeworkbench.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.figures.FigureKind;
import org.tradeworkbench.core.figures.PaperFigure;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.ols.Coefficient;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.workbench.DatasetState;
import org.tradeworkbench.core.workbench.WorkbenchFile;
import org.tradeworkbench.core.workbench.WorkbenchStore;
import org.tradeworkbench.ui.causality.CausalityViewModel;
import org.tradeworkbench.ui.figures.FiguresViewModel;
import org.tradeworkbench.ui.regression.RegressionViewModel;
import org.tradeworkbench.core.analysis.stationarity.DifferenceChoice;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.analysis.stationarity.StationarityRow;
import org.tradeworkbench.ui.stationarity.StationarityViewModel;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;

/**
 * Every panel's settings and every figure's choices go into a workbench file and come back from it: into panels
 * that exist when the workbench is opened, and into panels built afterwards (a tab shown later), with the same
 * results. A workbench without these sections still opens, and the panels keep their settings.
 */
class PanelSettingsRoundTripTest {
    @TempDir
    Path dir;

    private Dataset data;
    private final Debouncer debouncer = Debouncer.immediate(new SameThreadTaskRunner());

    @BeforeEach
    void data() throws Exception {
        data = PaperData.withPaperVariables(PaperData.bundledSample());
    }

    private WorkbenchModel session() {
        WorkbenchModel m = new WorkbenchModel();
        m.load(data, null);
        return m;
    }

    @Test
    void everySettingAndResultComesBackFromTheSavedFile() throws Exception {
        WorkbenchModel model = session();
        StationarityViewModel adf = new StationarityViewModel(model, debouncer);
        RegressionViewModel ols = new RegressionViewModel(model, debouncer);
        CausalityViewModel granger = new CausalityViewModel(model, debouncer);
        FiguresViewModel figures = new FiguresViewModel(model);

        adf.useTickedProperty().set(false);
        adf.typedProperty().set("PATENT\nd(FDIGDP)");
        adf.trendProperty().set(UnitRootTrend.CONSTANT_TREND);
        adf.differenceProperty().set(DifferenceChoice.SECOND);
        adf.lagChoiceProperty().set(LagChoice.BIC);
        adf.fixedLagsProperty().set(2);
        adf.defaultMaxLagProperty().set(false);
        adf.maxLagProperty().set(3);
        adf.kpssProperty().set(true);

        ols.dependentProperty().set("FDIGDP");
        ols.dependentLagsProperty().set(2);
        ols.regressor("PATENT").includedProperty().set(false);
        ols.regressor("us_goods_exports_china_musd").includedProperty().set(true);
        ols.regressor("us_goods_exports_china_musd").lagsProperty().set(1);
        ols.newRegressorProperty().set("d(PATENT)");
        ols.addTypedRegressor();
        ols.regressor("d(PATENT)").lagsProperty().set(1);
        ols.constantProperty().set(false);
        ols.covarianceProperty().set(CovarianceType.HAC);
        ols.autoHacLagsProperty().set(false);
        ols.hacLagsProperty().set(3);
        ols.bgOrderProperty().set(2);

        granger.useTickedProperty().set(false);
        granger.typedProperty().set("PATENT\nFDIGDP\ncn_patent_apps_resident");
        granger.lagsProperty().set(3);
        granger.allLagsProperty().set(true);

        figures.select(PaperFigure.values()[0]);
        figures.fromYearProperty().set(2005);
        figures.toYearProperty().set(2016);
        figures.titleProperty().set("The quoted high-tech balances");
        figures.kindProperty().set(FigureKind.LINE);
        figures.select(PaperFigure.values()[1]);
        figures.subtitleProperty().set("Share of the world");
        figures.axisLabelProperty().set("Exports to China / exports to the world (share)");
        figures.selectGeneral();
        figures.kindProperty().set(FigureKind.BAR);

        assertThat(ols.outcome()).isNotNull();
        assertThat(adf.rowsProperty().get()).allMatch(StationarityRow::ok);

        Path f = dir.resolve("w" + WorkbenchFile.EXTENSION);
        WorkbenchStore.save(WorkbenchSnapshot.capture(model, "regression"), f);
        WorkbenchFile wb = WorkbenchStore.open(f);
        assertThat(wb.panels()).containsKeys("stationarity", "regression", "causality", "figures");
        assertThat(wb.figures()).containsKeys("1", "2");

        // The Stationarity tab was built before the workbench was opened; the others are built afterwards.
        WorkbenchModel other = new WorkbenchModel();
        StationarityViewModel adf2 = new StationarityViewModel(other, debouncer);
        WorkbenchSnapshot.restore(other, wb, f);
        RegressionViewModel ols2 = new RegressionViewModel(other, debouncer);
        CausalityViewModel granger2 = new CausalityViewModel(other, debouncer);
        FiguresViewModel figures2 = new FiguresViewModel(other);

        assertThat(adf2.saveSettings()).isEqualTo(adf.saveSettings());
        assertThat(ols2.saveSettings()).isEqualTo(ols.saveSettings());
        assertThat(granger2.saveSettings()).isEqualTo(granger.saveSettings());
        assertThat(figures2.saveSettings()).isEqualTo(figures.saveSettings());
        assertThat(figures2.savedChoices()).isEqualTo(figures.savedChoices());

        assertThat(adf2.spec()).isEqualTo(adf.spec());
        assertThat(adf2.rowsProperty().get()).hasSameSizeAs(adf.rowsProperty().get());
        for (int i = 0; i < adf.rowsProperty().get().size(); i++) {
            StationarityRow a = adf.rowsProperty().get().get(i);
            StationarityRow b = adf2.rowsProperty().get().get(i);
            assertThat(b.variable()).isEqualTo(a.variable());
            assertThat(b.adf().statistic()).isEqualTo(a.adf().statistic());
            assertThat(b.adf().lags()).isEqualTo(a.adf().lags());
            assertThat(b.kpss().statistic()).isEqualTo(a.kpss().statistic());
        }
        assertThat(ols2.spec()).isEqualTo(ols.spec());
        assertThat(ols2.outcome().result().coefficients()).extracting(Coefficient::name)
                .containsExactly("FDIGDP(-1)", "FDIGDP(-2)", "us_goods_exports_china_musd",
                        "us_goods_exports_china_musd(-1)", "d(PATENT)", "d(PATENT)(-1)");
        assertThat(ols2.outcome().result().coefficients()).extracting(Coefficient::stdError)
                .isEqualTo(ols.outcome().result().coefficients().stream().map(Coefficient::stdError).toList());
        assertThat(granger2.rowsProperty().get()).hasSize(18);
        assertThat(granger2.rowsProperty().get().stream().map(r -> r.statistic().pValue()).toList())
                .isEqualTo(granger.rowsProperty().get().stream().map(r -> r.statistic().pValue()).toList());
        assertThat(figures2.selectedProperty().get().isGeneral()).isTrue();
        assertThat(figures2.kindProperty().get()).isEqualTo(FigureKind.BAR);
        figures.select(PaperFigure.values()[0]);
        figures2.select(PaperFigure.values()[0]);
        assertThat(figures.spec().periods()).isNotEmpty();
        assertThat(figures2.titleProperty().get()).isEqualTo("The quoted high-tech balances");
        assertThat(figures2.kindProperty().get()).isEqualTo(FigureKind.LINE);
        assertThat(figures2.spec()).isEqualTo(figures.spec());
        assertThat(figures2.shownToProperty().get()).isEqualTo(figures.shownToProperty().get()).isLessThanOrEqualTo(2016);
        figures2.select(PaperFigure.values()[1]);
        assertThat(figures2.subtitleProperty().get()).isEqualTo("Share of the world");
        assertThat(figures2.axisLabelProperty().get()).isEqualTo("Exports to China / exports to the world (share)");
        assertThat(figures2.spec().yAxisLabel()).isEqualTo("Exports to China / exports to the world (share)");
    }

    @Test
    void aWorkbenchWithoutPanelSettingsOpensAndThePanelsKeepTheirs() {
        WorkbenchModel model = session();
        StationarityViewModel adf = new StationarityViewModel(model, debouncer);
        RegressionViewModel ols = new RegressionViewModel(model, debouncer);
        adf.kpssProperty().set(true);
        WorkbenchFile older = WorkbenchFile.of(DatasetState.of(data));
        WorkbenchSnapshot.restore(model, older, null);
        CausalityViewModel granger = new CausalityViewModel(model, debouncer);
        assertThat(adf.kpssProperty().get()).isTrue();
        assertThat(ols.dependentProperty().get()).isEqualTo("PATENT");
        assertThat(ols.outcome()).isNotNull();
        assertThat(granger.lagsProperty().get()).isEqualTo(2);
        // The older file has no checked variables, so the tab asks for them.
        assertThat(granger.messageProperty().get()).contains("at least two variables");
        assertThat(model.dataset().seriesNames()).isEqualTo(data.seriesNames());
        assertThat(List.copyOf(WorkbenchSnapshot.capture(model, null).panels().keySet()))
                .containsExactlyInAnyOrder("stationarity", "regression", "causality");
    }

    @Test
    void aWorkbenchSavedWithoutALogStartsTheLogWithItself() throws Exception {
        WorkbenchModel model = session();
        model.setSample(org.tradeworkbench.core.data.Period.annual(2000), null);
        Path f = dir.resolve("nolog" + WorkbenchFile.EXTENSION);
        WorkbenchStore.save(WorkbenchSnapshot.capture(model, null).withCommands(List.of()), f);
        WorkbenchModel other = new WorkbenchModel();
        WorkbenchSnapshot.restore(other, WorkbenchStore.open(f), f);
        assertThat(other.commandLog().entries()).extracting(Object::toString)
                .containsExactly("open --workbench " + f.toAbsolutePath().normalize());
        Path script = dir.resolve("s.tws");
        java.nio.file.Files.writeString(script, other.commandLog().entries().get(0)
                + "\nols --y PATENT --x FDIGDP --json\n");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = org.tradeworkbench.cli.Cli.run(new String[] {"run-script", script.toString(), "--quiet"},
                new java.io.PrintStream(out, true), new java.io.PrintStream(err, true));
        assertThat(err.toString()).isEmpty();
        assertThat(status).isZero();
        // The workbench's sample applies: the regression starts in 2000.
        assertThat(out.toString()).contains("\"sample_start\" : \"2000\"");
    }
}
