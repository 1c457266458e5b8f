package org.tradeworkbench.ui.regression;

import org.tradeworkbench.ui.Fxml;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.tradeworkbench.core.analysis.regression.RegressionReport;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
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
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.ui.charts.LiveFigure;
import org.tradeworkbench.ui.export.ExportActions;
import org.tradeworkbench.ui.export.ExportMenu;
import org.tradeworkbench.ui.workbench.PanelResults;
import org.tradeworkbench.ui.export.Exportable;
import org.tradeworkbench.ui.export.FigureExportable;
import org.tradeworkbench.render.ImageSize;
import org.tradeworkbench.ui.workbench.CovarianceControls;
import org.tradeworkbench.ui.results.ResultTableView;
import org.tradeworkbench.ui.status.MessageLabel;
import org.tradeworkbench.ui.workbench.WorkbenchContext;

/**
 * The Regression tab: binds the model controls to a {@link RegressionViewModel}; shows the fitted equation, the
 * coefficient, fit and diagnostics tables and the charts of actual vs fitted values and of the residuals, each
 * with its export menu.
 */
public final class RegressionView {
    private static final double CHART_HEIGHT = 330;

    @FXML
    private BorderPane root;
    @FXML
    private Button paperModel;
    @FXML
    private Label presetMessage;
    @FXML
    private ComboBox<String> dependent;
    @FXML
    private Spinner<Integer> dependentLags;
    @FXML
    private VBox regressorRows;
    @FXML
    private TextField newRegressor;
    @FXML
    private Button addRegressor;
    @FXML
    private CheckBox constant;
    @FXML
    private ComboBox<CovarianceType> covariance;
    @FXML
    private HBox hacRow;
    @FXML
    private CheckBox autoHacLags;
    @FXML
    private Spinner<Integer> hacLags;
    @FXML
    private CheckBox cusum;
    @FXML
    private CheckBox cusumSquares;
    @FXML
    private CheckBox recursiveCoefficients;
    @FXML
    private CheckBox qlr;
    @FXML
    private Spinner<Integer> qlrTrimPercent;
    @FXML
    private HBox hacAutoRow;
    @FXML
    private ComboBox<org.tradeworkbench.core.stats.ols.HacBandwidth> hacBandwidth;
    @FXML
    private CheckBox hacPrewhite;
    @FXML
    private CheckBox hacAdjust;
    @FXML
    private Spinner<Integer> bgOrder;
    @FXML
    private Spinner<Integer> archOrder;
    @FXML
    private javafx.scene.control.TextField chowBreak;
    @FXML
    private javafx.scene.control.TextField wald;
    @FXML
    private CheckBox autoQLags;
    @FXML
    private Spinner<Integer> qLags;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label modelText;
    @FXML
    private Label message;
    @FXML
    private Label equation;
    @FXML
    private VBox results;

    private final RegressionViewModel vm;
    // Held for the life of the view: it keeps the HAC lags spinner's binding alive.
    private CovarianceControls covarianceControls;
    private final ExportActions actions;
    // Kept so the bidirectional bindings (which hold weak references) stay alive.
    private final List<ObjectProperty<Integer>> spinnerValues = new ArrayList<>();
    private final List<ObjectProperty<Integer>> rowSpinnerValues = new ArrayList<>();
    private ResultTableView coefficients;
    private ResultTableView fit;
    private ResultTableView diagnostics;
    private ResultTableView collinearity;
    private StackPane fittedHolder;
    private StackPane residualHolder;
    private LiveFigure fittedChart;
    private LiveFigure residualChart;
    private LiveFigure cusumChart;
    private Node cusumBox;
    private LiveFigure cusumSquaresChart;
    /** The tables after the first four (Wald, QLR, CUSUM, CUSUM of squares), as the report lists them. */
    private final VBox testTables = new VBox(8);
    /** One chart box per coefficient while the recursive coefficients are asked for. */
    private final VBox recursiveBoxes = new VBox(8);
    private final List<LiveFigure> recursiveCharts = new ArrayList<>();

    private RegressionView(RegressionViewModel vm, ExportActions actions) {
        this.vm = vm;
        this.actions = actions;
    }

