package org.tradeworkbench.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.ui.export.ExportActions;
import org.tradeworkbench.ui.testing.FxThread;

class ResultTableViewTest {

    @BeforeAll
    static void fx() throws Exception {
        FxThread.start();
    }

    private static ResultTable table() {
        return ResultTable.builder("Granger causality", "Null hypothesis", "F", "p")
                .row(Cell.text("RATIO does not cause lny"), Cell.number(16.77, 2), Cell.number(0.003, 3))
                .row(Cell.text("lny does not cause RATIO"), Cell.number(Double.NaN, 2), Cell.number(0.761, 3))
                .note("Lag order 2.")
                .build();
    }

    @Test
    void showsTitleColumnsRightAlignedNumbersNotesAndTheExportMenu() throws Exception {
        ExportActions actions = new ExportActions(ExportActions.sameThread(), s -> { }, e -> { },
                org.tradeworkbench.ui.workbench.TestContexts.settings());
        Stage stage = FxToolkit.registerPrimaryStage();
        ResultTableView view = FxThread.call(() -> {
            ResultTableView v = new ResultTableView(actions, table());
            stage.setScene(new Scene(v, 700, 300));
            stage.show();
            v.applyCss();
            v.layout();
            return v;
        });
        FxThread.run(() -> {
            assertThat(view.grid().getColumns()).extracting(c -> c.getText()).containsExactly("Null hypothesis", "F", "p");
            assertThat(view.grid().getItems()).hasSize(2);
            Set<Node> cells = view.grid().lookupAll(".table-cell");
            List<String> numeric = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (Node n : cells) {
                TableCell<?, ?> c = (TableCell<?, ?>) n;
                if (c.getText() == null) {
                    continue;
                }
                if (c.getPseudoClassStates().contains(ResultTableView.NUMERIC)) {
                    numeric.add(c.getText());
                    assertThat(c.getAlignment()).isEqualTo(javafx.geometry.Pos.CENTER_RIGHT);
                }
                if (c.getPseudoClassStates().contains(ResultTableView.MISSING)) {
                    missing.add(c.getText());
                }
            }
            assertThat(numeric).containsExactlyInAnyOrder("16.77", "0.003", "NA", "0.761");
            assertThat(missing).containsExactly("NA");
            assertThat(view.lookupAll(".result-note")).extracting(n -> ((Label) n).getText()).contains("Lag order 2.");
            MenuButton export = (MenuButton) view.lookup(".export-button");
            export.getOnShowing().handle(null);
            assertThat(export.getItems()).extracting(MenuItem::getText).contains("Export image (PNG)…",
                    "Copy as image", "Copy as text", "Export CSV…", "Export LaTeX (booktabs)…");
            view.setResultTable(null);
            assertThat(view.isVisible()).isFalse();
            stage.hide();
        });
    }

    /** OLS writes p-values as text ("0.1746", "<0.0001"): they line up on the right like the numbers. */
    @Test
    void pValuesWrittenAsTextAreRightAlignedWithTheirColumn() throws Exception {
        ResultTable ols = ResultTable.builder("OLS", "Variable", "Coefficient", "p-value")
                .row(Cell.text("const"), Cell.number(1.33, 3), Cell.text("0.1746"))
                .row(Cell.text("PATENT(-1)"), Cell.number(0.881, 3), Cell.text("<0.0001"))
                .build();
        ExportActions actions = new ExportActions(ExportActions.sameThread(), s -> { }, e -> { },
                org.tradeworkbench.ui.workbench.TestContexts.settings());
        Stage stage = FxToolkit.registerPrimaryStage();
        ResultTableView view = FxThread.call(() -> {
            ResultTableView v = new ResultTableView(actions, ols);
            stage.setScene(new Scene(v, 700, 300));
            stage.show();
            v.applyCss();
            v.layout();
            return v;
        });
        FxThread.run(() -> {
            assertThat(view.grid().getColumns().get(2).getStyleClass()).contains("numeric");
            assertThat(view.grid().getColumns().get(0).getStyleClass()).doesNotContain("numeric");
            List<String> right = new ArrayList<>();
            List<String> left = new ArrayList<>();
            for (Node n : view.grid().lookupAll(".table-cell")) {
                TableCell<?, ?> c = (TableCell<?, ?>) n;
                if (c.getText() == null) {
                    continue;
                }
                (c.getAlignment() == javafx.geometry.Pos.CENTER_RIGHT ? right : left).add(c.getText());
            }
            assertThat(right).contains("0.1746", "<0.0001", "1.330", "0.881");
            assertThat(left).containsExactlyInAnyOrder("const", "PATENT(-1)");
            stage.hide();
        });
    }

