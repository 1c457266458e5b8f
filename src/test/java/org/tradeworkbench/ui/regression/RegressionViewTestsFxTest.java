package org.tradeworkbench.ui.regression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.ui.export.ExportActions;
import org.tradeworkbench.ui.testing.FxThread;
import org.tradeworkbench.ui.workbench.RecordingNotifier;
import org.tradeworkbench.ui.workbench.TestContexts;
import org.tradeworkbench.ui.workbench.WorkbenchContext;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The Regression tab shows the tables of the tests asked for (CUSUM of squares, recursive coefficients) and a chart
 * box per recursive coefficient, and takes them away when the tests are unticked.
 */
class RegressionViewTestsFxTest {
    @BeforeAll
    static void fx() throws Exception {
        FxThread.start();
    }

    @Test
    void theTestTablesAndTheRecursiveChartsFollowTheCheckBoxes() throws Exception {
        WorkbenchModel model = new WorkbenchModel();
        model.load(PaperData.withPaperVariables(PaperData.bundledSample()), null);
        WorkbenchContext ctx = TestContexts.context(model, new RecordingNotifier());
        RegressionViewModel vm = new RegressionViewModel(ctx.model(), ctx.debouncer());
        RegressionView view = FxThread.call(() -> RegressionView.load(vm, ExportActions.forWorkbench(ctx)));
        assertThat(vm.outcome()).isNotNull();
        assertThat(FxThread.call(view::testTableViews)).isEmpty();

        FxThread.run(() -> {
            vm.cusumSquaresProperty().set(true);
            vm.recursiveCoefficientsProperty().set(true);
        });
        int k = vm.outcome().result().coefficients().size();
        assertThat(FxThread.call(() -> view.testTableViews().stream().map(v -> v.getResultTable().title()).toList()))
                .anyMatch(t -> t.startsWith("CUSUM of squares")).anyMatch(t -> t.startsWith("Recursive coefficients"));
        // The charts follow the tables one frame later; without a scene at once.
        assertThat(FxThread.call(view::recursiveChartCount)).isEqualTo(k);

        FxThread.run(() -> {
            vm.cusumSquaresProperty().set(false);
            vm.recursiveCoefficientsProperty().set(false);
        });
        assertThat(FxThread.call(view::testTableViews)).isEmpty();
        assertThat(FxThread.call(view::recursiveChartCount)).isZero();
    }
}
