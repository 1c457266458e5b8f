package org.tradeworkbench.ui.cointegration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.analysis.AnalysisJson;
import org.tradeworkbench.core.analysis.cointegration.ArdlReport;
import org.tradeworkbench.core.analysis.cointegration.ArdlSpec;
import org.tradeworkbench.core.analysis.cointegration.CointegrationMethod;
import org.tradeworkbench.core.analysis.cointegration.CointegrationSpec;
import org.tradeworkbench.core.analysis.cointegration.EngleGrangerReport;
import org.tradeworkbench.core.analysis.cointegration.JohansenCase;
import org.tradeworkbench.core.analysis.cointegration.JohansenReport;
import org.tradeworkbench.core.analysis.cointegration.JohansenSpec;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisDemean;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisLag;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisReport;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisSpec;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisType;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.status.Severity;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The Cointegration tab's view model without the toolkit: every toggle re-runs, results and messages. */
class CointegrationViewModelTest {
    private static final String IMP = "log(us_goods_imports_china_musd)";
    private static final String EXP = "log(us_goods_exports_china_musd)";

    private WorkbenchModel model;
    private CointegrationViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        model = new WorkbenchModel();
        model.load(DataImporter.read(Path.of("sample-data/china_us_annual.csv")), null);
        vm = new CointegrationViewModel(model, Debouncer.immediate(new SameThreadTaskRunner()));
        vm.useTickedProperty().set(false);
    }

    @Test
    void fewerThanTwoVariablesIsAHintAndNoTable() {
        vm.typedProperty().set(IMP);
        assertThat(vm.tables()).isEmpty();
        assertThat(vm.reportProperty().get()).isNull();
        assertThat(vm.messageSeverityProperty().get()).isEqualTo(Severity.HINT);
        assertThat(vm.messageProperty().get()).contains("at least two variables");
    }

    @Test
    void engleGrangerRunsAndReRunsOnEveryToggle() {
        vm.typedProperty().set(IMP + "\n" + EXP);
        EngleGrangerReport first = (EngleGrangerReport) vm.reportProperty().get();
        assertThat(first.spec().autolag()).isEqualTo(LagCriterion.AIC);
        assertThat(vm.tables()).hasSize(2);
        assertThat(vm.messageProperty().get()).isEmpty();

        vm.egAutomaticProperty().set(false);
        vm.egLagsProperty().set(0);
        EngleGrangerReport fixed = (EngleGrangerReport) vm.reportProperty().get();
        assertThat(fixed.lags()).isZero();
        assertThat(fixed.statistic()).isNotEqualTo(first.statistic());

        vm.egTrendProperty().set(org.tradeworkbench.core.analysis.cointegration.EngleGrangerTrend.CONSTANT_TREND);
        assertThat(((EngleGrangerReport) vm.reportProperty().get()).regressors()).contains("trend");
    }

    @Test
    void withPresampleValuesOnTheTabSaysItCutsTheDataAndItsNumbersDoNotChange() {
        vm.typedProperty().set(IMP + "\n" + EXP);
        model.setSample(Period.annual(2004), Period.annual(2018));
        double cut = ((EngleGrangerReport) vm.reportProperty().get()).statistic();
        model.setPresample(org.tradeworkbench.core.data.Presample.USE);
        assertThat(((EngleGrangerReport) vm.reportProperty().get()).statistic()).isEqualTo(cut);
        assertThat(vm.messageSeverityProperty().get()).isEqualTo(Severity.HINT);
        assertThat(vm.messageProperty().get()).isEqualTo(CointegrationViewModel.PRESAMPLE_NOT_USED);
        model.setPresample(org.tradeworkbench.core.data.Presample.CUT);
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void theGreyedLargestLagIsTheRulesValueForTheSampleLoweredWhereItWouldFitExactly() {
        vm.typedProperty().set(IMP + "\n" + EXP);
        EngleGrangerReport all = (EngleGrangerReport) vm.reportProperty().get();
        // 1995-2019, 25 observations: min(ceil(12 (25/100)^(1/4)), 25/2 - 1) = min(9, 11).
        assertThat(all.maxLag()).isEqualTo(9);
        assertThat(vm.egMaxLagProperty().get()).isEqualTo(9);

        model.setSample(Period.annual(2004), Period.annual(2017));
        vm.rerun();
        // 14 observations: min(8, 6) = 6 would leave the largest ADF regression (7 observations, 7 coefficients)
        // an exact fit; the rule's maximum is lowered to 5 and the notes say why.
        EngleGrangerReport short14 = (EngleGrangerReport) vm.reportProperty().get();
        assertThat(short14.maxLag()).isEqualTo(5);
        assertThat(vm.egMaxLagProperty().get()).isEqualTo(5);
        assertThat(String.join(" ", vm.tables().get(0).notes())).contains("14/2 - 1) = 6, lowered to 5");

        // A maximum the user sets is used as set, and refused with the reason when it cannot be fitted.
        vm.egDefaultMaxLagProperty().set(false);
        vm.egMaxLagProperty().set(6);
        assertThat(vm.reportProperty().get()).isNull();
        assertThat(vm.messageSeverityProperty().get()).isEqualTo(Severity.ERROR);
        assertThat(vm.messageProperty().get()).contains("maximum lag 6").contains("at most 5");
        vm.egMaxLagProperty().set(3);
        assertThat(((EngleGrangerReport) vm.reportProperty().get()).maxLag()).isEqualTo(3);
        assertThat(vm.egMaxLagProperty().get()).isEqualTo(3);
    }

    @Test
    void johansenAndArdlAreChosenWithTheirOptions() {
        vm.typedProperty().set(IMP + "\n" + EXP);
        vm.methodProperty().set(CointegrationMethod.JOHANSEN);
        vm.johansenCaseProperty().set(JohansenCase.RESTRICTED_TREND);
        vm.johansenLagsProperty().set(2);
        JohansenReport j = (JohansenReport) vm.reportProperty().get();
        assertThat(j.spec()).isEqualTo(new JohansenSpec(List.of(IMP, EXP), 2, JohansenCase.RESTRICTED_TREND));
        assertThat(vm.tables().get(0).title()).startsWith("Johansen");

        vm.methodProperty().set(CointegrationMethod.ARDL);
        vm.ardlCaseProperty().set(5);
        vm.ardlCriterionProperty().set(LagCriterion.BIC);
        vm.ardlMaxLagProperty().set(3);
        ArdlReport a = (ArdlReport) vm.reportProperty().get();
        assertThat(a.spec()).isEqualTo(new ArdlSpec(List.of(IMP, EXP), 3, LagCriterion.BIC, 5));
        assertThat(vm.tables()).hasSize(3);
        assertThat(vm.tables().get(2).title()).contains("case V");
    }

    @Test
    void aChangeOfSampleReRunsTheTest() {
        vm.typedProperty().set(IMP + "\n" + EXP);
        // statsmodels' default maximum lag (9 here) leaves no degrees of freedom on 20 years: fix the lags
        vm.egAutomaticProperty().set(false);
        int before = ((EngleGrangerReport) vm.reportProperty().get()).nobs();
        model.setSample(Period.annual(2000), Period.annual(2019));
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(((EngleGrangerReport) vm.reportProperty().get()).nobs()).isEqualTo(20).isNotEqualTo(before);
    }

    @Test
    void badInputIsAnErrorNamingTheVariableAndNoTable() {
        vm.typedProperty().set(IMP + "\n" + EXP + "\n2*" + EXP);
        vm.methodProperty().set(CointegrationMethod.JOHANSEN);
        assertThat(vm.tables()).isEmpty();
        assertThat(vm.messageSeverityProperty().get()).isEqualTo(Severity.ERROR);
        assertThat(vm.messageProperty().get()).contains("collinear").doesNotContain("NaN");

        vm.typedProperty().set(IMP + "\n" + EXP);
        vm.methodProperty().set(CointegrationMethod.ARDL);
        vm.ardlMaxLagProperty().set(9);
        assertThat(vm.tables()).isEmpty();
        assertThat(vm.messageProperty().get()).contains("too few for maxlag 9");
    }

    @Test
    void settingsCarryTheSpecAndASpecAloneSetsTheTab() {
        vm.typedProperty().set(IMP + "\n" + EXP);
        vm.methodProperty().set(CointegrationMethod.ARDL);
        vm.ardlCaseProperty().set(4);
        Map<String, Object> saved = vm.saveSettings();
        CointegrationSpec spec = AnalysisJson.fromPlain(saved.get(CointegrationViewModel.SPEC_KEY),
                CointegrationSpec.class);
        assertThat(spec).isEqualTo(CointegrationSpec.of(new ArdlSpec(List.of(IMP, EXP), 2, LagCriterion.AIC, 4)));

        WorkbenchModel other = new WorkbenchModel();
        other.load(model.dataset(), null);
        CointegrationViewModel fresh = new CointegrationViewModel(other,
                Debouncer.immediate(new SameThreadTaskRunner()));
        fresh.restoreSettings(Map.of(CointegrationViewModel.SPEC_KEY, AnalysisJson.plain(spec)));
        assertThat(fresh.methodProperty().get()).isEqualTo(CointegrationMethod.ARDL);
        assertThat(fresh.tables()).isEqualTo(vm.tables());

        CointegrationViewModel again = new CointegrationViewModel(other,
                Debouncer.immediate(new SameThreadTaskRunner()));
        again.restoreSettings(saved);
        assertThat(again.tables()).isEqualTo(vm.tables());
    }

    @Test
    void phillipsOuliarisRunsAndReRunsOnEveryToggle() {
        vm.typedProperty().set(IMP + "\n" + EXP);
        vm.methodProperty().set(CointegrationMethod.PHILLIPS_OULIARIS);
        PhillipsOuliarisReport pu = (PhillipsOuliarisReport) vm.reportProperty().get();
        assertThat(pu.spec()).isEqualTo(PhillipsOuliarisSpec.of(List.of(IMP, EXP)));
        assertThat(vm.tables()).hasSize(2);
        assertThat(vm.tables().get(0).title()).startsWith("Phillips–Ouliaris cointegration test (variance ratio Pu)");
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.variablesTextProperty().get()).contains("(" + IMP + " dependent)");

        vm.poTypeProperty().set(PhillipsOuliarisType.PZ);
        PhillipsOuliarisReport pz = (PhillipsOuliarisReport) vm.reportProperty().get();
        assertThat(pz.spec().type()).isEqualTo(PhillipsOuliarisType.PZ);
        assertThat(pz.statistic()).isNotEqualTo(pu.statistic());
        assertThat(vm.tables()).hasSize(1);

        vm.poDemeanProperty().set(PhillipsOuliarisDemean.TREND);
        PhillipsOuliarisReport trend = (PhillipsOuliarisReport) vm.reportProperty().get();
        assertThat(trend.criticalValueSource()).endsWith("Table IIc");
        assertThat(trend.statistic()).isNotEqualTo(pz.statistic());

        vm.poLagProperty().set(PhillipsOuliarisLag.LONG);
        PhillipsOuliarisReport longLag = (PhillipsOuliarisReport) vm.reportProperty().get();
        // 25 years, n = 24: trunc(4 (0.24)^(1/4)) = 2 and trunc(12 (0.24)^(1/4)) = 8.
        assertThat(trend.lags()).isEqualTo(2);
        assertThat(longLag.lags()).isEqualTo(8);
        assertThat(longLag.statistic()).isNotEqualTo(trend.statistic());
    }

    @Test
    void phillipsOuliarisRefusesMoreVariablesThanItsTablesAndTooShortASample() {
        vm.typedProperty().set(IMP + "\n" + EXP + "\nlog(us_goods_exports_world_musd)\nlog(us_goods_imports_world_musd)"
                + "\nlog(us_atp_exports_world_musd)\nlog(us_atp_imports_world_musd)\nlog(cn_patent_apps_resident)");
        vm.methodProperty().set(CointegrationMethod.PHILLIPS_OULIARIS);
        assertThat(vm.tables()).isEmpty();
        assertThat(vm.messageSeverityProperty().get()).isEqualTo(Severity.ERROR);
        assertThat(vm.messageProperty().get()).contains("at most 6 variables");

        vm.typedProperty().set(IMP + "\n" + EXP);
        model.setSample(Period.annual(2015), Period.annual(2019));
        vm.poDemeanProperty().set(PhillipsOuliarisDemean.TREND);
        assertThat(vm.tables()).isEmpty();
        assertThat(vm.messageProperty().get()).contains("5 observations of " + IMP + ", " + EXP + " (2015..2019)")
                .contains("too few").doesNotContain("NaN");
    }

    @Test
    void phillipsOuliarisSettingsAndASpecAloneSetTheTab() {
        vm.typedProperty().set(IMP + "\n" + EXP);
        vm.methodProperty().set(CointegrationMethod.PHILLIPS_OULIARIS);
        vm.poTypeProperty().set(PhillipsOuliarisType.PZ);
        vm.poDemeanProperty().set(PhillipsOuliarisDemean.CONSTANT);
        vm.poLagProperty().set(PhillipsOuliarisLag.LONG);
        Map<String, Object> saved = vm.saveSettings();
        CointegrationSpec spec = AnalysisJson.fromPlain(saved.get(CointegrationViewModel.SPEC_KEY),
                CointegrationSpec.class);
        assertThat(spec).isEqualTo(CointegrationSpec.of(new PhillipsOuliarisSpec(List.of(IMP, EXP),
                PhillipsOuliarisType.PZ, PhillipsOuliarisDemean.CONSTANT, PhillipsOuliarisLag.LONG, null)));

        WorkbenchModel other = new WorkbenchModel();
        other.load(model.dataset(), null);
        CointegrationViewModel again = new CointegrationViewModel(other,
                Debouncer.immediate(new SameThreadTaskRunner()));
        again.restoreSettings(saved);
        assertThat(again.poDemeanProperty().get()).isEqualTo(PhillipsOuliarisDemean.CONSTANT);
        assertThat(again.tables()).isEqualTo(vm.tables());

        // A spec with a tolerance (a replayed command, a file): the tab keeps it and runs with it.
        CointegrationSpec strict = CointegrationSpec.of(new PhillipsOuliarisSpec(List.of(IMP, EXP),
                PhillipsOuliarisType.PU, PhillipsOuliarisDemean.TREND, PhillipsOuliarisLag.SHORT, 1e-9));
        CointegrationViewModel fresh = new CointegrationViewModel(other,
                Debouncer.immediate(new SameThreadTaskRunner()));
        fresh.restoreSettings(Map.of(CointegrationViewModel.SPEC_KEY, AnalysisJson.plain(strict)));
        assertThat(fresh.methodProperty().get()).isEqualTo(CointegrationMethod.PHILLIPS_OULIARIS);
        assertThat(fresh.poTypeProperty().get()).isEqualTo(PhillipsOuliarisType.PU);
        assertThat(((PhillipsOuliarisReport) fresh.reportProperty().get()).spec()).isEqualTo(
                strict.phillipsOuliaris());
        assertThat(AnalysisJson.fromPlain(fresh.saveSettings().get(CointegrationViewModel.SPEC_KEY),
                CointegrationSpec.class)).isEqualTo(strict);
    }
}