    private static final String VERDICT = "us_atp_exports_world_musd does not Granger-cause cn_fdi_net_inflows_pct_gdp"
            + " at 5%: reject, the lags of the cause add to the fit of the effect";

    private static ResultTable wide() {
        return ResultTable.builder("Granger causality", "Null hypothesis", "Lags", "Observations used", "F",
                "p value", "Verdict")
                .row(Cell.text("us_atp_exports_world_musd does not Granger-cause cn_fdi_net_inflows_pct_gdp"),
                        Cell.integer(2), Cell.integer(23), Cell.number(12345.678901, -1), Cell.pValue(0.0004),
                        Cell.text(VERDICT))
                .row(Cell.text("cn_fdi_net_inflows_pct_gdp does not Granger-cause us_atp_exports_world_musd"),
                        Cell.integer(2), Cell.integer(23), Cell.number(0.5, -1), Cell.pValue(0.61),
                        Cell.text("no Granger causality at 5%"))
                .build();
    }

    /**
     * At 700 px the long text columns narrow and wrap: the columns fit the table (no sideways scroll bar), the
     * verdict is shown whole on several lines in a taller row, and the numbers keep their width. Widened to 1400 px
     * the columns follow: wider, the verdict on fewer lines.
     */
    @Test
    void columnsFitTheWidthWrappingTheLongTextAndKeepingTheNumbersWhole() throws Exception {
        ExportActions actions = new ExportActions(ExportActions.sameThread(), s -> { }, e -> { },
                org.tradeworkbench.ui.workbench.TestContexts.settings());
        Stage stage = FxToolkit.registerPrimaryStage();
        double[] narrowHeight = new double[1];
        double[] narrowWidth = new double[1];
        ResultTableView view = FxThread.call(() -> {
            ResultTableView v = new ResultTableView(actions, wide());
            stage.setScene(new Scene(v, 700, 500));
            stage.show();
            v.applyCss();
            v.layout();
            return v;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        FxThread.run(() -> {
            var grid = view.grid();
            assertThat(totalWidth(grid)).isLessThanOrEqualTo(insideWidth(grid));
            assertThat(sidewaysScrollBarShown(grid)).isFalse();
            TableCell<?, ?> verdict = cell(grid, VERDICT);
            assertThat(verdict.getText()).isEqualTo(VERDICT);
            javafx.scene.text.Text shown = (javafx.scene.text.Text) verdict.getGraphic();
            assertThat(shown.getText()).isEqualTo(VERDICT);
            assertThat(verdict.getContentDisplay()).isEqualTo(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            double oneLine = new javafx.scene.text.Text("Xg").getLayoutBounds().getHeight();
            assertThat(shown.getLayoutBounds().getHeight()).as("the verdict wraps onto lines")
                    .isGreaterThan(2.5 * oneLine);
            assertThat(shown.getLayoutBounds().getWidth()).isLessThanOrEqualTo(verdict.getWidth());
            assertThat(verdict.getHeight()).as("its row grows to show the lines")
                    .isGreaterThanOrEqualTo(shown.getLayoutBounds().getHeight());
            // The numbers are not narrowed: each numeric cell is at least as wide as its text in its font.
            for (String number : List.of("12345.7", "0.0004", "0.6100", "23")) {
                TableCell<?, ?> c = cell(grid, number);
                double text = textWidth(number, c.getFont());
                assertThat(c.getWidth() - c.getInsets().getLeft() - c.getInsets().getRight())
                        .as("room for %s", number).isGreaterThanOrEqualTo(text);
            }
            // The long header "Observations used" wraps rather than being cut.
            for (Node n : grid.lookupAll(".column-header .label")) {
                Label l = (Label) n;
                assertThat(l.isWrapText()).isTrue();
            }
            assertThat(grid.lookupAll(".table-row-cell")).isNotEmpty();
            narrowHeight[0] = shown.getLayoutBounds().getHeight();
            narrowWidth[0] = totalWidth(grid);
            stage.setWidth(1400);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        FxThread.run(() -> {
            var grid = view.grid();
            assertThat(sidewaysScrollBarShown(grid)).isFalse();
            assertThat(totalWidth(grid)).isLessThanOrEqualTo(insideWidth(grid)).isGreaterThan(narrowWidth[0] + 500);
            javafx.scene.text.Text shown = (javafx.scene.text.Text) cell(grid, VERDICT).getGraphic();
            assertThat(shown.getLayoutBounds().getHeight()).as("fewer lines at 1400 px")
                    .isLessThan(narrowHeight[0]);
            stage.hide();
        });
    }

    /**
     * With the app's theme, whose headers are bold, a narrowed header breaks between words, never inside one
     * ("Observation s"): the titles are measured in the bold font the header draws.
     */
    @Test
    void headersInTheThemesBoldFontBreakOnlyBetweenWords() throws Exception {
        ExportActions actions = new ExportActions(ExportActions.sameThread(), s -> { }, e -> { },
                org.tradeworkbench.ui.workbench.TestContexts.settings());
        Stage stage = FxToolkit.registerPrimaryStage();
        String before = javafx.application.Application.getUserAgentStylesheet();
        ResultTable t = ResultTable.builder("Observations against lags", "Variables", "Observations", "Sample",
                        "VAR lags (p + d_max)", "Coefficients per equation", "Residual df", "Statistic")
                .row(Cell.text("PATENT, FDIGDP, FDIGDP_2019"), Cell.integer(14), Cell.text("2004\u20132017"),
                        Cell.integer(3), Cell.integer(10), Cell.integer(1), Cell.number(1.234, 3))
                .build();
        try {
            ResultTableView view = FxThread.call(() -> {
                javafx.application.Application.setUserAgentStylesheet(
                        org.tradeworkbench.ui.settings.Themes.stylesheet(
                                org.tradeworkbench.core.workbench.UserPreferences.Theme.LIGHT));
                ResultTableView v = new ResultTableView(actions, t);
                stage.setScene(new Scene(v, 700, 400));
                stage.show();
                v.applyCss();
                v.layout();
                return v;
            });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            FxThread.run(() -> {
                int bold = 0;
                for (Node n : view.grid().lookupAll(".column-header .label")) {
                    Label l = (Label) n;
                    if (l.getText() == null || l.getText().isBlank() || !l.isVisible()) {
                        continue;
                    }
                    if (l.getFont().getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold")) {
                        bold++;
                    }
                    double room = l.getWidth() - l.getInsets().getLeft() - l.getInsets().getRight();
                    for (String word : l.getText().split("\\s+")) {
                        assertThat(room).as("room for \"%s\" of header \"%s\"", word, l.getText())
                                .isGreaterThanOrEqualTo(textWidth(word, l.getFont()) - 0.5);
                    }
                }
                assertThat(bold).as("the theme's headers are bold").isPositive();
                stage.hide();
            });
        } finally {
            FxThread.run(() -> javafx.application.Application.setUserAgentStylesheet(before));
        }
    }

    static double textWidth(String s, javafx.scene.text.Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** The on-screen cell showing {@code text}. */
    static TableCell<?, ?> cell(javafx.scene.control.TableView<?> grid, String text) {
        for (Node n : grid.lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> c && text.equals(c.getText()) && c.isVisible()) {
                return c;
            }
        }
        throw new AssertionError("no cell shows " + text);
    }

    static double totalWidth(javafx.scene.control.TableView<?> grid) {
        return grid.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
    }

    static double insideWidth(javafx.scene.control.TableView<?> grid) {
        return grid.getWidth() - grid.getInsets().getLeft() - grid.getInsets().getRight();
    }

    static boolean sidewaysScrollBarShown(javafx.scene.control.TableView<?> grid) {
        for (Node n : grid.lookupAll(".scroll-bar")) {
            if (n instanceof javafx.scene.control.ScrollBar b
                    && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible()) {
                return true;
            }
        }
        return false;
    }
}
