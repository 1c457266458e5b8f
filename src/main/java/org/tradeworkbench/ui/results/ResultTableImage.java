package org.tradeworkbench.ui.results;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tradeworkbench.core.report.ResultTable;

/**
 * A {@link ResultTable} drawn for print, as an exported image shows it: every row (no scrolling), booktabs rules,
 * numbers right-aligned, notes underneath. The on-screen {@link ResultTableView} uses a table control instead.
 */
public final class ResultTableImage {
    private ResultTableImage() {
    }

    public static final String STYLESHEET =
            ResultTableImage.class.getResource("/org/tradeworkbench/ui/results/results.css").toExternalForm();

    public static Region create(ResultTable t) {
        VBox box = new VBox();
        box.getStyleClass().add("result-table-image");
        box.getStylesheets().add(STYLESHEET);
        Label title = new Label(t.title());
        title.getStyleClass().add("result-title");
        box.getChildren().add(title);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("grid");
        int n = t.columns().size();
        boolean[] numeric = numericColumns(t);
        for (int c = 0; c < n; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(numeric[c] ? HPos.RIGHT : HPos.LEFT);
            grid.getColumnConstraints().add(cc);
        }
        int row = 0;
        grid.add(rule("rule-heavy"), 0, row++, Math.max(1, n), 1);
        for (int c = 0; c < n; c++) {
            grid.add(cell(t.columns().get(c), numeric[c], "header"), c, row);
        }
        row++;
        grid.add(rule("rule-light"), 0, row++, Math.max(1, n), 1);
        for (List<ResultTable.Cell> r : t.rows()) {
            for (int c = 0; c < n; c++) {
                ResultTable.Cell cell = r.get(c);
                boolean na = cell.isNumber() && Double.isNaN(cell.number());
                grid.add(cell(cell.display(), cell.alignsRight(), na ? "missing" : null), c, row);
            }
            row++;
        }
        grid.add(rule("rule-heavy"), 0, row, Math.max(1, n), 1);
        box.getChildren().add(grid);
        for (String note : t.notes()) {
            Label l = new Label(note);
            l.setWrapText(true);
            l.getStyleClass().add("result-note");
            // Notes wrap at the table's width instead of widening the image.
            l.maxWidthProperty().bind(grid.widthProperty());
            l.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(l);
        }
        return box;
    }

    static boolean[] numericColumns(ResultTable t) {
        int n = t.columns().size();
        boolean[] numeric = new boolean[n];
        for (int c = 0; c < n; c++) {
            boolean any = false;
            boolean text = false;
            for (List<ResultTable.Cell> r : t.rows()) {
                if (r.get(c).alignsRight()) {
                    any = true;
                } else if (!r.get(c).text().isBlank()) {
                    text = true;
                }
            }
            numeric[c] = any && !text;
        }
        return numeric;
    }

    private static Label cell(String text, boolean right, String extraClass) {
        Label l = new Label(text);
        l.getStyleClass().add("cell");
        if (extraClass != null) {
            l.getStyleClass().add(extraClass);
        }
        l.setAlignment(right ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Region rule(String styleClass) {
        Region r = new Region();
        r.getStyleClass().add(styleClass);
        r.setMaxWidth(Double.MAX_VALUE);
        GridPane.setFillWidth(r, true);
        return r;
    }
}
