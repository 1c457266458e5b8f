package org.tradeworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.tradeworkbench.ui.console.ConsoleView;
import org.tradeworkbench.ui.console.ConsoleViewModel;
import org.tradeworkbench.ui.testing.RunningApp;

/**
 * The console in a window of its own, on the running app: Detach moves the same console (transcript, history)
 * into a second window where typed lines run; closing that window hides the console and View ▸ Console opens it
 * there again; Dock puts it back below the tabs; the choice is remembered; the window closes with the main one.
 * And the transcript: text lines wrap at the window's width, a wide table keeps its rows whole and scrolls
 * sideways, and a copy gives the text as printed.
 */
class ConsoleWindowFxTest extends FxRobot {
    private static WorkbenchApp app;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.startOnSampleData();
    }

    @AfterAll
    static void stop() throws Exception {
        RunningApp.stop(app);
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            // Fall through: the assertion that follows says what is there instead.
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ConsoleView console() {
        return app.view().console().orElseThrow();
    }

    private TextArea transcript() {
        return (TextArea) console().root().lookup("#consoleTranscript");
    }

    private TextField input() {
        return (TextField) console().root().lookup("#consoleInput");
    }

    private Window mainWindow() {
        return app.view().root().getScene().getWindow();
    }

    @Test
    void detachedTheConsoleKeepsItsTranscriptRunsLinesAndWrapsText() throws Exception {
        ConsoleViewModel vm;
        clickOn("#mainTabs");
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> app.view().isConsoleShown() && input().isFocused());
        assertThat(app.view().isConsoleDocked()).as("docked on a first start").isTrue();
        vm = console().viewModel();
        write("adf --column PATENT").type(KeyCode.ENTER);
        waitUntil(() -> transcript().getText().contains("Augmented Dickey-Fuller test: PATENT"));
        String before = vm.transcriptText();
        assertThat(before).contains("> adf --column PATENT", "ADF statistic");

        Button detach = (Button) console().root().lookup("#consoleDetach");
        assertThat(detach.getText()).isEqualTo("Detach");
        clickOn(detach);
        waitUntil(() -> app.view().consoleWindow().isPresent());
        Stage window = app.view().consoleWindow().orElseThrow();
        assertThat(window.isShowing()).isTrue();
        assertThat(window).isNotSameAs(mainWindow());
        assertThat(window.getScene().getRoot()).as("the same console, moved").isSameAs(console().root());
        assertThat(app.view().isConsoleDocked()).isFalse();
        assertThat(app.view().root().lookup("#consoleView")).as("no longer in the main window").isNull();
        assertThat(detach.getText()).isEqualTo("Dock");
        assertThat(vm.transcriptText()).isEqualTo(before);
        assertThat(transcript().getText()).contains("Augmented Dickey-Fuller test: PATENT");
        assertThat(app.settings().consoleDetachedProperty().get()).isTrue();
        assertThat(app.settings().store().consoleDetached()).as("remembered in the preferences").isTrue();

        // A line typed in the console's window runs there.
        interact(() -> window.setWidth(760));
        clickOn(input());
        waitUntil(() -> input().isFocused());
        write("adf --column PATENT --kpss").type(KeyCode.ENTER);
        waitUntil(() -> transcript().getText().contains("KPSS stationarity test: PATENT") && !vm.runningProperty().get());
        assertThat(vm.history()).containsExactly("adf --column PATENT", "adf --column PATENT --kpss");
        assertThat(app.viewModel().model().commandLog().entries()).last().hasToString("adf --column PATENT --kpss");
        type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(input().getText()).as("the history walks in the window").isEqualTo("adf --column PATENT --kpss");
        interact(() -> input().setText(""));

        // Tab completion lists an option's values in the window.
        write("adf --column PATENT --autolag ").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        Label choices = (Label) console().root().lookup("#consoleChoices");
        assertThat(choices.isVisible()).isTrue();
        assertThat(choices.getText()).isEqualTo("aic   bic   tstat");
        interact(() -> input().setText(""));
        write("adf --").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(choices.getText()).as("an option and its value stay together when the list wraps")
                .contains("--column\u00a0EXPR   --trend\u00a0n|c|ct").contains("   --json   ");
        interact(() -> input().setText(""));

        checkWrapping();

        // Closing the window hides the console; it stays detached, and View ▸ Console opens the window again.
        interact(() -> window.fireEvent(new javafx.stage.WindowEvent(window,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> !window.isShowing());
        assertThat(window.isShowing()).isFalse();
        assertThat(app.view().isConsoleShown()).isFalse();
        assertThat(vm.detachedProperty().get()).isTrue();
        interact(() -> ((Stage) mainWindow()).toFront());
        clickOn("#mainTabs");
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> app.view().consoleWindow().isPresent() && input().isFocused());
        assertThat(app.view().consoleWindow()).as("opened where it was: in its window").isPresent();
        assertThat(vm.transcriptText()).contains(before, "KPSS stationarity test: PATENT");

        // Dock: back below the tabs, with the same transcript.
        clickOn(detach);
        waitUntil(() -> app.view().isConsoleDocked());
        assertThat(app.view().isConsoleDocked()).isTrue();
        assertThat(app.view().consoleWindow()).isEmpty();
        assertThat(app.view().root().lookup("#consoleView")).isSameAs(console().root());
        assertThat(transcript().getText()).as("the transcript (%d blocks) laid out for %d columns",
                vm.transcript().size(), console().wrapColumns()).contains("KPSS stationarity test: PATENT");
        assertThat(app.settings().store().consoleDetached()).isFalse();

        // The console's window closes with the main window.
        clickOn(input());
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> app.view().consoleWindow().isPresent());
        assertThat(vm.detachedProperty().get()).as("Ctrl+Shift+L in the main window detaches").isTrue();
        Stage again = app.view().consoleWindow().orElseThrow();
        assertThat(again.isShowing()).as("Ctrl+Shift+L detaches").isTrue();
        interact(() -> mainWindow().hide());
        waitUntil(() -> !again.isShowing());
        assertThat(again.isShowing()).isFalse();
        interact(() -> vm.setDetached(false));
    }

    /** Text lines wrap within the view; the wide Stationarity table keeps its rows and scrolls sideways. */
    private void checkWrapping() {
        waitUntil(() -> console().wrapColumns() < 100);
        List<String> problems = new ArrayList<>();
        interact(() -> {
            TextArea t = transcript();
            ScrollPane pane = (ScrollPane) t.lookup(".scroll-pane");
            double viewport = pane.getViewportBounds().getWidth();
            Text measure = new Text();
            measure.setFont(t.getFont());
            String printed = console().viewModel().transcriptText();
            String note = printed.lines().filter(l -> l.startsWith("H0 of the ADF test:")).findFirst().orElseThrow();
            String header = printed.lines().filter(l -> l.startsWith("Variable ") && l.contains("KPSS verdict"))
                    .findFirst().orElseThrow();
            List<String> shown = t.getText().lines().toList();
            if (shown.contains(note)) {
                problems.add("the " + note.length() + "-character note is not wrapped");
            }
            for (String l : shown) {
                if (l.equals(header) || l.startsWith("---") || l.startsWith("PATENT ")) {
                    continue;
                }
                measure.setText(l.stripTrailing());
                if (measure.getLayoutBounds().getWidth() > viewport) {
                    problems.add("wider than the view (" + viewport + " px): " + l);
                }
            }
            if (!shown.contains(header)) {
                problems.add("the table's heading row is not whole: " + header);
            }
            measure.setText(header);
            if (!(measure.getLayoutBounds().getWidth() > viewport
                    && pane.getContent().getLayoutBounds().getWidth() > viewport)) {
                problems.add("the table should be wider than the view and scroll sideways");
            }
            // A copy of everything is the text as printed, without the wrapping's breaks.
            t.selectAll();
            t.copy();
            if (!Clipboard.getSystemClipboard().getString().equals(printed)) {
                problems.add("the copy is not the printed text");
            }
            t.deselect();
        });
        assertThat(problems).isEmpty();
    }
}
