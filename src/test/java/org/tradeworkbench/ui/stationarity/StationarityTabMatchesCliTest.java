package org.tradeworkbench.ui.stationarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.analysis.AnalysisJson;
import org.tradeworkbench.core.analysis.stationarity.StationarityAnalysis;
import org.tradeworkbench.core.analysis.stationarity.StationaritySpec;
import org.tradeworkbench.core.analysis.stationarity.UnitRootKind;
import org.tradeworkbench.core.stats.unitroot.ZivotAndrewsBreak;
import org.tradeworkbench.core.task.ProgressReporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.cli.Cli;
import org.tradeworkbench.core.analysis.stationarity.DifferenceChoice;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.TextTableWriter;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The Stationarity tab and the {@code adf} command on the same data and choices: the command's first table is
 * the tab's table, cell for cell, and a variable that cannot be tested fails with the tab's message.
 */
class StationarityTabMatchesCliTest {
    private static final String DATA = "sample-data/china_us_annual.csv";
    private static final String LOG_PATENTS = "log(cn_patent_apps_nonresident)";

    private WorkbenchModel model;
    private StationarityViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        model = new WorkbenchModel();
        model.load(DataImporter.read(java.nio.file.Path.of(DATA)), null);
        vm = new StationarityViewModel(model, Debouncer.immediate(new SameThreadTaskRunner()));
        vm.useTickedProperty().set(false);
    }

    record Run(int status, String out, String err) {
    }

    static Run cli(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> adf(String column, String... more) {
        List<String> a = new ArrayList<>(List.of("adf", "--data", DATA, "--column", column));
        a.addAll(List.of(more));
        return a;
    }

    /** The tab's table written as the command writes its tables. */
    private String tabTable() {
        ResultTable t = vm.table();
        assertThat(t).isNotNull();
        return TextTableWriter.write(t);
    }

    @Test
    void fixedLagsFirstDifferenceAndKpssOnASample() {
        vm.typedProperty().set(LOG_PATENTS);
        vm.trendProperty().set(UnitRootTrend.CONSTANT_TREND);
        vm.lagChoiceProperty().set(LagChoice.FIXED);
        vm.fixedLagsProperty().set(1);
        vm.differenceProperty().set(DifferenceChoice.FIRST);
        vm.kpssProperty().set(true);
        model.setSample(Period.annual(1998), Period.annual(2018));
        Run r = cli(adf(LOG_PATENTS, "--trend", "ct", "--lags", "1", "--diff", "1", "--kpss", "--from", "1998",
                "--to", "2018"));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(vm.table().rows()).hasSize(1);
        assertThat(vm.table().columns()).contains("KPSS p value");
        assertThat(r.out()).startsWith(tabTable());
    }

    @Test
    void presampleValuesInTheTabAreThoseOfTheCommand() {
        vm.typedProperty().set(LOG_PATENTS);
        vm.lagChoiceProperty().set(LagChoice.FIXED);
        vm.fixedLagsProperty().set(1);
        model.setSample(Period.annual(2005), Period.annual(2017));
        String cut = tabTable();
        model.setPresample(org.tradeworkbench.core.data.Presample.USE);
        Run r = cli(adf(LOG_PATENTS, "--lags", "1", "--from", "2005", "--to", "2017", "--presample", "use"));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(tabTable());
        assertThat(tabTable()).isNotEqualTo(cut).contains("2005\u20132017");
        assertThat(model.commandLog().entries().stream().map(Object::toString))
                .contains("smpl --presample use");
    }

    @Test
    void smallestDifferenceWithLagsByACriterion() {
        vm.typedProperty().set("cn_fdi_net_inflows_pct_gdp");
        vm.lagChoiceProperty().set(LagChoice.BIC);
        vm.defaultMaxLagProperty().set(false);
        vm.maxLagProperty().set(2);
        vm.differenceProperty().set(DifferenceChoice.SMALLEST);
        Run r = cli(adf("cn_fdi_net_inflows_pct_gdp", "--autolag", "bic", "--maxlag", "2", "--find-diff"));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(tabTable());
    }

    @Test
    void zivotAndrewsWithABreakInBothOnASampleMatchesTheZaCommand() {
        vm.typedProperty().set("log(us_goods_imports_china_musd)");
        vm.testProperty().set(UnitRootKind.ZA);
        vm.breakTypeProperty().set(ZivotAndrewsBreak.BOTH);
        vm.trimPercentProperty().set(20);
        vm.lagChoiceProperty().set(LagChoice.FIXED);
        vm.fixedLagsProperty().set(1);
        model.setSample(Period.annual(1995), Period.annual(2019));
        Run r = cli(List.of("za", "--data", DATA, "--column", "log(us_goods_imports_china_musd)", "--break", "both",
                "--trim", "0.2", "--lags", "1", "--from", "1995", "--to", "2019"));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(vm.table().columns()).contains("Z (ZA)", "Break");
        assertThat(vm.rowsProperty().get().get(0).test().breakPeriod()).isNotBlank();
        assertThat(r.out()).startsWith(tabTable());

        // The command log repeats the run with the za command.
        assertThat(org.tradeworkbench.core.analysis.stationarity.StationarityCommands.of(vm.reportProperty().get())
                .get(0).toString()).startsWith("za --column").contains("--break ct", "--trim 0.2", "--lags 1");

        StationaritySpec saved = AnalysisJson.fromPlain(vm.saveSettings().get(StationarityViewModel.SPEC_KEY),
                StationaritySpec.class);
        assertThat(saved.test()).isEqualTo(UnitRootKind.ZA);
        assertThat(saved.breaks().type()).isEqualTo(ZivotAndrewsBreak.BOTH);
        assertThat(saved.breaks().trim()).isEqualTo(0.2);
        StationarityViewModel fresh = new StationarityViewModel(model, Debouncer.immediate(new SameThreadTaskRunner()));
        fresh.restoreSettings(vm.saveSettings());
        assertThat(fresh.spec()).isEqualTo(vm.spec());
    }

    @Test
    void phillipsPerronZAlphaWithATrendAndAFixedTruncationLagMatchesTheGivenPpCommand() {
        vm.typedProperty().set("log(us_goods_imports_china_musd)");
        vm.testProperty().set(UnitRootKind.PP);
        vm.trendProperty().set(org.tradeworkbench.core.stats.dist.UnitRootTrend.CONSTANT_TREND);
        vm.ppStatisticProperty().set(org.tradeworkbench.core.stats.unitroot.PhillipsPerronSpec.Statistic.Z_ALPHA);
        vm.ppRuleProperty().set("fixed");
        vm.ppFixedLagProperty().set(3);
        model.setSample(Period.annual(1995), Period.annual(2019));
        Run r = cli(List.of("pp", "--data", DATA, "--column", "log(us_goods_imports_china_musd)", "--type", "z-alpha",
                "--trend", "ct", "--lags", "3", "--from", "1995", "--to", "2019"));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(vm.table().columns()).contains("Z (PP)");
        assertThat(vm.rowsProperty().get().get(0).test().lags()).isEqualTo(3);
        assertThat(r.out()).startsWith(tabTable());
        assertThat(org.tradeworkbench.core.analysis.stationarity.StationarityCommands.of(vm.reportProperty().get())
                .get(0).toString()).startsWith("pp --column").contains("--type z-alpha", "--lags 3", "--trend ct");
        StationarityViewModel fresh = new StationarityViewModel(model, Debouncer.immediate(new SameThreadTaskRunner()));
        fresh.restoreSettings(vm.saveSettings());
        assertThat(fresh.spec()).isEqualTo(vm.spec());
    }

    @Test
    void dfGlsByBicWithADifferenceSearchMatchesTheDfglsCommand() {
        vm.typedProperty().set(LOG_PATENTS);
        vm.testProperty().set(UnitRootKind.DFGLS);
        vm.lagChoiceProperty().set(LagChoice.AIC);
        vm.glsCriterionProperty().set(org.tradeworkbench.core.stats.unitroot.DfGlsLagCriterion.BIC);
        vm.defaultMaxLagProperty().set(false);
        vm.maxLagProperty().set(3);
        vm.differenceProperty().set(org.tradeworkbench.core.analysis.stationarity.DifferenceChoice.SMALLEST);
        Run r = cli(List.of("dfgls", "--data", DATA, "--column", LOG_PATENTS, "--autolag", "bic", "--maxlag", "3",
                "--find-diff"));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(vm.table().columns()).contains("Z (DF-GLS)");
        assertThat(r.out()).startsWith(tabTable());
        // No p value is published for DF-GLS: the cell is empty and the verdict reads the critical value.
        assertThat(vm.rowsProperty().get().get(0).test().pValue()).isNull();
        assertThat(org.tradeworkbench.core.analysis.stationarity.StationarityCommands.of(vm.reportProperty().get())
                .get(0).toString()).startsWith("dfgls --column").contains("--autolag bic", "--maxlag 3",
                "--find-diff");
        StationarityViewModel fresh = new StationarityViewModel(model, Debouncer.immediate(new SameThreadTaskRunner()));
        fresh.restoreSettings(vm.saveSettings());
        assertThat(fresh.spec()).isEqualTo(vm.spec());
    }

    @Test
    void aVariableThatCannotBeTestedFailsWithTheTabsMessage() {
        vm.typedProperty().set("no_such_series");
        vm.lagChoiceProperty().set(LagChoice.FIXED);
        String problem = vm.rowsProperty().get().get(0).problem();
        assertThat(problem).contains("no_such_series");
        assertThat(vm.messageProperty().get()).contains(problem);
        Run r = cli(adf("no_such_series", "--lags", "0"));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(problem);
    }

    @Test
    void theWorkbenchSettingsCarryTheSpecAndASpecAloneSetsTheTab() {
        vm.typedProperty().set(LOG_PATENTS + "\ncn_fdi_net_inflows_pct_gdp");
        vm.lagChoiceProperty().set(LagChoice.FIXED);
        vm.fixedLagsProperty().set(2);
        vm.kpssProperty().set(true);
        Object saved = vm.saveSettings().get(StationarityViewModel.SPEC_KEY);
        StationaritySpec spec = AnalysisJson.fromPlain(saved, StationaritySpec.class);
        assertThat(spec).isEqualTo(vm.spec());
        assertThat(spec.variables()).containsExactly(LOG_PATENTS, "cn_fdi_net_inflows_pct_gdp");

        WorkbenchModel other = new WorkbenchModel();
        other.load(model.dataset(), null);
        StationarityViewModel fresh = new StationarityViewModel(other, Debouncer.immediate(new SameThreadTaskRunner()));
        fresh.restoreSettings(Map.of(StationarityViewModel.SPEC_KEY, AnalysisJson.plain(spec)));
        assertThat(fresh.spec()).isEqualTo(spec);
        assertThat(fresh.table()).isEqualTo(new StationarityAnalysis().run(spec, other.dataset(),
                ProgressReporter.NONE).table());
    }

    @Test
    void theExportedCsvCarriesTheFullPValues() {
        // Second differences reject a unit root with p-values far below what the table prints.
        vm.typedProperty().set("d(" + LOG_PATENTS + ", 2)\nd(cn_fdi_net_inflows_pct_gdp, 2)\ncn_fdi_net_inflows_pct_gdp");
        vm.lagChoiceProperty().set(LagChoice.FIXED);
        vm.kpssProperty().set(true);
        ResultTable t = vm.table();
        int p = t.columns().indexOf("p value");
        int kp = t.columns().indexOf("KPSS p value");
        String[] lines = org.tradeworkbench.core.report.CsvTableWriter.write(t).split("\r\n");
        assertThat(lines).hasSize(1 + 3);
        boolean tiny = false;
        for (int i = 0; i < 3; i++) {
            var row = vm.rowsProperty().get().get(i);
            // Only the variable may be quoted (it has a comma); the numbers follow it unquoted.
            String[] f = lines[1 + i].replaceFirst("^\"[^\"]*\"", "v").split(",");
            assertThat(Double.parseDouble(f[p])).isEqualTo(row.adf().pValue());
            assertThat(Double.parseDouble(f[kp])).isEqualTo(row.kpss().pValue());
            tiny |= row.adf().pValue() < 1e-4;
            assertThat(t.rows().get(i).get(p).display()).isEqualTo(row.adf().pValue() < 1e-4 ? "<0.0001"
                    : String.format(java.util.Locale.ROOT, "%.4f", row.adf().pValue()));
        }
        assertThat(tiny).as("a p-value below 0.0001 is exported as a number").isTrue();
    }
}
