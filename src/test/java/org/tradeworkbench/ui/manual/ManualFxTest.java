package org.tradeworkbench.ui.manual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.tradeworkbench.core.manual.ManualPages;
import org.tradeworkbench.ui.main.WorkbenchApp;
import org.tradeworkbench.ui.testing.RunningApp;

/** The "?" of a tab opens the manual at that tab's page; F1 opens it at the page of the tab shown. */
class ManualFxTest extends FxRobot {
    private static WorkbenchApp app;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.startOnSampleData();
    }

    @AfterAll
    static void stop() throws Exception {
        RunningApp.stop(app);
    }

    private Stage manualWindow() {
        List<Window> windows = listWindows();
        return windows.stream().filter(w -> w instanceof Stage s && "Trade Workbench manual".equals(s.getTitle()))
                .map(w -> (Stage) w).findFirst().orElseThrow(() -> new AssertionError("no manual window"));
    }

    @Test
    void theStationarityTabsQuestionMarkOpensTheUnitRootPage() {
        interact(() -> {
            Tab t = app.view().tabs().getTabs().stream().filter(x -> x.getId().equals("tab-stationarity"))
                    .findFirst().orElseThrow();
            app.view().tabs().getSelectionModel().select(t);
        });
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#help-stationarity");
        WaitForAsyncUtils.waitForFxEvents();
        Stage manual = manualWindow();
        assertThat(manual.isShowing()).isTrue();
        ListView<?> pages = (ListView<?>) manual.getScene().lookup("#manualPages");
        assertThat(pages.getSelectionModel().getSelectedItem()).isEqualTo(ManualPages.page("unit-roots").orElseThrow());
        Node body = manual.getScene().lookup("#manualBody");
        Label title = (Label) ((javafx.scene.layout.VBox) body).getChildren().get(0);
        assertThat(title.getText()).isEqualTo("Unit-root tests: the conventions we follow");
        assertThat(((javafx.scene.layout.VBox) body).getChildren().size()).isGreaterThan(20);
        interact(manual::hide);
    }

    @Test
    void f1OpensTheManualAtThePageOfTheTabShown() {
        interact(() -> {
            Tab t = app.view().tabs().getTabs().stream().filter(x -> x.getId().equals("tab-cointegration"))
                    .findFirst().orElseThrow();
            app.view().tabs().getSelectionModel().select(t);
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> app.view().showManual(ManualPages.forTab("cointegration").id()));
        WaitForAsyncUtils.waitForFxEvents();
        Stage manual = manualWindow();
        ListView<?> pages = (ListView<?>) manual.getScene().lookup("#manualPages");
        assertThat(pages.getSelectionModel().getSelectedItem())
                .isEqualTo(ManualPages.page("cointegration").orElseThrow());
        interact(manual::hide);
    }
}
