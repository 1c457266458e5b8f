package org.tradeworkbench.ui.figures;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.tradeworkbench.core.figures.ChartType;
import org.tradeworkbench.core.figures.FigureKind;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.render.ImageSize;
import org.tradeworkbench.ui.Fxml;
import org.tradeworkbench.ui.charts.ChartFactory;
import org.tradeworkbench.ui.export.ExportActions;
import org.tradeworkbench.ui.export.ExportMenu;
import org.tradeworkbench.ui.export.Exportable;
import org.tradeworkbench.ui.export.FigureExportable;
import org.tradeworkbench.ui.status.MessageLabel;
import org.tradeworkbench.ui.status.Severity;
import org.tradeworkbench.ui.workbench.WorkbenchContext;

/**
 * The Figures tab: pickers on the left bound to a {@link FiguresViewModel}, the figure on the right drawn by
 * {@link ChartFactory}, with the export menu as a button and on right-click.
 */
public final class FiguresView {
    @FXML
    private BorderPane root;
    @FXML
    private ComboBox<FigureOption> figurePicker;
    @FXML
    private Label seriesHeading;
    @FXML
    private GridPane slotGrid;
    @FXML
    private Label generalHint;
    @FXML
    private ComboBox<Integer> fromYear;
    @FXML
    private ComboBox<Integer> toYear;
    @FXML
    private Button allYears;
    @FXML
    private TextField titleField;
    @FXML
    private TextField subtitleField;
    @FXML
    private TextField axisLabelField;
    @FXML
    private TextField rightLabelField;
    @FXML
    private Button resetTitles;
    @FXML
    private ToggleGroup kindGroup;
    @FXML
    private javafx.scene.layout.VBox indexRow;
    @FXML
    private Label baseYearLabel;
    @FXML
    private javafx.scene.control.CheckBox indexed;
    @FXML
    private javafx.scene.control.Spinner<Integer> baseYear;
    private javafx.beans.property.ObjectProperty<Integer> baseYearValue;
    @FXML
    private ToggleButton lineToggle;
    @FXML
    private ToggleButton barToggle;
    @FXML
    private javafx.scene.layout.VBox typeBox;
    @FXML
    private ToggleGroup typeGroup;
    @FXML
    private ToggleButton lineType;
    @FXML
    private ToggleButton scatterType;
    @FXML
    private javafx.scene.layout.VBox scatterBox;
    @FXML
    private ComboBox<String> xPicker;
    @FXML
    private javafx.scene.control.CheckBox fitLine;
    @FXML
    private javafx.scene.layout.VBox kindBox;
    @FXML
    private javafx.scene.layout.VBox rightAxisBox;
    @FXML
    private javafx.scene.layout.VBox rightAxisList;
    @FXML
    private HBox chartToolbar;
    @FXML
    private Label sizeLabel;
    @FXML
    private Label message;
    @FXML
    private StackPane chartHolder;

    private final FiguresViewModel vm;
    private final ExportActions actions;
    private boolean syncing;

    private FiguresView(FiguresViewModel vm, ExportActions actions) {
        this.vm = vm;
        this.actions = actions;
    }

    /** Builds the tab content for the shell. */
    public static Node create(WorkbenchContext ctx) {
        FiguresViewModel vm = new FiguresViewModel(ctx.model());
        ctx.results().registerFigures(vm::allFigures);
        return load(vm, ExportActions.forWorkbench(ctx)).root;
    }

    static FiguresView load(FiguresViewModel vm, ExportActions actions) {
        FiguresView view = new FiguresView(vm, actions);
        Fxml.load(view, "FiguresView.fxml");
        return view;
    }

