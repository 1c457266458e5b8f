package org.tradeworkbench.ui.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.tradeworkbench.core.analysis.AnalysisJson;
import org.tradeworkbench.core.analysis.regression.RegressionSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.cli.Cli;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.report.TextTableWriter;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The Regression tab and the {@code ols} command on the same data and model: the same coefficient, fit and
 * diagnostics tables, cell for cell, and the same message when the model cannot be estimated.
 */
class RegressionTabMatchesCliTest {
    private static final String DATA = "sample-data/china_us_annual.csv";
    private static final String PATENTS = "log(cn_patent_apps_nonresident)";
    private static final String FDI = "cn_fdi_net_inflows_pct_gdp";

    private WorkbenchModel model;
    private RegressionViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        model = new WorkbenchModel();
        model.load(DataImporter.read(Path.of(DATA)), null);
        vm = new RegressionViewModel(model, Debouncer.immediate(new SameThreadTaskRunner()));
        for (RegressorChoice c : vm.regressors()) {
            c.includedProperty().set(false);
        }
    }

    private record Run(int status, String out, String err) {
    }

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void laggedDependentAndLaggedRegressorWithHacOnASample() {
        vm.dependentProperty().set(PATENTS);
        vm.dependentLagsProperty().set(1);
        vm.regressor(FDI).includedProperty().set(true);
        vm.regressor(FDI).lagsProperty().set(1);
        vm.covarianceProperty().set(CovarianceType.HAC);
        vm.autoHacLagsProperty().set(false);
        vm.hacLagsProperty().set(2);
        vm.bgOrderProperty().set(2);
        model.setSample(Period.annual(1997), Period.annual(2018));
        assertThat(vm.messageProperty().get()).isEmpty();
        Run r = cli("ols", "--data", DATA, "--y", PATENTS, "--x", PATENTS + "(-1)," + FDI + "," + FDI + "(-1)",
                "--cov", "hac", "--hac-lags", "2", "--bg-order", "2", "--from", "1997", "--to", "2018");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(vm.outcome().tables()).hasSize(4);
        assertThat(r.out()).isEqualTo(TextTableWriter.write(vm.outcome()));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = CovarianceType.class, names = {"HC0", "HC2", "HC3", "HAC_PARZEN", "HAC_QS"})
    void everyRobustCovarianceWithoutAConstant(CovarianceType cov) {
        vm.dependentProperty().set(PATENTS);
        vm.regressor(FDI).includedProperty().set(true);
        vm.constantProperty().set(false);
        vm.covarianceProperty().set(cov);
        assertThat(vm.messageProperty().get()).isEmpty();
        Run r = cli("ols", "--data", DATA, "--y", PATENTS, "--x", FDI, "--no-constant", "--cov", cov.key());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(TextTableWriter.write(vm.outcome())).contains(cov.label());
    }

    @Test
    void archAndLjungBoxOrdersAreTheSameOnTheCommandLine() {
        vm.dependentProperty().set(PATENTS);
        vm.regressor(FDI).includedProperty().set(true);
        vm.archOrderProperty().set(2);
        vm.autoQLagsProperty().set(false);
        vm.qLagsProperty().set(4);
        Run r = cli("ols", "--data", DATA, "--y", PATENTS, "--x", FDI, "--arch-order", "2", "--q-lags", "4");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(TextTableWriter.write(vm.outcome())).contains("ARCH LM (order 2)")
                .contains("Ljung-Box Q (4 lags)").contains("Box-Pierce Q (4 lags)");
        Run off = cli("ols", "--data", DATA, "--y", PATENTS, "--x", FDI, "--arch-order", "0", "--q-lags", "0");
        assertThat(off.out()).doesNotContain("ARCH LM").doesNotContain("Ljung-Box");
    }

    @Test
    void aRobustWaldTestIsTheSameOnTheCommandLineAndABadOneIsNamedWithoutLosingTheModel() {
        vm.dependentProperty().set(PATENTS);
        vm.dependentLagsProperty().set(1);
        vm.regressor(FDI).includedProperty().set(true);
        vm.covarianceProperty().set(CovarianceType.HC1);
        String restriction = FDI + " = 0, " + PATENTS + "(-1) = 1";
        vm.waldProperty().set(restriction);
        Run r = cli("ols", "--data", DATA, "--y", PATENTS, "--x", PATENTS + "(-1)," + FDI, "--cov", "hc1", "--wald",
                restriction);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(TextTableWriter.write(vm.outcome())).contains("Wald test: " + restriction);
        assertThat(org.tradeworkbench.core.analysis.regression.RegressionCommands.of(vm.outcome().spec()).toString())
                .contains("--wald");
        vm.waldProperty().set("nothing = 0");
        assertThat(vm.outcome().result()).isNotNull();
        assertThat(TextTableWriter.write(vm.outcome())).contains("\"nothing\" in \"nothing = 0\" is not a coefficient");
        Run bad = cli("ols", "--data", DATA, "--y", PATENTS, "--x", FDI, "--wald", "nothing = 0");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--wald").contains("\"nothing\"");
    }

    @Test
    void aChowBreakIsTheSameOnTheCommandLineAndABadOneGivesTheSameMessage() {
        vm.dependentProperty().set(PATENTS);
        vm.regressor(FDI).includedProperty().set(true);
        vm.chowBreakProperty().set("2008");
        Run r = cli("ols", "--data", DATA, "--y", PATENTS, "--x", FDI, "--chow", "2008");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(TextTableWriter.write(vm.outcome())).contains("Chow break test at 2008");
        vm.chowBreakProperty().set("1900");
        Run bad = cli("ols", "--data", DATA, "--y", PATENTS, "--x", FDI, "--chow", "1900");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(vm.messageProperty().get()).contains(bad.err().strip()).contains("Chow break 1900");
    }

    @Test
    void aQlrTestAndAnAutomaticHacBandwidthAreTheSameOnTheCommandLineAndTooShortASampleIsNamed() {
        vm.dependentProperty().set(PATENTS);
        vm.regressor(FDI).includedProperty().set(true);
        vm.covarianceProperty().set(CovarianceType.HAC);
        vm.hacBandwidthProperty().set(org.tradeworkbench.core.stats.ols.HacBandwidth.NEWEY_WEST);
        vm.hacPrewhiteProperty().set(true);
        vm.qlrProperty().set(true);
        vm.qlrTrimPercentProperty().set(20);
        assertThat(vm.messageProperty().get()).isEmpty();
        Run r = cli("ols", "--data", DATA, "--y", PATENTS, "--x", FDI, "--cov", "hac", "--hac-bandwidth", "nw",
                "--prewhite", "--qlr", "--qlr-trim", "0.2");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(TextTableWriter.write(vm.outcome()))
                .contains("Quandt likelihood-ratio test").contains("Newey-West (1994) bandwidth")
                .contains("Asymptotic p-value").doesNotContain("NaN");
        org.tradeworkbench.core.stats.ols.QlrResult q = vm.outcome().qlr();
        assertThat(q.pValue()).isEqualTo(org.tradeworkbench.core.stats.ols.SupWaldPValue.upper(q.chiSquare(),
                q.dfNum(), q.lambda())).isBetween(0.0, 1.0);
        assertThat(org.tradeworkbench.core.analysis.regression.RegressionCommands.of(vm.outcome().spec()).toString())
                .contains("--hac-bandwidth nw").contains("--prewhite").contains("--qlr").contains("--qlr-trim 0.2");

        vm.qlrTrimPercentProperty().set(5);
        Run bad = cli("ols", "--data", DATA, "--y", PATENTS, "--x", FDI, "--qlr", "--qlr-trim", "0.05");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(vm.messageProperty().get()).contains(bad.err().strip()).contains("5% trimming");
        Run notANumber = cli("ols", "--data", DATA, "--y", PATENTS, "--x", FDI, "--qlr", "--qlr-trim", "15%");
        assertThat(notANumber.status()).isEqualTo(2);
        assertThat(notANumber.err()).contains("--qlr-trim").contains("15%");
    }

    @Test
    void theCusumTestIsTheSameOnTheCommandLineWithItsChart() {
        vm.dependentProperty().set(PATENTS);
        vm.dependentLagsProperty().set(1);
        vm.regressor(FDI).includedProperty().set(true);
        vm.cusumProperty().set(true);
        assertThat(vm.messageProperty().get()).isEmpty();
        Run r = cli("ols", "--data", DATA, "--y", PATENTS, "--x", PATENTS + "(-1)," + FDI, "--cusum");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(TextTableWriter.write(vm.outcome())).contains("CUSUM test (recursive residuals)");
        org.tradeworkbench.core.figures.FigureSpec chart = vm.outcome().cusumChart();
        int m = vm.outcome().cusum().cusum().length;
        assertThat(chart.series()).hasSize(3);
        assertThat(chart.series().get(0).y()).hasSize(m).containsExactly(vm.outcome().cusum().cusum());
        assertThat(m).isEqualTo(vm.outcome().result().nobs() - 3);
        assertThat(org.tradeworkbench.core.analysis.regression.RegressionCommands.of(vm.outcome().spec()).toString())
                .contains("--cusum");
        vm.cusumProperty().set(false);
        assertThat(vm.outcome().cusumChart()).isNull();
    }

    @Test
    void theCusumOfSquaresIsTheSameOnTheCommandLineWithItsChartAndTable() {
        vm.dependentProperty().set(PATENTS);
        vm.dependentLagsProperty().set(1);
        vm.regressor(FDI).includedProperty().set(true);
        vm.cusumSquaresProperty().set(true);
        assertThat(vm.messageProperty().get()).isEmpty();
        Run r = cli("ols", "--data", DATA, "--y", PATENTS, "--x", PATENTS + "(-1)," + FDI, "--cusum-squares");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(TextTableWriter.write(vm.outcome()))
                .contains("CUSUM of squares test (recursive residuals)").contains("First period outside")
                .doesNotContain("NaN");
        org.tradeworkbench.core.stats.ols.CusumSquaresResult t = vm.outcome().cusumSquares();
        org.tradeworkbench.core.figures.FigureSpec chart = vm.outcome().cusumSquaresChart();
        assertThat(chart.series()).hasSize(3);
        assertThat(chart.series().get(0).y()).containsExactly(t.squares());
        assertThat(chart.series().get(1).y()[0]).isEqualTo(t.upper(0));
        assertThat(vm.outcome().charts()).contains(chart);
        assertThat(org.tradeworkbench.core.analysis.regression.RegressionCommands.of(vm.outcome().spec()).toString())
                .contains("--cusum-squares");
        Run json = cli("ols", "--data", DATA, "--y", PATENTS, "--x", PATENTS + "(-1)," + FDI, "--cusum-squares",
                "--json");
        assertThat(json.out()).contains("\"cusum_squares\"").contains("\"first_crossing\"")
                .contains("\"largest_deviation\"");
        vm.cusumSquaresProperty().set(false);
        assertThat(vm.outcome().cusumSquaresChart()).isNull();
        assertThat(vm.outcome().tables()).noneMatch(x -> x.title().startsWith("CUSUM of squares"));
    }

    @Test
    void theRecursiveCoefficientsAreTheSameOnTheCommandLineWithAChartPerCoefficient() {
        vm.dependentProperty().set(PATENTS);
        vm.dependentLagsProperty().set(1);
        vm.regressor(FDI).includedProperty().set(true);
        vm.recursiveCoefficientsProperty().set(true);
        assertThat(vm.messageProperty().get()).isEmpty();
        Run r = cli("ols", "--data", DATA, "--y", PATENTS, "--x", PATENTS + "(-1)," + FDI, "--recursive-coefficients");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(TextTableWriter.write(vm.outcome())).contains("Recursive coefficients")
                .doesNotContain("NaN");
        org.tradeworkbench.core.stats.ols.RecursiveCoefficients c = vm.outcome().recursive();
        assertThat(vm.outcome().recursiveCharts()).hasSize(3);
        org.tradeworkbench.core.figures.FigureSpec first = vm.outcome().recursiveCharts().get(0);
        assertThat(first.series().get(0).y()).containsExactly(c.estimates()[0]);
        assertThat(first.series().get(1).y()[2]).isEqualTo(c.estimates()[0][2] + 2 * c.standardErrors()[0][2]);
        assertThat(vm.outcome().charts()).containsAll(vm.outcome().recursiveCharts());
        // The last recursion is the model.
        double[] fdi = c.estimates()[2];
        assertThat(fdi[fdi.length - 1]).isCloseTo(vm.outcome().result().coefficient(FDI).estimate(),
                org.assertj.core.data.Offset.offset(1e-10));
        assertThat(org.tradeworkbench.core.analysis.regression.RegressionCommands.of(vm.outcome().spec()).toString())
                .contains("--recursive-coefficients");
        Run json = cli("ols", "--data", DATA, "--y", PATENTS, "--x", PATENTS + "(-1)," + FDI,
                "--recursive-coefficients", "--json");
        assertThat(json.out()).contains("\"recursive_coefficients\"").contains("\"standard_error\"");
        vm.recursiveCoefficientsProperty().set(false);
        assertThat(vm.outcome().recursiveCharts()).isEmpty();
        assertThat(vm.outcome().recursive()).isNull();
    }

    @Test
    void aSpecWrittenBeforeTheCusumOfSquaresReadsWithoutIt() {
        Map<String, Object> plain = new java.util.LinkedHashMap<>(AnalysisJson.plain(new RegressionSpec(PATENTS, 1,
                java.util.List.of(), true, CovarianceType.CLASSICAL, -1, 1).withCusum(true)));
        plain.remove("cusumSquares");
        plain.remove("recursiveCoefficients");
        RegressionSpec old = AnalysisJson.fromPlain(plain, RegressionSpec.class);
        assertThat(old.cusum()).isTrue();
        assertThat(old.cusumSquares()).isFalse();
        // Older still: before the QLR and CUSUM tests.
        plain.remove("cusum");
        plain.remove("qlrTrimming");
        RegressionSpec older = AnalysisJson.fromPlain(plain, RegressionSpec.class);
        assertThat(older).isEqualTo(old.withCusum(false).withQlr(0));
    }

    @Test
    void tooShortASampleForTheCusumOfSquaresIsTheSameMessageInTheTabAndOnTheCommandLine() {
        vm.dependentProperty().set(PATENTS);
        vm.regressor(FDI).includedProperty().set(true);
        model.setSample(Period.annual(2010), Period.annual(2016));
        vm.cusumSquaresProperty().set(true);
        Run r = cli("ols", "--data", DATA, "--y", PATENTS, "--x", FDI, "--cusum-squares", "--from", "2010",
                "--to", "2016");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("CUSUM of squares test needs at least 8 observations");
        assertThat(vm.outcome()).isNull();
        assertThat(vm.messageProperty().get()).contains(r.err().strip());
    }

    @Test
    void tabSettingsWrittenBeforeTheResidualTestsShowWhatTheyShowedThen() {
        vm.restoreSettings(Map.of("dependent", PATENTS, "regressors", java.util.List.of(), "bgOrder", 1));
        assertThat(vm.spec().archOrder()).isZero();
        assertThat(vm.spec().qLags()).isZero();
    }

    @Test
    void aModelThatCannotBeEstimatedFailsWithTheTabsMessage() {
        vm.dependentProperty().set(PATENTS);
        vm.newRegressorProperty().set("2*" + FDI);
        vm.addTypedRegressor();
        vm.regressor(FDI).includedProperty().set(true);
        assertThat(vm.outcome()).isNull();
        String message = vm.messageProperty().get();
        assertThat(message).contains("collinear");
        Run r = cli("ols", "--data", DATA, "--y", PATENTS, "--x", FDI + ",2*" + FDI);
        assertThat(r.status()).isEqualTo(2);
        assertThat(message).contains(r.err().strip());
    }

    @Test
    void theWorkbenchSettingsCarryTheSpecAndASpecAloneSetsTheTab() {
        vm.dependentProperty().set(PATENTS);
        vm.dependentLagsProperty().set(1);
        vm.regressor(FDI).includedProperty().set(true);
        vm.newRegressorProperty().set("d(" + FDI + ")");
        vm.addTypedRegressor();
        vm.covarianceProperty().set(CovarianceType.HC1);
        RegressionSpec spec = AnalysisJson.fromPlain(vm.saveSettings().get(RegressionViewModel.SPEC_KEY),
                RegressionSpec.class);
        assertThat(spec).isEqualTo(vm.spec());
        String shown = TextTableWriter.write(vm.outcome());

        WorkbenchModel other = new WorkbenchModel();
        other.load(model.dataset(), null);
        RegressionViewModel fresh = new RegressionViewModel(other, Debouncer.immediate(new SameThreadTaskRunner()));
        fresh.restoreSettings(Map.of(RegressionViewModel.SPEC_KEY, AnalysisJson.plain(spec)));
        assertThat(fresh.spec()).isEqualTo(spec);
        assertThat(TextTableWriter.write(fresh.outcome())).isEqualTo(shown);
    }
}
