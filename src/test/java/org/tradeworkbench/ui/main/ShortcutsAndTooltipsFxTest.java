package org.tradeworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.tradeworkbench.ui.main.WorkbenchApp;
import org.tradeworkbench.ui.testing.RunningApp;

/**
 * Keyboard and pointer comfort, checked on the running app: every menu command has a shortcut and no two
 * shortcuts clash; every control without text of its own (icon buttons, combo boxes, spinners, text fields)
 * explains itself with a tooltip, on every tab. Failures list each offender.
 */
class ShortcutsAndTooltipsFxTest extends FxRobot {
    private static WorkbenchApp app;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.startOnSampleData();
    }

    @AfterAll
    static void stop() throws Exception {
        RunningApp.stop(app);
    }

    private List<MenuCommands.Command> commands() {
        List<List<MenuCommands.Command>> out = new ArrayList<>();
        interact(() -> out.add(MenuCommands.of(app.view().menuBar())));
        return out.get(0);
    }

    @Test
    void everyMenuCommandHasAShortcutAndNoTwoClash() {
        List<MenuCommands.Command> commands = commands();
        assertThat(commands).extracting(MenuCommands.Command::text)
                .contains("Open…", "Save workbench", "Save workbench as…", "Undo", "Redo", "Preferences…",
                        "Keyboard shortcuts", "Export all figures and tables…", "Data", "Regression", "Console");
        List<String> without = commands.stream().filter(c -> c.accelerator() == null)
                .map(c -> c.menuPath() + " ▸ " + c.text()).toList();
        assertThat(without).as("menu commands without a keyboard shortcut").isEmpty();
        assertThat(MenuCommands.conflicts(commands)).as("shortcuts that one key press would fire twice").isEmpty();
    }

    @Test
    void ctrlAndADigitShowsThatTab() throws Exception {
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT4)
                .release(javafx.scene.input.KeyCode.DIGIT4, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.view().tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-regression");
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT1)
                .release(javafx.scene.input.KeyCode.DIGIT1, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.view().tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-data");
    }

    @Test
    void theShortcutListIsMadeFromTheMenus() {
        List<MenuCommands.Command> commands = commands();
        List<TableView<MenuCommands.Command>> table = new ArrayList<>();
        interact(() -> table.add(ShortcutsDialog.table(commands)));
        assertThat(table.get(0).getItems()).hasSize(commands.size());
        assertThat(table.get(0).getItems()).extracting(MenuCommands.Command::shortcutText)
                .contains("Ctrl+O", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+Z", "Ctrl+Y", "Ctrl+,", "F1", "Ctrl+L");
    }

    @Test
    void everyControlWithoutTextHasATooltipOnEveryTab() {
        List<String> missing = new ArrayList<>();
        List<Tab> tabs = app.view().tabs().getTabs();
        for (Tab tab : tabs) {
            interact(() -> app.view().tabs().getSelectionModel().select(tab));
            try {
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.getContent() != null);
            } catch (java.util.concurrent.TimeoutException e) {
                missing.add(tab.getText() + ": the tab shows nothing");
                continue;
            }
            WaitForAsyncUtils.waitForFxEvents();
            interact(() -> {
                tab.getContent().applyCss();
                walk(tab.getContent(), tab.getText(), missing);
            });
        }
        // The rest of the window: variable list, status bar.
        interact(() -> {
            Parent root = app.view().root();
            List<Node> outsideTabs = new ArrayList<>();
            for (Node n : root.lookupAll("*")) {
                if (!isInside(n, app.view().tabs())) {
                    outsideTabs.add(n);
                }
            }
            for (Node n : outsideTabs) {
                check(n, "main window", missing);
            }
        });
        // The console, docked and in its own window.
        interact(() -> app.view().setConsoleShown(true));
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> walk(app.view().console().orElseThrow().root(), "console", missing));
        interact(() -> app.view().console().orElseThrow().viewModel().setDetached(true));
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> {
            app.view().consoleWindow().ifPresentOrElse(w -> walk(w.getScene().getRoot(), "console window", missing),
                    () -> missing.add("console window: not shown after Detach"));
            app.view().console().orElseThrow().viewModel().setDetached(false);
            app.view().setConsoleShown(false);
        });
        assertThat(missing).as("controls without text and without a tooltip").isEmpty();
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void walk(Node root, String where, List<String> missing) {
        for (Node n : root.lookupAll("*")) {
            check(n, where, missing);
        }
    }

    /** Adds {@code n} to {@code missing} when it is a control that needs a tooltip and has none. */
    static void check(Node n, String where, List<String> missing) {
        if (!needsText(n) || insideAnotherControl(n)) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            return;
        }
        Control c = (Control) n;
        if (c.getTooltip() != null && c.getTooltip().getText() != null && !c.getTooltip().getText().isBlank()) {
            return;
        }
        missing.add(where + ": " + describe(n));
    }

    private static boolean needsText(Node n) {
        return n instanceof ButtonBase || n instanceof ComboBoxBase || n instanceof Spinner
                || n instanceof TextField || n instanceof ChoiceBox || n instanceof Slider;
    }

    /** Parts of a control's own skin (a spinner's editor, a combo box's button, a table's cells) are skipped. */
    private static boolean insideAnotherControl(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ComboBoxBase || p instanceof Spinner || p instanceof TableView || p instanceof ListView
                    || p instanceof TreeView || p instanceof ScrollBar || p instanceof IndexedCell
                    || p instanceof TextInputControl || p instanceof javafx.scene.control.MenuButton) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node n) {
        StringBuilder s = new StringBuilder(n.getClass().getSimpleName());
        if (n.getId() != null) {
            s.append('#').append(n.getId());
        }
        if (n instanceof TextInputControl t && t.getPromptText() != null && !t.getPromptText().isBlank()) {
            s.append(" (prompt \"").append(t.getPromptText()).append("\")");
        }
        // Where it is: the nearest ancestors with an id.
        int shown = 0;
        for (Parent p = n.getParent(); p != null && shown < 2; p = p.getParent()) {
            if (p.getId() != null) {
                s.append(" in #").append(p.getId());
                shown++;
            }
        }
        return s.toString();
    }
}
