package org.tradeworkbench.ui.causality;

import org.tradeworkbench.core.analysis.causality.CausalityRow;
import org.tradeworkbench.core.analysis.causality.CausalityTable;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.ui.status.Severity;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** What the Causality panel says is a hint when an input is missing and an error when the tests failed. */
class CausalityMessageSeverityTest {
    private CausalityViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchModel model = new WorkbenchModel();
        model.load(PaperData.bundledSample(), null);
        vm = new CausalityViewModel(model, Debouncer.immediate(new SameThreadTaskRunner()));
        vm.useTickedProperty().set(false);
    }

    @Test
    void fewerThanTwoVariablesIsAHint() {
        vm.typedProperty().set("PATENT");
        assertThat(vm.messageProperty().get()).startsWith("Tick at least two variables");
        assertThat(vm.messageSeverityProperty().get()).isEqualTo(Severity.HINT);
    }

    @Test
    void pairsThatCannotBeTestedAreAnError() {
        vm.typedProperty().set("no_such_series\nother_missing_series");
        assertThat(vm.messageProperty().get()).contains("no_such_series");
        assertThat(vm.messageSeverityProperty().get()).isEqualTo(Severity.ERROR);
    }

    @Test
    void thePaperPresetSayingWhatTheDataLackIsAHint() {
        vm.applyPaperTable3();
        assertThat(vm.presetMessageProperty().get()).contains("Not in the data").contains("lny");
        assertThat(vm.presetMessageSeverityProperty().get()).isEqualTo(Severity.HINT);
    }
}
