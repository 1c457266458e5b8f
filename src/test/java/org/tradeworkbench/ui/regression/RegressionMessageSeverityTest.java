package org.tradeworkbench.ui.regression;

import org.tradeworkbench.core.analysis.regression.ModelTerms;
import org.tradeworkbench.core.analysis.regression.RegressionSpec;
import org.tradeworkbench.core.analysis.regression.RegressionReport;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.ui.status.Severity;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** What the Regression panel says is a hint when an input is missing and an error when estimation failed. */
class RegressionMessageSeverityTest {
    private WorkbenchModel model;
    private RegressionViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        model = new WorkbenchModel();
        model.load(PaperData.bundledSample(), null);
        vm = new RegressionViewModel(model, Debouncer.immediate(new SameThreadTaskRunner()));
    }

    @Test
    void noDependentVariableIsAHint() {
        assertThat(vm.messageProperty().get()).startsWith("Choose the dependent variable");
        assertThat(vm.messageSeverityProperty().get()).isEqualTo(Severity.HINT);
    }

    @Test
    void aModelThatCannotBeEstimatedIsAnError() {
        vm.dependentProperty().set("no_such_series");
        assertThat(vm.outcome()).isNull();
        assertThat(vm.messageProperty().get()).contains("no_such_series");
        assertThat(vm.messageSeverityProperty().get()).isEqualTo(Severity.ERROR);
    }

    @Test
    void anEstimatedModelClearsTheMessage() {
        vm.dependentProperty().set("log(cn_patent_apps_nonresident)");
        assertThat(vm.outcome()).isNotNull();
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void thePaperModelOnDataWithoutLnyIsAHint() {
        vm.applyPaperModel();
        assertThat(vm.presetMessageProperty().get()).startsWith("The data lack lny");
        assertThat(vm.presetMessageSeverityProperty().get()).isEqualTo(Severity.HINT);
    }
}