    Node root() {
        return root;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(FiguresView.class.getResource("figures.css").toExternalForm());
        figurePicker.setItems(vm.figures());
        figurePicker.valueProperty().bindBidirectional(vm.selectedProperty());
        // The chosen figure by its short name: the full caption, cut to "Figure 1. China-US high-tech tr..." in the
        // controls' column, stays in the list and on the chart.
        figurePicker.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(FigureOption item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.shortLabel());
            }
        });

        vm.slots().addListener((ListChangeListener<SlotChoice>) c -> buildSlotPickers());
        buildSlotPickers();

        fromYear.setItems(vm.years());
        toYear.setItems(vm.years());
        fromYear.setVisibleRowCount(16);
        toYear.setVisibleRowCount(16);
        fromYear.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && !b.equals(vm.shownFromProperty().get())) {
                vm.fromYearProperty().set(b);
            }
        });
        toYear.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && !b.equals(vm.shownToProperty().get())) {
                vm.toYearProperty().set(b);
            }
        });
        allYears.setOnAction(e -> vm.resetRange());

        titleField.textProperty().bindBidirectional(vm.titleProperty());
        subtitleField.textProperty().bindBidirectional(vm.subtitleProperty());
        titleField.promptTextProperty().bind(vm.defaultTitleProperty());
        subtitleField.promptTextProperty().bind(vm.defaultSubtitleProperty());
        axisLabelField.textProperty().bindBidirectional(vm.axisLabelProperty());
        axisLabelField.promptTextProperty().bind(vm.defaultAxisLabelProperty());
        rightLabelField.textProperty().bindBidirectional(vm.rightLabelProperty());
        rightLabelField.promptTextProperty().bind(vm.defaultRightLabelProperty());
        // Only a chart with a variable on the right axis has a right axis to label.
        rightLabelField.disableProperty().bind(vm.defaultRightLabelProperty().isEmpty());
        resetTitles.setOnAction(e -> vm.resetTitles());

        lineToggle.setUserData(FigureKind.LINE);
        barToggle.setUserData(FigureKind.BAR);
        kindGroup.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                // Keep one of the two pressed.
                a.setSelected(true);
            } else if (!syncing) {
                vm.kindProperty().set((FigureKind) b.getUserData());
            }
        });
        vm.kindProperty().addListener((o, a, b) -> syncKind());
        syncKind();
        indexed.selectedProperty().bindBidirectional(vm.indexedProperty());
        baseYear.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(1800, 2200,
                vm.baseYearProperty().get()));
        baseYearValue = vm.baseYearProperty().asObject();
        baseYear.getValueFactory().valueProperty().bindBidirectional(baseYearValue);
        baseYear.disableProperty().bind(vm.indexedProperty().not());
        baseYearLabel.disableProperty().bind(vm.indexedProperty().not());

        lineType.setUserData(ChartType.LINE);
        scatterType.setUserData(ChartType.SCATTER);
        typeGroup.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else if (!syncing) {
                vm.chartTypeProperty().set((ChartType) b.getUserData());
            }
        });
        vm.chartTypeProperty().addListener((o, a, b) -> syncType());
        xPicker.setItems(vm.columnItems());
        xPicker.setVisibleRowCount(16);
        xPicker.valueProperty().bindBidirectional(vm.xVariableProperty());
        fitLine.selectedProperty().bindBidirectional(vm.fitLineProperty());
        vm.axisChoices().addListener((ListChangeListener<AxisChoice>) c -> buildAxisChoices());
        buildAxisChoices();
        syncType();

        MenuButton export = ExportMenu.button(chartHolder, this::exportable, actions);
        export.setId("figureExport");
        chartToolbar.getChildren().add(export);
        // An empty figure explains itself in the chart area; the tool bar only reports a figure that failed.
        MessageLabel.bind(message, vm.messageProperty(), vm.messageSeverityProperty());
        message.visibleProperty().bind(vm.messageSeverityProperty().isEqualTo(Severity.ERROR));
        message.managedProperty().bind(message.visibleProperty());
        ExportMenu.install(chartHolder, this::exportable, actions);
        chartHolder.widthProperty().addListener((o, a, b) -> showSize());
        chartHolder.heightProperty().addListener((o, a, b) -> showSize());

        vm.specProperty().addListener((o, a, b) -> draw(b));
        vm.shownFromProperty().addListener((o, a, b) -> syncYears());
        vm.shownToProperty().addListener((o, a, b) -> syncYears());
        draw(vm.spec());
        syncYears();
    }

    private void buildSlotPickers() {
        slotGrid.getChildren().clear();
        int row = 0;
        for (SlotChoice s : vm.slots()) {
            Label l = new Label(s.label());
            l.getStyleClass().add("slot-label");
            l.setWrapText(true);
            ComboBox<String> box = new ComboBox<>(vm.columnItems());
            box.setId("slot-" + s.key());
            box.setTooltip(new javafx.scene.control.Tooltip("The column drawn as " + s.label()));
            box.setMaxWidth(Double.MAX_VALUE);
            box.setVisibleRowCount(16);
            box.valueProperty().bindBidirectional(s.columnProperty());
            GridPane.setHgrow(box, Priority.ALWAYS);
            slotGrid.add(l, 0, row++);
            slotGrid.add(box, 0, row++);
        }
        boolean general = vm.slots().isEmpty();
        seriesHeading.setText(general ? "Variables" : "Series");
        generalHint.setVisible(general);
        generalHint.setManaged(general);
        syncType();
    }

    /** One check box per ticked variable: measured on the right axis. */
    private void buildAxisChoices() {
        rightAxisList.getChildren().clear();
        for (AxisChoice a : vm.axisChoices()) {
            javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(a.variable());
            box.setId("rightAxis-" + a.variable());
            box.setMnemonicParsing(false);
            box.setTooltip(new javafx.scene.control.Tooltip("Measure " + a.variable()
                    + " on a second value axis at the right"));
            box.selectedProperty().bindBidirectional(a.rightProperty());
            rightAxisList.getChildren().add(box);
        }
        syncType();
    }

    /** Shows the controls of the general chart's type: lines over time or a scatter plot. */
    private void syncType() {
        if (typeGroup == null) {
            return;
        }
        boolean general = vm.slots().isEmpty();
        boolean scatter = general && vm.chartTypeProperty().get() == ChartType.SCATTER;
        syncing = true;
        try {
            (scatter ? scatterType : lineType).setSelected(true);
        } finally {
            syncing = false;
        }
        show(typeBox, general);
        show(scatterBox, scatter);
        show(kindBox, !scatter);
        show(indexRow, general && !scatter);
        show(rightAxisBox, general && !scatter && !vm.axisChoices().isEmpty());
        generalHint.setText(scatter ? "Plots the variables ticked in the list on the left (Y) against the X axis "
                + "variable." : "Draws the variables ticked in the list on the left.");
    }

    private static void show(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    private void syncKind() {
        syncing = true;
        try {
            (vm.kindProperty().get() == FigureKind.BAR ? barToggle : lineToggle).setSelected(true);
        } finally {
            syncing = false;
        }
    }

    private void syncYears() {
        syncing = true;
        try {
            fromYear.setValue(vm.shownFromProperty().get());
            toYear.setValue(vm.shownToProperty().get());
        } finally {
            syncing = false;
        }
    }

    private void draw(FigureSpec spec) {
        chartHolder.getChildren().setAll(ChartFactory.create(spec));
    }

    private Exportable exportable() {
        FigureSpec s = vm.spec();
        if (s == null || s.isEmpty()) {
            return null;
        }
        return new FigureExportable(s, this::onScreenSize);
    }

    private ImageSize onScreenSize() {
        double w = chartHolder.getWidth();
        double h = chartHolder.getHeight();
        return w >= 50 && h >= 50 ? new ImageSize(Math.round(w), Math.round(h), 1) : null;
    }

    private void showSize() {
        ImageSize s = onScreenSize();
        sizeLabel.setText(s == null ? "" : "On screen " + s + "; export at 1×, 2× or 3×");
    }
}
