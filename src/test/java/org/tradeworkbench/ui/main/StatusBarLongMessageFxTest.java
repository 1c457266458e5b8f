package org.tradeworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.tradeworkbench.ui.testing.RunningApp;

/** A message longer than the window's width is shown whole in the status bar: it wraps and the bar grows. */
class StatusBarLongMessageFxTest extends FxRobot {
    private static WorkbenchApp app;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.startOnSampleData();
    }

    @AfterAll
    static void stop() throws Exception {
        RunningApp.stop(app);
    }

    @Test
    void aLongMessageWrapsInsteadOfBeingCut() {
        Label message = lookup("#statusMessage").queryAs(Label.class);
        double oneLine = message.getHeight();
        String longText = "unknown series \"" + "x".repeat(120) + "\" (the data have: " + "a_series, ".repeat(30)
                + "PATENT)";
        interact(() -> app.viewModel().model().lastMessageProperty().set(longText));
        WaitForAsyncUtils.waitForFxEvents();
        Text drawn = null;
        for (Node c : message.getChildrenUnmodifiable()) {
            if (c instanceof Text t) {
                drawn = t;
            }
        }
        assertThat(drawn).isNotNull();
        assertThat(drawn.getText()).as("drawn whole, without an ellipsis").isEqualTo(message.getText());
        assertThat(message.getText()).endsWith(longText);
        assertThat(message.getHeight()).as("more lines than one").isGreaterThan(2 * oneLine);
        assertThat(drawn.getWrappingWidth()).as("wrapped at the label's width").isPositive()
                .isLessThanOrEqualTo(message.getWidth());
        assertThat(message.localToScene(message.getBoundsInLocal()).getMaxY())
                .isLessThanOrEqualTo(message.getScene().getHeight() + 0.5);
    }
}
