package org.tradeworkbench.render.tables;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.tradeworkbench.core.report.ResultTable;

/**
 * A {@link ResultTable} drawn for print, as an exported image shows it: every row (no scrolling), booktabs rules,
 * numbers right-aligned, notes underneath. Text nodes only; the on-screen table (in {@code ui}) is a control.
 */
public final class ResultTableImage {
    private ResultTableImage() {
    }

    public static final String STYLESHEET =
            ResultTableImage.class.getResource("/org/tradeworkbench/render/tables/table-image.css").toExternalForm();

    public static Region create(ResultTable t) {
        VBox box = new VBox();
        box.getStyleClass().add("result-table-image");
        box.getStylesheets().add(STYLESHEET);
        Text title = new Text(t.title());
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
            Text l = new Text(note);
            l.getStyleClass().add("result-note");
            TextFlow flow = new TextFlow(l);
            // Notes wrap at the width the table and title give the image instead of widening it.
            flow.setMinWidth(0);
            flow.setPrefWidth(0);
            box.getChildren().add(flow);
        }
        return box;
    }

    /** Which columns are numbers (right-aligned): some cell aligns right and none holds other text. */
    public static boolean[] numericColumns(ResultTable t) {
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

    /** A cell: its padding on the pane, its font and colour on the text. */
    private static StackPane cell(String text, boolean right, String extraClass) {
        Text t = new Text(text);
        t.getStyleClass().add("cell-text");
        if (extraClass != null) {
            t.getStyleClass().add(extraClass);
        }
        StackPane p = new StackPane(t);
        p.getStyleClass().add("cell");
        p.setAlignment(right ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        p.setMinWidth(Region.USE_PREF_SIZE);
        p.setMaxWidth(Double.MAX_VALUE);
        return p;
    }

    private static Region rule(String styleClass) {
        Region r = new Region();
        r.getStyleClass().add(styleClass);
        r.setMaxWidth(Double.MAX_VALUE);
        GridPane.setFillWidth(r, true);
        return r;
    }
}
