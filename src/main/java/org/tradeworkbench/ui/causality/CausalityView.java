package org.tradeworkbench.ui.causality;

import org.tradeworkbench.ui.Fxml;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.stats.ols.HacBandwidth;
import org.tradeworkbench.ui.export.ExportActions;
import org.tradeworkbench.ui.workbench.PanelResults;
import org.tradeworkbench.ui.workbench.CovarianceControls;
import org.tradeworkbench.ui.results.ResultTableView;
import org.tradeworkbench.ui.status.MessageLabel;
import org.tradeworkbench.ui.workbench.WorkbenchContext;

/** The Causality tab: binds the controls to a {@link CausalityViewModel} and shows its table. */
public final class CausalityView {
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
    private CheckBox allLags;
    @FXML
    private ComboBox<CovarianceType> covariance;
    @FXML
    private HBox hacRow;
    @FXML
    private CheckBox autoHacLags;
    @FXML
    private Spinner<Integer> hacLags;
    @FXML
    private VBox hacAutoRow;
    @FXML
    private ComboBox<HacBandwidth> hacBandwidth;
    @FXML
    private CheckBox hacPrewhite;
    @FXML
    private CheckBox hacAdjust;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label message;
    @FXML
    private VBox results;

    private final CausalityViewModel vm;
    private final ExportActions actions;
    // Kept so the bidirectional binding (which holds weak references) stays alive.
    private ObjectProperty<Integer> lagsValue;
    // Held for the life of the view: it keeps the HAC lags spinner's binding alive.
    private CovarianceControls covarianceControls;

    private CausalityView(CausalityViewModel vm, ExportActions actions) {
        this.vm = vm;
        this.actions = actions;
    }

    /** Builds the tab content for the shell. */
    public static Node create(WorkbenchContext ctx) {
        CausalityViewModel vm = new CausalityViewModel(ctx.model(), ctx.debouncer());
        ctx.results().register(new PanelResults.Panel("causality", "Causality",
                () -> PanelResults.tables(vm.table()), vm.messageProperty()::get, vm.runningProperty()));
        return load(vm, ExportActions.forWorkbench(ctx)).root;
    }

    static CausalityView load(CausalityViewModel vm, ExportActions actions) {
        CausalityView view = new CausalityView(vm, actions);
        Fxml.load(view, "CausalityView.fxml");
        return view;
    }

    /** The tab's content. */
    Node root() {
        return root;
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
        lags.setValueFactory(new IntegerSpinnerValueFactory(1, CausalityViewModel.MAX_LAGS, vm.lagsProperty().get()));
        lagsValue = vm.lagsProperty().asObject();
        lags.getValueFactory().valueProperty().bindBidirectional(lagsValue);
        allLags.selectedProperty().bindBidirectional(vm.allLagsProperty());
        bindCovariance();
        busy.visibleProperty().bind(vm.runningProperty());
        MessageLabel.bind(message, vm.messageProperty(), vm.messageSeverityProperty());

        ResultTableView table = new ResultTableView(actions);
        table.setId("causalityTable");
        table.resultTableProperty().bind(vm.tableProperty());
        results.getChildren().add(table);
    }

    private void bindCovariance() {
        covarianceControls = new CovarianceControls(vm.covarianceChoice(), covariance, hacRow, hacAutoRow,
                autoHacLags, hacLags, hacBandwidth, hacPrewhite, hacAdjust);
    }
}
