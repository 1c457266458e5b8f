package org.tradeworkbench.ui.stationarity;

import org.tradeworkbench.core.analysis.stationarity.DifferenceChoice;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.analysis.stationarity.StationarityRow;
import org.tradeworkbench.core.analysis.stationarity.StationarityTable;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.ui.main.WorkbenchApp;
import org.tradeworkbench.ui.testing.RunningApp;
import org.tradeworkbench.ui.results.ResultTableView;

/**
 * The analysis tabs in the running app, headless: change the ADF difference order and see the statistic change;
 * toggle a regressor and see the coefficients change; tick variables and see a Granger table of both directions.
 */
class AnalysisTabsFxTest extends FxRobot {
    private static final String FDI = "cn_fdi_net_inflows_pct_gdp";
    private static final String WORLD_EXPORTS = "us_atp_exports_world_musd";
    private static final String WORLD_IMPORTS = "us_atp_imports_world_musd";

    private static WorkbenchApp app;
    private static Dataset loaded;

    /** One app for all tests (starting the toolkit is the slow part); each test starts from the loaded data. */
    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.startOnSampleData();
        loaded = app.viewModel().model().dataset();
    }

    @BeforeEach
    void reset() {
        interact(() -> app.viewModel().model().load(loaded, null));
    }

    @AfterAll
    static void stop() throws Exception {
        RunningApp.stop(app);
    }

    private void showTab(String id) {
        Tab tab = app.view().tabs().getTabs().stream().filter(t -> ("tab-" + id).equals(t.getId())).findFirst()
                .orElseThrow();
        interact(() -> app.view().tabs().getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<List<ResultTable.Cell>> rows(String tableId) {
        ResultTableView v = lookup(tableId).query();
        return List.copyOf(v.grid().getItems());
    }

    private String cell(String tableId, int row, int column) {
        List<List<ResultTable.Cell>> r = rows(tableId);
        return r.size() <= row ? null : r.get(row).get(column).display();
    }

    @Test
    void changingTheDifferenceOrderChangesTheStatisticInTheTable() throws Exception {
        showTab("stationarity");
        clickOn("#adfUseTicked");
        assertThat(lookup("#adfUseTicked").queryAs(CheckBox.class).isSelected()).isFalse();
        interact(() -> lookup("#adfTyped").queryAs(TextArea.class).setText("log(cn_patent_apps_nonresident)"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "log(cn_patent_apps_nonresident)"
                .equals(cell("#adfTable", 0, 0)) && "0".equals(cell("#adfTable", 0, 1)));
        String level = cell("#adfTable", 0, 2);
        assertThat(level).matches("-?\\d+\\.\\d{3}");

        clickOn("#adfDifference");
        clickOn(DifferenceChoice.FIRST.toString());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "1".equals(cell("#adfTable", 0, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell("#adfTable", 0, 2)).matches("-?\\d+\\.\\d{3}").isNotEqualTo(level);
        assertThat(lookup("#adfMessage").queryLabeled().getText()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void togglingARegressorChangesTheCoefficientsInTheTable() throws Exception {
        showTab("regression");
        // The tab opens with a model on the sample's paper variables: PATENT on its lag and FDIGDP.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows("#regCoefficients").size() == 3);
        assertThat(cell("#regCoefficients", 1, 0)).isEqualTo("PATENT(-1)");
        assertThat(cell("#regCoefficients", 2, 0)).isEqualTo("FDIGDP");
        interact(() -> lookup("#regDependent").queryAs(ComboBox.class).setValue(FDI));
        clickOn("#regToggle-FDIGDP");
        interact(() -> lookup("#regDependentLags").queryAs(Spinner.class).getValueFactory().setValue(0));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows("#regCoefficients").size() == 1);
        assertThat(cell("#regCoefficients", 0, 0)).isEqualTo("const");

        clickOn("#regToggle-" + WORLD_EXPORTS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows("#regCoefficients").size() == 2);
        assertThat(cell("#regCoefficients", 1, 0)).isEqualTo(WORLD_EXPORTS);
        String alone = cell("#regCoefficients", 1, 1);

        clickOn("#regToggle-" + WORLD_IMPORTS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows("#regCoefficients").size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell("#regCoefficients", 1, 0)).isEqualTo(WORLD_EXPORTS);
        assertThat(cell("#regCoefficients", 1, 1)).isNotEqualTo(alone);
        assertThat(cell("#regCoefficients", 2, 0)).isEqualTo(WORLD_IMPORTS);
        assertThat(lookup("#regEquation").queryLabeled().getText()).startsWith(FDI + " = ").contains(WORLD_IMPORTS);
        assertThat(lookup("#regFittedChart .chart").tryQuery()).isPresent();

        clickOn("#regToggle-" + WORLD_EXPORTS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows("#regCoefficients").size() == 2);
        assertThat(cell("#regCoefficients", 1, 0)).isEqualTo(WORLD_IMPORTS);
    }

    @Test
    void tickingVariablesGivesAGrangerTableWithBothDirectionsOfEveryPair() throws Exception {
        showTab("causality");
        interact(() -> app.viewModel().model().selectedVariables().setAll(List.of(FDI, WORLD_EXPORTS,
                WORLD_IMPORTS)));
        // The default selection already fills a six-row table: wait for the rows of the new selection.
        String firstNull = WORLD_EXPORTS + " does not Granger-cause " + FDI;
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> rows("#causalityTable").size() == 6 && firstNull.equals(cell("#causalityTable", 0, 0)));
        assertThat(cell("#causalityTable", 0, 0)).isEqualTo(firstNull);
        assertThat(cell("#causalityTable", 1, 0)).isEqualTo(FDI + " does not Granger-cause " + WORLD_EXPORTS);
        assertThat(cell("#causalityTable", 0, 3)).matches("\\d+\\.\\d{3}");

        clickOn("#causalityAllLags");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows("#causalityTable").size() == 12);
        assertThat(cell("#causalityTable", 0, 1)).isEqualTo("1");
    }

    /**
     * At a 1500 x 900 window the Causality table (with its Verdict) and the VAR tab's tables fit their panel: no
     * sideways scroll bar, the columns no wider than the table; text too long for its column is wrapped and shown
     * whole (the cell holds the value, its text node is no wider than the cell and taller than a line); numbers
     * keep the width of their text.
     */
    @Test
    void resultTablesFitTheirPanelAt1500PixelsWrappingTextAndKeepingNumbersWhole() throws Exception {
        javafx.stage.Window window = app.view().tabs().getScene().getWindow();
        double width = window.getWidth();
        double height = window.getHeight();
        try {
            interact(() -> {
                window.setWidth(1500);
                window.setHeight(900);
            });
            showTab("causality");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows("#causalityTable").size() == 6);
            WaitForAsyncUtils.waitForFxEvents();
            ResultTableView causality = lookup("#causalityTable").query();
            assertThat(causality.getResultTable().columns()).contains("Verdict");
            // The verdicts are too long for the panel at their one-line width: they wrap.
            interact(() -> assertThat(assertFits(causality)).as("wrapped cells").isPositive());

            showTab("var");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tableTitled("Observations against lags") != null);
            WaitForAsyncUtils.waitForFxEvents();
            interact(() -> {
                assertFits(tableTitled("Observations against lags"));
                for (javafx.scene.Node n : app.view().tabs().getSelectionModel().getSelectedItem().getContent()
                        .lookupAll(".result-table-view")) {
                    assertFits((ResultTableView) n);
                }
            });
        } finally {
            interact(() -> {
                window.setWidth(width);
                window.setHeight(height);
            });
        }
    }

    private ResultTableView tableTitled(String title) {
        javafx.scene.Node content = app.view().tabs().getSelectionModel().getSelectedItem().getContent();
        for (javafx.scene.Node n : content.lookupAll(".result-table-view")) {
            ResultTableView v = (ResultTableView) n;
            if (v.getResultTable() != null && v.getResultTable().title().startsWith(title) && v.getWidth() > 0) {
                return v;
            }
        }
        return null;
    }

    /** Asserts the table fits; returns how many of its cells on screen are wrapped. */
    private static int assertFits(ResultTableView view) {
        var grid = view.grid();
        String name = view.getResultTable().title();
        double inside = grid.getWidth() - grid.getInsets().getLeft() - grid.getInsets().getRight();
        double columns = grid.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        assertThat(grid.getWidth()).as(name).isGreaterThan(700);
        assertThat(columns).as("columns of " + name).isLessThanOrEqualTo(inside);
        for (javafx.scene.Node n : grid.lookupAll(".scroll-bar")) {
            if (n instanceof javafx.scene.control.ScrollBar b && b.isVisible()) {
                assertThat(b.getOrientation()).as("scroll bar of " + name)
                        .isEqualTo(javafx.geometry.Orientation.VERTICAL);
            }
        }
        int cells = 0;
        int wrapped = 0;
        for (javafx.scene.Node n : grid.lookupAll(".table-cell")) {
            if (!(n instanceof javafx.scene.control.TableCell<?, ?> c) || c.isEmpty() || c.getText() == null
                    || !c.isVisible()) {
                continue;
            }
            cells++;
            double room = c.getWidth() - c.getInsets().getLeft() - c.getInsets().getRight();
            javafx.scene.text.Text measured = new javafx.scene.text.Text(c.getText());
            measured.setFont(c.getFont());
            double text = measured.getLayoutBounds().getWidth();
            double line = measured.getLayoutBounds().getHeight();
            if (c.getGraphic() instanceof javafx.scene.text.Text shown) {
                // A text column: shown whole by a wrapping text node.
                assertThat(shown.getText()).as(name).isEqualTo(c.getText());
                assertThat(shown.getLayoutBounds().getWidth()).as(c.getText()).isLessThanOrEqualTo(room + 0.5);
                if (text > room + 0.5) {
                    wrapped++;
                    assertThat(shown.getLayoutBounds().getHeight()).as("wrapped: " + c.getText())
                            .isGreaterThan(1.5 * line);
                    assertThat(c.getHeight()).as("row of " + c.getText())
                            .isGreaterThanOrEqualTo(shown.getLayoutBounds().getHeight());
                }
            } else {
                // A number: never narrowed below its text.
                assertThat(room).as("room for " + c.getText() + " in " + name).isGreaterThanOrEqualTo(text);
            }
        }
        assertThat(cells).as("cells of " + name).isPositive();
        return wrapped;
    }
}
