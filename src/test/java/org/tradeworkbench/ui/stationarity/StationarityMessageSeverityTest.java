package org.tradeworkbench.ui.stationarity;

import org.tradeworkbench.core.analysis.stationarity.DifferenceChoice;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.analysis.stationarity.StationarityRow;
import org.tradeworkbench.core.analysis.stationarity.StationarityTable;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.ui.status.Severity;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** What the Stationarity panel says is a hint when an input is missing and an error when a test failed. */
class StationarityMessageSeverityTest {
    private WorkbenchModel model;
    private StationarityViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        model = new WorkbenchModel();
        model.load(PaperData.bundledSample(), null);
        vm = new StationarityViewModel(model, Debouncer.immediate(new SameThreadTaskRunner()));
    }

    @Test
    void noVariableChosenIsAHint() {
        vm.useTickedProperty().set(false);
        assertThat(vm.messageProperty().get()).startsWith("Tick variables");
        assertThat(vm.messageSeverityProperty().get()).isEqualTo(Severity.HINT);
    }

    @Test
    void aVariableThatCannotBeTestedIsAnError() {
        vm.useTickedProperty().set(false);
        vm.typedProperty().set("no_such_series");
        assertThat(vm.messageProperty().get()).contains("no_such_series");
        assertThat(vm.messageSeverityProperty().get()).isEqualTo(Severity.ERROR);
    }

    @Test
    void oneBadVariableBesideGoodOnesIsAWarning() {
        vm.useTickedProperty().set(false);
        vm.typedProperty().set("log(cn_patent_apps_nonresident)\nno_such_series");
        assertThat(vm.table().rows()).hasSize(2);
        assertThat(vm.messageSeverityProperty().get()).isEqualTo(Severity.WARNING);
    }

    @Test
    void thePaperPresetSayingWhatTheDataLackIsAHint() {
        vm.applyPaperTable2();
        // The bundled sample has no Census ATP trade, so lny cannot be computed.
        assertThat(vm.presetMessageProperty().get()).contains("Not in the data").contains("lny");
        assertThat(vm.presetMessageSeverityProperty().get()).isEqualTo(Severity.HINT);
    }
}
