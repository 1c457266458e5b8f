package org.tradeworkbench.ui.results;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
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
 *
 * <p>The columns fit the width the view is given: each column's text is measured in the font its cells and header
 * are drawn in; when the natural widths do not fit, the widest text columns narrow (see {@link ColumnWidths}) and
 * their cells and headers wrap onto more lines, the rows growing to show them whole. Numeric columns keep the
 * width of their numbers. The widths follow the view's width as the panel is resized.
 */
public class ResultTableView extends VBox {
    /** The stylesheet the analysis tabs (Stationarity, Regression, Causality) share around their result tables. */
    public static final String ANALYSIS_PANEL_CSS =
            ResultTableView.class.getResource("analysis-panel.css").toExternalForm();
    /** The height of a row of one line (the cells' font, its padding and a margin). */
    private static final double ROW_HEIGHT = 26;
    /** The least height of the header row. */
    private static final double HEADER_HEIGHT = 26;
    /** Room beside a cell's text besides its padding and border, so that text does not touch the rule. */
    private static final double CELL_MARGIN = 6;
    /**
     * Room beside a header's text: the header label's padding (13) and rule (1), and a margin so that rounding
     * never wraps a title that fits, such as "Lags", inside its word.
     */
    private static final double HEADER_MARGIN = 20;
    /** A text column narrows to its widest word, but to no more than this for a very long word (it then breaks). */
    private static final double LONGEST_WORD_MIN = 220;
    /** Pixels kept free at the right: the rows' scroll area is a little narrower than the table's inside. */
    private static final double RIGHT_SLACK = 4;
    /** The width a new {@link TableColumn} starts at. */
    private static final double DEFAULT_COLUMN_WIDTH = new TableColumn<Object, Object>().getPrefWidth();
    /** A vertical scroll bar's width when none is on screen to measure. */
    private static final double SCROLL_BAR = 16;
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

