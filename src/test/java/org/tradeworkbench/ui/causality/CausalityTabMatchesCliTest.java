package org.tradeworkbench.ui.causality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.tradeworkbench.core.analysis.AnalysisJson;
import org.tradeworkbench.core.analysis.causality.CausalitySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.cli.Cli;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.TextTableWriter;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The Causality tab and the {@code causality} and {@code granger} commands on the same data and choices: the
 * same table, cell for cell, rows that cannot be tested included.
 */
class CausalityTabMatchesCliTest {
    private static final String DATA = "sample-data/china_us_annual.csv";
    private static final String PATENTS = "log(cn_patent_apps_nonresident)";
    private static final String FDI = "cn_fdi_net_inflows_pct_gdp";
    private static final String WORLD = "us_atp_exports_world_musd";

    private WorkbenchModel model;
    private CausalityViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        model = new WorkbenchModel();
        model.load(DataImporter.read(Path.of(DATA)), null);
        vm = new CausalityViewModel(model, Debouncer.immediate(new SameThreadTaskRunner()));
        vm.useTickedProperty().set(false);
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

    private String tabTable() {
        ResultTable t = vm.table();
        assertThat(t).isNotNull();
        return TextTableWriter.write(t);
    }

    @Test
    void everyPairAtEveryOrderOnASample() {
        vm.typedProperty().set(PATENTS + "\n" + FDI + "\n" + WORLD);
        vm.lagsProperty().set(2);
        vm.allLagsProperty().set(true);
        model.setSample(Period.annual(1997), Period.annual(2018));
        Run r = cli("causality", "--data", DATA, "--vars", PATENTS + "," + FDI + "," + WORLD, "--lags", "2",
                "--all-lags", "--from", "1997", "--to", "2018");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(vm.table().rows()).hasSize(12);
        assertThat(r.out()).isEqualTo(tabTable());
    }

    @Test
    void aPairThatCannotBeTestedHasTheSameRowsAndMessage() {
        // The two pairs with the unknown series fail, in both directions; the third pair is tested.
        vm.typedProperty().set(FDI + "\n" + WORLD + "\nno_such_series");
        vm.lagsProperty().set(1);
        Run r = cli("causality", "--data", DATA, "--vars", FDI + "," + WORLD + ",no_such_series", "--lags", "1");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(tabTable()).contains("no_such_series");
        assertThat(vm.rowsProperty().get().stream().filter(row -> !row.ok())).hasSize(4);
    }

    @Test
    void grangerOfOnePairIsTheTabOnThatPair() {
        vm.typedProperty().set(FDI + "\n" + WORLD);
        vm.lagsProperty().set(3);
        Run r = cli("granger", "--data", DATA, "--cause", WORLD, "--effect", FDI, "--lags", "3");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(tabTable());
    }

    @Test
    void nothingTestableFailsTheCommandWithTheTabsMessage() {
        vm.typedProperty().set(FDI + "\n" + WORLD);
        vm.lagsProperty().set(9);
        String problem = vm.rowsProperty().get().get(0).problem();
        assertThat(problem).contains("too few observations");
        Run r = cli("causality", "--data", DATA, "--vars", FDI + "," + WORLD, "--lags", "9");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo(problem);
    }

    @Test
    void robustCovariancesAreTheSameOnTheCommandLineAndInTheCommandLog() {
        vm.typedProperty().set(PATENTS + "\n" + FDI + "\n" + WORLD);
        vm.lagsProperty().set(2);
        vm.allLagsProperty().set(true);
        vm.covarianceProperty().set(org.tradeworkbench.core.stats.ols.CovarianceType.HC1);
        Run hc1 = cli("causality", "--data", DATA, "--vars", PATENTS + "," + FDI + "," + WORLD, "--lags", "2",
                "--all-lags", "--cov", "hc1");
        assertThat(hc1.status()).as(hc1.err()).isZero();
        assertThat(hc1.out()).isEqualTo(tabTable()).contains("HC1 heteroskedasticity-robust");
        assertThat(org.tradeworkbench.core.analysis.causality.CausalityCommands.of(vm.reportProperty().get())
                .get(0).toString()).contains("--cov hc1");

        vm.covarianceProperty().set(org.tradeworkbench.core.stats.ols.CovarianceType.HAC);
        vm.autoHacLagsProperty().set(false);
        vm.hacLagsProperty().set(1);
        Run hac = cli("causality", "--data", DATA, "--vars", PATENTS + "," + FDI + "," + WORLD, "--lags", "2",
                "--all-lags", "--cov", "hac", "--hac-lags", "1");
        assertThat(hac.status()).as(hac.err()).isZero();
        assertThat(hac.out()).isEqualTo(tabTable()).contains("Newey-West HAC, 1 lags");
        String line = org.tradeworkbench.core.analysis.causality.CausalityCommands.of(vm.reportProperty().get())
                .get(0).toString();
        assertThat(line).contains("--cov hac").contains("--hac-lags 1");

        vm.typedProperty().set(FDI + "\n" + WORLD);
        vm.allLagsProperty().set(false);
        vm.hacBandwidthProperty().set(org.tradeworkbench.core.stats.ols.HacBandwidth.NEWEY_WEST);
        vm.hacPrewhiteProperty().set(true);
        Run g = cli("granger", "--data", DATA, "--cause", WORLD, "--effect", FDI, "--lags", "2", "--cov", "hac",
                "--hac-bandwidth", "nw", "--prewhite");
        assertThat(g.status()).as(g.err()).isZero();
        assertThat(g.out()).isEqualTo(tabTable()).contains("VAR(1) prewhitened");
        Run json = cli("granger", "--data", DATA, "--cause", WORLD, "--effect", FDI, "--lags", "2", "--cov", "hc3",
                "--json");
        assertThat(json.status()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"covariance_type\" : \"hc3\"")
                .contains("\"covariance\" : \"HC3 heteroskedasticity-robust\"");
    }

