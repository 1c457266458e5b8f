package org.tradeworkbench.ui.var;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.cli.Cli;
import org.tradeworkbench.core.analysis.var.IrfBands;
import org.tradeworkbench.core.analysis.var.IrfKind;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.TextTableWriter;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The VAR tab and the VAR commands on the same data and choices print the same tables, cell for cell. */
class VarTabMatchesCliTest {
    private static final String DATA = "sample-data/china_us_annual.csv";
    private static final String EXPORTS = "log(us_goods_exports_china_musd)";
    private static final String IMPORTS = "log(us_goods_imports_china_musd)";
    private static final String VARS = EXPORTS + "," + IMPORTS;

    private WorkbenchModel model;
    private VarViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        model = new WorkbenchModel();
        model.load(DataImporter.read(Path.of(DATA)), null);
        vm = new VarViewModel(model, Debouncer.immediate(new SameThreadTaskRunner()));
        vm.useTickedProperty().set(false);
        vm.typedProperty().set(EXPORTS + "\n" + IMPORTS);
        model.setSample(Period.annual(1996), Period.annual(2019));
    }

    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String tab(Report r) {
        assertThat(r).isNotNull();
        return TextTableWriter.write(r);
    }

    @Test
    void everyAnalysisAsItsCommandPrintsIt() {
        vm.lagsProperty().set(1);
        vm.maxLagsProperty().set(3);
        vm.horizonProperty().set(6);
        vm.orderProperty().set(IMPORTS + ", " + EXPORTS);
        org.tradeworkbench.core.analysis.var.VarTabReport r = vm.results();
        String[] common = {"--data", DATA, "--vars", VARS, "--from", "1996", "--to", "2019"};
        assertThat(cli(concat(new String[] {"varselect", "--maxlags", "3"}, common))).isEqualTo(tab(r.select()));
        assertThat(cli(concat(new String[] {"var", "--lags", "1"}, common))).isEqualTo(tab(r.var()));
        assertThat(cli(concat(new String[] {"toda-yamamoto", "--lags", "1"}, common))).isEqualTo(tab(r.todaYamamoto()));
        assertThat(cli(concat(new String[] {"irf", "--lags", "1", "--horizon", "6", "--order", IMPORTS + "," + EXPORTS},
                common))).isEqualTo(tab(r.irf()));
        assertThat(cli(concat(new String[] {"fevd", "--lags", "1", "--horizon", "6", "--order",
                IMPORTS + "," + EXPORTS}, common))).isEqualTo(tab(r.fevd()));
    }

    @Test
    void bootstrapBandsWithTheSameDrawsAndSeed() {
        vm.lagsProperty().set(1);
        vm.horizonProperty().set(4);
        vm.irfKindProperty().set(IrfKind.GENERALISED);
        vm.bandsProperty().set(IrfBands.BOOTSTRAP);
        vm.drawsProperty().set(60);
        vm.seedProperty().set(3);
        String out = cli("irf", "--data", DATA, "--vars", VARS, "--from", "1996", "--to", "2019", "--lags", "1",
                "--horizon", "4", "--kind", "girf", "--draws", "60", "--seed", "3");
        assertThat(out).isEqualTo(tab(vm.results().irf()));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
