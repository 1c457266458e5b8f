package org.tradeworkbench.ui.stationarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.cli.Cli;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.analysis.stationarity.StationarityCommands;
import org.tradeworkbench.core.analysis.stationarity.StationarityReport;
import org.tradeworkbench.core.analysis.stationarity.UnitRootKind;
import org.tradeworkbench.core.analysis.tabs.WorkbenchAnalyses;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.report.TextTableWriter;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.unitroot.DfGlsLagCriterion;
import org.tradeworkbench.core.stats.unitroot.PhillipsPerronSpec;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.core.task.ProgressReporter;
import org.tradeworkbench.core.workbench.WorkbenchJson;
import org.tradeworkbench.core.workbench.WorkbenchStore;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.workbench.WorkbenchModel;
import org.tradeworkbench.ui.workbench.WorkbenchSnapshot;

/**
 * The Stationarity tab set to Phillips-Perron or DF-GLS, repeated without it: the lines its command log writes
 * replay through {@code run-script} to the tab's table, a saved workbench gives the same table headless (and in
 * {@code export-all}), and a run the test refuses fails with the same message in the tab and on the command line.
 */
class StationarityPpDfGlsReplayTest {
    private static final String DATA = "sample-data/china_us_annual.csv";
    private static final String IMPORTS = "log(us_goods_imports_china_musd)";
    private static final String PATENTS = "log(cn_patent_apps_nonresident)";

    @TempDir
    Path dir;

