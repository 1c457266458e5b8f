package org.tradeworkbench.ui.regression;

import org.tradeworkbench.core.analysis.regression.ModelTerms;
import org.tradeworkbench.core.analysis.regression.RegressionSpec;
import org.tradeworkbench.core.analysis.regression.RegressionReport;
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
import org.tradeworkbench.core.figures.FigureKind;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.stats.ols.Coefficient;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.stats.ols.Ols;
import org.tradeworkbench.core.stats.ols.OlsOptions;
import org.tradeworkbench.core.stats.ols.OlsResult;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The Regression tab's view model on the bundled sample data, without the FX toolkit. */
class RegressionViewModelTest {
    private static final String FDI = "cn_fdi_net_inflows_pct_gdp";
    private static final String WORLD = "us_atp_exports_world_musd";
    private static final String CHINA = "us_goods_exports_china_musd";
    private static final Path PAPER_FIXTURES = Path.of("src/test/resources/fixtures/paper");

    private WorkbenchModel model;
    private SameThreadTaskRunner tasks;
    private RegressionViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        model = new WorkbenchModel();
        model.load(PaperData.bundledSample(), null);
        tasks = new SameThreadTaskRunner();
        vm = new RegressionViewModel(model, Debouncer.immediate(tasks));
    }

    private List<String> names() {
        return vm.outcome().result().coefficients().stream().map(Coefficient::name).toList();
    }

    private double estimate(String name) {
        return vm.outcome().result().coefficient(name).estimate();
    }

    @Test
    void asksForADependentVariableFirstAndListsTheSeriesAsRegressors() {
        assertThat(vm.outcome()).isNull();
        assertThat(vm.messageProperty().get()).contains("dependent variable");
        assertThat(vm.regressors()).extracting(RegressorChoice::expression)
                .containsExactlyElementsOf(model.dataset().seriesNames());
    }

    @Test
    void togglingARegressorChangesTheCoefficients() {
        vm.dependentProperty().set(FDI);
        assertThat(names()).containsExactly("const");
        vm.regressor(WORLD).includedProperty().set(true);
        assertThat(names()).containsExactly("const", WORLD);
        double alone = estimate(WORLD);
        vm.regressor(CHINA).includedProperty().set(true);
        assertThat(names()).containsExactly("const", WORLD, CHINA);
        assertThat(estimate(WORLD)).isNotEqualTo(alone);
        OlsResult direct = Ols.fit(model.dataset(), FDI, List.of(WORLD, CHINA), OlsOptions.DEFAULT);
        assertThat(estimate(CHINA)).isEqualTo(direct.coefficient(CHINA).estimate());
        assertThat(vm.outcome().coefficients().rows()).hasSize(3);
        assertThat(tasks.titles()).contains(RegressionViewModel.TASK_TITLE);

        vm.regressor(WORLD).includedProperty().set(false);
        assertThat(names()).containsExactly("const", CHINA);
    }

    @Test
    void lagsConstantAndCovarianceReachTheEstimate() {
        vm.dependentProperty().set(FDI);
        vm.dependentLagsProperty().set(1);
        vm.regressor(WORLD).includedProperty().set(true);
        vm.regressor(WORLD).lagsProperty().set(2);
        assertThat(names()).containsExactly("const", FDI + "(-1)", WORLD, WORLD + "(-1)", WORLD + "(-2)");
        assertThat(vm.modelTextProperty().get()).isEqualTo(FDI + " on const, " + FDI + "(-1), " + WORLD + ", "
                + WORLD + "(-1), " + WORLD + "(-2)");

        vm.constantProperty().set(false);
        assertThat(names()).doesNotContain("const");

        vm.covarianceProperty().set(CovarianceType.HAC);
        vm.autoHacLagsProperty().set(false);
        vm.hacLagsProperty().set(3);
        OlsResult direct = Ols.fit(model.dataset(), FDI, List.of(FDI + "(-1)", WORLD, WORLD + "(-1)", WORLD + "(-2)"),
                new OlsOptions(false, CovarianceType.HAC, 3, 1));
        assertThat(vm.outcome().result().coefficient(WORLD).stdError())
                .isEqualTo(direct.coefficient(WORLD).stdError());

        vm.bgOrderProperty().set(2);
        assertThat(vm.outcome().diagnostics().rows().get(0).get(0).display()).contains("order 2");
    }

    @Test
    void theAutomaticHacBandwidthPrewhiteningAndFactorReachTheEstimateAndTheSavedTab() {
        vm.dependentProperty().set(FDI);
        vm.dependentLagsProperty().set(1);
        vm.regressor(WORLD).includedProperty().set(true);
        vm.covarianceProperty().set(CovarianceType.HAC_QS);
        vm.autoHacLagsProperty().set(false);
        vm.hacLagsProperty().set(3);
        vm.hacBandwidthProperty().set(org.tradeworkbench.core.stats.ols.HacBandwidth.ANDREWS);
        vm.hacPrewhiteProperty().set(true);
        vm.hacAdjustProperty().set(true);
        org.tradeworkbench.core.stats.ols.HacSettings h = new org.tradeworkbench.core.stats.ols.HacSettings(
                org.tradeworkbench.core.stats.ols.HacBandwidth.ANDREWS, true, true);
        assertThat(vm.spec().hac()).isEqualTo(h);
        assertThat(vm.spec().hacLags()).as("an automatic bandwidth takes no lags").isEqualTo(-1);
        OlsResult direct = Ols.fit(model.dataset(), FDI, List.of(FDI + "(-1)", WORLD),
                new OlsOptions(true, CovarianceType.HAC_QS, -1, 1).withHac(h));
        assertThat(vm.outcome().result().coefficient(WORLD).stdError())
                .isEqualTo(direct.coefficient(WORLD).stdError());
        assertThat(vm.outcome().result().coefficient(WORLD).stdError()).isNotEqualTo(Ols.fit(model.dataset(), FDI,
                List.of(FDI + "(-1)", WORLD), new OlsOptions(true, CovarianceType.HAC_QS, 3, 1))
                .coefficient(WORLD).stdError());
        assertThat(vm.outcome().coefficients().notes()).anyMatch(n -> n.contains("Andrews (1991) AR(1) bandwidth "
                + org.tradeworkbench.core.report.NumberFormats.general(direct.hacSelectedBandwidth())));

        java.util.Map<String, Object> saved = vm.saveSettings();
        RegressionViewModel other = new RegressionViewModel(model, Debouncer.immediate(tasks));
        other.restoreSettings(saved);
        assertThat(other.hacBandwidthProperty().get()).isEqualTo(org.tradeworkbench.core.stats.ols.HacBandwidth.ANDREWS);
        assertThat(other.hacPrewhiteProperty().get()).isTrue();
        assertThat(other.hacAdjustProperty().get()).isTrue();
        assertThat(other.spec()).isEqualTo(vm.spec());
    }

    /**
     * The equation above the coefficient table and the table show each coefficient with the same digits: in the
     * table's own format (up to six significant digits) and at decimals chosen in Preferences. The table's note
     * writes the equation the same way. (Before, the equation rounded to three significant digits: 0.0867 beside
     * the table's 0.086716.)
     */
    @Test
    void theEquationShowsEachCoefficientAsTheCoefficientTableDoes() {
        vm.dependentProperty().set(FDI);
        vm.dependentLagsProperty().set(1);
        vm.regressor(CHINA).includedProperty().set(true);
        var table = vm.outcome().result().tables().get(0);
        assertThat(table.columns().get(1)).isEqualTo("Coefficient");
        for (int decimals : new int[] {-1, 2, 4}) {
            vm.decimalsProperty().set(decimals);
            String eq = vm.equationProperty().get();
            StringBuilder expected = new StringBuilder(FDI + " =");
            for (int r = 0; r < table.rows().size(); r++) {
                var row = table.rows().get(r);
                String shown = row.get(1).display(decimals);
                String magnitude = shown.startsWith("-") ? shown.substring(1) : shown;
                String name = row.get(0).display().replace("(-1)", "\u208b\u2081");
                String sign = shown.startsWith("-") ? "-" : r == 0 ? "" : "+";
                expected.append(r == 0 ? " " + sign : " " + sign + " ").append(magnitude)
                        .append(name.equals("const") ? "" : " " + name);
            }
            assertThat(eq).as("at %d decimals", decimals).isEqualTo(expected.toString());
        }
        vm.decimalsProperty().set(-1);
        // The coefficient 0.0867... of the old three-digit equation is written in full, as in the table.
        String first = table.rows().get(0).get(1).display(-1);
        assertThat(first.replace("-", "").replace(".", "").length()).isGreaterThan(3);
        assertThat(vm.equationProperty().get()).contains(first.replace("-", ""));
        assertThat(table.notes()).anySatisfy(n -> assertThat(n).startsWith(FDI + " = ")
                .contains(first.replace("-", "")));
    }

    @Test
    void theEquationIsWrittenLikeThePapersAndTheChartsFollowTheSample() {
        vm.dependentProperty().set(FDI);
        vm.dependentLagsProperty().set(1);
        vm.regressor(CHINA).includedProperty().set(true);
        String eq = vm.equationProperty().get();
        assertThat(eq).startsWith(FDI + " = ").contains(FDI + "\u208b\u2081").contains(CHINA);
        assertThat(eq).doesNotContain("(-1)");

        RegressionReport o = vm.outcome();
        int n = o.result().nobs();
        assertThat(o.actualFitted().series()).hasSize(2);
        assertThat(o.actualFitted().series().get(0).presentCount()).isEqualTo(n);
        assertThat(o.actualFitted().series().get(1).presentCount()).isEqualTo(n);
        assertThat(o.residuals().series().get(0).presentCount()).isEqualTo(n);
        assertThat(o.residuals().kind()).isEqualTo(FigureKind.BAR);
        assertThat(o.actualFitted().periods().get(0)).isEqualTo(o.result().sample().labels()[0]);

        model.setSample(Period.annual(2005), Period.annual(2015));
        assertThat(vm.outcome().result().sample().labels()[0]).isEqualTo("2006");
        assertThat(vm.outcome().actualFitted().periods()).first().isEqualTo("2006");
    }

    @Test
    void tooFewObservationsAndASingularModelAreMessagesInThePanel() {
        vm.dependentProperty().set(FDI);
        vm.regressor(WORLD).includedProperty().set(true);
        vm.regressor(CHINA).includedProperty().set(true);
        model.setSample(Period.annual(2016), Period.annual(2018));
        assertThat(vm.outcome()).isNull();
        assertThat(vm.messageProperty().get()).contains("too few observations");
        assertThat(vm.equationProperty().get()).isEmpty();

        model.setSample(null, null);
        assertThat(vm.outcome()).isNotNull();
        vm.newRegressorProperty().set("2 * " + WORLD);
        vm.addTypedRegressor();
        assertThat(vm.regressor("2 * " + WORLD).isTyped()).isTrue();
        assertThat(vm.outcome()).isNull();
        assertThat(vm.messageProperty().get()).containsIgnoringCase("collinear");

        vm.removeTypedRegressor(vm.regressor("2 * " + WORLD));
        assertThat(vm.outcome()).isNotNull();
        assertThat(vm.messageProperty().get()).isEmpty();

        vm.dependentProperty().set("no_such_series");
        assertThat(vm.outcome()).isNull();
        assertThat(vm.messageProperty().get()).contains("no_such_series");
    }

    @Test
    void thePapersModelSaysWhatTheBundledDataLack() {
        Dataset before = model.dataset();
        vm.applyPaperModel();
        assertThat(vm.presetMessageProperty().get()).contains("lny and RATIO")
                .contains("us_china_atp_balance_musd").contains("us_china_atp_exports_musd");
        assertThat(model.dataset()).isSameAs(before);
        assertThat(vm.dependentProperty().get()).isEmpty();
    }

    @Test
    void thePapersModelOnCompleteDataGivesStatsmodelsEquationTwo() throws Exception {
        Dataset complete = PaperData.bundledSample()
                .merge(DataImporter.read(PAPER_FIXTURES.resolve("SYNTHETIC_TEST_FIXTURE_atp_annual_china.csv")));
        model.load(complete, null);
        vm.applyPaperModel();
        assertThat(model.sampleRange().describe()).isEqualTo("2004..2018");
        assertThat(vm.dependentProperty().get()).isEqualTo("lny");
        assertThat(names()).containsExactly("const", "lny(-1)", "RATIO", "PATENT", "FDIGDP");
        JsonNode ref = new ObjectMapper().readTree(PAPER_FIXTURES.resolve("synthetic_complete_reference.json")
                .toFile());
        for (String term : names()) {
            double expected = ref.at("/eq2/" + term.replace("/", "~1")).asDouble();
            assertThat(estimate(term)).as(term).isCloseTo(expected, within(1e-8 * Math.max(1, Math.abs(expected))));
        }
        assertThat(vm.outcome().result().nobs()).isEqualTo(ref.at("/eq2_nobs").asInt());
        assertThat(vm.equationProperty().get()).startsWith("lny = ").contains("lny\u208b\u2081");
        assertThat(vm.presetMessageProperty().get()).startsWith("Equation (1)");
        // One undoable edit added the variables.
        assertThat(model.undoManager().canUndoProperty().get()).isTrue();
    }

    @Test
    void opensWithPatentOnItsLagAndFdigdpWhenTheDataHaveThePapersVariables() {
        Dataset withPaper = PaperData.withPaperVariables(model.dataset());
        WorkbenchModel fresh = new WorkbenchModel();
        fresh.load(withPaper, null);
        RegressionViewModel opened = new RegressionViewModel(fresh, Debouncer.immediate(tasks));
        assertThat(opened.dependentProperty().get()).isEqualTo("PATENT");
        assertThat(opened.outcome()).isNotNull();
        OlsResult direct = Ols.fit(withPaper, "PATENT", List.of("PATENT(-1)", "FDIGDP"),
                new OlsOptions(true, CovarianceType.CLASSICAL, -1, 1));
        assertThat(opened.outcome().result().coefficients()).extracting(Coefficient::name)
                .containsExactly("const", "PATENT(-1)", "FDIGDP");
        assertThat(opened.outcome().result().coefficient("FDIGDP").estimate())
                .isEqualTo(direct.coefficient("FDIGDP").estimate());

        // The user's own model is not replaced when the data change afterwards.
        opened.dependentProperty().set("FDIGDP");
        fresh.load(withPaper, null);
        assertThat(opened.dependentProperty().get()).isEqualTo("FDIGDP");
    }

    @Test
    void dataWithoutThePapersVariablesLeaveTheTabEmptyUntilAModelIsChosen() {
        assertThat(vm.dependentProperty().get()).isEmpty();
        model.load(PaperData.withPaperVariables(model.dataset()), null);
        assertThat(vm.dependentProperty().get()).isEqualTo("PATENT");
        assertThat(names()).containsExactly("const", "PATENT(-1)", "FDIGDP");
    }
}
