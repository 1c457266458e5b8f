package org.tradeworkbench.ui.cointegration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.tradeworkbench.core.analysis.cointegration.ArdlSpec;
import org.tradeworkbench.core.analysis.cointegration.CointegrationMethod;
import org.tradeworkbench.core.analysis.cointegration.EngleGrangerTrend;
import org.tradeworkbench.core.analysis.cointegration.JohansenCase;
import org.tradeworkbench.core.analysis.cointegration.JohansenSpec;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisDemean;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisLag;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisType;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;
import org.tradeworkbench.ui.Fxml;
import org.tradeworkbench.ui.export.ExportActions;
import org.tradeworkbench.ui.results.ResultTableView;
import org.tradeworkbench.ui.status.MessageLabel;
import org.tradeworkbench.ui.workbench.PanelResults;
import org.tradeworkbench.ui.workbench.WorkbenchContext;

/** The Cointegration tab: binds the controls to a {@link CointegrationViewModel} and shows its tables. */
public final class CointegrationView {
    private static final Integer[] CASES = {1, 2, 3, 4, 5};
    private static final String[] CASE_NAMES = {"I: no intercept, no trend", "II: restricted intercept",
        "III: unrestricted intercept", "IV: restricted trend", "V: unrestricted trend"};

    @FXML
    private BorderPane root;
    @FXML
    private ComboBox<CointegrationMethod> method;
    @FXML
    private CheckBox useTicked;
    @FXML
    private TextArea typed;
    @FXML
    private Label variablesText;
    @FXML
    private VBox engleGranger;
    @FXML
    private ComboBox<EngleGrangerTrend> egTrend;
    @FXML
    private CheckBox egAutomatic;
    @FXML
    private ComboBox<LagCriterion> egCriterion;
    @FXML
    private Spinner<Integer> egLags;
    @FXML
    private CheckBox egDefaultMaxLag;
    @FXML
    private Spinner<Integer> egMaxLag;
    @FXML
    private VBox johansen;
    @FXML
    private ComboBox<JohansenCase> johansenCase;
    @FXML
    private Spinner<Integer> johansenLags;
    @FXML
    private VBox ardl;
    @FXML
    private ComboBox<Integer> ardlCase;
    @FXML
    private ComboBox<LagCriterion> ardlCriterion;
    @FXML
    private Spinner<Integer> ardlMaxLag;
    @FXML
    private VBox phillipsOuliaris;
    @FXML
    private ComboBox<PhillipsOuliarisType> poType;
    @FXML
    private ComboBox<PhillipsOuliarisDemean> poDemean;
    @FXML
    private ComboBox<PhillipsOuliarisLag> poLag;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label message;
    @FXML
    private VBox results;

    private final CointegrationViewModel vm;
    private final ExportActions actions;
    // Kept so the bidirectional bindings (which hold weak references) stay alive.
    private final List<ObjectProperty<Integer>> values = new ArrayList<>();

    private CointegrationView(CointegrationViewModel vm, ExportActions actions) {
        this.vm = vm;
        this.actions = actions;
    }

    /** Builds the tab content for the shell. */
    public static Node create(WorkbenchContext ctx) {
        CointegrationViewModel vm = new CointegrationViewModel(ctx.model(), ctx.debouncer());
        ctx.results().register(new PanelResults.Panel(CointegrationViewModel.PANEL_ID, "Cointegration",
                vm::tables, vm.messageProperty()::get, vm.runningProperty()));
        return load(vm, ExportActions.forWorkbench(ctx)).root;
    }

