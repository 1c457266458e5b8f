package org.tradeworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.tradeworkbench.ui.figures.FigureOption;
import org.tradeworkbench.ui.testing.RunningApp;

/**
 * The Figures tab's controls in the app's window at 1500 x 900 on the sample data: every label, check box and
 * button shows its whole text (none cut to "…" or by an edge) and no row of them needs more width than the pane
 * gives it, for a paper figure, the chart of the ticked variables as an index
 * with a right axis, and the scatter plot with its fitted line.
 */
class FiguresPaneLabelsFxTest extends FxRobot {
    private static WorkbenchApp app;
    private static Stage stage;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.startOnSampleData();
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setWidth(1500);
            s.setHeight(900);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stop() throws Exception {
        RunningApp.stop(app);
    }

    @Test
    void everyLabelOfTheFiguresControlsIsWhole() {
        interact(() -> app.view().tabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        Parent controls = (Parent) lookup(".figures-controls").query();
        assertThat(stage.getWidth()).isEqualTo(1500);
        assertThat(cut(controls)).as("labels cut on Figure 1").isEmpty();
        @SuppressWarnings("unchecked")
        ComboBox<FigureOption> figure = (ComboBox<FigureOption>) lookup("#figurePicker").query();
        assertThat(figure.getButtonCell().getText()).isEqualTo("Figure 1: trade balance");
        assertThat(cutOne(figure.getButtonCell())).as("the chosen figure's name").isNull();

        interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<FigureOption> picker = (ComboBox<FigureOption>) lookup("#figurePicker").query();
            picker.setValue(FigureOption.GENERAL);
            app.viewModel().model().selectedVariables().setAll("us_goods_imports_china_musd",
                    "cn_fdi_net_inflows_pct_gdp");
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> {
            lookup("#figureIndexed").queryAs(javafx.scene.control.CheckBox.class).fire();
            lookup("#rightAxis-cn_fdi_net_inflows_pct_gdp").queryAs(javafx.scene.control.CheckBox.class).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = texts(controls);
        assertThat(shown).contains("Index, base year = 100", "Base year", "Right axis label",
                "cn_fdi_net_inflows_pct_gdp");
        assertThat(cut(controls)).as("labels cut on the chart of the ticked variables").isEmpty();
        assertThat(lookup("#figureRightLabel").query().isDisabled()).isFalse();

        interact(() -> lookup("#figureTypeScatter").queryAs(ToggleButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(controls)).contains("OLS fitted line with its equation");
        assertThat(cut(controls)).as("labels cut on the scatter plot").isEmpty();
        interact(() -> lookup("#figureTypeLine").queryAs(ToggleButton.class).fire());
    }

    /** The texts of the labels shown in {@code root}. */
    private static List<String> texts(Parent root) {
        List<String> out = new ArrayList<>();
        for (Labeled l : labeled(root)) {
            out.add(l.getText());
        }
        return out;
    }

    /**
     * The labels shown in {@code root} whose text is not drawn whole: the text drawn is not the label's text (cut
     * to an ellipsis), or it is wider than the label (cut by the edge).
     */
    private static List<String> cut(Parent root) {
        List<String> out = new ArrayList<>();
        for (Labeled l : labeled(root)) {
            String problem = cutOne(l);
            if (problem != null) {
                out.add(problem);
            }
        }
        // A row that needs more width than it has shrinks a label in it below its text, with any font.
        for (javafx.scene.layout.HBox row : rows(root)) {
            double needed = row.snappedLeftInset() + row.snappedRightInset();
            int n = 0;
            for (Node c : row.getChildren()) {
                if (c.isManaged()) {
                    needed += c.prefWidth(-1);
                    n++;
                }
            }
            needed += row.getSpacing() * Math.max(0, n - 1);
            if (needed > row.getWidth() + 0.5) {
                out.add("a row of " + texts(row) + " needs " + Math.round(needed) + " px, has "
                        + Math.round(row.getWidth()));
            }
        }
        return out;
    }

    private static List<javafx.scene.layout.HBox> rows(Node n) {
        List<javafx.scene.layout.HBox> out = new ArrayList<>();
        if (!n.isVisible() || n instanceof javafx.scene.control.Control) {
            return out;
        }
        if (n instanceof javafx.scene.layout.HBox h) {
            out.add(h);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                out.addAll(rows(c));
            }
        }
        return out;
    }

    /** How {@code l}'s text is cut (to an ellipsis, or by its edge), or null when it is drawn whole. */
    private static String cutOne(Labeled l) {
        Text drawn = null;
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t) {
                drawn = t;
            }
        }
        if (drawn == null) {
            return l.getText() + " (not drawn)";
        }
        String full = l.getText();
        boolean ellipsis = !drawn.getText().equals(full) || drawn.getText().endsWith("…") && !full.endsWith("…");
        Text needed = new Text(full);
        needed.setFont(l.getFont());
        boolean narrower = !l.isWrapText()
                && drawn.getLayoutBounds().getWidth() + 0.5 < needed.getLayoutBounds().getWidth();
        if (ellipsis || narrower || drawn.getBoundsInParent().getMaxX() > l.getWidth() + 0.5) {
            return "\"" + full + "\" drawn as \"" + drawn.getText() + "\" in " + Math.round(l.getWidth()) + " px";
        }
        return null;
    }

    /** The labels, check boxes and buttons shown in {@code root}, not the cells inside its combo boxes. */
    private static List<Labeled> labeled(Parent root) {
        List<Labeled> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Labeled> out) {
        if (!n.isVisible() || n instanceof ComboBox<?> || n instanceof javafx.scene.control.Spinner<?>) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            out.add(l);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }
}
