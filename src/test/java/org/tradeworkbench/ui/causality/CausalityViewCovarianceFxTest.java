package org.tradeworkbench.ui.causality;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.ui.export.ExportActions;
import org.tradeworkbench.ui.testing.FxThread;
import org.tradeworkbench.ui.workbench.RecordingNotifier;
import org.tradeworkbench.ui.workbench.TestContexts;
import org.tradeworkbench.ui.workbench.WorkbenchContext;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The Causality tab's covariance choice: bound to the view model, the HAC controls shown only for HAC. */
class CausalityViewCovarianceFxTest {
    @BeforeAll
    static void fx() throws Exception {
        FxThread.start();
    }

    @Test
    void theCovarianceBoxDrivesTheTestsAndTheHacRowFollowsIt() throws Exception {
        WorkbenchModel model = new WorkbenchModel();
        model.load(PaperData.bundledSample(), null);
        WorkbenchContext ctx = TestContexts.context(model, new RecordingNotifier());
        CausalityViewModel vm = new CausalityViewModel(ctx.model(), ctx.debouncer());
        CausalityView view = FxThread.call(() -> CausalityView.load(vm, ExportActions.forWorkbench(ctx)));
        // The controls sit in a scroll pane, whose content is a child once its skin exists (in a scene).
        FxThread.run(() -> {
            new javafx.scene.Scene((javafx.scene.Parent) view.root(), 1000, 700);
            view.root().applyCss();
        });
        @SuppressWarnings("unchecked")
        ComboBox<CovarianceType> box = (ComboBox<CovarianceType>) FxThread.call(
                () -> view.root().lookup("#causalityCovariance"));
        Node autoLags = FxThread.call(() -> view.root().lookup("#causalityAutoHacLags"));
        assertThat(FxThread.call(box::getValue)).isEqualTo(CovarianceType.CLASSICAL);
        assertThat(FxThread.call(() -> autoLags.getParent().isVisible())).isFalse();

        FxThread.run(() -> box.setValue(CovarianceType.HAC_PARZEN));
        assertThat(vm.covarianceProperty().get()).isEqualTo(CovarianceType.HAC_PARZEN);
        assertThat(FxThread.call(() -> autoLags.getParent().isVisible())).isTrue();
        FxThread.run(() -> vm.covarianceProperty().set(CovarianceType.HC2));
        assertThat(FxThread.call(box::getValue)).isEqualTo(CovarianceType.HC2);
        assertThat(FxThread.call(() -> autoLags.getParent().isVisible())).isFalse();
    }
}