    /** Stand-ins styled as the table's header and cells, so that their fonts are the ones the table draws in. */
    private final Label headerProbe = new Label();
    private final Label textProbe = new Label();
    private final Label numberProbe = new Label();
    private final TextMeasure measure = new TextMeasure();
    /** The measured text of the table shown, or null until it is measured (again). */
    private Measured measured;
    /** The height of each row at the widths shown. */
    private double[] rowHeights = new double[0];
    private boolean fitting;
    /** The column widths set last, and whether they are wider than the table (which then scrolls sideways). */
    private double[] lastWidths;
    private boolean scrollsSideways;
    private Region headerRow;
    private ScrollBar verticalBar;
    private ScrollBar horizontalBar;

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
        installProbes();
        grid.setRowFactory(t -> new TableRow<>() {
            @Override
            public void updateIndex(int i) {
                super.updateIndex(i);
                setPrefHeight(rowHeight(i));
            }
        });
        // The panel's width sets the columns': fit them again whenever it changes.
        grid.widthProperty().addListener((o, a, b) -> fitColumns());
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
        }
        grid.setItems(FXCollections.observableArrayList(t.rows()));
        measured = null;
        fitColumns();
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
        // Numbers keep their width and never wrap; text wraps when its column is narrowed.
        col.setCellFactory(x -> new ResultCell(numeric ? null : col));
        if (numeric) {
            col.getStyleClass().add("numeric");
        }
        return col;
    }

    /**
     * A cell of the table. In a text column ({@code wrapsIn} not null) the text is drawn by a {@link Text} that
     * wraps at the column's width, so a narrowed column shows its text whole on more lines, never cut short.
     */
    private final class ResultCell extends TableCell<List<ResultTable.Cell>, ResultTable.Cell> {
        private final Text wrapped;

        ResultCell(TableColumn<List<ResultTable.Cell>, ResultTable.Cell> wrapsIn) {
            if (wrapsIn == null) {
                wrapped = null;
                return;
            }
            wrapped = new Text();
            wrapped.getStyleClass().add("result-cell-text");
            wrapped.fontProperty().bind(fontProperty());
            wrapped.fillProperty().bind(textFillProperty());
            wrapped.wrappingWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(1, wrapsIn.getWidth() - getInsets().getLeft() - getInsets().getRight()),
                    wrapsIn.widthProperty(), insetsProperty()));
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        /** The text node that draws a text column's cell, for tests; null in a numeric column. */
        Text wrappedText() {
            return wrapped;
        }

        @Override
        protected void updateItem(ResultTable.Cell cell, boolean empty) {
            super.updateItem(cell, empty);
            boolean number = !empty && cell != null && cell.isNumber();
            // Pseudo-classes, not style classes: a changed style class costs the cell a new CSS lookup, and a
            // re-run that adds a row would pay it for every cell of the row.
            pseudoClassStateChanged(NUMERIC, !empty && cell != null && cell.alignsRight());
            pseudoClassStateChanged(MISSING, number && Double.isNaN(cell.number()));
            String shown = empty || cell == null ? null : cell.display(decimals());
            setText(shown);
            if (wrapped != null) {
                wrapped.setText(shown == null ? "" : shown);
                setGraphic(shown == null ? null : wrapped);
            }
        }
    }

    /**
     * Probes styled as a header label and as a text and a numeric cell, inside stand-ins for the table and its
     * header and row, so that the stylesheets give them the fonts and padding of the real header and cells. They
     * are neither shown nor laid out and never hold a cell's text.
     */
    private void installProbes() {
        Pane header = new Pane(headerProbe);
        header.getStyleClass().setAll("column-header");
        // The theme styles headers as ".table-view > .column-header-background .column-header" (bold): the same path.
        Pane headerBackground = new Pane(header);
        headerBackground.getStyleClass().setAll("column-header-background");
        textProbe.getStyleClass().setAll("table-cell");
        numberProbe.getStyleClass().setAll("table-cell");
        numberProbe.pseudoClassStateChanged(NUMERIC, true);
        Pane row = new Pane(textProbe, numberProbe);
        row.getStyleClass().setAll("table-row-cell");
        Pane table = new Pane(headerBackground, row);
        table.getStyleClass().setAll("table-view");
        for (javafx.scene.Node n : List.of(table, headerBackground, header, row, headerProbe, textProbe, numberProbe)) {
            n.setVisible(false);
            n.setManaged(false);
        }
        getChildren().add(table);
        // A theme or font-size change gives the probes new fonts: measure again.
        for (Label l : List.of(headerProbe, textProbe, numberProbe)) {
            l.fontProperty().addListener((o, a, b) -> {
                measured = null;
                fitColumns();
            });
        }
    }

    /**
     * What each column's text needs, measured in the header's and the cells' fonts: the width on one line
     * (natural) and the narrowest width it can wrap to (minimum; a numeric column's numbers do not wrap).
     */
    private record Measured(double[] natural, double[] minimum, double[] bodyMinimum, boolean[] numeric, double[][] cellWidths,
            String[][] texts, boolean[][] numberCells, Font header, Font text, Font number) {
    }

    private Measured measure(ResultTable t) {
        Font header = headerProbe.getFont();
        Font text = textProbe.getFont();
        Font number = numberProbe.getFont();
        double cellPad = horizontal(textProbe) + CELL_MARGIN;
        double numberPad = horizontal(numberProbe) + CELL_MARGIN;
        int n = t.columns().size();
        boolean[] numeric = ResultTableImage.numericColumns(t);
        double[] natural = new double[n];
        double[] minimum = new double[n];
        double[] bodyMinimum = new double[n];
        double[][] widths = new double[t.rows().size()][n];
        String[][] texts = new String[t.rows().size()][n];
        boolean[][] numberCells = new boolean[t.rows().size()][n];
        int d = decimals();
        for (int c = 0; c < n; c++) {
            String title = t.columns().get(c);
            double nat = measure.width(title, header) + HEADER_MARGIN;
            double min = measure.widestWord(title, header) + HEADER_MARGIN;
            double numbers = 0;
            double word = 0;
            for (int r = 0; r < t.rows().size(); r++) {
                ResultTable.Cell cell = t.rows().get(r).get(c);
                String shown = cell.display(d);
                boolean right = cell.alignsRight();
                double w = measure.width(shown, right ? number : text) + (right ? numberPad : cellPad);
                texts[r][c] = shown;
                numberCells[r][c] = right;
                widths[r][c] = w;
                nat = Math.max(nat, w);
                if (numeric[c]) {
                    numbers = Math.max(numbers, w);
                } else {
                    word = Math.max(word, Math.min(LONGEST_WORD_MIN,
                            measure.widestWord(shown, right ? number : text) + (right ? numberPad : cellPad)));
                }
            }
            natural[c] = Math.ceil(nat);
            double body = Math.ceil(Math.max(numeric[c] ? numbers : word, HEADER_MARGIN + measure.width("M", header)));
            minimum[c] = Math.min(natural[c], Math.max(Math.ceil(min), body));
            bodyMinimum[c] = Math.min(natural[c], body);
        }
        return new Measured(natural, minimum, bodyMinimum, numeric, widths, texts, numberCells, header, text, number);
    }

    /**
     * {@code w}, or a hair less when it is a new column's default width: the table sizes a column still at that
     * width to its content when its header appears, which would undo the fit.
     */
    private static double notDefault(double w) {
        return w == DEFAULT_COLUMN_WIDTH ? w - 0.25 : w;
    }

    private static double horizontal(Label probe) {
        return probe.getInsets().getLeft() + probe.getInsets().getRight();
    }

    private double rowHeight(int row) {
        return row >= 0 && row < rowHeights.length ? rowHeights[row] : ROW_HEIGHT;
    }

    /**
     * Sets the column widths for the width the table has, the rows' heights for the text they wrap, and the table's
     * height for its header and rows. Called when the table, the decimals, the fonts or the width change.
     */
    private void fitColumns() {
        ResultTable t = resultTable.get();
        if (t == null || fitting || grid.getColumns().size() != t.columns().size() || getScene() == null
                || grid.getWidth() <= 0) {
            return;
        }
        fitting = true;
        try {
            if (measured == null) {
                headerProbe.applyCss();
                textProbe.applyCss();
                numberProbe.applyCss();
                measured = measure(t);
            }
            double room = available(t);
            // Titles wrap at their spaces; when the columns do not fit even so, a long title word breaks too
            // rather than the numbers' columns scrolling out of sight.
            double[] minimum = ColumnWidths.fits(measured.natural(), measured.minimum(), room) ? measured.minimum()
                    : measured.bodyMinimum();
            double[] widths = ColumnWidths.fit(measured.natural(), minimum, room);
            for (int c = 0; c < widths.length; c++) {
                grid.getColumns().get(c).setPrefWidth(notDefault(widths[c]));
            }
            rowHeights = rowHeights(t, widths);
            for (javafx.scene.Node n : grid.lookupAll(".table-row-cell")) {
                if (n instanceof TableRow<?> row) {
                    row.setPrefHeight(rowHeight(row.getIndex()));
                }
            }
            // Room for a sideways scroll bar while one is shown, so that it does not also bring a vertical one;
            // once the columns fit it goes, and the table is fitted again without it.
            ScrollBar across = bar(Orientation.HORIZONTAL);
            boolean fits = ColumnWidths.sum(widths) <= room;
            scrollsSideways = !fits || across != null && across.isVisible();
            if (fits && across != null && across.isVisible()) {
                // The rows keep the widest width they were laid out at: make them anew at the widths that fit, or
                // the sideways scroll bar stays.
                grid.refresh();
            }
            lastWidths = widths;
            fitHeight();
        } finally {
            fitting = false;
        }
    }

    /**
     * The table's height for its header (as the header row lays out its titles, wrapped at the widths set) and for
     * up to {@link #MAX_VISIBLE_ROWS} rows, so that no row is cut off and no vertical scroll bar shows for a short
     * table.
     */
    private void fitHeight() {
        ResultTable t = resultTable.get();
        if (t == null || lastWidths == null || measured == null) {
            return;
        }
        double rows = 0;
        for (int r = 0; r < Math.min(rowHeights.length, MAX_VISIBLE_ROWS); r++) {
            rows += rowHeights[r];
        }
        if (rowHeights.length == 0) {
            rows = ROW_HEIGHT;
        }
        double h = Math.ceil(headerHeight(t, lastWidths) + rows + grid.getInsets().getTop()
                + grid.getInsets().getBottom() + (scrollsSideways ? SCROLL_BAR : 0) + 2);
        if (h != grid.getPrefHeight()) {
            grid.setPrefHeight(h);
            grid.setMinHeight(Math.min(h, ROW_HEIGHT * 4));
            grid.setMaxHeight(h);
        }
    }

    /** The table's header row, once its skin has made it; its height is followed to fit the table's. */
    private Region headerRow() {
        if (headerRow == null && grid.lookup(".column-header-background") instanceof Region r) {
            headerRow = r;
            r.heightProperty().addListener((o, a, b) -> fitHeight());
        }
        return headerRow;
    }

    /**
     * The width the columns share: the table's inside, less a vertical scroll bar when the rows need one or one is
     * shown (the table may keep one from an earlier layout; the columns then fit beside it, and fit again when it
     * goes).
     */
    private double available(ResultTable t) {
        double w = grid.getWidth() - grid.getInsets().getLeft() - grid.getInsets().getRight() - RIGHT_SLACK;
        ScrollBar bar = bar(Orientation.VERTICAL);
        if (t.rows().size() > MAX_VISIBLE_ROWS || bar != null && bar.isVisible()) {
            w -= bar != null && bar.getWidth() > 0 ? bar.getWidth() : SCROLL_BAR;
        }
        return Math.max(0, w);
    }

    /** The table's scroll bar of that orientation, once its skin has made it; a change in its showing refits. */
    private ScrollBar bar(Orientation orientation) {
        ScrollBar known = orientation == Orientation.VERTICAL ? verticalBar : horizontalBar;
        if (known != null) {
            return known;
        }
        for (javafx.scene.Node n : grid.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar s && s.getOrientation() == orientation) {
                s.visibleProperty().addListener((o, a, b) -> fitColumns());
                if (orientation == Orientation.VERTICAL) {
                    verticalBar = s;
                } else {
                    horizontalBar = s;
                }
                return s;
            }
        }
        return null;
    }

    /** Each row's height: one line's, or what its wrapped cells need at {@code widths}. */
    private double[] rowHeights(ResultTable t, double[] widths) {
        Measured m = measured;
        double line = measure.lineHeight(m.text());
        double pad = horizontal(textProbe);
        double[] out = new double[t.rows().size()];
        for (int r = 0; r < out.length; r++) {
            double h = ROW_HEIGHT;
            for (int c = 0; c < widths.length; c++) {
                if (!m.numeric()[c] && m.cellWidths()[r][c] > widths[c] + 0.5) {
                    Font f = m.numberCells()[r][c] ? m.number() : m.text();
                    double wrapped = measure.height(m.texts()[r][c], f, widths[c] - pad);
                    h = Math.max(h, Math.ceil(wrapped - line + ROW_HEIGHT));
                }
            }
            out[r] = h;
        }
        return out;
    }

    /**
     * The header row's height: as the header row computes it when it is there, else one line's or what the
     * widest-wrapped title needs at {@code widths}.
     */
    private double headerHeight(ResultTable t, double[] widths) {
        Region row = headerRow();
        if (row != null) {
            double h = row.prefHeight(-1);
            if (h > 0) {
                return Math.max(h, row.getHeight());
            }
        }
        double line = measure.lineHeight(measured.header());
        double h = HEADER_HEIGHT;
        for (int c = 0; c < widths.length; c++) {
            double wrapped = measure.height(t.columns().get(c), measured.header(), widths[c] - HEADER_MARGIN);
            h = Math.max(h, Math.ceil(wrapped - line + HEADER_HEIGHT));
        }
        return h;
    }
}
