package org.tradeworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.tradeworkbench.ui.main.WorkbenchApp;
import org.tradeworkbench.ui.testing.RunningApp;

/** The variable list's check boxes (drawn without a CheckBox control) in the running app. */
class VariableCheckMarkFxTest extends FxRobot {
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
    void clickingTheBoxChecksTheVariableWithoutSelectingItsRow() {
        var list = app.view().variableList().list();
        interact(() -> list.getSelectionModel().clearSelection());
        boolean before = list.getCheckModel().isChecked(0);
        Node box = firstBox();

        clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getCheckModel().isChecked(0)).isEqualTo(!before);
        assertThat(list.getSelectionModel().getSelectedItems()).as("a click on the box does not select").isEmpty();
        assertThat(box.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected")))
                .as("styled as checked by the theme").isEqualTo(!before);

        clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getCheckModel().isChecked(0)).isEqualTo(before);
    }

    @Test
    void screenReadersSeeACheckBox() {
        var list = app.view().variableList().list();
        CheckMark box = (CheckMark) firstBox();
        assertThat(box.getAccessibleRole()).isEqualTo(AccessibleRole.CHECK_BOX);
        boolean before = list.getCheckModel().isChecked(0);
        assertThat(box.queryAccessibleAttribute(AccessibleAttribute.SELECTED)).isEqualTo(before);
        interact(() -> box.executeAccessibleAction(AccessibleAction.FIRE));
        assertThat(list.getCheckModel().isChecked(0)).isEqualTo(!before);
        interact(() -> box.executeAccessibleAction(AccessibleAction.FIRE));
        assertThat(list.getCheckModel().isChecked(0)).isEqualTo(before);
    }

    @Test
    void aCellGetsItsTooltipWhenThePointerFirstRestsOnIt() {
        var list = app.view().variableList().list();
        javafx.scene.control.ListCell<?> cell = lookup("#variableList .list-cell")
                .match(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getIndex() == 1).query();
        moveTo(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell.getTooltip()).isNotNull();
        assertThat(cell.getTooltip().getText()).startsWith(list.getItems().get(1).name() + "\n")
                .contains(list.getItems().get(1).detail());
    }

    private Node firstBox() {
        return lookup("#variableList .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getIndex() == 0).lookup(".check-box").query();
    }
}
