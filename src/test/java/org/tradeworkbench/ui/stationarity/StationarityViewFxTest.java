package org.tradeworkbench.ui.stationarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.ui.WorkbenchApp;
import org.tradeworkbench.ui.results.ResultTableView;

/** The Stationarity tab in the running app, headless: choose a difference order and see the statistic change. */
class StationarityViewFxTest extends FxRobot {
    private WorkbenchApp app;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(WorkbenchApp.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.viewModel().model().dataset().rowCount() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private List<ResultTable.Cell> firstRow() {
        ResultTableView v = lookup("#adfTable").query();
        return v.grid().getItems().isEmpty() ? null : v.grid().getItems().get(0);
    }

    private String cell(int column) {
        List<ResultTable.Cell> r = firstRow();
        return r == null ? null : r.get(column).display();
    }

    @Test
    void changingTheDifferenceOrderChangesTheStatisticInTheTable() throws Exception {
        Tab tab = app.view().tabs().getTabs().stream().filter(t -> "tab-stationarity".equals(t.getId()))
                .findFirst().orElseThrow();
        interact(() -> app.view().tabs().getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#adfUseTicked");
        assertThat(lookup("#adfUseTicked").queryAs(CheckBox.class).isSelected()).isFalse();
        interact(() -> lookup("#adfTyped").queryAs(TextArea.class).setText("log(cn_patent_apps_nonresident)"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "log(cn_patent_apps_nonresident)".equals(cell(0)) && "0".equals(cell(1)));
        String level = cell(2);
        assertThat(level).matches("-?\\d+\\.\\d{3}");

        clickOn("#adfDifference");
        clickOn(DifferenceChoice.FIRST.toString());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "1".equals(cell(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell(2)).matches("-?\\d+\\.\\d{3}").isNotEqualTo(level);
        assertThat(lookup("#adfMessage").queryLabeled().getText()).isEmpty();
    }
}