    @Test
    void aHacOptionWithoutAHacCovarianceIsAUsageError() {
        Run r = cli("granger", "--data", DATA, "--cause", WORLD, "--effect", FDI, "--lags", "2", "--cov", "hc1",
                "--hac-lags", "2");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("granger: --hac-lags applies only with --cov hac");
    }

    @Test
    void theCovarianceChoiceRoundTripsThroughTheWorkbenchSettings() {
        vm.typedProperty().set(FDI + "\n" + WORLD);
        vm.covarianceProperty().set(org.tradeworkbench.core.stats.ols.CovarianceType.HAC_QS);
        vm.hacBandwidthProperty().set(org.tradeworkbench.core.stats.ols.HacBandwidth.ANDREWS);
        vm.hacAdjustProperty().set(true);
        Map<String, Object> saved = vm.saveSettings();
        CausalitySpec spec = AnalysisJson.fromPlain(saved.get(CausalityViewModel.SPEC_KEY), CausalitySpec.class);
        assertThat(spec.covariance()).isEqualTo(org.tradeworkbench.core.stats.ols.CovarianceType.HAC_QS);
        assertThat(spec.hac().adjust()).isTrue();
        WorkbenchModel other = new WorkbenchModel();
        other.load(model.dataset(), null);
        CausalityViewModel fresh = new CausalityViewModel(other, Debouncer.immediate(new SameThreadTaskRunner()));
        fresh.restoreSettings(saved);
        assertThat(fresh.spec(java.util.List.of(FDI, WORLD))).isEqualTo(spec);
        assertThat(fresh.table()).isEqualTo(vm.table());
        // A spec alone (no tab settings) sets the covariance controls too.
        CausalityViewModel fromSpec = new CausalityViewModel(other, Debouncer.immediate(new SameThreadTaskRunner()));
        fromSpec.restoreSettings(Map.of(CausalityViewModel.SPEC_KEY, saved.get(CausalityViewModel.SPEC_KEY)));
        assertThat(fromSpec.covarianceProperty().get()).isEqualTo(spec.covariance());
        assertThat(fromSpec.hacBandwidthProperty().get()).isEqualTo(spec.hac().bandwidth());
        assertThat(fromSpec.table()).isEqualTo(vm.table());
    }

    @Test
    void theWorkbenchSettingsCarryTheSpecAndASpecAloneSetsTheTab() {
        vm.typedProperty().set(FDI + "\n" + WORLD);
        vm.lagsProperty().set(3);
        vm.allLagsProperty().set(true);
        CausalitySpec spec = AnalysisJson.fromPlain(vm.saveSettings().get(CausalityViewModel.SPEC_KEY),
                CausalitySpec.class);
        assertThat(spec).isEqualTo(new CausalitySpec(java.util.List.of(FDI, WORLD), 3, true));
        ResultTable shown = vm.table();

        WorkbenchModel other = new WorkbenchModel();
        other.load(model.dataset(), null);
        CausalityViewModel fresh = new CausalityViewModel(other, Debouncer.immediate(new SameThreadTaskRunner()));
        fresh.restoreSettings(Map.of(CausalityViewModel.SPEC_KEY, AnalysisJson.plain(spec)));
        assertThat(fresh.reportProperty().get().spec()).isEqualTo(spec);
        assertThat(fresh.table()).isEqualTo(shown);
    }

    @Test
    void grangerOfASeriesOnItselfIsRefused() {
        Run r = cli("granger", "--data", DATA, "--cause", FDI, "--effect", FDI, "--lags", "1");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("the same series");
    }

    @Test
    void aSavedSpecThatCannotBeReadSaysSoAndChangesNothing() {
        vm.typedProperty().set(FDI + "\n" + WORLD);
        ResultTable before = vm.table();
        vm.restoreSettings(Map.of(CausalityViewModel.SPEC_KEY, Map.of("variables", java.util.List.of(FDI),
                "lags", 0, "allLags", false)));
        assertThat(vm.presetMessageProperty().get()).contains("not used").contains("at least 1");
        assertThat(vm.table()).isEqualTo(before);
    }
}
