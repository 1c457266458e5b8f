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
}
