package org.tradeworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.tradeworkbench.ui.testing.RunningApp;

/**
 * View ▸ Console on the running app, driven by the keyboard as a user does: Ctrl+L opens it docked below the tabs
 * with the caret in its input line, a typed {@code adf} prints the command line's table in the transcript, Up
 * recalls the line, Tab completes a series name, and a {@code genr} adds the series the variable list shows.
 */
class ConsoleFxTest extends FxRobot {
    private static WorkbenchApp app;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.startOnSampleData();
    }

    @AfterAll
    static void stop() throws Exception {
        RunningApp.stop(app);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            // Fall through: the assertion that follows says what is there instead.
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TextField input() {
        return lookup("#consoleInput").queryAs(TextField.class);
    }

    private TextArea transcript() {
        return lookup("#consoleTranscript").queryAs(TextArea.class);
    }

    @Test
    void ctrlLOpensTheConsoleWhereTypedLinesRunRecallAndComplete() throws Exception {
        clickOn("#mainTabs");
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> app.view().isConsoleShown() && input().isFocused());
        assertThat(app.view().isConsoleShown()).isTrue();
        assertThat(input().isFocused()).as("the caret is in the console's input line").isTrue();

        write("adf --column PATENT");
        waitUntil(() -> input().getText().equals("adf --column PATENT"));
        assertThat(input().getText()).isEqualTo("adf --column PATENT");
        type(KeyCode.ENTER);
        waitUntil(() -> transcript().getText().contains("Augmented Dickey-Fuller test: PATENT"));
        var vm = app.view().console().orElseThrow().viewModel();
        assertThat(transcript().getText()).as("input: " + input().getText() + ", model's: " + vm.inputProperty().get()
                + ", running: " + vm.runningProperty().get() + ", history: " + vm.history() + ", transcript: "
                + vm.transcriptText()).contains("Augmented Dickey-Fuller test: PATENT","> adf --column PATENT", "ADF statistic", "Test regression");
        assertThat(input().getText()).isEmpty();
        javafx.scene.control.ScrollPane pane = (javafx.scene.control.ScrollPane) transcript().lookup(".scroll-pane");
        assertThat(pane.getContent().getLayoutBounds().getHeight())
                .as("the table is taller than the transcript's view").isGreaterThan(pane.getViewportBounds().getHeight());
        waitUntil(() -> pane.getVvalue() == pane.getVmax());
        assertThat(pane.getVvalue()).as("the transcript follows its end").isEqualTo(pane.getVmax());
        assertThat(app.viewModel().model().commandLog().entries()).last().hasToString("adf --column PATENT");

        type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(input().getText()).isEqualTo("adf --column PATENT");
        assertThat(input().getCaretPosition()).isEqualTo(input().getLength());

        interact(() -> input().setText(""));
        write("adf --column cn_patent_apps_r").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(input().getText()).isEqualTo("adf --column cn_patent_apps_resident ");
        assertThat(input().isFocused()).as("Tab completes and keeps the focus in the line").isTrue();

        interact(() -> input().setText(""));
        write("adf --column us_goods_").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        Label choices = lookup("#consoleChoices").queryAs(Label.class);
        assertThat(choices.isVisible()).isTrue();
        assertThat(choices.getText()).contains("us_goods_exports_china_musd", "us_goods_imports_world_musd");

        interact(() -> input().setText(""));
        write("genr console_gx = 100*d(PATENT)").type(KeyCode.ENTER);
        waitUntil(() -> app.viewModel().model().dataset().has("console_gx"));
        assertThat(app.viewModel().model().dataset().has("console_gx")).as(transcript().getText()).isTrue();
        assertThat(app.view().variableList().list().getItems()).extracting(r -> r.name()).contains("console_gx");
        assertThat(app.view().variableList().list().getCheckModel().getCheckedItems()).extracting(r -> r.name())
                .contains("console_gx");

        write("adf --column nope").type(KeyCode.ENTER);
        waitUntil(() -> transcript().getText().contains("Error in line 3 (adf)"));
        assertThat(transcript().getText()).contains("Error in line 3 (adf): \"nope\": unknown series");

        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> !app.view().isConsoleShown());
        assertThat(app.view().isConsoleShown()).isFalse();
    }
}
