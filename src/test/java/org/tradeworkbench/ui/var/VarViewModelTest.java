package org.tradeworkbench.ui.var;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.analysis.var.FevdAnalysis;
import org.tradeworkbench.core.analysis.var.FevdSpec;
import org.tradeworkbench.core.analysis.var.IrfAnalysis;
import org.tradeworkbench.core.analysis.var.IrfBands;
import org.tradeworkbench.core.analysis.var.IrfKind;
import org.tradeworkbench.core.analysis.var.IrfReport;
import org.tradeworkbench.core.analysis.var.IrfSpec;
import org.tradeworkbench.core.analysis.var.VarModel;
import org.tradeworkbench.core.analysis.var.VarSelectAnalysis;
import org.tradeworkbench.core.analysis.var.VarSelectSpec;
import org.tradeworkbench.core.analysis.var.VarTrend;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.core.task.ProgressReporter;
import org.tradeworkbench.ui.status.Severity;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The VAR tab's view model on the bundled sample data, without the FX toolkit. */
class VarViewModelTest {
    private static final String EXPORTS = "log(us_goods_exports_china_musd)";
    private static final String IMPORTS = "log(us_goods_imports_china_musd)";

    private WorkbenchModel model;
    private SameThreadTaskRunner tasks;
    private VarViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        model = new WorkbenchModel();
        model.load(PaperData.bundledSample(), null);
        tasks = new SameThreadTaskRunner();
        vm = new VarViewModel(model, Debouncer.immediate(tasks));
    }

    private void choose() {
        vm.useTickedProperty().set(false);
        vm.typedProperty().set(EXPORTS + "\n" + IMPORTS);
    }

    @Test
    void fewerThanTwoVariablesIsAHint() {
        assertThat(vm.results()).isNull();
        assertThat(vm.messageSeverityProperty().get()).isEqualTo(Severity.HINT);
        assertThat(vm.messageProperty().get()).contains("at least two variables");
    }

    @Test
    void theTabShowsTheCommandsReports() {
        choose();
        org.tradeworkbench.core.analysis.var.VarTabReport r = vm.results();
        assertThat(r.problems()).isEmpty();
        VarModel m = new VarModel(List.of(EXPORTS, IMPORTS), 2, VarTrend.CONSTANT, List.of());
        assertThat(r.select().table().rows()).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(new VarSelectAnalysis().run(new VarSelectSpec(m.variables(),
                VarTrend.CONSTANT, List.of(), 4), model.dataset(), ProgressReporter.NONE).table().rows());
        IrfReport irf = new IrfAnalysis().run(new IrfSpec(m, IrfKind.ORTHOGONALISED, List.of(), 10,
                IrfBands.ASYMPTOTIC, IrfSpec.DEFAULT_DRAWS, IrfSpec.DEFAULT_SEED, IrfSpec.DEFAULT_LEVEL),
                model.dataset(), ProgressReporter.NONE);
        assertThat(r.irf().responses()).isDeepEqualTo(irf.responses());
        assertThat(r.irf().upper()).isDeepEqualTo(irf.upper());
        assertThat(r.fevd().shares()).isDeepEqualTo(new FevdAnalysis().run(new FevdSpec(m, List.of(), 10),
                model.dataset(), ProgressReporter.NONE).shares());
        assertThat(r.todaYamamoto().tests()).hasSize(2);
        assertThat(vm.checkProperty().get()).isNotNull();
        assertThat(vm.checkTextProperty().get()).isNotBlank();
        assertThat(tasks.titles()).contains(VarViewModel.CHECK_TITLE, VarViewModel.RUN_TITLE);
        assertThat(VarView.figures(r)).hasSize(4 + 2);
        assertThat(vm.tables()).isNotEmpty();
    }

    @Test
    void togglesReRunWithTheNewChoices() {
        choose();
        int runs = tasks.titles().size();
        vm.orderProperty().set(IMPORTS + ", " + EXPORTS);
        assertThat(tasks.titles().size()).isGreaterThan(runs);
        assertThat(vm.results().irf().spec().effectiveOrder()).containsExactly(IMPORTS, EXPORTS);
        vm.irfKindProperty().set(IrfKind.GENERALISED);
        // Generalised responses have no asymptotic bands: that part says so, the others stand.
        assertThat(vm.results().irf()).isNull();
        assertThat(vm.results().var()).isNotNull();
        assertThat(vm.messageProperty().get()).contains("bootstrap");
        vm.bandsProperty().set(IrfBands.BOOTSTRAP);
        vm.drawsProperty().set(50);
        assertThat(vm.results().irf().spec().draws()).isEqualTo(50);
        assertThat(vm.results().irf().hasBands()).isTrue();
        vm.seedProperty().set(9);
        assertThat(vm.results().irf().spec().seed()).isEqualTo(9);
        // The bootstrap choice bands the variance decomposition too, with the same draws and seed.
        assertThat(vm.results().fevd().hasBands()).isTrue();
        assertThat(vm.results().fevd().spec().draws()).isEqualTo(50);
        assertThat(vm.results().fevd().spec().seed()).isEqualTo(9);
    }

    @Test
    void aBadOrderOrTooManyLagsIsAClearMessage() {
        choose();
        vm.orderProperty().set("nonsense");
        assertThat(vm.results()).isNull();
        assertThat(vm.messageSeverityProperty().get()).isEqualTo(Severity.ERROR);
        assertThat(vm.messageProperty().get()).contains("Cholesky order");
        vm.orderProperty().set("");
        vm.lagsProperty().set(20);
        assertThat(vm.results().var()).isNull();
        assertThat(vm.messageProperty().get()).contains("VAR(20)");
        assertThat(vm.messageSeverityProperty().get()).isEqualTo(Severity.ERROR);
    }

    @Test
    void theVecmAtTheTraceTestsRankOrAChosenOne() {
        choose();
        assertThat(vm.results().vecm()).isNull();
        vm.vecmProperty().set(true);
        org.tradeworkbench.core.analysis.var.VecmReport traced = vm.results().vecm();
        assertThat(traced).isNotNull();
        assertThat(traced.rank()).isEqualTo(traced.johansen().rank());
        vm.vecmTraceRankProperty().set(false);
        vm.vecmRankProperty().set(2);
        org.tradeworkbench.core.analysis.var.VecmReport two = vm.results().vecm();
        assertThat(two.rank()).isEqualTo(2);
        org.tradeworkbench.core.analysis.var.VecmReport direct = new org.tradeworkbench.core.analysis.var.VecmAnalysis()
                .run(new org.tradeworkbench.core.analysis.var.VecmSpec(List.of(EXPORTS, IMPORTS), 2,
                        org.tradeworkbench.core.analysis.cointegration.JohansenCase.UNRESTRICTED_CONSTANT, 2),
                        model.dataset(), ProgressReporter.NONE);
        assertThat(two.estimates().alpha()).isDeepEqualTo(direct.estimates().alpha());
        assertThat(vm.tables().stream().map(t -> t.title())).contains("Adjustment coefficients (alpha)");
        // With the VECM on, its responses and decomposition follow the VAR's, at the chosen rank.
        assertThat(vm.results().vecmIrf().vecm().rank()).isEqualTo(2);
        assertThat(vm.results().vecmFevd().vecm().rank()).isEqualTo(2);
        assertThat(vm.results().irfFigures()).hasSize(8);
        assertThat(vm.results().irfFigures().get(4).title()).startsWith("VECM: response of");
        vm.vecmRankProperty().set(5);
        assertThat(vm.messageProperty().get()).contains("rank must be 0..2");
    }

    @Test
    void settingsRoundTrip() {
        choose();
        vm.lagsProperty().set(1);
        vm.trendProperty().set(VarTrend.CONSTANT_TREND);
        vm.bandsProperty().set(IrfBands.NONE);
        var saved = vm.saveSettings();
        VarViewModel other = new VarViewModel(new WorkbenchModel(), Debouncer.immediate(tasks));
        other.restoreSettings(saved);
        assertThat(other.saveSettings()).isEqualTo(saved);
    }

    @Test
    void thePapersTable3SetupTestsPairByPair() {
        vm.applyPaperTable3();
        assertThat(vm.pairwiseProperty().get()).isTrue();
        assertThat(vm.lagsProperty().get()).isEqualTo(2);
        assertThat(vm.presetMessageProperty().get()).contains("Table 3 runs Granger F tests on the levels",
                "beside each of the paper's");
        assertThat(vm.checkProperty().get().directions()).allMatch(d -> d.causing().equals("lny")
                || d.caused().equals("lny") || !vm.currentVariables().contains("lny"));
    }
}
