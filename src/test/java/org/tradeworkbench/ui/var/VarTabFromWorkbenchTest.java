package org.tradeworkbench.ui.var;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.analysis.tabs.WorkbenchAnalyses;
import org.tradeworkbench.core.analysis.var.IrfBands;
import org.tradeworkbench.core.analysis.var.IrfKind;
import org.tradeworkbench.core.analysis.var.VarTabAnalysis;
import org.tradeworkbench.core.analysis.var.VarTabReport;
import org.tradeworkbench.core.analysis.var.VarTabSpec;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.TextTableWriter;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.core.task.ProgressReporter;
import org.tradeworkbench.core.workbench.WorkbenchFile;
import org.tradeworkbench.core.workbench.WorkbenchJson;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.workbench.WorkbenchModel;
import org.tradeworkbench.ui.workbench.WorkbenchSnapshot;

/**
 * A saved workbench run without the app (the command line's {@code export-all --workbench} and {@code tabs})
 * gives the VAR tab's tables and charts, from the spec the file keeps.
 */
class VarTabFromWorkbenchTest {
    private WorkbenchModel model;
    private VarViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        model = new WorkbenchModel();
        model.load(PaperData.bundledSample(), null);
        vm = new VarViewModel(model, Debouncer.immediate(new SameThreadTaskRunner()));
        model.setSample(Period.annual(1996), Period.annual(2019));
    }

    private WorkbenchFile saved() {
        return WorkbenchJson.read(WorkbenchJson.write(WorkbenchSnapshot.capture(model, null)), "t.tradewb");
    }

    private WorkbenchAnalyses.Outcome varOutcome() {
        return WorkbenchAnalyses.run(saved(), ProgressReporter.NONE).stream()
                .filter(o -> o.panel().equals(VarTabAnalysis.PANEL)).findFirst().orElseThrow();
    }

    private static String text(List<ResultTable> tables) {
        StringBuilder sb = new StringBuilder();
        tables.forEach(t -> sb.append(TextTableWriter.write(t)).append('\n'));
        return sb.toString();
    }

    @Test
    void theSavedSpecGivesTheTabsTablesAndCharts() {
        vm.useTickedProperty().set(false);
        vm.typedProperty().set("log(us_goods_exports_china_musd)\nlog(us_goods_imports_china_musd)");
        vm.lagsProperty().set(1);
        vm.irfKindProperty().set(IrfKind.GENERALISED);
        vm.bandsProperty().set(IrfBands.BOOTSTRAP);
        vm.drawsProperty().set(40);
        WorkbenchAnalyses.Outcome o = varOutcome();
        assertThat(o.problem()).isNull();
        assertThat(o.spec()).isEqualTo(vm.spec(vm.currentVariables()));
        VarTabReport r = (VarTabReport) o.report();
        assertThat(text(r.tables())).isEqualTo(text(vm.tables()));
        assertThat(r.figures()).hasSize(6);
        assertThat(r.figures()).isEqualTo(VarView.figures(vm.results()));
    }

    @Test
    void tooFewVariablesSayWhatTheTabSays() {
        vm.useTickedProperty().set(false);
        WorkbenchAnalyses.Outcome o = varOutcome();
        assertThat(o.report()).isNull();
        assertThat(o.problem()).isEqualTo(VarTabSpec.TOO_FEW).isEqualTo(vm.messageProperty().get());
    }

    @Test
    void aWorkbenchWhoseVarTabWasNeverOpenedHasNoVarSection() throws Exception {
        WorkbenchModel other = new WorkbenchModel();
        other.load(PaperData.bundledSample(), null);
        WorkbenchFile f = WorkbenchJson.read(WorkbenchJson.write(WorkbenchSnapshot.capture(other, null)), "u.tradewb");
        assertThat(WorkbenchAnalyses.run(f, ProgressReporter.NONE)).extracting(WorkbenchAnalyses.Outcome::panel)
                .doesNotContain(VarTabAnalysis.PANEL);
    }
}
