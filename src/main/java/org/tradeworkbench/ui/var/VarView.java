package org.tradeworkbench.ui.var;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.tradeworkbench.core.analysis.var.IrfBands;
import org.tradeworkbench.core.analysis.var.IrfKind;
import org.tradeworkbench.core.analysis.var.IrfSpec;
import org.tradeworkbench.core.analysis.var.VarFigures;
import org.tradeworkbench.core.analysis.var.VarTabReport;
import org.tradeworkbench.core.analysis.var.VarTrend;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.render.ImageSize;
import org.tradeworkbench.ui.Fxml;
import org.tradeworkbench.ui.charts.LiveFigure;
import org.tradeworkbench.ui.export.ExportActions;
import org.tradeworkbench.ui.export.ExportMenu;
import org.tradeworkbench.ui.export.Exportable;
import org.tradeworkbench.ui.export.FigureExportable;
import org.tradeworkbench.ui.results.ResultTableView;
import org.tradeworkbench.ui.status.MessageLabel;
import org.tradeworkbench.ui.workbench.PanelResults;
import org.tradeworkbench.ui.workbench.WorkbenchContext;

/**
 * The VAR tab: binds the controls to a {@link VarViewModel}; shows the methods check first, then the tables, the
 * impulse responses as a grid of charts (response by row, impulse by column) and the variance decomposition, each
 * chart drawn by the render layer and exportable as PNG or SVG.
 */
public final class VarView {
    private static final double CHART_WIDTH = 340;
    private static final double CHART_HEIGHT = 320;

    @FXML
    private BorderPane root;
    @FXML
    private Button paperPreset;
    @FXML
    private Label presetMessage;
    @FXML
    private CheckBox useTicked;
    @FXML
    private TextArea typed;
    @FXML
    private Label variablesText;
    @FXML
    private Spinner<Integer> lags;
    @FXML
    private Spinner<Integer> maxLags;
    @FXML
    private ComboBox<VarTrend> trend;
    @FXML
    private CheckBox pairwise;
    @FXML
    private CheckBox vecm;
    @FXML
    private CheckBox vecmTraceRank;
    @FXML
    private Spinner<Integer> vecmRank;
    @FXML
    private ComboBox<IrfKind> irfKind;
    @FXML
    private TextField order;
    @FXML
    private Spinner<Integer> horizon;
    @FXML
    private ComboBox<IrfBands> bands;
    @FXML
    private Spinner<Integer> draws;
    @FXML
    private Spinner<Integer> seed;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label message;
    @FXML
    private VBox results;
    @FXML
    private Label checkText;

    private final VarViewModel vm;
    private final ExportActions actions;
    private final VBox checkTables = new VBox(8);
    private final VBox tables = new VBox(8);
    private final VBox irfTables = new VBox(8);
    private final VBox fevdTables = new VBox(8);
    private final GridPane irfGrid = new GridPane();
    private final HBox fevdRow = new HBox(8);
    private final List<LiveFigure> irfCharts = new ArrayList<>();
    private final List<LiveFigure> fevdCharts = new ArrayList<>();
    // Kept so the bidirectional bindings (which hold weak references) stay alive.
    private final List<ObjectProperty<Integer>> spinnerValues = new ArrayList<>();

    private VarView(VarViewModel vm, ExportActions actions) {
        this.vm = vm;
        this.actions = actions;
    }

    public static Node create(WorkbenchContext ctx) {
        VarViewModel vm = new VarViewModel(ctx.model(), ctx.debouncer());
        ctx.results().register(new PanelResults.Panel(VarViewModel.PANEL_ID, "VAR", vm::tables,
                vm.messageProperty()::get, vm.runningProperty()));
        ctx.results().registerPanelFigures(VarViewModel.PANEL_ID, () -> figures(vm.results()));
        return load(vm, ExportActions.forWorkbench(ctx)).root;
    }

    static VarView load(VarViewModel vm, ExportActions actions) {
        VarView view = new VarView(vm, actions);
        Fxml.load(view, "VarView.fxml");
        return view;
    }

    /** The tab's charts for Export all: every impulse response, then every variance decomposition. */
    static List<FigureSpec> figures(VarTabReport r) {
        return r == null ? List.of() : r.figures();
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(ResultTableView.ANALYSIS_PANEL_CSS);
        paperPreset.setOnAction(e -> vm.applyPaperTable3());
        MessageLabel.bind(presetMessage, vm.presetMessageProperty(), vm.presetMessageSeverityProperty());
        presetMessage.managedProperty().bind(presetMessage.textProperty().isNotEmpty());
        useTicked.selectedProperty().bindBidirectional(vm.useTickedProperty());
        typed.textProperty().bindBidirectional(vm.typedProperty());
        variablesText.textProperty().bind(vm.variablesTextProperty());
        spinner(lags, 0, VarViewModel.MAX_LAGS, vm.lagsProperty().asObject());
        spinner(maxLags, 1, VarViewModel.MAX_LAGS, vm.maxLagsProperty().asObject());
        spinner(horizon, 1, IrfSpec.MAX_HORIZON, vm.horizonProperty().asObject());
        spinner(draws, 10, 100_000, vm.drawsProperty().asObject());
        spinner(seed, 0, Integer.MAX_VALUE, vm.seedProperty().asObject());
        choice(trend, VarTrend.values(), VarTrend::description, vm.trendProperty());
        choice(irfKind, IrfKind.values(), IrfKind::description, vm.irfKindProperty());
        choice(bands, IrfBands.values(), b -> "Bands: " + b.description(), vm.bandsProperty());
        draws.disableProperty().bind(vm.bandsProperty().isNotEqualTo(IrfBands.BOOTSTRAP));
        seed.disableProperty().bind(draws.disableProperty());
        order.textProperty().bindBidirectional(vm.orderProperty());
        order.disableProperty().bind(vm.irfKindProperty().isEqualTo(IrfKind.GENERALISED));
        pairwise.selectedProperty().bindBidirectional(vm.pairwiseProperty());
        vecm.selectedProperty().bindBidirectional(vm.vecmProperty());
        vecmTraceRank.selectedProperty().bindBidirectional(vm.vecmTraceRankProperty());
        spinner(vecmRank, 0, 12, vm.vecmRankProperty().asObject());
        vecmTraceRank.disableProperty().bind(vm.vecmProperty().not());
        vecmRank.disableProperty().bind(vm.vecmProperty().not().or(vm.vecmTraceRankProperty()));
        busy.visibleProperty().bind(vm.runningProperty());
        MessageLabel.bind(message, vm.messageProperty(), vm.messageSeverityProperty());
        checkText.textProperty().bind(vm.checkTextProperty());

        irfGrid.setHgap(8);
        irfGrid.setVgap(8);
        irfGrid.setId("varIrfGrid");
        fevdRow.setId("varFevdCharts");
        results.getChildren().addAll(checkTables, tables, heading("Impulse responses"), irfGrid, irfTables,
                heading("Variance decomposition"), fevdRow, fevdTables);
        vm.checkProperty().addListener((o, a, b) -> showTables(checkTables, b == null ? List.of() : b.detailTables()));
        vm.resultsProperty().addListener((o, a, b) -> show(b));
        show(vm.results());
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-label");
        return l;
    }

