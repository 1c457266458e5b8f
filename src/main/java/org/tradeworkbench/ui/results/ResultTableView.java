package org.tradeworkbench.ui.results;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.render.tables.ResultTableImage;
import org.tradeworkbench.ui.Fxml;
import org.tradeworkbench.ui.export.ExportActions;
import org.tradeworkbench.ui.export.ExportMenu;
import org.tradeworkbench.ui.export.TableExportable;
import org.tradeworkbench.ui.settings.AppSettings;

/**
 * Shows a {@link ResultTable}: its title, the columns with numbers right-aligned and missing values greyed, the
 * notes, and the export menu (button and right-click). Set {@link #resultTableProperty()} to show another table;
 * null shows nothing. The analysis panels put one of these under their inputs for each table a result has.
 */
public class ResultTableView extends VBox {
    /** The stylesheet the analysis tabs (Stationarity, Regression, Causality) share around their result tables. */
    public static final String ANALYSIS_PANEL_CSS =
            ResultTableView.class.getResource("analysis-panel.css").toExternalForm();
    private static final double ROW_HEIGHT = 26;
    /** Up to this many rows are shown without scrolling. */
    private static final int MAX_VISIBLE_ROWS = 18;
    static final javafx.css.PseudoClass NUMERIC = javafx.css.PseudoClass.getPseudoClass("numeric");
    static final javafx.css.PseudoClass MISSING = javafx.css.PseudoClass.getPseudoClass("missing");

    private final ObjectProperty<ResultTable> resultTable = new SimpleObjectProperty<>(this, "resultTable");
    private final ExportActions actions;
    @FXML
    private HBox header;
    @FXML
    private Label title;
    @FXML
    private TableView<List<ResultTable.Cell>> grid;
    @FXML
    private VBox notes;

    public ResultTableView(ExportActions actions) {
        this.actions = actions;
        Fxml.loadRoot(this, ResultTableView.class, "ResultTableView.fxml");
    }

    @FXML
    private void initialize() {
        MenuButton export = ExportMenu.button(this, this::exportable, actions);
        header.getChildren().add(export);
        grid.getSelectionModel().setCellSelectionEnabled(true);
        ExportMenu.install(grid, this::exportable, actions);
        resultTable.addListener((obs, old, now) -> show(now));
        // Decimals chosen in Preferences apply at once; weak, so a discarded view is not kept by the settings.
        actions.settings().decimalsProperty().addListener(new javafx.beans.value.WeakChangeListener<>(redraw));
        show(null);
    }

    private final javafx.beans.value.ChangeListener<Number> redraw = (o, a, b) -> {
        show(resultTable.get());
        // The rows are the same objects, so the kept cells must be told to show them again.
        grid.refresh();
    };

    private int decimals() {
        return actions.settings().decimalsProperty().get();
    }

    public ResultTableView(ExportActions actions, ResultTable table) {
        this(actions);
        setResultTable(table);
    }

    public ObjectProperty<ResultTable> resultTableProperty() {
        return resultTable;
    }

    public ResultTable getResultTable() {
        return resultTable.get();
    }

    public void setResultTable(ResultTable t) {
        resultTable.set(t);
    }

    /** The table on screen, for tests. */
    public TableView<List<ResultTable.Cell>> grid() {
        return grid;
    }

    private TableExportable exportable() {
        ResultTable t = resultTable.get();
        return t == null ? null : new TableExportable(t);
    }

    private void show(ResultTable t) {
        setVisible(t != null);
        setManaged(t != null);
        if (t == null) {
            notes.getChildren().clear();
            grid.getColumns().clear();
            grid.setItems(FXCollections.observableArrayList());
            title.setText("");
            return;
        }
        title.setText(t.title());
        boolean[] numeric = ResultTableImage.numericColumns(t);
        // A re-run usually gives a table with the same columns: keep them (and their header nodes), new rows only.
        if (!sameColumns(t, numeric)) {
            grid.getColumns().clear();
            for (int c = 0; c < t.columns().size(); c++) {
                grid.getColumns().add(column(t, c, numeric[c]));
            }
        } else {
            for (int c = 0; c < t.columns().size(); c++) {
                grid.getColumns().get(c).setPrefWidth(width(t, c));
            }
        }
        grid.setItems(FXCollections.observableArrayList(t.rows()));
        int visible = Math.min(Math.max(t.rows().size(), 1), MAX_VISIBLE_ROWS);
        // Header (taller than a row), rows, and room for a horizontal scroll bar and the borders.
        double h = ROW_HEIGHT * (visible + 2) + 20;
        grid.setPrefHeight(h);
        grid.setMinHeight(Math.min(h, ROW_HEIGHT * 4));
        grid.setMaxHeight(h);
        showNotes(t.notes());
    }

    /** The notes under the table; the labels already shown are kept and only their texts change. */
    private void showNotes(List<String> texts) {
        var shown = notes.getChildren();
        if (shown.size() > texts.size()) {
            shown.remove(texts.size(), shown.size());
        }
        for (int i = 0; i < texts.size(); i++) {
            if (i < shown.size()) {
                Label l = (Label) shown.get(i);
                if (!texts.get(i).equals(l.getText())) {
                    l.setText(texts.get(i));
                }
            } else {
                Label l = new Label(texts.get(i));
                l.setWrapText(true);
                l.getStyleClass().add("result-note");
                shown.add(l);
            }
        }
    }

    /** Whether the columns on screen have the titles and alignment of {@code t}'s. */
    private boolean sameColumns(ResultTable t, boolean[] numeric) {
        var cols = grid.getColumns();
        if (cols.size() != t.columns().size()) {
            return false;
        }
        for (int c = 0; c < cols.size(); c++) {
            if (!cols.get(c).getText().equals(t.columns().get(c))
                    || cols.get(c).getStyleClass().contains("numeric") != numeric[c]) {
                return false;
            }
        }
        return true;
    }

    private TableColumn<List<ResultTable.Cell>, ResultTable.Cell> column(ResultTable t, int c, boolean numeric) {
        TableColumn<List<ResultTable.Cell>, ResultTable.Cell> col = new TableColumn<>(t.columns().get(c));
        col.setSortable(false);
        col.setReorderable(false);
        col.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().get(c)));
        col.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(ResultTable.Cell cell, boolean empty) {
                super.updateItem(cell, empty);
                boolean number = !empty && cell != null && cell.isNumber();
                // Pseudo-classes, not style classes: a changed style class costs the cell a new CSS lookup, and a
                // re-run that adds a row would pay it for every cell of the row.
                pseudoClassStateChanged(NUMERIC, !empty && cell != null && cell.alignsRight());
                pseudoClassStateChanged(MISSING, number && Double.isNaN(cell.number()));
                setText(empty || cell == null ? null : cell.display(decimals()));
            }
        });
        if (numeric) {
            col.getStyleClass().add("numeric");
        }
        col.setPrefWidth(width(t, c));
        return col;
    }

    /** A column wide enough for its title and its widest value. */
    private double width(ResultTable t, int c) {
        int chars = t.columns().get(c).length();
        for (List<ResultTable.Cell> r : t.rows()) {
            chars = Math.max(chars, r.get(c).display(decimals()).length());
        }
        return Math.min(480, 8.0 * chars + 30);
    }
}
