package org.tradeworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.tradeworkbench.ui.main.WorkbenchApp;
import org.tradeworkbench.ui.testing.RunningApp;

/**
 * Adding a generated series in the running app keeps the variables ticked before (issue: the shared selection,
 * and so what every panel tests, must not change behind the user's back). An app of its own: the series added
 * and the ticks changed here would change what other tests of the list start from.
 */
class VariableTicksKeptFxTest extends FxRobot {
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
    void addingASeriesKeepsTheVariablesTickedBefore() {
        var list = app.view().variableList().list();
        var model = app.viewModel().model();
        for (int i = 0; i < 3; i++) {
            if (!list.getCheckModel().isChecked(i)) {
                clickOn(box(i));
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        // Rows outside the visible part of the list too (they have no cell).
        interact(() -> list.getCheckModel().check(list.getItems().size() - 1));
        interact(() -> list.getCheckModel().check(list.getItems().size() / 2));
        java.util.List<String> before = java.util.List.copyOf(model.selectedVariables());
        assertThat(before).hasSizeGreaterThanOrEqualTo(3);
        String first = list.getItems().get(0).name();
        clickOn("#seriesDefinition").write("gx_keep = 100*d(log(" + first + "))").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedVariables()).containsAll(before).contains("gx_keep");
        for (String name : before) {
            int at = indexOf(list, name);
            assertThat(list.getCheckModel().isChecked(at)).as(name + " still ticked").isTrue();
        }
        // The boxes show the ticks too (they used to show the rebuilt rows unticked), and a click still toggles.
        assertThat(list.getCheckModel().isChecked(0)).isTrue();
        assertThat(box(0).getPseudoClassStates()).as("row 0's box drawn ticked")
                .anyMatch(p -> p.getPseudoClassName().equals("selected"));
        clickOn(box(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getCheckModel().isChecked(0)).as("row 0 unticked by a click").isFalse();
        clickOn(box(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getCheckModel().isChecked(0)).isTrue();
        interact(() -> model.undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedVariables()).containsExactlyElementsOf(before);
        assertThat(box(0).getPseudoClassStates()).as("row 0's box drawn ticked after the undo")
                .anyMatch(p -> p.getPseudoClassName().equals("selected"));
    }

    private static int indexOf(org.controlsfx.control.CheckListView<VariableRow> list, String name) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " not in the list");
    }

    private Node box(int row) {
        return lookup("#variableList .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getIndex() == row).lookup(".check-box").query();
    }

}