    private void spinner(Spinner<Integer> s, int min, int max, ObjectProperty<Integer> value) {
        s.setValueFactory(new IntegerSpinnerValueFactory(min, max, value.get()));
        s.getValueFactory().valueProperty().bindBidirectional(value);
        spinnerValues.add(value);
    }

    private static <E> void choice(ComboBox<E> box, E[] values, Function<E, String> label, ObjectProperty<E> value) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : label.apply(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
    }

    private void showTables(VBox box, List<ResultTable> list) {
        List<Node> views = new ArrayList<>();
        for (ResultTable t : list) {
            views.add(new ResultTableView(actions, t));
        }
        box.getChildren().setAll(views);
    }

    private void show(VarTabReport r) {
        List<ResultTable> shown = new ArrayList<>();
        if (r != null && r.todaYamamoto() != null) {
            shown.addAll(r.todaYamamoto().tables());
        }
        if (r != null && r.select() != null) {
            shown.addAll(r.select().tables());
        }
        if (r != null && r.var() != null) {
            shown.addAll(r.var().tables());
        }
        if (r != null && r.vecm() != null) {
            shown.addAll(r.vecm().tables());
        }
        showTables(tables, shown);
        showTables(irfTables, r == null ? List.of() : r.irfTables());
        showTables(fevdTables, r == null ? List.of() : r.fevdTables());
        List<FigureSpec> irf = r == null ? List.of() : r.irfFigures();
        List<FigureSpec> fevd = r == null ? List.of() : r.fevdFigures();
        int k = r == null ? 0 : r.spec().variables().size();
        if (irfCharts.size() != irf.size()) {
            irfGrid.getChildren().clear();
            irfGrid.getColumnConstraints().clear();
            for (int c = 0; c < k; c++) {
                javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
                cc.setPercentWidth(100.0 / k);
                irfGrid.getColumnConstraints().add(cc);
            }
            irfCharts.clear();
            for (int i = 0; i < irf.size(); i++) {
                StackPane holder = holder("varIrf" + i, k);
                irfCharts.add(new LiveFigure(holder));
                int index = i;
                irfGrid.add(chartBox(holder, () -> shownIrf(index)), i % k, i / k);
            }
        }
        for (int i = 0; i < irf.size(); i++) {
            irfCharts.get(i).show(irf.get(i));
        }
        if (fevdCharts.size() != fevd.size()) {
            fevdRow.getChildren().clear();
            fevdCharts.clear();
            for (int i = 0; i < fevd.size(); i++) {
                StackPane holder = holder("varFevd" + i, fevd.size());
                fevdCharts.add(new LiveFigure(holder));
                int index = i;
                fevdRow.getChildren().add(chartBox(holder, () -> fevdCharts.get(index).shown()));
            }
        }
        for (int i = 0; i < fevd.size(); i++) {
            fevdCharts.get(i).show(fevd.get(i));
        }
    }

    private FigureSpec shownIrf(int i) {
        return i < irfCharts.size() ? irfCharts.get(i).shown() : null;
    }

    /** A chart's place; narrower when {@code perRow} charts share a row, so a grid of three fits the tab. */
    private static StackPane holder(String id, int perRow) {
        StackPane p = new StackPane();
        p.setId(id);
        p.getStyleClass().add("chart-box");
        // The grid's columns share the width; the charts fill them.
        p.setPrefSize(perRow <= 2 ? CHART_WIDTH : 120, CHART_HEIGHT);
        p.setMaxWidth(Double.MAX_VALUE);
        p.setMinHeight(CHART_HEIGHT);
        return p;
    }

    private VBox chartBox(StackPane holder, Supplier<FigureSpec> spec) {
        Supplier<Exportable> target = () -> {
            FigureSpec s = spec.get();
            return s == null ? null : new FigureExportable(s, () -> onScreen(holder));
        };
        MenuButton export = ExportMenu.button(holder, target, actions);
        ExportMenu.install(holder, target, actions);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spacer, export);
        bar.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(2, bar, holder);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static ImageSize onScreen(Region holder) {
        double w = holder.getWidth();
        double h = holder.getHeight();
        return w >= 50 && h >= 50 ? new ImageSize(Math.round(w), Math.round(h), 1) : null;
    }
}