    static CointegrationView load(CointegrationViewModel vm, ExportActions actions) {
        CointegrationView view = new CointegrationView(vm, actions);
        Fxml.load(view, "CointegrationView.fxml");
        return view;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(ResultTableView.ANALYSIS_PANEL_CSS);
        choice(method, CointegrationMethod.values(), CointegrationMethod::label, vm.methodProperty());
        useTicked.selectedProperty().bindBidirectional(vm.useTickedProperty());
        typed.textProperty().bindBidirectional(vm.typedProperty());
        variablesText.textProperty().bind(vm.variablesTextProperty());
        shownFor(engleGranger, CointegrationMethod.ENGLE_GRANGER);
        shownFor(johansen, CointegrationMethod.JOHANSEN);
        shownFor(ardl, CointegrationMethod.ARDL);
        shownFor(phillipsOuliaris, CointegrationMethod.PHILLIPS_OULIARIS);

        choice(egTrend, EngleGrangerTrend.values(), t -> t.code() + ": " + t.description(), vm.egTrendProperty());
        egAutomatic.selectedProperty().bindBidirectional(vm.egAutomaticProperty());
        choice(egCriterion, LagCriterion.values(), LagCriterion::label, vm.egCriterionProperty());
        egCriterion.disableProperty().bind(vm.egAutomaticProperty().not());
        spinner(egLags, 0, CointegrationViewModel.MAX_LAGS, vm.egLagsProperty().asObject());
        egLags.disableProperty().bind(vm.egAutomaticProperty());
        egDefaultMaxLag.selectedProperty().bindBidirectional(vm.egDefaultMaxLagProperty());
        egDefaultMaxLag.disableProperty().bind(vm.egAutomaticProperty().not());
        spinner(egMaxLag, 0, CointegrationViewModel.MAX_LAGS, vm.egMaxLagProperty().asObject());
        egMaxLag.disableProperty().bind(vm.egAutomaticProperty().not().or(vm.egDefaultMaxLagProperty()));

        choice(johansenCase, JohansenCase.values(), c -> c.number() + ": " + c.description(),
                vm.johansenCaseProperty());
        spinner(johansenLags, 0, JohansenSpec.MAX_LAGS, vm.johansenLagsProperty().asObject());

        ObjectProperty<Integer> caseValue = vm.ardlCaseProperty().asObject();
        values.add(caseValue);
        choice(ardlCase, CASES, c -> CASE_NAMES[c - 1], caseValue);
        choice(ardlCriterion, new LagCriterion[] {LagCriterion.AIC, LagCriterion.BIC}, LagCriterion::label,
                vm.ardlCriterionProperty());
        spinner(ardlMaxLag, 1, ArdlSpec.MAX_LAG, vm.ardlMaxLagProperty().asObject());

        choice(poType, PhillipsOuliarisType.values(), t -> t.code() + ": " + t.label(), vm.poTypeProperty());
        // "trend: constant and linear trend" is cut in the pane's width; the tooltip says it in full.
        choice(poDemean, PhillipsOuliarisDemean.values(), d -> d == PhillipsOuliarisDemean.TREND
                ? "trend: constant and trend" : d.code(), vm.poDemeanProperty());
        choice(poLag, PhillipsOuliarisLag.values(), l -> l.code() + (l == PhillipsOuliarisLag.SHORT
                ? ": trunc(4 (n/100)^¼)" : ": trunc(12 (n/100)^¼)"), vm.poLagProperty());

        busy.visibleProperty().bind(vm.runningProperty());
        MessageLabel.bind(message, vm.messageProperty(), vm.messageSeverityProperty());
        vm.tablesProperty().addListener((o, a, b) -> show(b));
        show(vm.tables());
    }

    private void shownFor(VBox box, CointegrationMethod m) {
        box.visibleProperty().bind(vm.methodProperty().isEqualTo(m));
        box.managedProperty().bind(box.visibleProperty());
    }

    private void show(List<ResultTable> list) {
        List<Node> views = new ArrayList<>();
        for (ResultTable t : list) {
            views.add(new ResultTableView(actions, t));
        }
        results.getChildren().setAll(views);
    }

    private void spinner(Spinner<Integer> s, int min, int max, ObjectProperty<Integer> value) {
        s.setValueFactory(new IntegerSpinnerValueFactory(min, max, value.get()));
        s.getValueFactory().valueProperty().bindBidirectional(value);
        values.add(value);
    }

    private static <E> void choice(ComboBox<E> box, E[] items, Function<E, String> label, ObjectProperty<E> value) {
        box.getItems().setAll(items);
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
}