    /** Builds the tab content for the shell. */
    public static Node create(WorkbenchContext ctx) {
        RegressionViewModel vm = new RegressionViewModel(ctx.model(), ctx.debouncer());
        ctx.results().register(new PanelResults.Panel("regression", "Regression",
                () -> vm.outcome() == null ? java.util.List.of() : vm.outcome().tables(), vm.messageProperty()::get,
                vm.runningProperty()));
        ctx.results().registerPanelFigures("regression", () -> vm.outcome() == null
                ? java.util.List.of() : vm.outcome().charts());
        return load(vm, ExportActions.forWorkbench(ctx)).root;
    }

    static RegressionView load(RegressionViewModel vm, ExportActions actions) {
        RegressionView view = new RegressionView(vm, actions);
        Fxml.load(view, "RegressionView.fxml");
        return view;
    }

    Node root() {
        return root;
    }

    ResultTableView coefficientsView() {
        return coefficients;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().addAll(ResultTableView.ANALYSIS_PANEL_CSS,
                RegressionView.class.getResource("regression.css").toExternalForm());
        paperModel.setOnAction(e -> vm.applyPaperModel());
        MessageLabel.bind(presetMessage, vm.presetMessageProperty(), vm.presetMessageSeverityProperty());
        presetMessage.managedProperty().bind(presetMessage.textProperty().isNotEmpty());

        dependent.setItems(vm.seriesNames());
        dependent.setVisibleRowCount(16);
        dependent.valueProperty().bindBidirectional(vm.dependentProperty());
        bindSpinner(dependentLags, 0, RegressionViewModel.MAX_DEPENDENT_LAGS, vm.dependentLagsProperty().asObject());

        vm.regressors().addListener((ListChangeListener<RegressorChoice>) c -> buildRegressorRows());
        buildRegressorRows();
        newRegressor.textProperty().bindBidirectional(vm.newRegressorProperty());
        newRegressor.setOnAction(e -> vm.addTypedRegressor());
        addRegressor.setOnAction(e -> vm.addTypedRegressor());
        constant.selectedProperty().bindBidirectional(vm.constantProperty());

        covarianceControls = new CovarianceControls(vm.covarianceChoice(), covariance, hacRow, hacAutoRow,
                autoHacLags, hacLags, hacBandwidth, hacPrewhite, hacAdjust);
        bindSpinner(bgOrder, 1, 12, vm.bgOrderProperty().asObject());
        bindSpinner(archOrder, 0, 12, vm.archOrderProperty().asObject());
        chowBreak.textProperty().bindBidirectional(vm.chowBreakProperty());
        qlr.selectedProperty().bindBidirectional(vm.qlrProperty());
        cusum.selectedProperty().bindBidirectional(vm.cusumProperty());
        cusumSquares.selectedProperty().bindBidirectional(vm.cusumSquaresProperty());
        recursiveCoefficients.selectedProperty().bindBidirectional(vm.recursiveCoefficientsProperty());
        bindSpinner(qlrTrimPercent, 1, 49, vm.qlrTrimPercentProperty().asObject());
        qlrTrimPercent.disableProperty().bind(vm.qlrProperty().not());
        wald.textProperty().bindBidirectional(vm.waldProperty());
        bindSpinner(qLags, 0, 36, vm.qLagsProperty().asObject());
        autoQLags.selectedProperty().bindBidirectional(vm.autoQLagsProperty());
        qLags.disableProperty().bind(vm.autoQLagsProperty());

        busy.visibleProperty().bind(vm.runningProperty());
        modelText.textProperty().bind(vm.modelTextProperty());
        MessageLabel.bind(message, vm.messageProperty(), vm.messageSeverityProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        vm.decimalsProperty().bind(actions.settings().decimalsProperty());
        equation.textProperty().bind(vm.equationProperty());
        equation.managedProperty().bind(equation.textProperty().isNotEmpty());

        coefficients = table("regCoefficients");
        fit = table("regFit");
        diagnostics = table("regDiagnostics");
        collinearity = table("regCollinearity");
        fittedHolder = chartHolder("regFittedChart");
        residualHolder = chartHolder("regResidualChart");
        fittedChart = new LiveFigure(fittedHolder);
        residualChart = new LiveFigure(residualHolder);
        StackPane cusumHolder = chartHolder("regCusumChart");
        cusumChart = new LiveFigure(cusumHolder);
        cusumBox = chartBox(cusumHolder, "regCusumExport", () -> spec(RegressionReport::cusumChart));
        // Shown only while the model has a CUSUM test.
        cusumBox.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.outcome() != null && vm.outcome().cusumChart() != null, vm.outcomeProperty()));
        StackPane squaresHolder = chartHolder("regCusumSquaresChart");
        cusumSquaresChart = new LiveFigure(squaresHolder);
        Node squaresBox = chartBox(squaresHolder, "regCusumSquaresExport",
                () -> spec(RegressionReport::cusumSquaresChart));
        squaresBox.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.outcome() != null && vm.outcome().cusumSquaresChart() != null, vm.outcomeProperty()));
        testTables.setId("regTestTables");
        testTables.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(testTables.getChildren()));
        results.getChildren().addAll(coefficients, fit, diagnostics, collinearity, testTables,
                chartBox(fittedHolder, "regFittedExport", () -> spec(RegressionReport::actualFitted)),
                chartBox(residualHolder, "regResidualExport", () -> spec(RegressionReport::residuals)), cusumBox,
                squaresBox, recursiveBoxes);
        recursiveBoxes.setId("regRecursiveCharts");
        recursiveBoxes.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(recursiveBoxes.getChildren()));
        vm.outcomeProperty().addListener((o, a, b) -> show(b));
        show(vm.outcome());
    }

    private void bindSpinner(Spinner<Integer> s, int min, int max, ObjectProperty<Integer> value) {
        bindSpinner(s, min, max, value, spinnerValues);
    }

    private static void bindSpinner(Spinner<Integer> s, int min, int max, ObjectProperty<Integer> value,
            List<ObjectProperty<Integer>> keep) {
        s.setValueFactory(new IntegerSpinnerValueFactory(min, max, value.get()));
        s.getValueFactory().valueProperty().bindBidirectional(value);
        keep.add(value);
    }

    private ResultTableView table(String id) {
        ResultTableView v = new ResultTableView(actions);
        v.setId(id);
        return v;
    }

    private StackPane chartHolder(String id) {
        StackPane p = new StackPane();
        p.setId(id);
        p.getStyleClass().add("chart-box");
        p.setPrefHeight(CHART_HEIGHT);
        p.setMinHeight(CHART_HEIGHT);
        return p;
    }

    private VBox chartBox(StackPane holder, String exportId, Supplier<FigureSpec> spec) {
        Supplier<Exportable> target = () -> {
            FigureSpec s = spec.get();
            return s == null ? null : new FigureExportable(s, () -> onScreen(holder));
        };
        MenuButton export = ExportMenu.button(holder, target, actions);
        export.setId(exportId);
        ExportMenu.install(holder, target, actions);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spacer, export);
        bar.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(2, bar, holder);
        box.visibleProperty().bind(vm.outcomeProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static ImageSize onScreen(Region holder) {
        double w = holder.getWidth();
        double h = holder.getHeight();
        return w >= 50 && h >= 50 ? new ImageSize(Math.round(w), Math.round(h), 1) : null;
    }

    private FigureSpec spec(java.util.function.Function<RegressionReport, FigureSpec> part) {
        RegressionReport o = vm.outcome();
        return o == null ? null : part.apply(o);
    }

    private void show(RegressionReport o) {
        coefficients.setResultTable(o == null ? null : o.coefficients());
        fit.setResultTable(o == null ? null : o.fit());
        diagnostics.setResultTable(o == null ? null : o.diagnostics());
        collinearity.setResultTable(o == null ? null : o.collinearity());
        showTestTables(o);
        // The charts follow one frame after the tables: laying out two charts' axes and series again takes about
        // as long as the three tables together, and the estimates a user ticked a regressor to see should not
        // wait for them. Re-runs in between only leave the newest outcome for the charts.
        chartOutcome = o;
        if (!chartsQueued) {
            chartsQueued = true;
            if (root.getScene() == null) {
                showCharts();
            } else {
                org.tradeworkbench.ui.FxPulses.afterNextFrame(root.getScene(), this::showCharts);
            }
        }
    }

    private void showTestTables(RegressionReport o) {
        List<org.tradeworkbench.core.report.ResultTable> extra = o == null ? List.of()
                : o.tables().subList(Math.min(4, o.tables().size()), o.tables().size());
        // Reused in place while the same tests are shown, so a re-run does not rebuild the views.
        while (testTables.getChildren().size() > extra.size()) {
            testTables.getChildren().remove(testTables.getChildren().size() - 1);
        }
        for (int i = 0; i < extra.size(); i++) {
            if (i < testTables.getChildren().size()) {
                ((ResultTableView) testTables.getChildren().get(i)).setResultTable(extra.get(i));
            } else {
                ResultTableView v = table("regTestTable" + i);
                v.setResultTable(extra.get(i));
                testTables.getChildren().add(v);
            }
        }
    }

    private void showRecursiveCharts(List<FigureSpec> specs) {
        while (recursiveCharts.size() > specs.size()) {
            recursiveCharts.remove(recursiveCharts.size() - 1);
            recursiveBoxes.getChildren().remove(recursiveBoxes.getChildren().size() - 1);
        }
        while (recursiveCharts.size() < specs.size()) {
            int j = recursiveCharts.size();
            StackPane holder = chartHolder("regRecursiveChart" + j);
            recursiveCharts.add(new LiveFigure(holder));
            recursiveBoxes.getChildren().add(chartBox(holder, "regRecursiveExport" + j, () -> {
                RegressionReport o = vm.outcome();
                return o == null || o.recursiveCharts().size() <= j ? null : o.recursiveCharts().get(j);
            }));
        }
        for (int j = 0; j < specs.size(); j++) {
            recursiveCharts.get(j).show(specs.get(j));
        }
    }

    /** How many recursive-coefficient chart boxes are shown, for tests. */
    int recursiveChartCount() {
        return recursiveBoxes.getChildren().size();
    }

    /** The tables of the tests asked for, for tests. */
    List<ResultTableView> testTableViews() {
        return testTables.getChildren().stream().map(ResultTableView.class::cast).toList();
    }

    private RegressionReport chartOutcome;
    private boolean chartsQueued;

    private void showCharts() {
        chartsQueued = false;
        RegressionReport o = chartOutcome;
        // In place when the new result's charts are laid out as the last ones (a re-run on the same sample).
        fittedChart.show(o == null ? null : o.actualFitted());
        residualChart.show(o == null ? null : o.residuals());
        cusumChart.show(o != null && o.cusumChart() != null ? o.cusumChart() : null);
        cusumSquaresChart.show(o != null && o.cusumSquaresChart() != null ? o.cusumSquaresChart() : null);
        showRecursiveCharts(o == null ? List.of() : o.recursiveCharts());
    }

    private void buildRegressorRows() {
        regressorRows.getChildren().clear();
        rowSpinnerValues.clear();
        for (RegressorChoice c : vm.regressors()) {
            CheckBox box = new CheckBox(c.expression());
            box.setId("regToggle-" + c.expression().replaceAll("[^A-Za-z0-9_]", "_"));
            box.setMnemonicParsing(false);
            box.selectedProperty().bindBidirectional(c.includedProperty());
            box.setMaxWidth(200);
            box.setTooltip(new Tooltip(c.expression()));
            Spinner<Integer> lags = new Spinner<>();
            lags.setPrefWidth(62);
            lags.setEditable(true);
            bindSpinner(lags, 0, RegressorChoice.MAX_LAGS, c.lagsProperty().asObject(), rowSpinnerValues);
            lags.disableProperty().bind(c.includedProperty().not());
            lags.setTooltip(new Tooltip("lags 1..n of " + c.expression() + " added to its current value"));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(4, box, spacer);
            if (c.isTyped()) {
                Button remove = new Button("\u00d7");
                remove.setTooltip(new Tooltip("Remove " + c.expression()));
                remove.setOnAction(e -> vm.removeTypedRegressor(c));
                row.getChildren().add(remove);
            }
            row.getChildren().add(lags);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("regressor-row");
            regressorRows.getChildren().add(row);
        }
    }
}
