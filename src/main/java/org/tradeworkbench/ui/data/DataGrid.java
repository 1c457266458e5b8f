package org.tradeworkbench.ui.data;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;
import org.tradeworkbench.ui.FxPulses;

/**
 * The data grid: a virtualised table of the series with the period column pinned on the left. The pinned column
 * is a second one-column table whose vertical scrolling is tied to the main table's, so it stays in view when the
 * data scroll sideways. Cells are computed on demand from the view model, so the grid handles millions of rows.
 */
public final class DataGrid extends HBox {
    static final double ROW_HEIGHT = 24;

    private final DataGridViewModel vm;
    private final TableView<Integer> periodTable = new TableView<>();
    private final TableView<Integer> dataTable = new TableView<>();
    private final Region scrollBarGap = new Region();
    private boolean scrollTied;
    /** The period of the first row in view, recorded as the data change. */
    private String shownPeriod;

    public DataGrid(DataGridViewModel vm) {
        this.vm = vm;
        getStyleClass().add("data-grid");
        periodTable.getStyleClass().add("period-table");
        periodTable.setId("periodTable");
        dataTable.getStyleClass().add("data-table");
        dataTable.setId("dataTable");
        for (TableView<Integer> t : List.of(periodTable, dataTable)) {
            t.setFixedCellSize(ROW_HEIGHT);
            t.setPlaceholder(new Label("No data. Drop a CSV file here, or use File \u25b8 Open."));
        }
        periodTable.setPlaceholder(new Label(""));
        periodTable.setFocusTraversable(false);
        periodTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        periodTable.setPrefWidth(92);
        periodTable.setMinWidth(80);
        periodTable.setMaxWidth(120);

        TableColumn<Integer, String> period = new TableColumn<>("Period");
        period.setId("col-period");
        period.setSortable(false);
        period.setReorderable(false);
        period.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.periodLabel(c.getValue())));
        period.setCellFactory(c -> new PeriodCell());
        periodTable.getColumns().add(period);

        dataTable.setEditable(true);
        dataTable.getSelectionModel().setCellSelectionEnabled(true);
        dataTable.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) {
                periodTable.getSelectionModel().clearAndSelect(b.intValue());
            } else {
                periodTable.getSelectionModel().clearSelection();
            }
        });

        VBox left = new VBox(periodTable, scrollBarGap);
        VBox.setVgrow(periodTable, Priority.ALWAYS);
        scrollBarGap.setMinHeight(0);
        HBox.setHgrow(dataTable, Priority.ALWAYS);
        getChildren().addAll(left, dataTable);

        vm.columnsProperty().addListener((o, a, b) -> rebuildColumns(b));
        vm.model().datasetProperty().addListener((o, a, b) -> {
            int first = firstVisibleRow(dataTable);
            shownPeriod = a != null && first >= 0 && first < a.rowCount() ? a.index().label(first) : null;
            refreshRows();
        });
        vm.model().sampleFromProperty().addListener((o, a, b) -> refreshCells());
        vm.model().sampleToProperty().addListener((o, a, b) -> refreshCells());
        rebuildColumns(vm.columnsProperty().get());
        refreshRows();
        // The scroll bars exist once the tables have skins; tie them then.
        dataTable.skinProperty().addListener((o, a, b) -> Platform.runLater(this::tieScrolling));
        periodTable.skinProperty().addListener((o, a, b) -> Platform.runLater(this::tieScrolling));
    }

    /** The table holding the series (for tests and for keyboard focus). */
    public TableView<Integer> dataTable() {
        return dataTable;
    }

    public TableView<Integer> periodTable() {
        return periodTable;
    }

    private void rebuildColumns(List<DataGridViewModel.Column> columns) {
        Map<String, Double> widths = new HashMap<>();
        for (TableColumn<Integer, ?> c : dataTable.getColumns()) {
            widths.put(c.getId(), c.getWidth());
        }
        ObservableList<TableColumn<Integer, ?>> out = FXCollections.observableArrayList();
        for (DataGridViewModel.Column col : columns) {
            out.add(column(col, widths.get("col-" + col.name())));
        }
        int inView = dataTable.getColumns().isEmpty() ? columnsInView(out) : out.size();
        pendingColumns = null;
        if (inView >= out.size()) {
            dataTable.getColumns().setAll(out);
            return;
        }
        // A table builds a cell for every column of every row in view, also for the columns scrolled out of
        // sight: when data first fill an empty grid, the columns beyond its width are added one frame later,
        // so the rows in view appear without waiting for cells nobody can see yet.
        dataTable.getColumns().setAll(out.subList(0, inView));
        List<TableColumn<Integer, ?>> rest = List.copyOf(out.subList(inView, out.size()));
        pendingColumns = rest;
        Runnable addRest = () -> {
            if (pendingColumns == rest) {
                pendingColumns = null;
                dataTable.getColumns().addAll(rest);
            }
        };
        if (getScene() == null) {
            Platform.runLater(addRest);
        } else {
            FxPulses.afterNextFrame(getScene(), addRest);
        }
    }

    /** Columns added before the rest when data first fill the grid (see {@link #rebuildColumns}). */
    private List<TableColumn<Integer, ?>> pendingColumns;

    /** How many of {@code columns}, from the left, fit in the grid's width, plus one partly shown. */
    private int columnsInView(List<TableColumn<Integer, ?>> columns) {
        double room = dataTable.getWidth() > 0 ? dataTable.getWidth() : 0;
        if (room <= 0) {
            return columns.size();
        }
        double used = 0;
        for (int i = 0; i < columns.size(); i++) {
            used += columns.get(i).getPrefWidth();
            if (used >= room) {
                return i + 1;
            }
        }
        return columns.size();
    }

    private TableColumn<Integer, String> column(DataGridViewModel.Column col, Double width) {
        TableColumn<Integer, String> c = new TableColumn<>(col.name());
        c.setId("col-" + col.name());
        c.setUserData(col.name());
        c.setSortable(false);
        // Wide enough for the bold header of a typical indicator name (about 8.5 px a character in the themes'
        // header font), capped so that one long name does not push the others off screen.
        c.setPrefWidth(width != null ? width : Math.max(90, Math.min(260, col.name().length() * 8.5 + 28)));
        if (col.generated()) {
            c.getStyleClass().add("generated-column");
            Label mark = new Label("=");
            mark.getStyleClass().add("generated-mark");
            mark.setTooltip(new Tooltip(col.name() + " = " + col.expression()));
            c.setGraphic(mark);
            c.setEditable(false);
        }
        String name = col.name();
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(vm.cellText(name, cell.getValue())));
        c.setCellFactory(x -> new ValueCell(name));
        c.setOnEditCommit(e -> {
            if (!vm.commitEdit(name, e.getRowValue(), e.getNewValue())) {
                dataTable.refresh();
            }
        });
        return c;
    }

    private void refreshRows() {
        int n = vm.rowCount();
        if (dataTable.getItems().size() != n) {
            // The rows moved (an import widened the data): keep the first period in view where it was.
            String firstPeriod = shownPeriod;
            ObservableList<Integer> rows = FXCollections.observableList(new RowNumbers(n));
            dataTable.setItems(rows);
            periodTable.setItems(rows);
            // Row numbers are equal across datasets, so cells that keep their row would keep the old text.
            refreshCells();
            int row = firstPeriod == null ? 0 : Math.max(0, vm.rowOf(firstPeriod));
            Platform.runLater(() -> {
                dataTable.scrollTo(row);
                periodTable.scrollTo(row);
            });
        } else {
            refreshCells();
        }
        shownPeriod = null;
    }

    private void refreshCells() {
        dataTable.refresh();
        periodTable.refresh();
    }

    private void tieScrolling() {
        if (scrollTied) {
            return;
        }
        VirtualFlow<?> dataFlow = flow(dataTable);
        VirtualFlow<?> periodFlow = flow(periodTable);
        ScrollBar dataHBar = scrollBar(dataTable, Orientation.HORIZONTAL);
        if (dataFlow == null || periodFlow == null || dataHBar == null) {
            return;
        }
        scrollTied = true;
        // Same row height, row count and viewport height, so equal positions show the same rows.
        periodFlow.positionProperty().bindBidirectional(dataFlow.positionProperty());
        // Keep both viewports equally tall: the pinned column leaves room for the data's horizontal scroll bar.
        scrollBarGap.prefHeightProperty().bind(javafx.beans.binding.Bindings.when(dataHBar.visibleProperty())
                .then(dataHBar.heightProperty()).otherwise(0.0));
    }

    /** The scrolling body of a table (its skin's virtual flow), or null before the skin exists. */
    static VirtualFlow<?> flow(TableView<?> t) {
        return t.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
    }

    /** Index of the first row shown (for tests: the pinned column and the data must agree). */
    int firstVisibleRow(TableView<?> t) {
        VirtualFlow<?> f = flow(t);
        return f == null || f.getFirstVisibleCell() == null ? -1 : f.getFirstVisibleCell().getIndex();
    }

    private static ScrollBar scrollBar(TableView<?> t, Orientation o) {
        for (Node n : t.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar b && b.getOrientation() == o) {
                return b;
            }
        }
        return null;
    }

    /** Row numbers 0..n-1 without storing them. */
    private static final class RowNumbers extends AbstractList<Integer> {
        private final int size;

        RowNumbers(int size) {
            this.size = size;
        }

        @Override
        public Integer get(int index) {
            return index;
        }

        @Override
        public int size() {
            return size;
        }
    }

    /*
     * Missing and out-of-sample cells are marked with pseudo-classes, not style classes: a changed style class
     * makes JavaFX look the cell's styles up again, a pseudo-class only switches between styles it already has.
     * With a few hundred cells in view that is most of the time the grid's first frame takes.
     */
    static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");
    static final PseudoClass OUTSIDE_SAMPLE = PseudoClass.getPseudoClass("outside-sample");

    private final class PeriodCell extends javafx.scene.control.TableCell<Integer, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            pseudoClassStateChanged(OUTSIDE_SAMPLE, !empty && getTableRow() != null
                    && getTableRow().getItem() != null && !vm.inSample(getTableRow().getItem()));
        }
    }

    private final class ValueCell extends TextFieldTableCell<Integer, String> {
        private final String series;

        ValueCell(String series) {
            super(new DefaultStringConverter());
            this.series = series;
            getStyleClass().add("number-cell");
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean shown = !empty && getTableRow() != null && getTableRow().getItem() != null;
            int row = shown ? getTableRow().getItem() : -1;
            pseudoClassStateChanged(MISSING, shown && vm.isMissing(series, row));
            pseudoClassStateChanged(OUTSIDE_SAMPLE, shown && !vm.inSample(row));
        }
    }
}
