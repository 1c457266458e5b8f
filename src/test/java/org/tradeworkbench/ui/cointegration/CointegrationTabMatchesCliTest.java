package org.tradeworkbench.ui.cointegration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.cli.Cli;
import org.tradeworkbench.core.analysis.cointegration.CointegrationMethod;
import org.tradeworkbench.core.analysis.cointegration.EngleGrangerTrend;
import org.tradeworkbench.core.analysis.cointegration.JohansenCase;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisDemean;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisLag;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisType;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.TextTableWriter;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The Cointegration tab and the {@code engle-granger}, {@code johansen}, {@code ardl} and {@code phillips-ouliaris}
 * commands on the same
 * data and choices: the same tables, cell for cell, and the same message when the test cannot run.
 */
class CointegrationTabMatchesCliTest {
    private static final String DATA = "sample-data/china_us_annual.csv";
    private static final String IMP = "log(us_goods_imports_china_musd)";
    private static final String EXP = "log(us_goods_exports_china_musd)";
    private static final String WORLD = "log(us_goods_imports_world_musd)";

    private WorkbenchModel model;
    private CointegrationViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        model = new WorkbenchModel();
        model.load(DataImporter.read(Path.of(DATA)), null);
        vm = new CointegrationViewModel(model, Debouncer.immediate(new SameThreadTaskRunner()));
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

    /** The tab's tables as the command prints a report. */
    private String tabTables() {
        StringBuilder b = new StringBuilder();
        for (ResultTable t : vm.tables()) {
            b.append(b.length() > 0 ? "\n" : "").append(TextTableWriter.write(t));
        }
        return b.toString();
    }

    private static String cliTables(Run r) {
        assertThat(r.status()).as(r.err()).isZero();
        return r.out();
    }

    @Test
    void engleGrangerWithFixedLagsOnASample() {
        vm.typedProperty().set(IMP + "\n" + EXP + "\n" + WORLD);
        vm.egTrendProperty().set(EngleGrangerTrend.CONSTANT_TREND);
        vm.egAutomaticProperty().set(false);
        vm.egLagsProperty().set(1);
        model.setSample(Period.annual(1997), Period.annual(2019));
        Run r = cli("engle-granger", "--data", DATA, "--vars", IMP + "," + EXP + "," + WORLD, "--trend", "ct",
                "--lags", "1", "--from", "1997", "--to", "2019");
        assertThat(vm.tables()).hasSize(2);
        assertThat(cliTables(r)).isEqualTo(tabTables());
        assertThat(TextTableWriter.write(vm.reportProperty().get())).isEqualTo(r.out());
    }

    @Test
    void engleGrangerWithBic() {
        vm.typedProperty().set(EXP + "\n" + IMP);
        vm.egCriterionProperty().set(LagCriterion.BIC);
        vm.egDefaultMaxLagProperty().set(false);
        vm.egMaxLagProperty().set(3);
        Run r = cli("engle-granger", "--data", DATA, "--vars", EXP + "," + IMP, "--autolag", "bic", "--maxlag",
                "3");
        assertThat(cliTables(r)).isEqualTo(tabTables());
    }

    @Test
    void johansenWithARestrictedConstant() {
        vm.typedProperty().set(IMP + "\n" + EXP + "\n" + WORLD);
        vm.methodProperty().set(CointegrationMethod.JOHANSEN);
        vm.johansenCaseProperty().set(JohansenCase.RESTRICTED_CONSTANT);
        vm.johansenLagsProperty().set(1);
        Run r = cli("johansen", "--data", DATA, "--vars", IMP + "," + EXP + "," + WORLD, "--lags", "1",
                "--case", "rc");
        assertThat(cliTables(r)).isEqualTo(tabTables());
    }

    @Test
    void ardlWithTheSelectionTableErrorCorrectionAndBounds() {
        vm.typedProperty().set(IMP + "\n" + EXP + "\n" + WORLD);
        vm.methodProperty().set(CointegrationMethod.ARDL);
        vm.ardlMaxLagProperty().set(2);
        vm.ardlCriterionProperty().set(LagCriterion.BIC);
        vm.ardlCaseProperty().set(5);
        Run r = cli("ardl", "--data", DATA, "--vars", IMP + "," + EXP + "," + WORLD, "--maxlag", "2", "--ic", "bic",
                "--case", "5");
        assertThat(vm.tables()).hasSize(3);
        assertThat(cliTables(r)).isEqualTo(tabTables());
    }

    @Test
    void phillipsOuliarisPzDetrendedWithTheLongLagOnASample() {
        vm.typedProperty().set(IMP + "\n" + EXP + "\n" + WORLD);
        vm.methodProperty().set(CointegrationMethod.PHILLIPS_OULIARIS);
        vm.poTypeProperty().set(PhillipsOuliarisType.PZ);
        vm.poDemeanProperty().set(PhillipsOuliarisDemean.TREND);
        vm.poLagProperty().set(PhillipsOuliarisLag.LONG);
        model.setSample(Period.annual(1997), Period.annual(2019));
        Run r = cli("phillips-ouliaris", "--data", DATA, "--vars", IMP + "," + EXP + "," + WORLD, "--type", "pz",
                "--demean", "trend", "--lag", "long", "--from", "1997", "--to", "2019");
        assertThat(vm.tables()).hasSize(1);
        assertThat(cliTables(r)).isEqualTo(tabTables());
        var logged = model.commandLog().entries();
        assertThat(logged.get(logged.size() - 1).toString()).isEqualTo("phillips-ouliaris --vars \"" + IMP + ","
                + EXP + "," + WORLD + "\" --type pz --demean trend --lag long");
    }

    @Test
    void phillipsOuliarisPuWithAConstant() {
        vm.typedProperty().set(EXP + "\n" + IMP);
        vm.methodProperty().set(CointegrationMethod.PHILLIPS_OULIARIS);
        vm.poDemeanProperty().set(PhillipsOuliarisDemean.CONSTANT);
        Run r = cli("phillips-ouliaris", "--data", DATA, "--vars", EXP + "," + IMP, "--demean", "constant");
        assertThat(vm.tables()).hasSize(2);
        assertThat(cliTables(r)).isEqualTo(tabTables());
        assertThat(TextTableWriter.write(vm.reportProperty().get())).isEqualTo(r.out());
    }

    @Test
    void theLoggedCommandGivesTheTabsTables() {
        vm.typedProperty().set(IMP + "\n" + EXP);
        for (CointegrationMethod m : CointegrationMethod.values()) {
            vm.methodProperty().set(m);
            vm.ardlCaseProperty().set(2);
            var logged = model.commandLog().entries();
            var line = logged.get(logged.size() - 1);
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(line.toArray()));
            args.addAll(java.util.List.of("--data", DATA));
            assertThat(cliTables(cli(args.toArray(String[]::new)))).as(line.toString()).isEqualTo(tabTables());
        }
    }

    @Test
    void aTestThatCannotRunHasTheSameMessage() {
        vm.typedProperty().set(IMP + "\n" + EXP);
        vm.methodProperty().set(CointegrationMethod.ARDL);
        vm.ardlMaxLagProperty().set(9);
        Run r = cli("ardl", "--data", DATA, "--vars", IMP + "," + EXP, "--maxlag", "9");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo(vm.messageProperty().get());
    }
}