    private WorkbenchModel model;
    private StationarityViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        model = new WorkbenchModel();
        model.load(DataImporter.read(Path.of(DATA)), null);
        vm = new StationarityViewModel(model, Debouncer.immediate(new SameThreadTaskRunner()));
        vm.useTickedProperty().set(false);
    }

    record Run(int status, String out, String err) {
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void phillipsPerronZTauWithATrendOnTwoSeries() {
        vm.typedProperty().set(IMPORTS + "\n" + PATENTS);
        vm.testProperty().set(UnitRootKind.PP);
        vm.trendProperty().set(UnitRootTrend.CONSTANT_TREND);
        vm.ppStatisticProperty().set(PhillipsPerronSpec.Statistic.Z_TAU);
        vm.ppRuleProperty().set("long");
        model.setSample(Period.annual(1996), Period.annual(2019));
    }

    private void dfGlsByMaicWithAConstant() {
        vm.typedProperty().set(IMPORTS + "\n" + PATENTS);
        vm.testProperty().set(UnitRootKind.DFGLS);
        vm.trendProperty().set(UnitRootTrend.CONSTANT);
        vm.lagChoiceProperty().set(LagChoice.AIC);
        vm.glsCriterionProperty().set(DfGlsLagCriterion.MAIC);
        vm.defaultMaxLagProperty().set(false);
        vm.maxLagProperty().set(3);
        model.setSample(Period.annual(1996), Period.annual(2019));
    }

    /** The tab's log lines after the data and sample lines a script starts with, run by run-script. */
    private String replay() throws Exception {
        List<CommandLine> logged = StationarityCommands.of(vm.reportProperty().get());
        assertThat(logged).hasSize(2);
        String script = "open " + DATA + "\nsmpl --from 1996 --to 2019\n"
                + logged.stream().map(CommandLine::toString).collect(Collectors.joining("\n")) + "\n";
        Path f = Files.writeString(dir.resolve("stationarity.tws"), script);
        Run r = cli("run-script", f.toString());
        assertThat(r.status()).as(r.err()).isZero();
        return r.out();
    }

    /**
     * Each variable's line prints the table the tab shows with that variable alone: the data and sample lines
     * print nothing, so the output is the analysis lines' outputs, each after its echoed line.
     */
    private void assertReplayGivesTheTabsRows(String replayed) {
        String[] parts = replayed.split("(?m)^> .*\n");
        assertThat(parts).hasSize(5);
        List<String> variables = List.of(IMPORTS, PATENTS);
        for (int i = 0; i < 2; i++) {
            vm.typedProperty().set(variables.get(i));
            assertThat(vm.table().rows()).hasSize(1);
            assertThat(parts[3 + i]).as(variables.get(i)).startsWith(TextTableWriter.write(vm.table()));
        }
    }

    @Test
    void phillipsPerronLogLinesReplayToTheTabsRows() throws Exception {
        phillipsPerronZTauWithATrendOnTwoSeries();
        assertThat(vm.table().columns()).contains("Z (PP)");
        assertThat(StationarityCommands.of(vm.reportProperty().get()).get(0).toString())
                .startsWith("pp --column").contains("--type z-tau", "--lags long", "--trend ct");
        assertReplayGivesTheTabsRows(replay());
    }

    @Test
    void dfGlsLogLinesReplayToTheTabsRows() throws Exception {
        dfGlsByMaicWithAConstant();
        assertThat(vm.table().columns()).contains("Z (DF-GLS)");
        assertThat(StationarityCommands.of(vm.reportProperty().get()).get(0).toString())
                .startsWith("dfgls --column").contains("--autolag maic", "--maxlag 3", "--trend c");
        assertReplayGivesTheTabsRows(replay());
    }

    @Test
    void aSavedWorkbenchGivesTheTabsPhillipsPerronAndDfGlsTablesHeadlessAndInExportAll() throws Exception {
        phillipsPerronZTauWithATrendOnTwoSeries();
        assertThat(headlessStationarityTable()).isEqualTo(vm.table());
        dfGlsByMaicWithAConstant();
        assertThat(headlessStationarityTable()).isEqualTo(vm.table());

        Path f = dir.resolve("w.tradewb");
        WorkbenchStore.save(WorkbenchSnapshot.capture(model, null), f);
        Run r = cli("tabs", "--workbench", f.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains(TextTableWriter.write(vm.table()));

        // Export all from the same file writes the tab's table among its tables.
        Path out = dir.resolve("export");
        Run export = cli("export-all", "--workbench", f.toString(), "--out", out.toString(), "--no-images");
        assertThat(export.status()).as(export.err()).isZero();
        String csv = org.tradeworkbench.core.report.CsvTableWriter.write(vm.table());
        try (var files = Files.list(out)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".csv")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).contains(csv);
        }
    }

    private org.tradeworkbench.core.report.ResultTable headlessStationarityTable() {
        var saved = WorkbenchJson.read(WorkbenchJson.write(WorkbenchSnapshot.capture(model, null)), "t.tradewb");
        return WorkbenchAnalyses.run(saved, ProgressReporter.NONE).stream()
                .filter(o -> o.panel().equals("stationarity")).findFirst()
                .map(o -> ((StationarityReport) o.report()).table()).orElseThrow();
    }

    @Test
    void aDfGlsOrderThatEatsTheSampleFailsWithTheSameMessageInTheTabAndTheCommand() {
        vm.typedProperty().set(IMPORTS);
        vm.testProperty().set(UnitRootKind.DFGLS);
        vm.lagChoiceProperty().set(LagChoice.FIXED);
        vm.fixedLagsProperty().set(12);
        model.setSample(Period.annual(1996), Period.annual(2019));
        String problem = vm.rowsProperty().get().get(0).problem();
        assertThat(problem).contains(IMPORTS, "too large");
        assertThat(vm.messageProperty().get()).contains(problem);
        Run r = cli("dfgls", "--data", DATA, "--column", IMPORTS, "--lags", "12", "--from", "1996", "--to", "2019");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(problem);
    }

    @Test
    void aPhillipsPerronRunOnTooFewPeriodsFailsWithTheSameMessageInTheTabAndTheCommand() {
        vm.typedProperty().set(IMPORTS);
        vm.testProperty().set(UnitRootKind.PP);
        vm.trendProperty().set(UnitRootTrend.CONSTANT_TREND);
        model.setSample(Period.annual(2017), Period.annual(2019));
        String problem = vm.rowsProperty().get().get(0).problem();
        assertThat(problem).contains(IMPORTS);
        assertThat(vm.messageProperty().get()).contains(problem);
        Run r = cli("pp", "--data", DATA, "--column", IMPORTS, "--trend", "ct", "--from", "2017", "--to", "2019");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(problem);
    }
}
