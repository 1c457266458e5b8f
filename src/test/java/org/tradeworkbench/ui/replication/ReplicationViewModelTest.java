package org.tradeworkbench.ui.replication;

import org.tradeworkbench.ui.workbench.TestContexts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.paper.PaperVariables;
import org.tradeworkbench.ui.workbench.RecordingNotifier;
import org.tradeworkbench.ui.workbench.WorkbenchContext;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The Replication tab's logic without the FX toolkit, on the bundled annual data. */
class ReplicationViewModelTest {
    static final Path ATP = Path.of("src/test/resources/fixtures/atp");
    private WorkbenchModel model;
    private ReplicationViewModel vm;
    private RecordingNotifier notifier;

    @BeforeEach
    void setUp() {
        model = new WorkbenchModel();
        model.load(DataImporter.read(Path.of("sample-data", "china_us_annual.csv")), null);
        notifier = new RecordingNotifier();
        WorkbenchContext ctx = TestContexts.context(model, notifier);
        vm = new ReplicationViewModel(ctx.model(), ctx.debouncer(), ctx.notifier());
    }

    private ReplicationRow row(String id) {
        return vm.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void showsEveryPrintedNumberWithItsStatusOnTheBundledSample() {
        assertThat(vm.rows()).hasSameSizeAs(vm.report().items());
        assertThat(row("table1.PATENT.mean").status()).isEqualTo("match");
        assertThat(row("table1.PATENT.mean").paper()).isEqualTo("11.547");
        assertThat(row("table1.PATENT.mean").replicated()).isEqualTo("11.5469");
        assertThat(row("table1.lny.mean").status()).isEqualTo("unavailable");
        assertThat(row("eq2.lny(-1)").status()).isEqualTo("inconsistent");
        assertThat(row("table1.PATENT.mean").where()).contains("Table I");
        assertThat(vm.summaryProperty().get()).contains("match").contains("unavailable");
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    @Test
    void editingAnExpressionRecomputes() {
        vm.expressionProperty("FDIGDP").set(PaperVariables.FDIGDP_2019.expression());
        assertThat(row("table1.FDIGDP.max").status()).isEqualTo("match");
        vm.resetExpressions();
        assertThat(row("table1.FDIGDP.max").status()).isEqualTo("close");
    }

    @Test
    void aBadExpressionIsShownAsAProblem() {
        vm.expressionProperty("PATENT").set("log(");
        assertThat(vm.problemProperty().get()).isNotEmpty();
        assertThat(vm.rows()).isEmpty();
        vm.resetExpressions();
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.rows()).isNotEmpty();
    }

    @Test
    void addsThePaperVariablesToTheDataAsGeneratedSeries() {
        vm.addVariablesToData();
        assertThat(model.dataset().get("PATENT").expression()).isEqualTo("log(cn_patent_apps_nonresident)");
        assertThat(model.dataset().get("FDIGDP_2019").isGenerated()).isTrue();
        assertThat(model.dataset().has("lny")).isFalse();
        assertThat(notifier.infos().get(notifier.infos().size() - 1)).contains("Generated series PATENT, FDIGDP, FDIGDP_2019")
                .contains("lny (needs us_china_atp_balance_musd)");
        model.undo();
        assertThat(model.dataset().has("PATENT")).isFalse();
    }

    @Test
    void droppingTheCensusFilesCompletesLny() {
        model.importData("Import Census ATP", DataImporter.read(ATP.resolve("SYNTHETIC_TEST_FIXTURE_atp_exports_5700.json"))
                .merge(DataImporter.read(ATP.resolve("SYNTHETIC_TEST_FIXTURE_atp_imports_5700.json"))), false);
        assertThat(row("table1.lny.n").replicated()).isEqualTo("2");
        assertThat(row("table1.lny.n").status()).isEqualTo("differs");
    }

    @Test
    void editedDefinitionsTravelInTheWorkbenchFileToReplicateAndBack(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        String resident = "log(" + PaperVariables.PATENTS_RESIDENT + ")";
        vm.expressionProperty("PATENT").set(resident);
        String shown = row("table1.PATENT.mean").replicated();
        Path f = tmp.resolve("edited.twb");
        org.tradeworkbench.core.workbench.WorkbenchStore.save(
                org.tradeworkbench.ui.workbench.WorkbenchSnapshot.capture(model, "replication"), f);

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int status = org.tradeworkbench.cli.Cli.run(new String[] {"replicate", "--workbench", f.toString(), "--json"},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString(
                java.nio.charset.StandardCharsets.UTF_8));
        double fromCli = java.util.stream.StreamSupport.stream(json.get("items").spliterator(), false)
                .filter(n -> n.get("id").asText().equals("table1.PATENT.mean")).findFirst().orElseThrow()
                .get("replicated").asDouble();
        assertThat(Double.parseDouble(shown)).isCloseTo(fromCli, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(row("table1.PATENT.mean").status()).isNotEqualTo("match");

        WorkbenchModel reopened = new WorkbenchModel();
        WorkbenchContext ctx = TestContexts.context(reopened, new RecordingNotifier());
        ReplicationViewModel again = new ReplicationViewModel(ctx.model(), ctx.debouncer(), ctx.notifier());
        org.tradeworkbench.ui.workbench.WorkbenchSnapshot.restore(reopened,
                org.tradeworkbench.core.workbench.WorkbenchStore.open(f), f);
        assertThat(again.expressionProperty("PATENT").get()).isEqualTo(resident);
        assertThat(again.expressionProperty("lny").get()).isEqualTo(PaperVariables.LNY.expression());
    }
}
