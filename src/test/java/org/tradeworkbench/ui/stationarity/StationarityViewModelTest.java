package org.tradeworkbench.ui.stationarity;

import org.tradeworkbench.core.analysis.stationarity.DifferenceChoice;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.analysis.stationarity.StationarityRow;
import org.tradeworkbench.core.analysis.stationarity.StationarityTable;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.unitroot.AdfSpec;
import org.tradeworkbench.core.stats.unitroot.Adf;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The Stationarity tab's view model on the bundled sample data, without the FX toolkit. */
class StationarityViewModelTest {
    private static final String PATENTS = "cn_patent_apps_nonresident";
    private static final String LOG_PATENTS = "log(" + PATENTS + ")";

    private WorkbenchModel model;
    private SameThreadTaskRunner tasks;
    private StationarityViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        model = new WorkbenchModel();
        model.load(PaperData.bundledSample(), null);
        tasks = new SameThreadTaskRunner();
        vm = new StationarityViewModel(model, Debouncer.immediate(tasks));
    }

    private static int col(ResultTable t, String name) {
        int c = t.columns().indexOf(name);
        assertThat(c).as("column " + name).isNotNegative();
        return c;
    }

    private static double number(ResultTable t, int row, String column) {
        return t.rows().get(row).get(col(t, column)).number();
    }

    private static String text(ResultTable t, int row, String column) {
        return t.rows().get(row).get(col(t, column)).display();
    }

    @Test
    void testsTheTickedVariableAtOnceAndReportsTheRunAsATask() {
        assertThat(model.selectedVariables()).isNotEmpty();
        ResultTable t = vm.table();
        assertThat(t).isNotNull();
        assertThat(t.rows()).hasSize(model.selectedVariables().size());
        assertThat(text(t, 0, "Variable")).isEqualTo(model.selectedVariables().get(0));
        assertThat(tasks.titles()).contains(StationarityViewModel.TASK_TITLE);
        assertThat(t.columns()).startsWith("Variable", "Difference", StationarityTable.Z, "p value");
    }

    @Test
    void theGreyedDefaultMaxLagShowsTheMaximumUsedAndTheTableGivesTheRule() {
        model.setSample(Period.annual(2005), Period.annual(2018));
        vm.useTickedProperty().set(false);
        vm.typedProperty().set(LOG_PATENTS);
        vm.lagChoiceProperty().set(LagChoice.AIC);
        vm.defaultMaxLagProperty().set(true);
        StationarityRow row = vm.rowsProperty().get().get(0);
        // The patent series has 13 values in 2005-2018 (2018 is missing).
        assertThat(row.adf().maxLag()).isEqualTo(Adf.defaultMaxLag(13, UnitRootTrend.CONSTANT)).isEqualTo(4);
        assertThat(vm.maxLagProperty().get()).isEqualTo(4);
        assertThat(vm.table().notes()).anyMatch(n -> n.startsWith(LOG_PATENTS + ": AIC chose " + row.adf().lags())
                && n.contains("default maximum min(ceil(12 (13/100)^(1/4)), 13/2 - 1 - 1) = 4"));
        vm.defaultMaxLagProperty().set(false);
        vm.maxLagProperty().set(2);
        assertThat(vm.rowsProperty().get().get(0).adf().maxLag()).isEqualTo(2);
        assertThat(vm.table().notes()).anyMatch(n -> n.contains("among 0..2 (maximum set by the user)"));
    }

    @Test
    void theDefaultMaximumIsLoweredWhereItWouldLeaveTheLargestRegressionAnExactFit() {
        // 2004-2017: 14 values of the patent series; without a constant the rule gives min(8, 14/2 - 1) = 6, whose
        // largest candidate has 7 observations for 7 coefficients. The search stops at 5 and the note says why.
        model.setSample(Period.annual(2004), Period.annual(2017));
        vm.useTickedProperty().set(false);
        vm.typedProperty().set(LOG_PATENTS);
        vm.trendProperty().set(UnitRootTrend.NONE);
        vm.lagChoiceProperty().set(LagChoice.AIC);
        vm.defaultMaxLagProperty().set(true);
        StationarityRow row = vm.rowsProperty().get().get(0);
        assertThat(row.adf()).as(vm.messageProperty().get()).isNotNull();
        assertThat(Adf.defaultMaxLag(14, UnitRootTrend.NONE)).isEqualTo(6);
        assertThat(row.adf().maxLag()).isEqualTo(5);
        assertThat(vm.maxLagProperty().get()).isEqualTo(5);
        assertThat(vm.table().notes()).anyMatch(n -> n.contains("14/2 - 0 - 1) = 6") && n.contains("lowered to 5"));
    }

    @Test
    void lagsThatEatMostOfTheSampleAreWarnedAbout() {
        model.setSample(Period.annual(2005), Period.annual(2018));
        vm.useTickedProperty().set(false);
        vm.typedProperty().set(LOG_PATENTS);
        vm.lagChoiceProperty().set(LagChoice.FIXED);
        vm.fixedLagsProperty().set(4);
        assertThat(vm.table().notes()).anyMatch(n -> n.startsWith("Warning: " + LOG_PATENTS + ": 4 lags leave 8 "
                + "observations for 6 coefficients (2 residual degrees of freedom)"));
        vm.fixedLagsProperty().set(1);
        assertThat(vm.table().notes()).noneMatch(n -> n.startsWith("Warning"));
    }

    @Test
    void changingTheDifferenceOrderChangesTheStatistic() {
        vm.useTickedProperty().set(false);
        vm.typedProperty().set(LOG_PATENTS);
        vm.lagChoiceProperty().set(LagChoice.FIXED);
        double level = number(vm.table(), 0, StationarityTable.Z);
        vm.differenceProperty().set(DifferenceChoice.FIRST);
        double first = number(vm.table(), 0, StationarityTable.Z);
        vm.differenceProperty().set(DifferenceChoice.SECOND);
        double second = number(vm.table(), 0, StationarityTable.Z);
        assertThat(first).isNotEqualTo(level);
        assertThat(second).isNotEqualTo(first);
        assertThat(number(vm.table(), 0, "Difference")).isEqualTo(2);
        // The same numbers as the engine on the whole data.
        Dataset d = model.dataset();
        assertThat(first).isEqualTo(Adf.test(d, LOG_PATENTS,
                AdfSpec.fixedLags(UnitRootTrend.CONSTANT, 1, 0)).statistic());
        assertThat(second).isEqualTo(Adf.test(d, LOG_PATENTS,
                AdfSpec.fixedLags(UnitRootTrend.CONSTANT, 2, 0)).statistic());
    }

    @Test
    void smallestDifferenceOnThePaperSampleReproducesTable2ForPatent() {
        model.setSample(Period.annual(2004), Period.annual(2018));
        vm.useTickedProperty().set(false);
        vm.typedProperty().set(LOG_PATENTS);
        vm.trendProperty().set(UnitRootTrend.CONSTANT);
        vm.lagChoiceProperty().set(LagChoice.FIXED);
        vm.fixedLagsProperty().set(0);
        vm.differenceProperty().set(DifferenceChoice.SMALLEST);
        ResultTable t = vm.table();
        assertThat(number(t, 0, "Difference")).isEqualTo(1);
        // Table 2 prints Z = -3.647, p = 0.0049 for PATENT.
        assertThat(String.format(Locale.ROOT, "%.3f", number(t, 0, StationarityTable.Z))).isEqualTo("-3.647");
        assertThat(String.format(Locale.ROOT, "%.4f", number(t, 0, "p value"))).isEqualTo("0.0049");
        assertThat(text(t, 0, "Verdict")).isEqualTo(StationarityTable.STATIONARY);
        assertThat(text(t, 0, "Sample")).isEqualTo("2006–2017");
        assertThat(vm.rowsProperty().get().get(0).search().tried()).hasSize(2);
    }

    @Test
    void theSampleIsAppliedBeforeTheExpressionIsEvaluated() {
        vm.useTickedProperty().set(false);
        vm.typedProperty().set("d(" + LOG_PATENTS + ")");
        vm.lagChoiceProperty().set(LagChoice.FIXED);
        double whole = number(vm.table(), 0, StationarityTable.Z);
        model.setSample(Period.annual(2004), Period.annual(2018));
        ResultTable t = vm.table();
        assertThat(number(t, 0, StationarityTable.Z)).isNotEqualTo(whole);
        Dataset cut = StationarityViewModel.cut(model.dataset(), new SampleRange(Period.annual(2004),
                Period.annual(2018)));
        assertThat(number(t, 0, StationarityTable.Z)).isEqualTo(Adf.test(cut, "d(" + LOG_PATENTS + ")",
                AdfSpec.fixedLags(UnitRootTrend.CONSTANT, 0, 0)).statistic());
        // d() of 2004 needs 2003, which lies outside the sample: the test regression starts in 2006.
        assertThat(text(t, 0, "Sample")).startsWith("2006");
    }

    @Test
    void lagChoiceAndTermsReachTheTest() {
        vm.useTickedProperty().set(false);
        vm.typedProperty().set(PATENTS);
        vm.trendProperty().set(UnitRootTrend.CONSTANT_TREND);
        vm.lagChoiceProperty().set(LagChoice.FIXED);
        vm.fixedLagsProperty().set(2);
        assertThat(number(vm.table(), 0, "Lags")).isEqualTo(2);
        assertThat(number(vm.table(), 0, StationarityTable.Z)).isEqualTo(Adf.test(model.dataset(), PATENTS,
                AdfSpec.fixedLags(UnitRootTrend.CONSTANT_TREND, 0, 2)).statistic());
        vm.lagChoiceProperty().set(LagChoice.BIC);
        vm.defaultMaxLagProperty().set(false);
        vm.maxLagProperty().set(3);
        assertThat(vm.rowsProperty().get().get(0).adf().spec())
                .isEqualTo(AdfSpec.autoLag(UnitRootTrend.CONSTANT_TREND, 0, LagCriterion.BIC, 3));
        assertThat(vm.table().notes().get(0)).contains("BIC").contains("0..3");
    }

    @Test
    void aBadVariableGetsARowMessageAndTheOthersStillRun() {
        vm.useTickedProperty().set(false);
        vm.typedProperty().set(LOG_PATENTS + "\nno_such_series\nlog(" + PATENTS + ")(-30)");
        ResultTable t = vm.table();
        assertThat(t.rows()).hasSize(3);
        assertThat(number(t, 0, StationarityTable.Z)).isFinite();
        assertThat(text(t, 1, "Verdict")).contains("no_such_series");
        assertThat(number(t, 1, StationarityTable.Z)).isNaN();
        assertThat(text(t, 2, "Verdict")).isNotBlank();
        assertThat(vm.messageProperty().get()).startsWith("2 of 3 variables could not be tested:").contains("no_such_series: ");
    }

    @Test
    void aGapInsideTheSampleIsNamedInTheRow() {
        Dataset d = model.dataset();
        int row = d.index().rowOf(Period.annual(2010)).getAsInt();
        model.editCell(PATENTS, row, Double.NaN);
        vm.useTickedProperty().set(false);
        vm.typedProperty().set(PATENTS);
        assertThat(text(vm.table(), 0, "Verdict")).contains("2010");
    }

    @Test
    void kpssColumnsOnRequest() {
        vm.useTickedProperty().set(false);
        vm.typedProperty().set(LOG_PATENTS);
        assertThat(vm.table().columns()).doesNotContain("KPSS");
        vm.kpssProperty().set(true);
        ResultTable t = vm.table();
        assertThat(t.columns()).contains("KPSS", "KPSS p value", "KPSS verdict");
        assertThat(number(t, 0, "KPSS")).isEqualTo(vm.rowsProperty().get().get(0).kpss().statistic());
        vm.trendProperty().set(UnitRootTrend.NONE);
        assertThat(text(vm.table(), 0, "KPSS verdict")).contains("needs a constant");
        assertThat(number(vm.table(), 0, StationarityTable.Z)).isFinite();
    }

    @Test
    void nothingChosenSaysWhatToDo() {
        vm.useTickedProperty().set(false);
        assertThat(vm.table()).isNull();
        assertThat(vm.messageProperty().get()).contains("Tick variables");
        vm.typedProperty().set("  ;  ");
        assertThat(vm.table()).isNull();
    }

    @Test
    void followsTheTickedVariablesAndTheData() {
        model.selectedVariables().setAll(List.of(PATENTS, "cn_fdi_net_inflows_pct_gdp"));
        assertThat(vm.table().rows()).hasSize(2);
        double before = number(vm.table(), 0, StationarityTable.Z);
        model.editCell(PATENTS, model.dataset().index().rowOf(Period.annual(2012)).getAsInt(), 1.0e6);
        assertThat(number(vm.table(), 0, StationarityTable.Z)).isNotEqualTo(before);
        model.undo();
        assertThat(number(vm.table(), 0, StationarityTable.Z)).isEqualTo(before);
    }

    @Test
    void thePapersTable2OnTheBundledDataTestsWhatItCanAndSaysWhatIsMissing() {
        vm.applyPaperTable2();
        assertThat(vm.variablesProperty().get()).containsExactly("PATENT", "FDIGDP");
        assertThat(vm.presetMessageProperty().get()).contains("lny (needs us_china_atp_balance_musd)")
                .contains("RATIO (needs us_china_atp_exports_musd");
        assertThat(model.sampleRange().describe()).isEqualTo("2004..2018");
        ResultTable t = vm.table();
        // Table 2: PATENT stationary after the first difference, Z = -3.647, p = 0.0049.
        assertThat(text(t, 0, "Variable")).isEqualTo("PATENT");
        assertThat(number(t, 0, "Difference")).isEqualTo(1);
        assertThat(String.format(Locale.ROOT, "%.3f", number(t, 0, StationarityTable.Z))).isEqualTo("-3.647");
        assertThat(model.undoManager().canUndoProperty().get()).isTrue();
    }

    @Test
    void thePapersTable2OnCompleteDataTestsAllFourVariables() throws Exception {
        model.load(PaperData.bundledSample().merge(org.tradeworkbench.core.io.DataImporter.read(java.nio.file.Path
                .of("src/test/resources/fixtures/paper/SYNTHETIC_TEST_FIXTURE_atp_annual_china.csv"))), null);
        vm.applyPaperTable2();
        assertThat(vm.table().rows()).extracting(r -> r.get(0).display())
                .containsExactly("lny", "RATIO", "PATENT", "FDIGDP");
        assertThat(vm.presetMessageProperty().get()).startsWith("Table 2").doesNotContain("Not in the data");
        assertThat(vm.rowsProperty().get()).allMatch(StationarityRow::ok);
    }

    @Test
    void typingAnExpressionWaitsForQuietWhileOtherChangesAnswerAtOnce() {
        List<String> calls = new java.util.ArrayList<>();
        Debouncer immediate = Debouncer.immediate(tasks);
        Debouncer recording = new Debouncer() {
            @Override
            public <T> void submit(String key, String title, org.tradeworkbench.core.task.BackgroundWork<T> work,
                    java.util.function.Consumer<T> onSuccess, java.util.function.Consumer<Throwable> onFailure) {
                calls.add("submit");
                immediate.submit(key, title, work, onSuccess, onFailure);
            }

            @Override
            public <T> void submitTyped(String key, String title, org.tradeworkbench.core.task.BackgroundWork<T> work,
                    java.util.function.Consumer<T> onSuccess, java.util.function.Consumer<Throwable> onFailure) {
                calls.add("typed");
                immediate.submit(key, title, work, onSuccess, onFailure);
            }

            @Override
            public void cancel(String key) {
                immediate.cancel(key);
            }
        };
        StationarityViewModel typed = new StationarityViewModel(model, recording);
        calls.clear();
        typed.typedProperty().set(LOG_PATENTS);
        assertThat(calls).containsExactly("typed");
        calls.clear();
        typed.kpssProperty().set(true);
        assertThat(calls).containsExactly("submit");
    }
}
