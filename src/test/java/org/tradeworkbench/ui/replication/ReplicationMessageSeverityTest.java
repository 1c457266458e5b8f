package org.tradeworkbench.ui.replication;

import org.tradeworkbench.ui.workbench.TestContexts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.ui.status.Severity;
import org.tradeworkbench.ui.workbench.RecordingNotifier;
import org.tradeworkbench.ui.workbench.WorkbenchContext;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The Replication tab: no data yet is a hint; an expression that cannot be computed is an error. */
class ReplicationMessageSeverityTest {

    private static ReplicationViewModel vm(WorkbenchModel model) {
        WorkbenchContext ctx = TestContexts.context(model, new RecordingNotifier());
        return new ReplicationViewModel(ctx.model(), ctx.debouncer(), ctx.notifier());
    }

    @Test
    void noDataIsAHint() {
        ReplicationViewModel vm = vm(new WorkbenchModel());
        assertThat(vm.problemProperty().get()).startsWith("Load annual data");
        assertThat(vm.problemSeverityProperty().get()).isEqualTo(Severity.HINT);
    }

    @Test
    void aBadExpressionIsAnError() {
        WorkbenchModel model = new WorkbenchModel();
        model.load(DataImporter.read(Path.of("sample-data", "china_us_annual.csv")), null);
        ReplicationViewModel vm = vm(model);
        vm.expressionProperty("PATENT").set("log(");
        assertThat(vm.problemProperty().get()).isNotEmpty();
        assertThat(vm.problemSeverityProperty().get()).isEqualTo(Severity.ERROR);
    }
}
